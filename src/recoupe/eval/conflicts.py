"""Conflicts suite: precision and recall of recoupe's conflict flags and out-of-time flag.

The gold (`eval/data/conflicts_gold.jsonl`, built as `docs/conflicts-gold.md` describes) holds
pairs of statements from two articles, each a character span of the article's text, labelled
`conflicting` or `compatible`. Articles are named by stable keys: `demo:FILE` (or
`demo:CONTAINER#MEMBER` as in `demo/expected.json`) for the demo pages, cleaned by
`clean_page`; `press-fr:...` keys of `recoupe.eval.press_fr` for the French press corpus.

For each gold group (one story, or one day of the gilets jaunes), the group's articles are
annotated as the pipeline does it and go through `find_flags` together. A conflicting pair is
found when one flag of a conflict kind has evidence overlapping both of its spans; a compatible
pair is a false alarm when such a flag covers both of its spans. Conflict flags of the group that
cover no gold pair are counted apart (a note): they are neither right nor wrong for this gold.

Out of time: sets of gilets jaunes articles of one Saturday of 2019 with one article of an
earlier Saturday of 2018 planted among them, with and without publication dates, and the demo's
story A (its page 10 is from 2019): precision and recall of the `out-of-time` flag.

Run: `python -m recoupe.eval.conflicts [CORPORA] [LIMIT]`.
"""

from __future__ import annotations

import json
import logging
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from recoupe.eval.base import SuiteResult
from recoupe.eval.press_fr import CorpusArticle, articles_by_key, iter_articles
from recoupe.meta.dates import normalise_published
from recoupe.paths import PACKAGE_DIR, corpora_dir, demo_dir
from recoupe.types import Article, Flag, Published

LOG = logging.getLogger(__name__)

GOLD_PATH = PACKAGE_DIR / "eval" / "data" / "conflicts_gold.jsonl"
LABELS = ("conflicting", "compatible")
KINDS = ("figure", "date", "fact")
HALVES = ("tune", "test")
# Flags that say two sources disagree on a figure or a fact. `disputed-figures` (two claimants in
# one passage) and `altered-quote` (wording) are not: they never say that one source is wrong.
CONFLICT_KINDS = frozenset({"conflicting-figures", "conflicting-statements", "conflicting-speakers"})
# Out-of-time sets: (new Saturday, planted old Saturday, half); articles of Le Figaro and Le Point.
OUT_OF_TIME_SETS = (("2019-01-26", "2018-11-17", "tune"), ("2019-02-02", "2018-11-24", "tune"),
                    ("2019-02-09", "2018-12-01", "test"), ("2019-02-16", "2018-12-08", "test"))
NEW_PER_SET = 4
OUT_OF_TIME_OUTLETS = ("Le Figaro", "Le Point")


@dataclass(slots=True)
class Span:
    """One statement: an article key and a character span of its text, with the quoted text."""

    key: str
    start: int
    end: int
    quote: str


@dataclass(slots=True)
class GoldPair:
    """Two statements of two articles, conflicting or compatible."""

    id: str
    group: str
    split: str
    label: str
    kind: str
    source: str  # "demo" or "press-fr"
    first: Span
    second: Span
    note: str = ""


# --------------------------------------------------------------------------- gold

def load_gold(path: Path = GOLD_PATH) -> list[GoldPair]:
    """Every gold pair, in file order."""
    pairs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            first, second = (Span(**row[side]) for side in ("first", "second"))
            pairs.append(GoldPair(row["id"], row["group"], row["split"], row["label"], row["kind"],
                                  row["source"], first, second, row.get("note", "")))
    return pairs


def span_errors(pairs: Sequence[GoldPair], texts: dict[str, str]) -> list[str]:
    """Readable problems: unknown keys, spans whose text is not their quote."""
    errors = []
    for pair in pairs:
        for span in (pair.first, pair.second):
            text = texts.get(span.key)
            if text is None:
                errors.append(f"{pair.id}: article {span.key} not found")
            elif text[span.start:span.end] != span.quote:
                errors.append(f"{pair.id}: {span.key}[{span.start}:{span.end}] is "
                              f"{text[span.start:span.end]!r}, not {span.quote!r}")
    return errors


