"""Trimming a body run: teaser lists (headline, date, one-paragraph excerpt...) at its ends."""

from __future__ import annotations

import logging
from dataclasses import dataclass

LOG = logging.getLogger(__name__)

TEASER_ISLAND_MAX_SCORE = 80.0  # one paragraph of at most this weight can be an excerpt
LIST_GAP = 2  # short lines between two excerpts of a teaser list ("headline / date")
LONE_GAP = 3  # a single trailing excerpt needs a wider gap to be cut on its own


@dataclass(slots=True)
class Island:
    """Prose units of a run with at most one short line between consecutive ones."""

    start: int
    end: int
    prose_units: int
    score: float
    gap_before: int  # short (non-boilerplate) lines between this island and the previous one


def islands(scores: list[float], soft: list[bool], start: int, end: int) -> list[Island]:
    """Split the run [start, end) into islands; `soft[i]`: unit i is a short line (not a cue)."""
    found: list[Island] = []
    gap = 0
    for index in range(start, end):
        if scores[index] > 0:
            if found and gap < LIST_GAP:
                island = found[-1]
                island.end, island.prose_units = index + 1, island.prose_units + 1
                island.score += scores[index]
            else:
                found.append(Island(index, index + 1, 1, scores[index], gap))
            gap = 0
        elif soft[index]:
            gap += 1
    return found


def _teaser(island: Island) -> bool:
    """A lone short paragraph: what an excerpt in a list of other articles looks like."""
    return island.prose_units == 1 and island.score <= TEASER_ISLAND_MAX_SCORE


def trim_run(
    scores: list[float], soft: list[bool], start: int, end: int, *, anchor: int | None
) -> tuple[int, int]:
    """The run without teaser lists at its end (and at its start, unless the title is there)."""
    found = islands(scores, soft, start, end)
    while len(found) >= 2 and _teaser(found[-1]) and (
        found[-1].gap_before >= LONE_GAP or (_teaser(found[-2]) and found[-2].gap_before >= LIST_GAP
                                             and found[-1].gap_before >= LIST_GAP)
    ):
        found.pop()
    keep_head = anchor is not None and anchor < found[0].start if found else True
    while not keep_head and len(found) >= 3 and _teaser(found[0]) and _teaser(found[1]) and (
        found[1].gap_before >= LIST_GAP and found[2].gap_before >= LIST_GAP
    ):
        found.pop(0)
    if not found:
        return start, start
    if (found[0].start, found[-1].end) != (start, end):
        LOG.debug("run %d-%d trimmed to %d-%d", start, end, found[0].start, found[-1].end)
    return found[0].start, found[-1].end
