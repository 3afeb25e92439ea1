"""Score one evaluation page with every requested system (runs inside a worker process).

A row is `html.<system>` or `dump.<renderer>.<system>`. Only counts travel back to the parent
process, never texts. A system that fails or times out on a page is scored on an empty text
(as upstream benchmarks do) and the failure is kept with its reason.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field

from recoupe.eval.extraction_corpora import EvalPage, read_html
from recoupe.eval.extraction_systems import DUMP_SYSTEMS, HTML_SYSTEMS, SYSTEM_SECONDS_LIMIT, time_limit
from recoupe.eval.metrics import SegmentCounts, TokenCounts, segment_counts, token_counts
from recoupe.eval.render import RENDERERS

LOG = logging.getLogger(__name__)


@dataclass(slots=True)
class RowOutcome:
    """One system's result on one page."""

    row: str
    seconds: float
    tokens: TokenCounts | None = None
    segments: SegmentCounts | None = None
    error: str | None = None


@dataclass(slots=True)
class PageOutcome:
    """Every row's result on one page, or why the page could not be read."""

    corpus: str
    page_id: str
    lang: str | None
    rows: list[RowOutcome] = field(default_factory=list)
    error: str | None = None


def score_page(page: EvalPage, rows: tuple[str, ...]) -> PageOutcome:
    """Run the requested rows on `page` and score each extracted text against the gold."""
    outcome = PageOutcome(corpus=page.corpus, page_id=page.page_id, lang=page.lang)
    try:
        html = read_html(page)
    except (OSError, EOFError, ValueError) as error:
        outcome.error = f"cannot read {page.path.name}: {error}"
        return outcome
    for row in rows:
        parts = row.split(".")
        if parts[0] == "html":
            outcome.rows.append(_run_html_row(row, html, page))
    for renderer in dict.fromkeys(row.split(".")[1] for row in rows if row.startswith("dump.")):
        wanted = [row for row in rows if row.startswith(f"dump.{renderer}.")]
        outcome.rows.extend(_run_dump_rows(renderer, wanted, html, page))
    return outcome


def _run_html_row(row: str, html: str, page: EvalPage) -> RowOutcome:
    """One HTML system on the page."""
    system = HTML_SYSTEMS[row.split(".")[1]]
    text, seconds, error = run_timed(system, html, page)
    return score_text(row, text, seconds, error, page)


def _run_dump_rows(renderer: str, rows: list[str], html: str, page: EvalPage) -> list[RowOutcome]:
    """Render the page once, then run every dump system of this renderer on the dump."""
    started = time.perf_counter()
    try:
        with time_limit(SYSTEM_SECONDS_LIMIT):
            dump = RENDERERS[renderer](html)
    except Exception as error:  # a renderer failure is a scored miss, not a crash
        reason = f"{renderer} could not render the page: {type(error).__name__}: {error}"
        return [score_text(row, "", time.perf_counter() - started, reason, page) for row in rows]
    render_seconds = time.perf_counter() - started
    outcomes = []
    for row in rows:
        system_name = row.split(".")[2]
        if system_name == "raw":
            outcomes.append(score_text(row, dump, render_seconds, None, page))
            continue
        text, seconds, error = run_timed(DUMP_SYSTEMS[system_name], dump, page)
        outcomes.append(score_text(row, text, seconds, error, page))
    return outcomes


def run_timed(system, content: str, page: EvalPage) -> tuple[str, float, str | None]:
    """Call one system with a time limit; return its text, seconds and failure reason."""
    started = time.perf_counter()
    try:
        with time_limit(SYSTEM_SECONDS_LIMIT):
            text = system(content, page) or ""
        return text, time.perf_counter() - started, None
    except Exception as error:  # any extractor failure is recorded and scored as empty output
        LOG.debug("%s failed on %s: %s", system.__name__, page.page_id, error)
        return "", time.perf_counter() - started, f"{type(error).__name__}: {error}"[:300]


def score_text(row: str, text: str, seconds: float, error: str | None, page: EvalPage) -> RowOutcome:
    """Score an extracted text with the page's kind of gold."""
    outcome = RowOutcome(row=row, seconds=seconds, error=error)
    if page.scoring == "segments":
        outcome.segments = segment_counts(text, page.with_segments, page.without_segments)
    else:
        outcome.tokens = token_counts(text, page.gold)
    return outcome
