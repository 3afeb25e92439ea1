"""Which dump units are the article body: boilerplate marks, then the dense run of prose."""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass

from recoupe.clean.dump_blocks import Unit
from recoupe.clean.dump_features import Features, headline_shape, unit_features
from recoupe.clean.dump_runs import trim_run
from recoupe.clean.dump_teasers import mark_teaser_lists

LOG = logging.getLogger(__name__)

HARD_PENALTY = 3.0  # boilerplate inside the body must not split it
SHORT_PENALTY_BASE = 1.0
SHORT_PENALTY_PER_WORD = 0.3
SHORT_PENALTY_CAP = 5.0
TEASER_MAX_WORDS = 40  # "... impossible que …": an excerpt of another article
READ_ALSO_TEASER_UNITS = 3  # a "Lire aussi" heading takes at most this many following units
SIDEBAR_MIN_PAIRS = 2  # "headline / 974" pairs needed to call them a sidebar with view counters
SECONDARY_MIN_SCORE = 80.0  # prose outside the main run kept only when this dense...
SECONDARY_MIN_SHARE = 0.5  # ...and at least this share of the main run
NAVIGATION_RUN = 3  # this many short lines in a row outside the body are a menu
LINK_LIST_RUN = 4  # this many unpunctuated short lines in a row inside the body are links
ELLIPSIS = ("…", "...")
ANCHOR_BONUS = 40.0  # prose right under the title is the article's start
ANCHOR_REACH = 8  # units after the title where that prose may start (byline, image, caption)
BARRIERS = frozenset({"comment-form", "footer"})  # the body never runs on into comments or footer
RELATED_REASON = "related-heading"  # "Les plus lus": the body ends there when only excerpts follow
GAP_REASONS = frozenset({"dateline", "byline"})  # lines between teasers of a list, like headlines
BARRIER_SCORE = -1000.0
COMMENT_REASON = "comment-form"
ARTICLE_BEFORE_COMMENTS_MIN = 40.0  # prose above a comment heading is the article when this dense...
ARTICLE_BEFORE_COMMENTS_SHARE = 0.1  # ...and at least this share of the comments' run
_NORMALISE = re.compile(r"\W+")


@dataclass(slots=True)
class Classification:
    """Units of a dump, their cues, and why each is dropped (None: body)."""

    units: list[Unit]
    features: list[Features]
    reasons: list[str | None]
    body_start: int  # index of the first body unit (len(units) when there is no body)
    body_end: int  # index after the last body unit


def mark_units(units: list[Unit]) -> Classification:
    """Cues of every unit, and the reason of those that are boilerplate wherever they stand."""
    features = [unit_features(unit) for unit in units]
    reasons: list[str | None] = [_hard_reason(f) for f in features]
    _mark_read_also_teasers(units, features, reasons)
    _mark_sidebar_headlines(units, features, reasons)
    return Classification(units, features, reasons, len(units), len(units))


def find_body(marked: Classification, *, anchors: Sequence[int] = ()) -> Classification:
    """The body: the densest run of prose (plus runs nearly as dense), not crossing comments.

    `anchors` are the indexes of the lines carrying the title, when known: the body starts
    under the copy followed by the most prose, whose first prose unit gets a bonus, so a long
    footer paragraph cannot outweigh a short article under its headline.
    """
    units, features, reasons = marked.units, marked.features, list(marked.reasons)
    scores = [_score(unit, f, r) for unit, f, r in zip(units, features, reasons)]
    anchor = _best_anchor(scores, anchors)
    for index in mark_teaser_lists(units, features, reasons, anchor=anchor):
        scores[index] = -HARD_PENALTY
    if anchor is not None:
        _add_anchor_bonus(scores, anchor)
    soft = [reason is None or reason in GAP_REASONS for reason in reasons]
    start, end, best = _densest_run(scores, 0, len(units))
    if anchor is not None:
        start, end, best = _before_comments(scores, reasons, anchor, start, end, best)
    if best <= 0:
        start = end = len(units)
    cut = _cut_at_related_heading(units, features, reasons, start, end)
    start, end = trim_run(scores, soft, start, cut, anchor=anchor)
    low, high = _barrier_bounds(reasons, start, end)
    kept = [(start, end)] + [
        trim_run(scores, soft, run_start, run_end, anchor=None)
        for run_start, run_end in _secondary_runs(scores, (low, start), (end, high), best)
    ]
    in_body = [False] * len(units)
    for run_start, run_end in kept:
        in_body[run_start:run_end] = [True] * (run_end - run_start)
    _mark_outside(units, features, reasons, in_body, start)
    _mark_link_lists(units, scores, reasons)
    return Classification(units, features, reasons, start, end)