# --------------------------------------------------------------------------- articles

def demo_articles(keys: set[str]) -> dict[str, Article]:
    """The demo pages asked for, cleaned the way the pipeline reads them, by `demo:` key."""
    from recoupe.api import clean

    pages = demo_dir() / "pages"
    expected = json.loads((demo_dir() / "expected.json").read_text(encoding="utf-8"))["pages"]
    names = {key.removeprefix("demo:") for key in keys if key.startswith("demo:")}
    files = sorted({pages / name.split("#")[0] for name in names})
    by_url = {page["url"]: name for name, page in expected.items() if page.get("url")}
    found = {}
    for article in clean([str(path) for path in files]):
        if isinstance(article, Article):
            name = by_url.get(article.url or "") if "#" in article.source else Path(article.source).name
            if name in names:
                found[f"demo:{name}"] = article
    return found


def press_article(item: CorpusArticle, *, dated: bool = True) -> Article:
    """A press-fr article as the pipeline would hold it (its publication date from the corpus)."""
    published = Published(normalise_published(item.published), "container") if dated and item.published else None
    return Article(id=item.key, source=item.key, text=item.text, title=item.title, outlet=item.outlet,
                   url=item.url, published=published)


def gold_articles(corpora: Path, keys: set[str]) -> dict[str, Article]:
    """The articles of every key, demo and press-fr, before annotation."""
    found = demo_articles(keys)
    press = articles_by_key(corpora, {key for key in keys if not key.startswith("demo:")})
    found.update({key: press_article(item) for key, item in press.items()})
    return found


def flags_of(articles: list[Article]) -> list[Flag]:
    """Annotate articles as the pipeline does (entities made canonical), find copies, run the checks."""
    from recoupe.corpus import find_sources
    from recoupe.nlp.annotate import annotate_articles
    from recoupe.nlp.entities import canonicalize
    from recoupe.stories.checks import find_flags

    annotated = [a for a in annotate_articles(articles) if isinstance(a, Article)]
    canonicalize(annotated)
    return find_flags(annotated, find_sources(annotated))


# --------------------------------------------------------------------------- scoring conflicts

def covering_values(flag: Flag, span: Span, ids: dict[str, str]) -> set[str]:
    """The values the flag gives the evidence spans that overlap the statement span ("?" for a
    flag that gives none)."""
    values = (flag.details.get("evidence_values") or "").split("; ")
    return {values[i] if len(values) == len(flag.evidence) else "?"
            for i, c in enumerate(flag.evidence)
            if ids.get(c.article_id) == span.key and c.start < span.end and span.start < c.end}


def opposes(flag: Flag, pair: GoldPair, ids: dict[str, str]) -> bool:
    """True when the flag sets the pair's two statements against each other: it covers both,
    with different values where it gives values (two sentences that carry the same figure are
    both cited by a conflicting-figures flag, but not as a conflict with each other)."""
    first, second = covering_values(flag, pair.first, ids), covering_values(flag, pair.second, ids)
    return any(a == "?" or b == "?" or a != b for a in first for b in second)


def score_group(pairs: list[GoldPair], flags: list[Flag], ids: dict[str, str]) -> tuple[dict[str, bool], int]:
    """For each pair, whether one conflict flag sets its statements against each other; and the
    conflict flags of the group that oppose no pair (unmatched)."""
    conflicts = [f for f in flags if f.kind in CONFLICT_KINDS]
    hit = {p.id: any(opposes(f, p, ids) for f in conflicts) for p in pairs}
    unmatched = sum(1 for f in conflicts if not any(opposes(f, p, ids) for p in pairs))
    return hit, unmatched


def group_run(pairs: list[GoldPair], articles: dict[str, Article]) -> tuple[dict[str, bool], int, list[Flag]]:
    """Run the checks over one group's articles and score its pairs."""
    keys = sorted({s.key for p in pairs for s in (p.first, p.second)})
    members = [articles[k] for k in keys if k in articles]
    flags = flags_of(members)
    hit, unmatched = score_group(pairs, flags, {a.id: k for k, a in zip(keys, members)})
    return hit, unmatched, flags


