"""Extraction suite: recoupe's cleaners beside trafilatura, readability and jusText.

Two modes on the same pages of ``shared/corpora/extraction``:

* **html**: ``clean_html`` and the anchors (trafilatura default and ``favor_precision``,
  readability-lxml, jusText) on the page HTML;
* **dump**: the page rendered to visible text (html-text with ``guess_layout`` and inscriptis),
  then ``clean_dump``; anchors are the raw dump and trafilatura on the HTML.

trafilatura-eval is scored by `with`/`without` segments, scrapinghub and CLEANEVAL by
bag-of-token P/R/F1 (see :mod:`recoupe.eval.metrics`). French pages get their own rows. Pages of
sites with several pages are also scored with and without per-outlet templates
(:mod:`recoupe.eval.extraction_sites`, corpora ``scrapinghub_sites`` and ``cleaneval_sites``).

Run: ``python -m recoupe.eval.extraction [--limit N]``.
"""

from __future__ import annotations

import argparse
import logging
import time
from collections.abc import Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from functools import partial
from pathlib import Path

from recoupe.eval.base import SuiteResult, print_result
from recoupe.eval.extraction_corpora import CORPUS_NAMES, EvalPage, load_pages
from recoupe.eval.extraction_scoring import PageOutcome, score_page
from recoupe.eval.extraction_sites import score_sites, site_groups
from recoupe.eval.extraction_systems import DUMP_SYSTEMS, HTML_SYSTEMS, unavailable_systems
from recoupe.eval.extraction_table import flat_metrics, markdown_table, summarise
from recoupe.eval.render import RENDERERS

LOG = logging.getLogger(__name__)

NOISY_LOGGERS = ("readability", "trafilatura", "htmldate", "justext", "recoupe.clean")

CORPUS_FOLDERS = {"trafilatura_eval": "trafilatura-eval", "scrapinghub": "scrapinghub",
                  "cleaneval": "cleaneval"}
ANCHOR_FOR_DUMPS = "trafilatura"


def run(corpora: Path, *, limit: int | None = None, modes: Sequence[str] = ("html", "dump"),
        systems: Iterable[str] | None = None, corpus_names: Iterable[str] | None = None,
        workers: int = 2) -> SuiteResult:
    """Run the extraction suite over ``corpora`` (the ``shared/corpora`` folder).

    ``limit`` takes a deterministic sample of that many pages per corpus; ``systems`` restricts
    the systems (names from ``HTML_SYSTEMS`` / ``DUMP_SYSTEMS``); ``workers`` processes score pages
    in parallel. Missing corpora or systems are skipped with a note in the result.
    """
    notes: list[str] = []
    rows = plan_rows(modes, systems, notes)
    names = _present_corpora(Path(corpora), corpus_names or CORPUS_NAMES, notes)
    pages = load_pages(Path(corpora), names=names, limit=limit)
    started = time.perf_counter()
    outcomes = score_pages(pages, rows, workers=workers)
    if any(row.endswith(".recoupe") for row in rows):
        outcomes += score_sites(site_groups(pages), modes=modes, workers=workers)
    elapsed = time.perf_counter() - started
    notes.extend(o.error for o in outcomes if o.error)
    summaries = summarise(outcomes)
    metrics = flat_metrics(summaries)
    metrics["extraction.pages"] = float(len(pages))
    metrics["extraction.seconds"] = round(elapsed, 1)
    notes.extend(failure_notes(outcomes))
    notes.append(f"{len(pages)} pages, {len(rows)} rows, {workers} workers, {elapsed:.0f} s")
    return SuiteResult(suite="extraction", metrics=metrics, table=markdown_table(summaries),
                       notes=list(dict.fromkeys(notes)))


