"""Incremental story clustering: new articles join the closest existing story or start one.

Similarity of an article to a story = TF-IDF cosine to the story centroid, plus a bonus for
shared canonical entities (Jaccard with the story's key entities), scaled down when both are
dated and far apart in time. Document frequencies live in the index, so a later run keeps
adding pages to the stories of earlier runs (`to_json` / `from_json`).
"""

from __future__ import annotations

import hashlib
import logging
import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from recoupe.stories.features import ArticleFeatures, article_features
from recoupe.types import Story

LOG = logging.getLogger(__name__)

INDEX_VERSION = 1

__all__ = ["ArticleFeatures", "ClusterOptions", "StoryIndex", "article_features"]


@dataclass(slots=True)
class ClusterOptions:
    """How close an article must be to join a story."""

    threshold: float = 0.17  # minimum combined similarity to join a story (tuned on RPM2)
    entity_weight: float = 0.2  # bonus for entity Jaccard 1.0
    time_scale_days: float = 14.0  # e-folding of the time decay
    time_floor: float = 0.5  # share of the score kept however far apart in time
    member_weight: float = 0.5  # share of the nearest member's cosine in the text score
    candidate_terms: int = 25  # an article is compared with stories sharing its top terms
    key_entities: int = 8


@dataclass(slots=True)
class _StoryState:
    """Running sums of one story: members, centroid of unit tf vectors, entities, dates."""

    id: str
    article_ids: list[str] = field(default_factory=list)
    centroid: dict[str, float] = field(default_factory=lambda: defaultdict(float))
    entities: Counter[str] = field(default_factory=Counter)
    first: str | None = None
    last: str | None = None


