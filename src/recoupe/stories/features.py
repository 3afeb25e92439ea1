"""Compact, JSON-able features of one article for story clustering."""

from __future__ import annotations

import functools
import logging
import math
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from recoupe.lang.fr.stopwords import ELISION_PREFIXES, STEMMER_LANGUAGE, STOP_WORDS
from recoupe.types import Article

LOG = logging.getLogger(__name__)

MAX_TERMS = 150  # terms kept per article: enough to compare, small enough to store
TITLE_WEIGHT = 2.0  # a title word counts as this many body occurrences
MIN_TERM_LENGTH = 3

_TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?", re.UNICODE)


@dataclass(slots=True)
class ArticleFeatures:
    """What clustering knows about an article: weighted stems, canonical entities, date, title."""

    article_id: str
    terms: dict[str, float]  # stem -> 1 + log(term frequency), title boosted
    entities: list[str] = field(default_factory=list)  # canonical names, most mentioned first
    date: str | None = None  # published value, ISO 8601
    title: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"article_id": self.article_id, "terms": dict(self.terms), "entities": list(self.entities),
                "date": self.date, "title": self.title}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ArticleFeatures:
        return cls(article_id=data["article_id"], terms={k: float(v) for k, v in data["terms"].items()},
                   entities=list(data.get("entities") or []), date=data.get("date"), title=data.get("title"))


def article_features(article: Article) -> ArticleFeatures:
    """Features of a cleaned (and ideally annotated) article."""
    counts = Counter(content_terms(article.text))
    for term in content_terms(article.title or ""):
        counts[term] += TITLE_WEIGHT
    weights = {term: 1.0 + math.log(count) for term, count in counts.items()}
    kept = sorted(weights.items(), key=lambda pair: (-pair[1], pair[0]))[:MAX_TERMS]
    return ArticleFeatures(
        article_id=article.id,
        terms={term: round(weight, 4) for term, weight in sorted(kept)},
        entities=_entity_names(article),
        date=article.published_value,
        title=article.title,
    )


def content_terms(text: str) -> list[str]:
    """Stemmed lowercase content words of `text`, French stopwords and numbers dropped."""
    terms = []
    for match in _TOKEN.finditer(text.lower()):
        word = _strip_elision(match.group().replace("’", "'"))
        if len(word) >= MIN_TERM_LENGTH and word not in STOP_WORDS:
            terms.append(stem(word))
    return terms


@functools.lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """Snowball stem of a lowercase French word."""
    return _stemmer().stemWord(word)


@functools.cache
def _stemmer():  # -> snowballstemmer.stemmer
    """The French Snowball stemmer, created once."""
    try:
        import snowballstemmer
    except ImportError as error:
        raise RuntimeError("recoupe: story clustering needs snowballstemmer; "
                           "run: pip install snowballstemmer") from error
    return snowballstemmer.stemmer(STEMMER_LANGUAGE)


def _strip_elision(word: str) -> str:
    """'l'élection' -> 'élection'."""
    for prefix in ELISION_PREFIXES:
        if word.startswith(prefix):
            return word[len(prefix):]
    return word


def _entity_names(article: Article) -> list[str]:
    """Canonical entity names, most mentioned first, then by name."""
    counts: Counter[str] = Counter()
    for entity in article.entities:
        if entity.name.strip():
            counts[entity.name.strip()] += max(len(entity.mentions), 1)
    return [name for name, _ in sorted(counts.items(), key=lambda pair: (-pair[1], pair[0]))]