def _before_comments(
    scores: list[float], reasons: list[str | None], anchor: int, start: int, end: int, best: float
) -> tuple[int, int, float]:
    """The article rather than its comments: when the densest run follows a comment heading
    that follows the title, the prose between the title and that heading wins if it is dense
    enough to be an article."""
    first = next((i for i in range(anchor + 1, start) if reasons[i] == COMMENT_REASON), None)
    if first is None:
        return start, end, best
    before = _densest_run(scores, anchor + 1, first)
    if before[2] >= max(ARTICLE_BEFORE_COMMENTS_MIN, ARTICLE_BEFORE_COMMENTS_SHARE * best):
        LOG.debug("body %d-%d is comments; article at %d-%d", start, end, before[0], before[1])
        return before
    return start, end, best


def _cut_at_related_heading(
    units: list[Unit], features: list[Features], reasons: list[str | None], start: int, end: int
) -> int:
    """The run's end: the first "Related stories" heading inside it after which stand only
    excerpt-sized paragraphs (a list of other articles, not the rest of this one)."""
    for index in range(start + 1, end):
        if reasons[index] != RELATED_REASON:
            continue
        after = [features[i].words for i in range(index + 1, end) if features[i].prose and reasons[i] is None]
        if all(words <= TEASER_MAX_WORDS for words in after):
            LOG.debug("body cut at related heading %r", units[index].text)
            return index
    return end


def _best_anchor(scores: list[float], anchors: Sequence[int]) -> int | None:
    """The title copy with the most prose right under it (the headline, not the <title> line)."""
    best, best_weight = None, 0.0
    for anchor in anchors:
        weight = sum(max(0.0, score) for score in scores[anchor + 1:anchor + 1 + ANCHOR_REACH])
        if weight > best_weight:
            best, best_weight = anchor, weight
    return best


def _add_anchor_bonus(scores: list[float], anchor: int) -> None:
    """Credit the first prose unit after the title line."""
    for index in range(anchor + 1, min(len(scores), anchor + 1 + ANCHOR_REACH)):
        if scores[index] > 0:
            scores[index] += ANCHOR_BONUS
            return


def _barrier_bounds(reasons: list[str | None], start: int, end: int) -> tuple[int, int]:
    """The span around the body that no comment section cuts through."""
    low = max((i + 1 for i in range(start) if reasons[i] in BARRIERS), default=0)
    high = min((i for i in range(end, len(reasons)) if reasons[i] in BARRIERS), default=len(reasons))
    return low, high


def _hard_reason(features: Features) -> str | None:
    """The reason a unit is boilerplate whatever its position, or None."""
    if features.cue is not None:
        return features.cue
    if features.byline:
        return "byline"
    if features.counter:
        return "counter"
    if features.timestamped and not features.prose:
        return "headline-list"
    if features.dateline:
        return "dateline"
    return None


def _mark_read_also_teasers(units: list[Unit], features: list[Features], reasons: list[str | None]) -> None:
    """A bare "Lire aussi" heading takes the teaser that follows it (headline, excerpt)."""
    for index, reason in enumerate(reasons):
        if reason != "read-also" or features[index].words > 4:
            continue
        for follower in range(index + 1, min(index + 1 + READ_ALSO_TEASER_UNITS, len(units))):
            text, found = units[follower].text, features[follower]
            teaser = text.endswith(ELLIPSIS) and found.words <= TEASER_MAX_WORDS
            if reasons[follower] is not None or not (teaser or headline_shape(text, found)):
                break
            reasons[follower] = "read-also"
            if teaser:
                break


