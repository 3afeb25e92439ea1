"""Extraction metrics: token-level P/R/F1 (the scrapinghub way) and segment with/without accuracy.

Token metrics compare bags of lowercased word tokens (``\\w+``) of the extracted text and of the
gold body. As in scrapinghub/article-extraction-benchmark, each page's true/false positive and
false negative counts are normalised to sum to one before they are added up over a corpus, so
that every page weighs the same whatever its length (a macro average over pages).

Segment metrics follow trafilatura's evaluation: a `with` segment found in the extracted text is
a true positive, a missed one a false negative; a `without` segment found is a false positive,
a missed one a true negative. Both sides are whitespace-normalised before substring matching.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

LOG = logging.getLogger(__name__)

TOKEN_PATTERN = re.compile(r"\w+", re.UNICODE)
SPACES = re.compile(r"\s+")


@dataclass(slots=True)
class Scores:
    """Precision, recall and F1 (plus accuracy for segment scoring) of one corpus row."""

    precision: float
    recall: float
    f1: float
    accuracy: float | None = None


@dataclass(slots=True)
class TokenCounts:
    """True positive, false positive and false negative token counts of one page."""

    tp: float
    fp: float
    fn: float

    def normalised(self) -> TokenCounts:
        """The same counts scaled to sum to one (all zero stays all zero)."""
        total = self.tp + self.fp + self.fn
        if total == 0:
            return TokenCounts(0.0, 0.0, 0.0)
        return TokenCounts(self.tp / total, self.fp / total, self.fn / total)


@dataclass(slots=True)
class SegmentCounts:
    """Found/missed `with` and `without` segments of one page."""

    tp: int  # `with` found
    fn: int  # `with` missed
    fp: int  # `without` found
    tn: int  # `without` missed


def word_tokens(text: str | None, *, ngram: int = 1) -> list[str]:
    """Lowercased word tokens of `text`, or space-joined shingles of `ngram` tokens."""
    tokens = TOKEN_PATTERN.findall((text or "").lower())
    if ngram <= 1:
        return tokens
    return [" ".join(tokens[i : i + ngram]) for i in range(max(len(tokens) - ngram + 1, 0))]


def token_counts(extracted: str | None, gold: str, *, ngram: int = 1) -> TokenCounts:
    """Raw bag-of-token counts of one extracted text against its gold body."""
    predicted = Counter(word_tokens(extracted, ngram=ngram))
    expected = Counter(word_tokens(gold, ngram=ngram))
    tp = sum((predicted & expected).values())
    fp = sum((predicted - expected).values())
    fn = sum((expected - predicted).values())
    return TokenCounts(float(tp), float(fp), float(fn))


def prf(tp: float, fp: float, fn: float) -> tuple[float, float, float]:
    """Precision, recall and F1 from counts; an undefined ratio is 0."""
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def token_scores(pages: Iterable[TokenCounts]) -> Scores:
    """Corpus scores from per-page counts, each page normalised first (scrapinghub way)."""
    tp = fp = fn = 0.0
    for counts in pages:
        scaled = counts.normalised()
        tp, fp, fn = tp + scaled.tp, fp + scaled.fp, fn + scaled.fn
    return Scores(*prf(tp, fp, fn))


def normalise_spaces(text: str | None) -> str:
    """Collapse every run of whitespace to one space and strip the ends."""
    return SPACES.sub(" ", text or "").strip()


def segment_counts(extracted: str | None, with_segments: Sequence[str],
                   without_segments: Sequence[str]) -> SegmentCounts:
    """Which gold segments appear in the whitespace-normalised extracted text."""
    text = normalise_spaces(extracted)
    found_with = sum(1 for s in with_segments if text and normalise_spaces(s) in text)
    found_without = sum(1 for s in without_segments if text and normalise_spaces(s) in text)
    return SegmentCounts(
        tp=found_with,
        fn=len(with_segments) - found_with,
        fp=found_without,
        tn=len(without_segments) - found_without,
    )


def segment_scores(pages: Iterable[SegmentCounts]) -> Scores:
    """Corpus scores from summed segment counts (micro average, as trafilatura reports)."""
    tp = fn = fp = tn = 0
    for counts in pages:
        tp, fn, fp, tn = tp + counts.tp, fn + counts.fn, fp + counts.fp, tn + counts.tn
    precision, recall, f1 = prf(tp, fp, fn)
    total = tp + fn + fp + tn
    accuracy = (tp + tn) / total if total else 0.0
    return Scores(precision, recall, f1, accuracy)


def token_f1(predicted: str | None, gold: str | None) -> float:
    """Token F1 of one short string (a title, a site name) against its gold."""
    if not predicted or not gold:
        return 0.0
    return prf(*_as_tuple(token_counts(predicted, gold)))[2]


def _as_tuple(counts: TokenCounts) -> tuple[float, float, float]:
    """Counts in `prf` argument order."""
    return counts.tp, counts.fp, counts.fn
