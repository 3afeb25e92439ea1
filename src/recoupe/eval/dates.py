"""Metadata suite: publication dates, titles and site names against public gold.

* htmldate's 800 date-annotated URLs: exact-day accuracy of ``clean_html(...).published``,
  of htmldate itself (``find_date(..., original_date=True)``) and of trafilatura's metadata;
  plus dump mode: the page rendered to text, then ``recoupe.meta.dates.date_from_byline`` over
  all its lines (``recoupe_dump_byline``) or the whole dump cleaner (``recoupe_dump``).
* trafilatura-eval's metadata gold: title and site name (normalised exact match and token F1)
  and date, recoupe against ``trafilatura.extract_metadata``; ``recoupe_dump`` reads them from
  the rendered text alone (titles from position and shape).
* ``host``: on every page of both corpora, whether the site name found names the page's URL host
  ("Le Monde" or "lemonde.fr" for www.lemonde.fr). In dump mode the URL is not given to the
  cleaner, so this measures how often a text dump names its own outlet, and how rightly.

Accuracy counts a page without a prediction as wrong; coverage is the share of pages with a
prediction; precision the share of predictions that are right.
Run: ``python -m recoupe.eval.dates [--limit N]``.
"""

from __future__ import annotations

import argparse
import gzip
import json
import logging
import re
import time
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from recoupe.eval.base import SuiteResult, print_result
from recoupe.eval.extraction_corpora import decode_bytes, detect_language, url_tld
from recoupe.eval.extraction_systems import SYSTEM_SECONDS_LIMIT, time_limit
from recoupe.eval.metrics import token_f1
from recoupe.eval.render import render_html_text
from recoupe.meta.outlet import names_host, outlet_from_url

LOG = logging.getLogger(__name__)

NOISY_LOGGERS = ("readability", "trafilatura", "htmldate", "justext", "recoupe.clean")

EDGE_PUNCTUATION = " \t\n\"'«»“”‘’.,;:!?-–—|·•"


@dataclass(slots=True)
class MetaItem:
    """One page with metadata gold."""

    corpus: str  # "htmldate" or "trafilatura_eval"
    url: str
    path: Path
    date: str | None = None
    title: str | None = None
    sitename: str | None = None


@dataclass(slots=True)
class MetaOutcome:
    """What each system found on one page: `field.system -> value`, plus failures."""

    corpus: str
    url: str
    french: bool
    found: dict[str, str | None] = field(default_factory=dict)
    errors: dict[str, str] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=dict)


# ---------------------------------------------------------------------------- loading

def load_htmldate(corpora: Path) -> list[MetaItem]:
    """htmldate's evaluation URLs with their gold publication day."""
    base = corpora / "dates" / "htmldate"
    gold = json.loads((base / "eval_default.json").read_text(encoding="utf-8"))
    return [MetaItem("htmldate", url, base / "html" / f"{item['file']}.gz", date=item.get("date"))
            for url, item in gold.items()]


def load_trafilatura_metadata(corpora: Path) -> list[MetaItem]:
    """trafilatura-eval pages that carry a title, site name or date gold."""
    base = corpora / "extraction" / "trafilatura-eval"
    gold = json.loads((base / "evaldata.json").read_text(encoding="utf-8"))
    items = [MetaItem("trafilatura_eval", url, base / "html" / f"{item['file']}.gz",
                      date=item.get("date"), title=item.get("title"), sitename=item.get("sitename"))
             for url, item in gold.items()]
    return [i for i in items if i.date or i.title or i.sitename]


def _sample(items: list[MetaItem], limit: int | None) -> list[MetaItem]:
    """First `limit` items in URL order (the gold files' order is not meaningful)."""
    return items if limit is None else sorted(items, key=lambda i: i.url)[:limit]


# ---------------------------------------------------------------------------- systems

def _recoupe_html(html: str, item: MetaItem) -> dict[str, str | None]:
    """recoupe's HTML cleaner: published day, title, outlet."""
    from recoupe.clean.html import clean_html

    result = clean_html(html, url=item.url)
    day = result.published.value[:10] if result.published else None
    return {"date": day, "title": result.title, "sitename": result.outlet}


def _trafilatura(html: str, item: MetaItem) -> dict[str, str | None]:
    """trafilatura's metadata extraction."""
    from trafilatura import extract_metadata

    document = extract_metadata(html, default_url=item.url)
    if document is None:
        return {"date": None, "title": None, "sitename": None}
    return {"date": (document.date or "")[:10] or None, "title": document.title,
            "sitename": document.sitename}


def _htmldate(html: str, item: MetaItem) -> dict[str, str | None]:
    """htmldate in original-date mode."""
    from htmldate import find_date

    return {"date": find_date(html, url=item.url, original_date=True)}


def _dump_byline(html: str, item: MetaItem) -> dict[str, str | None]:
    """Dump mode: render the page to text, then read a byline date from its lines."""
    from recoupe.meta.dates import date_from_byline

    lines = [line.strip() for line in render_html_text(html).splitlines() if line.strip()]
    published = date_from_byline(lines)
    return {"date": published.value[:10] if published else None}