def _mark_sidebar_headlines(units: list[Unit], features: list[Features], reasons: list[str | None]) -> None:
    """Headlines followed by a view counter ("Lat Diop, ... / 974"), when the page has several."""
    pairs = [
        index for index in range(1, len(units))
        if reasons[index] == "counter" and reasons[index - 1] is None and features[index - 1].words <= 30
    ]
    if len(pairs) < SIDEBAR_MIN_PAIRS:
        return
    for index in pairs:
        reasons[index - 1] = "sidebar-headline"
        previous = index - 2
        if previous >= 0 and reasons[previous] is None and _same(units[previous].text, units[index - 1].text):
            reasons[previous] = "sidebar-headline"


def _same(left: str, right: str) -> bool:
    """Equal up to case and punctuation."""
    return _NORMALISE.sub(" ", left).strip().lower() == _NORMALISE.sub(" ", right).strip().lower()


def _score(unit: Unit, features: Features, reason: str | None) -> float:
    """How much a unit looks like body prose (positive) or page furniture (negative)."""
    if reason in BARRIERS:
        return BARRIER_SCORE
    if reason is not None:
        return -HARD_PENALTY
    if features.prose and not (unit.text.endswith(ELLIPSIS) and features.words <= TEASER_MAX_WORDS):
        return float(features.words)
    return -min(SHORT_PENALTY_CAP, SHORT_PENALTY_BASE + SHORT_PENALTY_PER_WORD * features.words)


def _densest_run(scores: list[float], low: int, high: int) -> tuple[int, int, float]:
    """The contiguous run of units in [low, high) with the largest total score (Kadane)."""
    best, best_start, best_end = 0.0, low, low
    total, start = 0.0, low
    for index in range(low, high):
        if total <= 0 or scores[index] == BARRIER_SCORE:
            total, start = 0.0, index
        total += scores[index]
        if total > best:
            best, best_start, best_end = total, start, index + 1
    return best_start, best_end, best


def _secondary_runs(
    scores: list[float], before: tuple[int, int], after: tuple[int, int], best: float
) -> list[tuple[int, int]]:
    """Further dense runs of prose in the spans `before` and `after` the main one."""
    threshold = max(SECONDARY_MIN_SCORE, SECONDARY_MIN_SHARE * best)
    runs: list[tuple[int, int]] = []
    pending = [before, after]
    while pending:
        low, high = pending.pop()
        if high - low <= 0:
            continue
        run_start, run_end, score = _densest_run(scores, low, high)
        if score >= threshold:
            runs.append((run_start, run_end))
            pending += [(low, run_start), (run_end, high)]
    return runs


def _mark_link_lists(units: list[Unit], scores: list[float], reasons: list[str | None]) -> None:
    """Inside the body, a run of short lines without punctuation that no colon introduces is a
    list of links to other pages ("Watch live: ...", "7 key moments ...")."""
    index = 0
    while index < len(units):
        end = index
        while end < len(units) and reasons[end] is None and scores[end] < 0 and not _punctuated(units[end].text):
            end += 1
        if end - index >= LINK_LIST_RUN and not (index > 0 and units[index - 1].text.endswith(":")):
            reasons[index:end] = ["link-list"] * (end - index)
        index = max(end, index + 1)


def _punctuated(text: str) -> bool:
    """Ends like a sentence or a clause."""
    return text.endswith((".", "!", "?", ":", ";", ",", "»", '"', "”", "…"))


def _mark_outside(
    units: list[Unit], features: list[Features], reasons: list[str | None], in_body: list[bool], start: int
) -> None:
    """Give every unit outside the body a reason: a menu run, or text before/after the body."""
    index = 0
    while index < len(units):
        if in_body[index] or reasons[index] is not None:
            index += 1
            continue
        run_end = index
        while run_end < len(units) and not in_body[run_end] and reasons[run_end] is None:
            run_end += 1
        short = all(not features[i].prose for i in range(index, run_end))
        reason = "navigation" if short and run_end - index >= NAVIGATION_RUN else (
            "before-body" if index < start else "after-body"
        )
        for position in range(index, run_end):
            reasons[position] = reason
        index = run_end