def failure_notes(outcomes: Iterable[PageOutcome]) -> list[str]:
    """One note per row that failed on some pages: how many, and the first reason."""
    failures: dict[str, list[str]] = {}
    for page in outcomes:
        for row in page.rows:
            if row.error:
                failures.setdefault(row.row, []).append(f"{page.corpus}/{page.page_id}: {row.error}")
    return [f"{row} failed on {len(reasons)} pages (scored as empty), e.g. {reasons[0]}"
            for row, reasons in sorted(failures.items())]


def plan_rows(modes: Sequence[str], systems: Iterable[str] | None, notes: list[str]) -> tuple[str, ...]:
    """The `html.<system>` and `dump.<renderer>.<system>` rows to run, minus unavailable ones."""
    wanted = set(systems) if systems is not None else None
    rows: list[str] = []
    if "html" in modes or "dump" in modes:
        html_names = [n for n in HTML_SYSTEMS if "html" in modes and (wanted is None or n in wanted)]
        if "dump" in modes and ANCHOR_FOR_DUMPS not in html_names:
            html_names.append(ANCHOR_FOR_DUMPS)  # the dump rows' anchor
        rows.extend(f"html.{name}" for name in html_names)
    if "dump" in modes:
        rows.extend(f"dump.{renderer}.{name}" for renderer in RENDERERS for name in DUMP_SYSTEMS
                    if wanted is None or name in wanted)
    missing = unavailable_systems()
    kept = []
    for row in rows:
        key = ".".join([row.split(".")[0], row.split(".")[-1]])
        if key in missing:
            notes.append(missing[key])
        else:
            kept.append(row)
    return tuple(kept)


def _present_corpora(corpora: Path, names: Iterable[str], notes: list[str]) -> list[str]:
    """The named corpora whose folder exists; a note for each missing one."""
    present = []
    for name in names:
        folder = corpora / "extraction" / CORPUS_FOLDERS[name]
        if folder.is_dir():
            present.append(name)
        else:
            notes.append(f"{name} skipped: {folder} does not exist")
    return present


def score_pages(pages: list[EvalPage], rows: tuple[str, ...], *, workers: int = 2) -> list[PageOutcome]:
    """Score every page, in `workers` processes (in this process when workers <= 1)."""
    task = partial(score_page, rows=rows)
    if workers <= 1:
        return [_logged(i, task(page), len(pages)) for i, page in enumerate(pages)]
    with ProcessPoolExecutor(max_workers=workers) as pool:
        return [_logged(i, outcome, len(pages))
                for i, outcome in enumerate(pool.map(task, pages, chunksize=4))]


def _logged(index: int, outcome: PageOutcome, total: int) -> PageOutcome:
    """Log progress every hundred pages."""
    if (index + 1) % 100 == 0 or index + 1 == total:
        LOG.info("extraction: %d/%d pages scored", index + 1, total)
    return outcome


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: print the table and notes; optionally write the metrics as JSON."""
    from recoupe.paths import corpora_dir

    parser = argparse.ArgumentParser(prog="python -m recoupe.eval.extraction", description=__doc__.split("\n")[0])
    parser.add_argument("--corpora", type=Path, default=corpora_dir())
    parser.add_argument("--limit", type=int, default=None, help="pages per corpus (deterministic sample)")
    parser.add_argument("--modes", default="html,dump")
    parser.add_argument("--systems", default=None, help="comma-separated system names")
    parser.add_argument("--corpus", default=None, help="comma-separated corpus names")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--json", type=Path, default=None, help="write the metrics here")
    args = parser.parse_args(argv)
    if args.corpora is None:
        parser.error("no shared corpora found; pass --corpora PATH or set RECOUPE_SHARED")
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    for noisy in NOISY_LOGGERS:
        logging.getLogger(noisy).setLevel(logging.WARNING)
    result = run(args.corpora, limit=args.limit, modes=tuple(args.modes.split(",")),
                 systems=args.systems.split(",") if args.systems else None,
                 corpus_names=args.corpus.split(",") if args.corpus else None, workers=args.workers)
    print_result(result, json_path=args.json)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