def conflict_metrics(pairs: list[GoldPair], hit: dict[str, bool], prefix: str) -> dict[str, float]:
    """Precision and recall of conflict flags over the pairs, and their counts."""
    found = sum(hit[p.id] for p in pairs if p.label == "conflicting")
    alarms = sum(hit[p.id] for p in pairs if p.label == "compatible")
    conflicting = sum(p.label == "conflicting" for p in pairs)
    return {
        f"{prefix}.precision": round(found / (found + alarms), 4) if found + alarms else 0.0,
        f"{prefix}.recall": round(found / conflicting, 4) if conflicting else 0.0,
        f"{prefix}.found": float(found), f"{prefix}.false_alarms": float(alarms),
        f"{prefix}.conflicting": float(conflicting), f"{prefix}.compatible": float(len(pairs) - conflicting),
    }


def run_conflicts(corpora: Path, pairs: list[GoldPair]) -> tuple[dict[str, bool], dict[str, int], list[str]]:
    """Every group of the gold through the checks: hits per pair, unmatched flags per group, errors."""
    keys = {s.key for p in pairs for s in (p.first, p.second)}
    articles = gold_articles(corpora, keys)
    errors = span_errors(pairs, {k: a.text for k, a in articles.items()})
    hit: dict[str, bool] = {}
    unmatched: dict[str, int] = {}
    for group in dict.fromkeys(p.group for p in pairs):
        members = [p for p in pairs if p.group == group]
        group_hit, unmatched[group], _ = group_run(members, articles)
        hit.update(group_hit)
        LOG.info("group %s: %d/%d pairs flagged", group, sum(group_hit.values()), len(members))
    return hit, unmatched, errors


# --------------------------------------------------------------------------- out of time

@dataclass(slots=True)
class TimeSet:
    """Articles of one story window with the keys of the planted old ones."""

    name: str
    split: str
    articles: list[Article]
    old: set[str]


def _day(published: str | None) -> str:
    """`2018-11-17` from the corpus's `2018-11-17...` or `17-11-2018`."""
    if not published:
        return ""
    if published[:4].isdigit():
        return published[:10]
    day, month, year = published.split("-")[:3]
    return f"{year[:4]}-{int(month):02d}-{int(day):02d}"


def press_time_sets(corpora: Path, *, dated: bool) -> list[TimeSet]:
    """For each (new day, old day): the first NEW_PER_SET gilets jaunes articles of the new day
    and the first of the old day, from the France files (the only dated ones)."""
    wanted = {day for new, old, _ in OUT_OF_TIME_SETS for day in (new, old)}
    by_day: dict[str, list[CorpusArticle]] = {}
    for item in iter_articles(corpora):
        day = _day(item.published)
        if day in wanted and item.outlet in OUT_OF_TIME_OUTLETS and "gilets jaunes" in item.text.lower():
            by_day.setdefault(day, []).append(item)
    sets = []
    for new, old, split in OUT_OF_TIME_SETS:
        chosen = by_day.get(new, [])[:NEW_PER_SET] + by_day.get(old, [])[:1]
        articles = [press_article(item, dated=dated) for item in chosen]
        sets.append(TimeSet(f"press-fr {new} + {old}", split, articles, {a.id for a in articles[NEW_PER_SET:]}))
    return sets


def demo_time_set() -> TimeSet:
    """The demo's story A, whose page 10 reports the 2019 fire without a date."""
    expected = json.loads((demo_dir() / "expected.json").read_text(encoding="utf-8"))
    keys = {f"demo:{name}" for name in expected["stories"]["A"]["pages"]}
    articles = demo_articles(keys)
    old = {articles[f"demo:{expected['recycled']['page']}"].id}
    return TimeSet("demo story A", "tune", list(articles.values()), old)


def time_counts(time_set: TimeSet) -> Counter[str]:
    """tp / fp / fn of the out-of-time flag over one set."""
    flagged = {f.details.get("article_id") for f in flags_of(time_set.articles) if f.kind == "out-of-time"}
    ids = {a.id for a in time_set.articles}
    return Counter(tp=len(flagged & time_set.old), fp=len((flagged & ids) - time_set.old),
                   fn=len(time_set.old - flagged))


