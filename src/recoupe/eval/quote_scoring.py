"""Scoring predicted quotes against gold quotes, the way the Gender Gap Tracker scores itself.

A predicted quote matches a gold quote when it covers more than `threshold` of the gold span
(|gold ∩ predicted| / |gold|); gold quotes are taken in text order, each matched to the best
remaining prediction, one to one. Precision, recall and F1 follow. Speaker accuracy counts the
matched quotes whose predicted speaker agrees with the canonical gold speaker
(:func:`same_speaker`); mention accuracy, those whose predicted speaker span overlaps the gold
mention span. Intersection over union at 0.5 is kept as a stricter span measure.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from recoupe.lang.fr.names import DETERMINERS, HONORIFICS
from recoupe.nlp.entity_spans import name_key

THRESHOLDS = (0.3, 0.8)
_PARTICLES = frozenset({"de", "du", "des", "d'", "la", "le", "les", "l'"})  # "province du Hainaut" = "province de Hainaut"
SPEAKER_THRESHOLD = 0.3


@dataclass(slots=True)
class Span:
    """A quote as the scorer sees it (gold or predicted)."""

    start: int
    end: int
    kind: str = "direct"
    speaker: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None


@dataclass(slots=True)
class Tally:
    """Counts over many articles for one system and one matching rule."""

    gold: int = 0
    predicted: int = 0
    matched: int = 0
    speaker_right: int = 0
    mention_right: int = 0
    gold_by_kind: Counter = field(default_factory=Counter)
    matched_by_kind: Counter = field(default_factory=Counter)

    def metrics(self, prefix: str) -> dict[str, float]:
        precision = self.matched / self.predicted if self.predicted else 0.0
        recall = self.matched / self.gold if self.gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        figures = {f"{prefix}.precision": precision, f"{prefix}.recall": recall, f"{prefix}.f1": f1,
                   f"{prefix}.speaker_accuracy": self.speaker_right / self.matched if self.matched else 0.0,
                   f"{prefix}.mention_accuracy": self.mention_right / self.matched if self.matched else 0.0}
        for kind, total in sorted(self.gold_by_kind.items()):
            figures[f"{prefix}.recall_{kind}"] = self.matched_by_kind[kind] / total if total else 0.0
        return {key: round(value, 4) for key, value in figures.items()}


def coverage(gold: Span, predicted: Span) -> float:
    """Share of the gold span that the prediction covers."""
    inter = max(0, min(gold.end, predicted.end) - max(gold.start, predicted.start))
    return inter / (gold.end - gold.start) if gold.end > gold.start else 0.0


def iou(gold: Span, predicted: Span) -> float:
    """Intersection over union of two spans."""
    inter = max(0, min(gold.end, predicted.end) - max(gold.start, predicted.start))
    union = max(gold.end, predicted.end) - min(gold.start, predicted.start)
    return inter / union if union else 0.0


def match(gold: list[Span], predicted: list[Span], *, threshold: float, measure=coverage) -> list[tuple[Span, Span | None]]:
    """Gold quotes in order, each with the best remaining prediction scoring above `threshold`."""
    remaining = list(predicted)
    pairs = []
    for quote in sorted(gold, key=lambda q: (q.start, q.end)):
        scored = [(measure(quote, p), index) for index, p in enumerate(remaining)]
        best = max((s for s in scored if s[0] > threshold), default=None)
        pairs.append((quote, remaining.pop(best[1]) if best else None))
    return pairs


def add(tally: Tally, gold: list[Span], predicted: list[Span], *, threshold: float, measure=coverage) -> list[tuple[Span, Span | None]]:
    """Count one article into `tally`; return its gold/prediction pairs."""
    pairs = match(gold, predicted, threshold=threshold, measure=measure)
    tally.gold += len(gold)
    tally.predicted += len(predicted)
    for quote, found in pairs:
        tally.gold_by_kind[quote.kind] += 1
        if found is None:
            continue
        tally.matched += 1
        tally.matched_by_kind[quote.kind] += 1
        tally.speaker_right += same_speaker(quote.speaker, found.speaker)
        tally.mention_right += _mention_overlaps(quote, found)
    return pairs


def _mention_overlaps(gold: Span, predicted: Span) -> bool:
    if gold.speaker_start is None or predicted.speaker_start is None:
        return gold.speaker_start is None and predicted.speaker_start is None
    return predicted.speaker_start < gold.speaker_end and gold.speaker_start < predicted.speaker_end


def same_speaker(gold: str | None, predicted: str | None) -> bool:
    """Speakers agree: both absent, the same folded words (determiners and titles dropped), the
    surname of a named person, or a phrase that holds the other whole ("préfecture" and
    "préfecture de police")."""
    if gold is None or predicted is None:
        return gold is None and predicted is None
    first, second = speaker_words(gold), speaker_words(predicted)
    if not first or not second:
        return first == second
    if first == second:
        return True
    shorter, longer = sorted((first, second), key=len)
    longer_text = gold if len(first) >= len(second) else predicted
    if _is_proper_name(longer_text):
        return longer[-len(shorter):] == shorter
    return _contains(longer, shorter)


def speaker_words(name: str) -> list[str]:
    """Folded words of a speaker without leading determiners or honorifics."""
    words = name_key(name).replace("'", "' ").split()
    while words and (words[0] in DETERMINERS or words[0] in HONORIFICS):
        words.pop(0)
    return [word for word in words if word not in _PARTICLES] if len(words) > 1 else words


def _is_proper_name(text: str) -> bool:
    words = [w for w in text.split() if w.lower() not in DETERMINERS]
    return bool(words) and all(word[:1].isupper() for word in words if len(word) > 3)


def _contains(longer: list[str], shorter: list[str]) -> bool:
    size = len(shorter)
    return any(longer[i:i + size] == shorter for i in range(len(longer) - size + 1))
