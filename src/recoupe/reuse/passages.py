"""Shared passages between two texts: aligned runs of shared word n-grams, merged and maximal.

Used to explain rewrites and to cite evidence: each passage gives character offsets in both
texts, so a dossier can quote exactly what one article took from another.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from dataclasses import dataclass

from recoupe.reuse.signatures import Word, words_with_offsets

LOG = logging.getLogger(__name__)

# An n-gram seen more often than this in the other text is boilerplate, not evidence.
MAX_NGRAM_OCCURRENCES = 20


@dataclass(slots=True)
class Passage:
    """A passage found in both texts: character offsets in `a` and in `b`, length in words of `a`."""

    a_start: int
    a_end: int
    b_start: int
    b_end: int
    words: int


@dataclass(slots=True)
class _Run:
    """Word span [a0, a1) in `a` aligned with [b0, b1) in `b`."""

    a0: int
    a1: int
    b0: int
    b1: int


def shared_passages(a: str, b: str, *, min_words: int = 8, max_gap: int | None = None) -> list[Passage]:
    """Maximal passages of at least `min_words` normalised words found in both `a` and `b`.

    Runs of shared `min_words`-grams on the same alignment are joined; runs separated by a
    small edit (a typo, a changed or inserted word: at most `max_gap` words, default
    `min_words`) are merged into one passage. Passages do not overlap in either text and
    come sorted by their position in `a`.
    """
    words_a, words_b = words_with_offsets(a), words_with_offsets(b)
    if min_words < 1 or len(words_a) < min_words or len(words_b) < min_words:
        return []
    runs = _exact_runs(words_a, words_b, min_words)
    runs = _merge_close_runs(runs, max_gap=min_words if max_gap is None else max_gap)
    chosen = _non_overlapping(runs, min_words=min_words)
    return [_to_passage(run, words_a, words_b) for run in chosen]


def covered_words(passages: list[Passage]) -> int:
    """Number of words of `a` inside the passages."""
    return sum(passage.words for passage in passages)


def _ngram_positions(words: list[Word], size: int) -> dict[tuple[str, ...], list[int]]:
    """Start positions of every n-gram of `size` words."""
    positions: dict[tuple[str, ...], list[int]] = defaultdict(list)
    norms = [word.norm for word in words]
    for start in range(len(norms) - size + 1):
        positions[tuple(norms[start : start + size])].append(start)
    return positions


def _exact_runs(words_a: list[Word], words_b: list[Word], size: int) -> list[_Run]:
    """Runs of consecutive shared n-grams on one diagonal, as word spans."""
    in_b = _ngram_positions(words_b, size)
    norms_a = [word.norm for word in words_a]
    open_runs: dict[int, _Run] = {}
    runs: list[_Run] = []
    for start_a in range(len(norms_a) - size + 1):
        starts_b = in_b.get(tuple(norms_a[start_a : start_a + size]), ())
        if len(starts_b) > MAX_NGRAM_OCCURRENCES:
            continue
        for start_b in starts_b:
            diagonal = start_a - start_b
            run = open_runs.get(diagonal)
            if run is not None and run.a1 == start_a + size - 1:
                run.a1 += 1
                run.b1 += 1
                continue
            run = _Run(start_a, start_a + size, start_b, start_b + size)
            open_runs[diagonal] = run
            runs.append(run)
    return runs


def _merge_close_runs(runs: list[_Run], *, max_gap: int) -> list[_Run]:
    """Join runs that follow each other in both texts with at most `max_gap` words between."""
    merged: list[_Run] = []
    for run in sorted(runs, key=lambda r: (r.a0, r.b0)):
        target = next((m for m in reversed(merged[-8:]) if _follows(m, run, max_gap)), None)
        if target is None:
            merged.append(_Run(run.a0, run.a1, run.b0, run.b1))
            continue
        target.a1 = max(target.a1, run.a1)
        target.b1 = max(target.b1, run.b1)
    return merged


def _follows(first: _Run, second: _Run, max_gap: int) -> bool:
    """True when `second` continues `first` after a small edit in both texts."""
    gap_a = second.a0 - first.a1
    gap_b = second.b0 - first.b1
    if second.a0 < first.a0 or second.b0 < first.b0:
        return False
    return -max_gap <= gap_a <= max_gap and -max_gap <= gap_b <= max_gap and abs(gap_a - gap_b) <= max_gap


def _non_overlapping(runs: list[_Run], *, min_words: int) -> list[_Run]:
    """Longest runs first; a run that overlaps an accepted one in either text keeps its parts
    outside it (when they still hold `min_words` words), so that a short spurious run merged
    into a real one does not take the real one down with it."""
    accepted: list[_Run] = []
    pending = sorted(runs, key=lambda r: (-(r.a1 - r.a0), r.a0, r.b0))
    while pending:
        run = pending.pop(0)
        clash = next((o for o in accepted if _overlap(run, o)), None)
        if clash is None:
            accepted.append(run)
            continue
        pieces = [p for p in _outside(run, clash) if p.a1 - p.a0 >= min_words and p.b1 - p.b0 >= min_words]
        pending = sorted([*pending, *pieces], key=lambda r: (-(r.a1 - r.a0), r.a0, r.b0))
    return sorted(accepted, key=lambda r: (r.a0, r.b0))


def _overlap(first: _Run, second: _Run) -> bool:
    """True when two runs share words of `a` or of `b`."""
    return not (first.a1 <= second.a0 or second.a1 <= first.a0) or not (first.b1 <= second.b0 or second.b1 <= first.b0)


def _outside(run: _Run, other: _Run) -> list[_Run]:
    """The parts of `run` before and after `other` in both texts (cut at the same offsets of
    `run`, which is aligned word for word up to small edits)."""
    keep_before = min(other.a0 - run.a0, other.b0 - run.b0)
    skip_after = max(other.a1 - run.a0, other.b1 - run.b0)
    pieces = []
    if keep_before > 0:
        pieces.append(_Run(run.a0, run.a0 + keep_before, run.b0, run.b0 + keep_before))
    if skip_after < min(run.a1 - run.a0, run.b1 - run.b0):
        pieces.append(_Run(run.a0 + skip_after, run.a1, run.b0 + skip_after, run.b1))
    return pieces


def _to_passage(run: _Run, words_a: list[Word], words_b: list[Word]) -> Passage:
    """Word spans to character offsets."""
    return Passage(
        a_start=words_a[run.a0].start,
        a_end=words_a[run.a1 - 1].end,
        b_start=words_b[run.b0].start,
        b_end=words_b[run.b1 - 1].end,
        words=run.a1 - run.a0,
    )