class StoryIndex:
    """Stories built so far, with the document frequencies their similarity depends on."""

    def __init__(self, *, options: ClusterOptions | None = None) -> None:
        self.options = options or ClusterOptions()
        self._articles: dict[str, ArticleFeatures] = {}
        self._story_of: dict[str, str] = {}
        self._stories: dict[str, _StoryState] = {}
        self._df: Counter[str] = Counter()
        self._term_stories: dict[str, set[str]] = defaultdict(set)
        self._entity_stories: dict[str, set[str]] = defaultdict(set)
        self._norms: dict[str, float] = {}  # story id -> centroid TF-IDF norm for the current idf
        self._vectors: dict[str, dict[str, float]] = {}  # article id -> TF-IDF vector, current idf

    # ------------------------------------------------------------------ public API

    def add(self, features: list[ArticleFeatures]) -> dict[str, str]:
        """Assign each article to a story, in the given order; article id -> story id.

        An article already in the index keeps its story and is not counted twice.
        """
        new: dict[str, ArticleFeatures] = {}
        for item in features:
            if item.article_id not in self._articles:
                new.setdefault(item.article_id, item)
        new_items = list(new.values())
        for item in new_items:
            self._df.update(item.terms.keys())
        self._norms.clear()  # idf changed
        self._vectors.clear()
        for item in new_items:
            self._articles[item.article_id] = item
            story_id, score = self._best_story(item)
            if story_id is None:
                story_id = self._new_story_id(item.article_id)
                LOG.debug("%s starts story %s", item.article_id, story_id)
            else:
                LOG.debug("%s joins %s (similarity %.3f)", item.article_id, story_id, score)
            self._attach(story_id, item)
        return {item.article_id: self._story_of[item.article_id] for item in features}

    def stories(self) -> list[Story]:
        """Every story, in creation order: members, central title, date range, key entities."""
        return [self._story(state) for state in self._stories.values()]

    def story_of(self, article_id: str) -> str | None:
        """The story an article was assigned to, if it was added."""
        return self._story_of.get(article_id)

    def __len__(self) -> int:
        return len(self._articles)

    def to_json(self) -> dict[str, Any]:
        """Plain data to persist; `from_json` rebuilds sums and frequencies from it."""
        return {
            "version": INDEX_VERSION,
            "articles": [self._articles[a].to_json() for s in self._stories.values() for a in s.article_ids],
            "order": list(self._articles),
            "stories": [{"id": s.id, "article_ids": list(s.article_ids)} for s in self._stories.values()],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any], *, options: ClusterOptions | None = None) -> StoryIndex:
        """An index restored from :meth:`to_json` output."""
        if data.get("version") != INDEX_VERSION:
            raise ValueError(f"recoupe: story index version {data.get('version')!r} is not "
                             f"{INDEX_VERSION}; rebuild the index from the articles")
        index = cls(options=options)
        features = {item["article_id"]: ArticleFeatures.from_json(item) for item in data["articles"]}
        for article_id in data.get("order") or list(features):
            index._articles[article_id] = features[article_id]
            index._df.update(features[article_id].terms.keys())
        for story in data["stories"]:
            for article_id in story["article_ids"]:
                index._attach(story["id"], features[article_id])
        return index

    # ------------------------------------------------------------------ similarity

    def _idf(self, term: str) -> float:
        """Smoothed inverse document frequency over every article in the index."""
        return math.log((len(self._articles) + 1) / (self._df.get(term, 0) + 1)) + 1.0

    def _vector(self, item: ArticleFeatures) -> dict[str, float]:
        """Unit TF-IDF vector of an article."""
        weighted = {term: weight * self._idf(term) for term, weight in item.terms.items()}
        norm = math.sqrt(sum(value * value for value in weighted.values())) or 1.0
        return {term: value / norm for term, value in weighted.items()}

    def _centroid_norm(self, state: _StoryState) -> float:
        """TF-IDF norm of a story centroid, cached until the story or the idf changes."""
        if state.id not in self._norms:
            total = sum((value * self._idf(term)) ** 2 for term, value in state.centroid.items())
            self._norms[state.id] = math.sqrt(total) or 1.0
        return self._norms[state.id]

    def _cosine(self, vector: dict[str, float], state: _StoryState) -> float:
        """Cosine between a unit article vector and a story centroid."""
        dot = sum(value * state.centroid.get(term, 0.0) * self._idf(term) for term, value in vector.items())
        return dot / self._centroid_norm(state)

    def _member_vector(self, article_id: str) -> dict[str, float]:
        """Unit TF-IDF vector of a stored article, cached until the idf changes."""
        if article_id not in self._vectors:
            self._vectors[article_id] = self._vector(self._articles[article_id])
        return self._vectors[article_id]

    def _nearest_member(self, vector: dict[str, float], state: _StoryState) -> float:
        """Highest cosine between the article and one member of the story."""
        best = 0.0
        for article_id in state.article_ids:
            member = self._member_vector(article_id)
            best = max(best, sum(value * member.get(term, 0.0) for term, value in vector.items()))
        return best

    def _similarity(self, item: ArticleFeatures, vector: dict[str, float], state: _StoryState) -> float:
        """Text cosine plus entity bonus, times time proximity."""
        link = self.options.member_weight
        score = (1 - link) * self._cosine(vector, state) + link * self._nearest_member(vector, state)
        if item.entities and state.entities:
            score += self.options.entity_weight * _entity_jaccard(item.entities, state, self.options)
        return score * _time_factor(item.date, state, self.options)

    def _candidates(self, item: ArticleFeatures, vector: dict[str, float]) -> list[str]:
        """Stories sharing one of the article's most distinctive terms or an entity."""
        top = sorted(vector.items(), key=lambda pair: (-pair[1], pair[0]))[: self.options.candidate_terms]
        found: set[str] = set()
        for term, _ in top:
            found |= self._term_stories.get(term, set())
        for name in item.entities:
            found |= self._entity_stories.get(name, set())
        return sorted(found)

    def _best_story(self, item: ArticleFeatures) -> tuple[str | None, float]:
        """The most similar story above the threshold (ties: smallest id), or None."""
        vector = self._vector(item)
        best_id, best_score = None, self.options.threshold
        for story_id in self._candidates(item, vector):
            score = self._similarity(item, vector, self._stories[story_id])
            if score >= best_score and (best_id is None or score > best_score):
                best_id, best_score = story_id, score
        return best_id, best_score

    # ------------------------------------------------------------------ bookkeeping

    def _new_story_id(self, article_id: str) -> str:
        """`s-` + 8 hex of the first article's id (longer on the rare collision)."""
        digest = hashlib.sha1(article_id.encode("utf-8")).hexdigest()
        for length in range(8, len(digest) + 1):
            if f"s-{digest[:length]}" not in self._stories:
                return f"s-{digest[:length]}"
        raise ValueError(f"recoupe: cannot make a story id for {article_id!r}")

    def _attach(self, story_id: str, item: ArticleFeatures) -> None:
        """Add an article's sums to a story (creating it when new)."""
        state = self._stories.setdefault(story_id, _StoryState(id=story_id))
        state.article_ids.append(item.article_id)
        self._story_of[item.article_id] = story_id
        norm = math.sqrt(sum(value * value for value in item.terms.values())) or 1.0
        for term, value in item.terms.items():
            state.centroid[term] += value / norm
            self._term_stories[term].add(story_id)
        state.entities.update(item.entities)
        for name in item.entities:
            self._entity_stories[name].add(story_id)
        if item.date:
            state.first = min(filter(None, (state.first, item.date)))
            state.last = max(filter(None, (state.last, item.date)))
        self._norms.pop(story_id, None)

    def _story(self, state: _StoryState) -> Story:
        """Public view of one story."""
        scored = [(self._cosine(self._vector(self._articles[a]), state), -position, a)
                  for position, a in enumerate(state.article_ids)]
        central = max(scored)[2]
        return Story(
            id=state.id, title=self._articles[central].title or "", article_ids=list(state.article_ids),
            first=state.first, last=state.last, entities=_key_entities(state, self.options.key_entities),
        )


def _key_entities(state: _StoryState, count: int) -> list[str]:
    """Most frequent entities of a story (by number of articles, then name)."""
    return [name for name, _ in sorted(state.entities.items(), key=lambda pair: (-pair[1], pair[0]))[:count]]


def _entity_jaccard(names: list[str], state: _StoryState, options: ClusterOptions) -> float:
    """Jaccard of an article's entities with as many of the story's key entities."""
    mine = set(names[: options.key_entities])
    theirs = set(_key_entities(state, max(len(mine), 1)))
    return len(mine & theirs) / len(mine | theirs)


def _time_factor(published: str | None, state: _StoryState, options: ClusterOptions) -> float:
    """1 inside the story's date range, decaying with days outside it; 1 when undated."""
    day, first, last = _day(published), _day(state.first), _day(state.last)
    if day is None or first is None or last is None:
        return 1.0
    gap = max((first - day).days, (day - last).days, 0)
    return options.time_floor + (1 - options.time_floor) * math.exp(-gap / options.time_scale_days)


def _day(value: str | None) -> date | None:
    """The calendar day of an ISO 8601 value, or None when unreadable."""
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None
