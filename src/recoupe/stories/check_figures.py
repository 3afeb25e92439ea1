"""Conflicting figures: the same quantity about the same thing, reported with different numbers."""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass

from recoupe.lang.fr.checks import (
    APPROXIMATION_CUES,
    MULTIPLIERS,
    NON_QUANTITY_HEADS,
    NUMBER_WORDS,
    PRE_NOUN_ADJECTIVES,
    UNITS,
)
from recoupe.stories.check_text import content_words, fold, independent, sentence_at
from recoupe.types import Article, Citation, Flag

LOG = logging.getLogger(__name__)

_NUMBER = re.compile(
    r"(?<![\w.,/-])(?P<number>\d{1,3}(?:[.\u00a0\u202f ]\d{3})+(?![\d])|\d+(?:,\d+)?)"
    r"(?P<ordinal>e|er|ère|ème|è)?(?![\w])"
)
_NUMBER_WORD = re.compile(r"\b(?P<number>" + "|".join(NUMBER_WORDS) + r")\b", re.IGNORECASE)
_FOLLOWING = re.compile(r"[^\W\d_][\w'’-]*|%|€|\$")
ROUNDING_TOLERANCE = 0.15  # "environ 70" is compatible with anything within 15 %
MIN_SHARED_CONTEXT = 2  # without a shared entity, sentences must share more than this many words


@dataclass(slots=True)
class Figure:
    """A number with the thing it counts, in one sentence of one article."""

    article: Article
    value: float
    head: str  # singular, accent-folded head noun or unit ("electeur", "%")
    phrase: str  # as written: "295 grands électeurs"
    approximate: bool
    start: int  # span of the sentence
    end: int
    context: frozenset[str]  # entity names and content words of the sentence


def figures_of(article: Article) -> list[Figure]:
    """Every counted quantity in an article (years, dates, times and ordinals are skipped)."""
    found = []
    for match in [*_NUMBER.finditer(article.text), *_NUMBER_WORD.finditer(article.text)]:
        if match.groupdict().get("ordinal"):
            continue
        value = _value(match["number"])
        if value is None or (1800 <= value <= 2100 and "," not in match["number"]):
            continue
        figure = _figure(article, match, value)
        if figure:
            found.append(figure)
    return found


def _value(number: str) -> float | None:
    """The numeric value of "20.000", "20 000", "1,5" or a number word."""
    word = NUMBER_WORDS.get(number.lower())
    if word is not None:
        return float(word)
    cleaned = re.sub(r"[.\u00a0\u202f ]", "", number).replace(",", ".")
    try:
        return float(cleaned)
    except ValueError:
        return None


def _figure(article: Article, match: re.Match[str], value: float) -> Figure | None:
    """Attach the head noun (or unit) following a number; None when it counts nothing."""
    following = _FOLLOWING.findall(article.text[match.end():match.end() + 60])[:4]
    head_index = 0
    while head_index < len(following) and fold(following[head_index]) in {fold(w) for w in PRE_NOUN_ADJECTIVES}:
        if following[head_index].lower() in MULTIPLIERS:
            value *= MULTIPLIERS[following[head_index].lower()]
        head_index += 1
    if head_index >= len(following):
        return None
    head = following[head_index].lower()
    if head in NON_QUANTITY_HEADS or not (head in UNITS or len(head) > 2):
        return None
    start, end = sentence_at(article, match.start())
    before = article.text[max(start, match.start() - 25):match.start()].lower()
    phrase = article.text[match.start():match.end()] + " " + " ".join(following[:head_index + 1])
    context = frozenset(_entity_names(article, start, end)) | frozenset(content_words(article.text[start:end]))
    return Figure(
        article=article, value=value, head=_head_key(head), phrase=phrase.strip(),
        approximate=any(cue in before for cue in APPROXIMATION_CUES), start=start, end=end,
        context=context - {_head_key(head)},
    )


def _head_key(head: str) -> str:
    """Units map to their symbol; nouns are folded and singularised."""
    if head in UNITS:
        return UNITS[head]
    key = fold(head)
    return key[:-1] if len(key) > 3 and key.endswith(("s", "x")) else key


def _entity_names(article: Article, start: int, end: int) -> list[str]:
    """Canonical names of the entities mentioned inside a span."""
    return [
        "entity:" + fold(e.name)
        for e in article.entities
        if any(start <= m.start < end for m in e.mentions)
    ]


def compatible(a: Figure, b: Figure) -> bool:
    """True when two numbers agree, allowing rounding when either is approximate."""
    if a.value == b.value:
        return True
    if a.approximate or b.approximate:
        return abs(a.value - b.value) <= ROUNDING_TOLERANCE * max(a.value, b.value)
    return False


def same_subject(a: Figure, b: Figure) -> bool:
    """True when two figures plausibly count the same thing: shared entities or context words."""
    shared = a.context & b.context
    entities = {w for w in shared if w.startswith("entity:")}
    words = shared - entities
    return (bool(entities) and len(words) >= 1) or len(words) >= MIN_SHARED_CONTEXT + 1


def conflicting_figures(articles: Sequence[Article], roots: dict[str, str]) -> list[Flag]:
    """One flag per counted thing that independent sources report with incompatible numbers."""
    figures = [f for a in articles for f in figures_of(a)]
    by_head: dict[str, list[Figure]] = {}
    for figure in figures:
        by_head.setdefault(figure.head, []).append(figure)
    flags = []
    for head, group in by_head.items():
        pairs = [
            (a, b) for i, a in enumerate(group) for b in group[i + 1:]
            if independent(a.article, b.article, roots) and not compatible(a, b) and same_subject(a, b)
        ]
        if pairs:
            flags.append(_flag(head, pairs))
    return flags


def _flag(head: str, pairs: list[tuple[Figure, Figure]]) -> Flag:
    """A conflicting-figures flag citing each distinct figure once."""
    figures = list({(f.article.id, f.start, f.value): f for pair in pairs for f in pair}.values())
    values = sorted({_show(f.value) for f in figures}, key=float)
    phrases = "; ".join(f"{f.phrase} ({f.article.outlet or f.article.id})" for f in figures)
    return Flag(
        kind="conflicting-figures",
        message=f"Chiffres divergents sur « {head} » : {' / '.join(values)} selon les sources",
        evidence=[Citation(f.article.id, f.start, f.end, f.article.outlet) for f in figures],
        details={"quantity": head, "values": ", ".join(values), "figures": phrases},
    )


def _show(value: float) -> str:
    """A number without a useless decimal part."""
    return str(int(value)) if value == int(value) else str(value)
