"""Turn per-page outcomes into flat metrics and the Markdown table of the extraction suite.

Metric keys: ``<corpus>[.fr].<row>.<metric>`` where row is ``html.<system>`` or
``dump.<renderer>.<system>`` and metric one of precision, recall, f1, accuracy (segment
scoring only), n (pages), seconds (mean per page) and errors (pages where the system failed).
In dump mode the row ``dump.<renderer>.trafilatura_html`` repeats trafilatura on the HTML as
the anchor a dump cleaner is compared with.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from recoupe.eval.extraction_scoring import PageOutcome, RowOutcome
from recoupe.eval.metrics import Scores, segment_scores, token_scores

LOG = logging.getLogger(__name__)

FRENCH = "fr"


@dataclass(slots=True)
class RowSummary:
    """Aggregated scores of one corpus × subset × row."""

    corpus: str
    subset: str  # "all" or "fr"
    row: str
    scores: Scores
    pages: int
    seconds: float
    errors: int

    @property
    def prefix(self) -> str:
        middle = "" if self.subset == "all" else f".{self.subset}"
        return f"{self.corpus}{middle}.{self.row}"


@dataclass(slots=True)
class _Bucket:
    """Row outcomes collected for one corpus × subset × row."""

    outcomes: list[RowOutcome] = field(default_factory=list)


def summarise(pages: Iterable[PageOutcome]) -> list[RowSummary]:
    """Aggregate outcomes per corpus, per subset (all pages, French pages) and per row."""
    buckets: dict[tuple[str, str, str], _Bucket] = defaultdict(_Bucket)
    for page in pages:
        subsets = ["all", FRENCH] if page.lang == FRENCH else ["all"]
        for outcome in _with_dump_anchors(page.rows):
            for subset in subsets:
                buckets[(page.corpus, subset, outcome.row)].outcomes.append(outcome)
    return [_summary(corpus, subset, row, bucket.outcomes)
            for (corpus, subset, row), bucket in sorted(buckets.items(), key=_order)]


def _with_dump_anchors(rows: list[RowOutcome]) -> list[RowOutcome]:
    """Add `dump.<renderer>.trafilatura_html` copies of the trafilatura HTML row."""
    renderers = dict.fromkeys(r.row.split(".")[1] for r in rows if r.row.startswith("dump."))
    anchor = next((r for r in rows if r.row == "html.trafilatura"), None)
    if anchor is None:
        return rows
    copies = [RowOutcome(row=f"dump.{renderer}.trafilatura_html", seconds=anchor.seconds,
                         tokens=anchor.tokens, segments=anchor.segments, error=anchor.error)
              for renderer in renderers]
    return rows + copies


def _order(item: tuple[tuple[str, str, str], _Bucket]) -> tuple[str, int, str]:
    """Corpus, then all pages before French pages, then rows by name."""
    (corpus, subset, row), _ = item
    return corpus, 0 if subset == "all" else 1, row


def _summary(corpus: str, subset: str, row: str, outcomes: list[RowOutcome]) -> RowSummary:
    """Scores of one bucket."""
    if outcomes and outcomes[0].segments is not None:
        scores = segment_scores(o.segments for o in outcomes if o.segments is not None)
    else:
        scores = token_scores(o.tokens for o in outcomes if o.tokens is not None)
    seconds = sum(o.seconds for o in outcomes) / len(outcomes) if outcomes else 0.0
    errors = sum(1 for o in outcomes if o.error)
    return RowSummary(corpus, subset, row, scores, len(outcomes), seconds, errors)


def flat_metrics(summaries: Iterable[RowSummary]) -> dict[str, float]:
    """The suite's flat `name -> value` metrics."""
    metrics: dict[str, float] = {}
    for summary in summaries:
        prefix = summary.prefix
        metrics[f"{prefix}.precision"] = round(summary.scores.precision, 4)
        metrics[f"{prefix}.recall"] = round(summary.scores.recall, 4)
        metrics[f"{prefix}.f1"] = round(summary.scores.f1, 4)
        if summary.scores.accuracy is not None:
            metrics[f"{prefix}.accuracy"] = round(summary.scores.accuracy, 4)
        metrics[f"{prefix}.n"] = float(summary.pages)
        metrics[f"{prefix}.seconds"] = round(summary.seconds, 4)
        metrics[f"{prefix}.errors"] = float(summary.errors)
    return metrics


def markdown_table(summaries: Iterable[RowSummary]) -> str:
    """One row per corpus × pages × mode × system: P, R, F1, accuracy, pages, s/page, errors."""
    lines = [
        "| corpus | pages | mode | renderer | system | P | R | F1 | acc. | n | s/page | errors |",
        "|---|---|---|---|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for s in summaries:
        parts = s.row.split(".")
        mode, renderer, system = (parts[0], "", parts[1]) if len(parts) == 2 else parts
        accuracy = f"{s.scores.accuracy:.3f}" if s.scores.accuracy is not None else ""
        lines.append(
            f"| {s.corpus} | {s.subset} | {mode} | {renderer} | {system} | {s.scores.precision:.3f} "
            f"| {s.scores.recall:.3f} | {s.scores.f1:.3f} | {accuracy} | {s.pages} "
            f"| {s.seconds:.3f} | {s.errors} |"
        )
    return "\n".join(lines)
