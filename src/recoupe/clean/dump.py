"""Our cleaner for plain-text page dumps (a browser's select-all + copy, rendered HTML text).

No open tool cleans such dumps: HTML extractors need the markup. We segment the dump into
lines, mark boilerplate from layout and language cues (`dump_features`), keep the dense run
of prose as the body (`dump_classify`), and read the title, byline date and outlet from the
lines around it.
"""

from __future__ import annotations

import logging

from recoupe.clean.dump_blocks import split_units
from recoupe.clean.dump_captions import mark_caption_under_title
from recoupe.clean.dump_classify import Classification, find_body, mark_units
from recoupe.clean.paragraphs import drop_repeated_blocks
from recoupe.clean.result import CleanResult
from recoupe.meta.dates import date_from_byline
from recoupe.meta.title import TitleMatch, repeated_title, title_from_lines
from recoupe.types import Published, RemovedBlock

from recoupe.lang.fr.outlet import FOOTER_LINES
from recoupe.meta.outlet import author_from_byline, outlet_from_appeals, outlet_from_byline, outlet_from_footer

LOG = logging.getLogger(__name__)

BYLINE_REASONS = frozenset({"byline", "dateline", "before-body", "navigation", "crumb"})
FOOTER_REASONS = frozenset({"footer", "crumb", "caption"})  # "© Le Monde 2024" lines at the page's end
TAIL_BYLINE_UNITS = 5  # byline-ish lines next to the body ("Publié le ..." at the end)
AUTHOR_LINES = 12  # authorship is read from the first byline-ish lines of the page


def clean_dump(text: str, *, captured: str | None = None) -> CleanResult:
    """Clean one text dump: title, body paragraphs in order, and every removed block with why.

    `captured` (ISO 8601 capture time) lets relative bylines ("il y a 3 heures") be dated.
    The title is returned in `title`, not repeated in `paragraphs`; `page_lines` holds every
    non-empty line of the dump, whitespace-collapsed, kept or not. Never raises on odd input:
    an empty or all-boilerplate page gives no paragraphs and the removed blocks.
    """
    page_lines: list[str] = []
    units, blank_runs = split_units(text or "", page_lines=page_lines)
    marked = mark_units(units)
    lines = [unit.text for unit in units]
    hard = {i for i, reason in enumerate(marked.reasons) if reason is not None}
    anchor = repeated_title(lines, excluded=hard)
    classification = find_body(marked, anchors=[anchor.index, *anchor.repeats] if anchor else ())
    title = title_from_lines(lines, body_start=classification.body_start, excluded=hard)
    reasons = list(classification.reasons)
    if title is not None:
        _mark_title(reasons, title)
        mark_caption_under_title(units, classification.features, reasons, title.index)
    paragraphs = [(u.text, u.line) for u, r in zip(units, reasons) if r is None]
    kept, repeated = drop_repeated_blocks(
        [p for p, _ in paragraphs], lines=[n for _, n in paragraphs], contained=True
    )
    removed = _removed_blocks(classification, reasons) + repeated
    if title is not None and title.breadcrumb and not title.repeats:
        removed.append(RemovedBlock(title.breadcrumb, "breadcrumb", units[title.index].line))
    removed += [RemovedBlock(run.text, "blank-lines", run.line) for run in blank_runs]
    removed.sort(key=lambda block: block.line or 0)
    published, outlet = _byline_metadata(classification, reasons, captured)
    if outlet is None:
        outlet = outlet_from_footer(_footer_lines(classification, reasons), page_text=text or "")
    if outlet is None:
        outlet = outlet_from_appeals([block.text for block in removed], page_text=text or "")
    author = _author([u.text for u, r in zip(units, reasons) if r in BYLINE_REASONS][:AUTHOR_LINES])
    LOG.debug("dump: %d units, %d kept, %d removed blocks", len(units), len(kept), len(removed))
    return CleanResult(
        title=title.text if title else None,
        paragraphs=kept,
        removed=removed,
        published=published,
        outlet=outlet,
        author=author,
        page_lines=page_lines,
    )


def _mark_title(reasons: list[str | None], title: TitleMatch) -> None:
    """The title line and its copies leave the body; a breadcrumb copy is named as such."""
    reasons[title.index] = "title"
    for index in title.repeats:
        reasons[index] = "breadcrumb" if title.breadcrumb else "title-repeat"


def _removed_blocks(classification: Classification, reasons: list[str | None]) -> list[RemovedBlock]:
    """Consecutive removed units with the same reason, grouped into one block each."""
    blocks: list[RemovedBlock] = []
    previous: str | None = None
    for unit, reason in zip(classification.units, reasons):
        if reason is None or reason == "title":
            previous = None
            continue
        if reason == previous:
            blocks[-1].text = f"{blocks[-1].text}\n{unit.text}"
        else:
            blocks.append(RemovedBlock(unit.text, reason, unit.line))
        previous = reason
    return blocks


def _byline_metadata(
    classification: Classification, reasons: list[str | None], captured: str | None
) -> tuple[Published | None, str | None]:
    """Publication date and outlet read from the byline lines around the body."""
    units, start, end = classification.units, classification.body_start, classification.body_end
    head = [u.text for u, r in zip(units[:start], reasons[:start]) if r in BYLINE_REASONS]
    head += [u.text for u, r in zip(units[start:end], reasons[start:end]) if r == "byline"]
    tail = [u.text for u, r in zip(units[end:], reasons[end:]) if r in BYLINE_REASONS]
    published = date_from_byline(head, captured=captured) or date_from_byline(
        tail[:TAIL_BYLINE_UNITS], captured=captured, bare_dates=False
    ) or _page_date(units, captured)
    bylines = [u.text for u, r in zip(units, reasons) if r == "byline"]
    footer = [u.text for u, r in zip(units[end:], reasons[end:]) if r in FOOTER_REASONS][-TAIL_BYLINE_UNITS:]
    return published, _outlet(bylines + head[-TAIL_BYLINE_UNITS:] + tail[:TAIL_BYLINE_UNITS] + footer)


def _page_date(units, captured: str | None) -> Published | None:
    """A dated line anywhere on the page, when no byline near the body has one.

    On htmldate's 800 pages this doubles coverage (0.31 → 0.65) for a small loss of precision
    (0.87 → 0.85); its origin says it was not read from a byline.
    """
    found = date_from_byline([unit.text for unit in units], captured=captured)
    return Published(found.value, origin="page-line", evidence=found.evidence) if found else None


def _outlet(lines: list[str]) -> str | None:
    """The outlet named by the first byline that names one."""
    for line in lines:
        outlet = outlet_from_byline(line)
        if outlet:
            return outlet
    return None


def _author(lines: list[str]) -> str | None:
    """The person named by the first authorship line."""
    for line in lines:
        author = author_from_byline(line)
        if author:
            return author
    return None


def _footer_lines(classification: Classification, reasons: list[str | None]) -> list[str]:
    """Removed lines at the end of the page, where a masthead or copyright line stands."""
    tail = list(zip(classification.units, reasons))[classification.body_end:][-FOOTER_LINES:]
    return [unit.text for unit, reason in tail if reason is not None]
