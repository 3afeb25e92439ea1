"""Cleaning of raw NER spans: titles and determiners stripped, junk dropped, cheap label fixes."""

from __future__ import annotations

import logging
import re
import unicodedata
from dataclasses import dataclass

from recoupe.lang.fr.names import (
    DETERMINERS,
    HONORIFICS,
    INSTITUTION_NAMES,
    NAME_PARTICLES,
    NAME_TRAILING_NOISE,
    SPAN_SEPARATORS,
    STOP_ENTITIES,
)

LOG = logging.getLogger(__name__)

ENTITY_TYPES = ("PER", "ORG", "LOC", "MISC")
MAX_NAME_WORDS = 8
_WORD = re.compile(r"\S+")
_ELISION = re.compile(r"^[ldLD]['’](?=[A-ZÀ-Ý])")
_EDGE_PUNCT = ".,;:!?«»“”\"'’()[]{}-–—…/"
_SEPARATOR_SPLIT = re.compile("|".join(re.escape(s) for s in SPAN_SEPARATORS))


@dataclass(slots=True)
class CleanSpan:
    """One entity mention after cleaning: offsets into the document text."""

    start: int
    end: int
    text: str
    type: str


def name_key(name: str) -> str:
    """Case- and accent-folded form of a name, used to compare spellings."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    folded = "".join(c for c in decomposed if not unicodedata.combining(c))
    folded = folded.replace("’", "'").replace("-", " ")
    return " ".join(folded.split())


def capitalised_tail(name: str, size: int) -> bool:
    """True when the last `size` words of a name are capitalised (a surname, not "État russe")."""
    words = name.replace("-", " ").split()[-size:]
    return all(word[:1].isupper() for word in words)


def clean_span(text: str, start: int, end: int, label: str) -> CleanSpan | None:
    """Clean one NER span of `text`; None (with a logged reason) when it is not an entity."""
    segment = _best_segment(text, start, end)
    if segment is None:
        LOG.debug("dropped entity %r: no name-like segment", text[start:end])
        return None
    start, end = _trim(text, *segment)
    if label == "PER":
        start = _name_run_start(text, start, end)
    surface = text[start:end]
    reason = _junk_reason(surface)
    if reason:
        LOG.debug("dropped entity %r: %s", surface, reason)
        return None
    return CleanSpan(start, end, surface, _fixed_label(surface, label))


def _best_segment(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The part of a span between separators that looks most like a name."""
    pieces: list[tuple[int, int]] = []
    cursor = start
    for match in _SEPARATOR_SPLIT.finditer(text, start, end):
        pieces.append((cursor, match.start()))
        cursor = match.end()
    pieces.append((cursor, end))
    scored = [(_capitalised_words(text[a:b]), -index, (a, b)) for index, (a, b) in enumerate(pieces)]
    best = max(scored)
    return best[2] if best[0] > 0 else None


def _name_run_start(text: str, start: int, end: int) -> int:
    """Start of the trailing run of capitalised words of a person span ("l'Intérieur Christophe Castaner")."""
    words = [(m.start() + start, m.group()) for m in _WORD.finditer(text[start:end])]
    run_start = start
    for position, word in words:
        if _ELISION.match(word) or not (word[:1].isupper() or word.lower() in NAME_PARTICLES):
            run_start = position + len(word)
    following = [p for p, _ in words if p >= run_start]
    return following[0] if following else start


def _capitalised_words(segment: str) -> int:
    """How many words of a segment start with a capital letter."""
    return sum(1 for word in segment.split() if word[:1].isupper() or _ELISION.match(word))


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Strip leading titles, determiners, lowercase words and trailing noise from a span."""
    words = [(m.start() + start, m.end() + start) for m in _WORD.finditer(text[start:end])]
    while words and _is_leading_noise(text[words[0][0]:words[0][1]], text, words):
        words.pop(0)
    while words and text[words[-1][0]:words[-1][1]].lower().strip(_EDGE_PUNCT) in NAME_TRAILING_NOISE:
        words.pop()
    if not words:
        return start, start
    start, end = words[0][0], words[-1][1]
    elision = _ELISION.match(text, start, end)
    if elision:
        start = elision.end()
    while start < end and text[start] in _EDGE_PUNCT:
        start += 1
    while end > start and text[end - 1] in _EDGE_PUNCT.replace(".", ""):
        end -= 1
    return start, end


def _is_leading_noise(word: str, text: str, words: list[tuple[int, int]]) -> bool:
    """True for a leading word that is not part of the name itself."""
    lowered = word.lower()
    if lowered in HONORIFICS:
        return True
    if lowered in DETERMINERS and len(words) > 1:
        if not word[:1].isupper():
            return True
        rest = " ".join(text[a:b] for a, b in words[1:])
        return name_key(rest) in _INSTITUTION_KEYS
    return not word[:1].isupper() and not _ELISION.match(word) and len(words) > 1


def _junk_reason(surface: str) -> str | None:
    """Why a cleaned span is not an entity, or None when it is one."""
    if len(surface) < 2 or not any(c.isalpha() for c in surface):
        return "no letters"
    if not any(c.isupper() for c in surface):
        return "all lowercase"
    if any(c in surface for c in "!?@#") or "\n" in surface:
        return "sentence punctuation inside"
    if surface.lower() in STOP_ENTITIES or name_key(surface) in _STOP_KEYS:
        return "stop entity"
    if len(surface.split()) > MAX_NAME_WORDS:
        return "too long for a name"
    return None


def _fixed_label(surface: str, label: str) -> str:
    """Cheap label fixes: institutions named by their seat are organisations."""
    if name_key(surface) in _INSTITUTION_KEYS:
        return "ORG"
    return label if label in ENTITY_TYPES else "MISC"


_INSTITUTION_KEYS = frozenset(name_key(name) for name in INSTITUTION_NAMES)
_STOP_KEYS = frozenset(name_key(name) for name in STOP_ENTITIES)