def time_metrics(counts: Counter[str], prefix: str) -> dict[str, float]:
    tp, fp, fn = counts["tp"], counts["fp"], counts["fn"]
    return {f"{prefix}.precision": round(tp / (tp + fp), 4) if tp + fp else 0.0,
            f"{prefix}.recall": round(tp / (tp + fn), 4) if tp + fn else 0.0,
            f"{prefix}.planted": float(tp + fn), f"{prefix}.false_alarms": float(fp)}


def run_out_of_time(corpora: Path, *, limit: int | None = None) -> tuple[dict[str, float], list[str]]:
    """Out-of-time precision/recall per variant (dated, undated press; demo) and per half."""
    variants = {"dated": press_time_sets(corpora, dated=True), "undated": press_time_sets(corpora, dated=False)}
    variants["demo"] = [demo_time_set()]
    metrics: dict[str, float] = {}
    rows = []
    for variant, sets in variants.items():
        counted = [(s, time_counts(s)) for s in sets[:limit] if s.articles]
        for half in ("all", *HALVES):
            chosen = [c for s, c in counted if half in ("all", s.split)]
            if chosen:
                metrics.update(time_metrics(sum(chosen, Counter()), f"out_of_time.{variant}.{half}"))
        rows += [f"{s.name} ({variant}): {dict(c)}" for s, c in counted]
    return metrics, rows


# --------------------------------------------------------------------------- suite

def run(corpora: Path, *, limit: int | None = None) -> SuiteResult:
    """Conflict flags against the gold pairs (the first `limit` groups when given), and the
    out-of-time flag on planted old articles (the first `limit` sets of each variant)."""
    pairs = load_gold()
    groups = list(dict.fromkeys(p.group for p in pairs))[:limit] if limit else None
    chosen = [p for p in pairs if groups is None or p.group in groups]
    hit, unmatched, errors = run_conflicts(corpora, chosen)
    metrics: dict[str, float] = {}
    for half in ("all", *HALVES):
        members = [p for p in chosen if half in ("all", p.split)]
        if members:
            metrics.update(conflict_metrics(members, hit, f"conflicts.{half}"))
    metrics["conflicts.unmatched_flags"] = float(sum(unmatched.values()))
    time_metrics_, time_rows = run_out_of_time(corpora, limit=limit)
    metrics.update(time_metrics_)
    notes = [*errors, f"{len(chosen)} gold pairs in {len(set(p.group for p in chosen))} groups",
             "conflict flags covering no gold pair: "
             + ", ".join(f"{g} {n}" for g, n in unmatched.items() if n) + " (not scored)",
             *_misses(chosen, hit), *time_rows]
    return SuiteResult("conflicts", metrics, table=_table(metrics), notes=notes)


def _misses(pairs: list[GoldPair], hit: dict[str, bool]) -> list[str]:
    """One note per missed conflicting pair and per false alarm."""
    return [f"{'missed' if p.label == 'conflicting' else 'false alarm'} {p.id}: "
            f"« {p.first.quote} » / « {p.second.quote} »"
            for p in pairs if hit[p.id] != (p.label == "conflicting")]


def _table(metrics: dict[str, float]) -> str:
    """A Markdown table: one row per measured set and half."""
    rows = sorted({key.rsplit(".", 1)[0] for key in metrics if key.endswith(".recall")})
    lines = ["| set | precision | recall | found or planted | false alarms |", "|---|---|---|---|---|"]
    for row in rows:
        count = metrics.get(f"{row}.found", metrics.get(f"{row}.planted", 0.0))
        lines.append(f"| {row} | {metrics[row + '.precision']:.3f} | {metrics[row + '.recall']:.3f} "
                     f"| {count:.0f} | {metrics[row + '.false_alarms']:.0f} |")
    return "\n".join(lines)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    result = run(Path(sys.argv[1]) if len(sys.argv) > 1 else corpora_dir(),
                 limit=int(sys.argv[2]) if len(sys.argv) > 2 else None)
    print(result.table)
    print("\n".join(f"- {note}" for note in result.notes))
