"""Text helpers shared by the dossier steps: sentence spans, tokens, TF-IDF vectors, lineage."""

from __future__ import annotations

import bisect
import functools
import logging
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from recoupe.lang.fr.checks import ABBREVIATIONS, BOILERPLATE_CUES, STOPWORDS
from recoupe.types import Article, Source

LOG = logging.getLogger(__name__)

_BOUNDARY = re.compile(r"[.!?…]+[»\"”’)\]]*(?=\s+[«\"“(\[—–-]?\s*[A-ZÀ-ÖØ-Þ0-9])")
_QUOTED = re.compile(r"«[^»\n]{0,500}»|“[^”\n]{0,500}”|\"[^\"\n]{0,500}\"")
_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*", re.UNICODE)
_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)


@dataclass(slots=True)
class Sentence:
    """One sentence of one article, with its span in `article.text`."""

    article_id: str
    index: int  # position in the article
    start: int
    end: int
    text: str


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Split French text into sentence spans: respects quotes, abbreviations, initials, numbers."""
    return list(_sentence_spans(text))


@functools.lru_cache(maxsize=1024)
def _sentence_spans(text: str) -> tuple[tuple[int, int], ...]:
    """The spans of :func:`sentence_spans`, computed once per text: the checks ask for the
    sentence of a position tens of thousands of times in a large story."""
    quoted = [(m.start(), m.end()) for m in _QUOTED.finditer(text)]
    spans: list[tuple[int, int]] = []
    for line in re.finditer(r"[^\n]+", text):
        start = line.start()
        for boundary in _BOUNDARY.finditer(line.group()):
            cut = line.start() + boundary.end()
            if _inside(cut - 1, quoted) or _after_abbreviation(text, line.start() + boundary.start()):
                continue
            spans.append((start, cut))
            start = cut
        spans.append((start, line.end()))
    return tuple(trimmed for span in spans if (trimmed := _trim(text, span)))


def _inside(position: int, regions: Sequence[tuple[int, int]]) -> bool:
    """True when `position` falls strictly inside one of the quoted regions."""
    return any(start < position < end - 1 for start, end in regions)


def _after_abbreviation(text: str, dot: int) -> bool:
    """True when the period at `dot` ends an abbreviation or an initial ("M.", "J.")."""
    word = re.search(r"([^\W\d_][\w.-]*)$", text[max(0, dot - 12):dot])
    if not word:
        return False
    token = word.group(1).lower()
    return token in ABBREVIATIONS or (len(token) == 1 and word.group(1).isupper())


def _trim(text: str, span: tuple[int, int]) -> tuple[int, int] | None:
    """Strip surrounding whitespace from a span; None when nothing is left."""
    start, end = span
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if end > start else None


def sentences_of(article: Article) -> list[Sentence]:
    """All sentences of an article, in order."""
    return [
        Sentence(article.id, index, start, end, article.text[start:end])
        for index, (start, end) in enumerate(sentence_spans(article.text))
    ]


def sentence_at(article: Article, position: int) -> tuple[int, int]:
    """The span of the sentence of `article` containing `position` (the whole line as fallback)."""
    spans = _sentence_spans(article.text)
    index = bisect.bisect_right(spans, (position, float("inf"))) - 1
    if index >= 0 and spans[index][0] <= position < spans[index][1]:
        return spans[index]
    line_start = article.text.rfind("\n", 0, position) + 1
    line_end = article.text.find("\n", position)
    return line_start, len(article.text) if line_end < 0 else line_end


def fold(text: str) -> str:
    """Lowercase and strip accents (for matching, never for display)."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def words(text: str) -> list[str]:
    """Lowercased words, elisions split off ("l'homme" -> "l", "homme")."""
    return [w.lower() for w in _TOKEN.findall(text.replace("’", "'"))]


def content_words(text: str) -> list[str]:
    """Words without stopwords, single letters, and with a crude plural folded."""
    return [_singular(w) for w in words(text) if w not in STOPWORDS and len(w) > 1]


def _singular(word: str) -> str:
    """Crude French plural folding: "dirigeants" -> "dirigeant", "nationaux" stays."""
    if len(word) > 3 and word.endswith(("s", "x")) and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def word_count(text: str) -> int:
    return len(_WORD.findall(text))


def looks_like_boilerplate(text: str) -> bool:
    """True for sentences that look like page furniture (sharing, cookies, comments)."""
    lowered = text.lower()
    return any(cue in lowered for cue in BOILERPLATE_CUES)


# --------------------------------------------------------------------------- vectors

Vector = dict[str, float]


def idf_weights(documents: Iterable[list[str]]) -> dict[str, float]:
    """Smoothed inverse document frequency over token lists."""
    frequency: Counter[str] = Counter()
    total = 0
    for tokens in documents:
        total += 1
        frequency.update(set(tokens))
    return {term: math.log((1 + total) / (1 + count)) + 1.0 for term, count in frequency.items()}


def tfidf(tokens: list[str], idf: dict[str, float]) -> Vector:
    """A normalised TF-IDF vector (log term frequency)."""
    counts = Counter(tokens)
    vector = {t: (1 + math.log(c)) * idf.get(t, 1.0) for t, c in counts.items()}
    norm = math.sqrt(sum(v * v for v in vector.values())) or 1.0
    return {t: v / norm for t, v in vector.items()}


def cosine(a: Vector, b: Vector) -> float:
    """Cosine of two normalised sparse vectors."""
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(t, 0.0) for t, v in a.items())


def centroid(vectors: Iterable[Vector]) -> Vector:
    """Normalised mean of sparse vectors."""
    total: Counter[str] = Counter()
    for vector in vectors:
        total.update(vector)
    norm = math.sqrt(sum(v * v for v in total.values())) or 1.0
    return {t: v / norm for t, v in total.items()}


# --------------------------------------------------------------------------- lineage

def lineage_roots(sources: Sequence[Source]) -> dict[str, str]:
    """Map each article id to the root of its copy chain (itself when not a copy)."""
    parent = {s.article_id: s.of for s in sources if s.of and s.relation == "copy"}
    roots: dict[str, str] = {}
    for source in sources:
        node, seen = source.article_id, set()
        while node in parent and node not in seen:
            seen.add(node)
            node = parent[node]  # type: ignore[assignment]
        roots[source.article_id] = node
    return roots


def copy_ids(sources: Sequence[Source]) -> set[str]:
    """Ids of articles that are copies of another article."""
    return {s.article_id for s in sources if s.relation == "copy"}


def independent(a: Article, b: Article, roots: dict[str, str]) -> bool:
    """True when two articles are distinct reports (not the same copy chain, not the same outlet)."""
    if a.id == b.id or roots.get(a.id, a.id) == roots.get(b.id, b.id):
        return False
    return not (a.outlet and b.outlet and a.outlet == b.outlet)