def _recoupe_dump(html: str, item: MetaItem) -> dict[str, str | None]:
    """Dump mode, whole cleaner: the page rendered to text, then clean_dump's date, title, outlet."""
    from recoupe.clean.dump import clean_dump

    result = clean_dump(render_html_text(html))
    return {"date": result.published.value[:10] if result.published else None,
            "title": result.title, "sitename": result.outlet}


SYSTEMS: dict[str, Callable[[str, MetaItem], dict[str, str | None]]] = {
    "recoupe": _recoupe_html,
    "trafilatura": _trafilatura,
    "htmldate": _htmldate,
    "recoupe_dump_byline": _dump_byline,
    "recoupe_dump": _recoupe_dump,
}
CORPUS_SYSTEMS = {
    "htmldate": ("recoupe", "htmldate", "trafilatura", "recoupe_dump_byline", "recoupe_dump"),
    "trafilatura_eval": ("recoupe", "trafilatura", "recoupe_dump"),
}
SYSTEM_MODULES = {"recoupe": "recoupe.clean.html", "recoupe_dump_byline": "recoupe.meta.dates",
                  "recoupe_dump": "recoupe.clean.dump",
                  "htmldate": "htmldate", "trafilatura": "trafilatura"}


def available(notes: list[str]) -> tuple[str, ...]:
    """Systems whose module imports here; a note for each missing one."""
    names = []
    for name, module in SYSTEM_MODULES.items():
        try:
            __import__(module)
            names.append(name)
        except ImportError as error:
            notes.append(f"{name} skipped: cannot import {module} ({error})")
    return tuple(names)


def score_item(item: MetaItem, systems: tuple[str, ...]) -> MetaOutcome:
    """Run the corpus's systems on one page (worker process)."""
    try:
        html = decode_bytes(gzip.decompress(item.path.read_bytes()))
    except (OSError, EOFError) as error:
        outcome = MetaOutcome(item.corpus, item.url, french=False)
        outcome.errors["page"] = f"cannot read {item.path.name}: {error}"
        return outcome
    outcome = MetaOutcome(item.corpus, item.url, french=_is_french(item.url, html))
    for name in (s for s in CORPUS_SYSTEMS[item.corpus] if s in systems):
        started = time.perf_counter()
        try:
            with time_limit(SYSTEM_SECONDS_LIMIT):
                found = SYSTEMS[name](html, item)
        except Exception as error:  # a failure is a missing prediction with its reason
            found = {}
            outcome.errors[name] = f"{type(error).__name__}: {error}"[:300]
        outcome.seconds[name] = time.perf_counter() - started
        outcome.found.update({f"{key}.{name}": value for key, value in found.items()})
    return outcome


def _is_french(url: str, html: str) -> bool:
    """French page by its top-level domain or its visible text's language."""
    if url_tld(url) == "fr":
        return True
    try:
        return detect_language(render_html_text(html)) == "fr"
    except Exception:  # a page the renderer cannot read is simply not counted as French
        return False


# ---------------------------------------------------------------------------- scoring

FIELDS = ("date", "title", "sitename", "host")


@dataclass(slots=True)
class FieldScore:
    """One corpus × subset × field × system: how often a value was found and was right."""

    corpus: str
    subset: str
    field_name: str
    system: str
    pages: int = 0
    found: int = 0
    correct: int = 0
    token_f1_sum: float = 0.0
    seconds: float = 0.0

    @property
    def prefix(self) -> str:
        middle = "" if self.subset == "all" else f".{self.subset}"
        return f"{self.corpus}{middle}.{self.field_name}.{self.system}"


def normalise_value(text: str | None) -> str:
    """Casefolded, NFKC, whitespace-collapsed text without edge punctuation."""
    text = unicodedata.normalize("NFKC", text or "").casefold()
    return re.sub(r"\s+", " ", text).strip(EDGE_PUNCTUATION)


def score_fields(outcomes: list[MetaOutcome], items: list[MetaItem]) -> list[FieldScore]:
    """Compare every found value with the gold, per corpus, subset, field and system."""
    scores: dict[tuple[str, str, str, str], FieldScore] = {}
    gold = {(item.corpus, item.url): item for item in items}
    for outcome in outcomes:
        item = gold[(outcome.corpus, outcome.url)]
        subsets = ("all", "fr") if outcome.french else ("all",)
        for system in CORPUS_SYSTEMS[outcome.corpus]:
            for field_name in FIELDS:
                expected = outlet_from_url(item.url) if field_name == "host" else getattr(item, field_name)
                key = f"{'sitename' if field_name == 'host' else field_name}.{system}"
                if not expected or (key not in outcome.found and system not in outcome.errors):
                    continue
                for subset in subsets:
                    score = scores.setdefault((outcome.corpus, subset, field_name, system),
                                              FieldScore(outcome.corpus, subset, field_name, system))
                    _add(score, outcome.found.get(key), expected, outcome.seconds.get(system, 0.0))
    return [scores[key] for key in sorted(scores)]


def _add(score: FieldScore, predicted: str | None, expected: str, seconds: float) -> None:
    """Count one page into a field score."""
    score.pages += 1
    score.seconds += seconds
    if not predicted:
        return
    score.found += 1
    if score.field_name == "host":
        score.correct += names_host(predicted, expected)
        return
    score.correct += normalise_value(predicted) == normalise_value(expected)
    if score.field_name != "date":
        score.token_f1_sum += token_f1(predicted, expected)


def flat_metrics(scores: list[FieldScore]) -> dict[str, float]:
    """Flat `name -> value` metrics of the suite."""
    metrics: dict[str, float] = {}
    for s in scores:
        n = max(s.pages, 1)
        metrics[f"{s.prefix}.n"] = float(s.pages)
        metrics[f"{s.prefix}.coverage"] = round(s.found / n, 4)
        metrics[f"{s.prefix}.accuracy"] = round(s.correct / n, 4)
        metrics[f"{s.prefix}.precision"] = round(s.correct / s.found, 4) if s.found else 0.0
        if s.field_name not in ("date", "host"):
            metrics[f"{s.prefix}.token_f1"] = round(s.token_f1_sum / n, 4)
        metrics[f"{s.prefix}.seconds"] = round(s.seconds / n, 4)
    return metrics


def markdown_table(scores: list[FieldScore]) -> str:
    """Rows corpus × pages × field × system: n, coverage, accuracy, precision, token F1, s/page."""
    lines = ["| corpus | pages | field | system | n | coverage | accuracy | precision | token F1 | s/page |",
             "|---|---|---|---|---:|---:|---:|---:|---:|---:|"]
    for s in scores:
        n = max(s.pages, 1)
        precision = s.correct / s.found if s.found else 0.0
        f1 = f"{s.token_f1_sum / n:.3f}" if s.field_name not in ("date", "host") else ""
        lines.append(f"| {s.corpus} | {s.subset} | {s.field_name} | {s.system} | {s.pages} "
                     f"| {s.found / n:.3f} | {s.correct / n:.3f} | {precision:.3f} | {f1} "
                     f"| {s.seconds / n:.3f} |")
    return "\n".join(lines)


# ---------------------------------------------------------------------------- suite

def run(corpora: Path, *, limit: int | None = None, workers: int = 2) -> SuiteResult:
    """Run the metadata suite over ``corpora`` (the ``shared/corpora`` folder).

    ``limit`` keeps that many pages per corpus (first URLs in sorted order).
    """
    notes: list[str] = []
    systems = available(notes)
    items = _load(Path(corpora), limit, notes)
    started = time.perf_counter()
    outcomes = _score_all(items, systems, workers)
    elapsed = time.perf_counter() - started
    scores = score_fields(outcomes, items)
    metrics = flat_metrics(scores)
    metrics["dates.pages"] = float(len(items))
    metrics["dates.seconds"] = round(elapsed, 1)
    notes.extend(_failure_notes(outcomes))
    notes.append(f"{len(items)} pages, {workers} workers, {elapsed:.0f} s")
    return SuiteResult(suite="dates", metrics=metrics, table=markdown_table(scores), notes=notes)


def _load(corpora: Path, limit: int | None, notes: list[str]) -> list[MetaItem]:
    """Items of both gold sets that are present."""
    items: list[MetaItem] = []
    for loader, folder in ((load_htmldate, corpora / "dates" / "htmldate"),
                           (load_trafilatura_metadata, corpora / "extraction" / "trafilatura-eval")):
        if folder.is_dir():
            items.extend(_sample(loader(corpora), limit))
        else:
            notes.append(f"{folder} does not exist; its rows are skipped")
    return items


def _score_all(items: list[MetaItem], systems: tuple[str, ...], workers: int) -> list[MetaOutcome]:
    """Score items in `workers` processes."""
    if workers <= 1:
        return [score_item(item, systems) for item in items]
    with ProcessPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(score_item, items, [systems] * len(items), chunksize=4))


def _failure_notes(outcomes: list[MetaOutcome]) -> list[str]:
    """One note per system that failed on some pages: how many, and the first reason."""
    failures: dict[str, list[str]] = defaultdict(list)
    for outcome in outcomes:
        for system, reason in outcome.errors.items():
            failures[system].append(f"{outcome.url}: {reason}")
    return [f"{system} failed on {len(reasons)} pages, e.g. {reasons[0]}"
            for system, reasons in sorted(failures.items())]


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: print the table and notes; optionally write the metrics as JSON."""
    from recoupe.paths import corpora_dir

    parser = argparse.ArgumentParser(prog="python -m recoupe.eval.dates", description=__doc__.split("\n")[0])
    parser.add_argument("--corpora", type=Path, default=corpora_dir())
    parser.add_argument("--limit", type=int, default=None, help="pages per gold set")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--json", type=Path, default=None, help="write the metrics here")
    args = parser.parse_args(argv)
    if args.corpora is None:
        parser.error("no shared corpora found; pass --corpora PATH or set RECOUPE_SHARED")
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    for noisy in NOISY_LOGGERS:
        logging.getLogger(noisy).setLevel(logging.WARNING)
    result = run(args.corpora, limit=args.limit, workers=args.workers)
    print_result(result, json_path=args.json)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
