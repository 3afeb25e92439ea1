"""Incremental story clustering: each batch of new articles is grouped by average link.

Similarity of two articles = TF-IDF cosine plus a bonus for shared canonical entities, scaled
down when both are dated and far apart in time (an undated article is never penalised). A batch
is clustered together with the existing stories it touches: every new article starts alone,
every touched story starts as one group (a sample of its latest members), and the two groups
with the highest *average* pairwise similarity merge until none reaches the threshold. The
result does not depend on the order of the batch. New articles that fit another group better
than their own are then moved. When two existing stories end up together, the older id is
kept and the merge is recorded (`merged()`). Document frequencies live in the index, so a later
run keeps adding pages to the stories of earlier runs (`to_json` / `from_json`).
"""

from __future__ import annotations

import hashlib
import logging
import math
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import numpy as np

from recoupe.stories.features import ArticleFeatures, article_features
from recoupe.types import Story

LOG = logging.getLogger(__name__)

INDEX_VERSION = 1

__all__ = ["ArticleFeatures", "ClusterOptions", "StoryIndex", "article_features"]


@dataclass(slots=True)
class ClusterOptions:
    """How close groups of articles must be to form one story."""

    # Minimum average pairwise similarity for two groups to merge. Chosen on RPM2 from the
    # plateau where topic and topic+cluster B3 F1 are both high (see eval/stories.py).
    threshold: float = 0.12
    entity_weight: float = 0.2  # bonus for entity Jaccard 1.0
    time_scale_days: float = 14.0  # e-folding of the time decay
    time_floor: float = 0.5  # share of the score kept however far apart in time
    candidate_terms: int = 25  # a batch is compared with stories sharing its top terms
    key_entities: int = 8
    sample_members: int = 40  # latest members of an existing story compared with a batch
    move_margin: float = 0.02  # how much better another group must fit to move an article


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
        self._merged: dict[str, str] = {}  # absorbed story id -> surviving story id
        self._df: Counter[str] = Counter()
        self._term_stories: dict[str, set[str]] = defaultdict(set)
        self._entity_stories: dict[str, set[str]] = defaultdict(set)
        self._norms: dict[str, float] = {}  # story id -> centroid TF-IDF norm for the current idf
        self._vectors: dict[str, dict[str, float]] = {}  # article id -> TF-IDF vector, current idf

    # ------------------------------------------------------------------ public API

    def add(self, features: list[ArticleFeatures]) -> dict[str, str]:
        """Assign each article to a story; article id -> story id (after any merge).

        An article already in the index keeps its story and is not counted twice. The
        partition of the batch does not depend on its order.
        """
        new: dict[str, ArticleFeatures] = {}
        for item in features:
            if item.article_id not in self._articles:
                new.setdefault(item.article_id, item)
        new_items = list(new.values())
        for item in new_items:
            self._df.update(item.terms.keys())
            self._articles[item.article_id] = item
        self._norms.clear()  # idf changed
        self._vectors.clear()
        if new_items:
            self._cluster_batch(new_items)
        return {item.article_id: self._story_of[item.article_id] for item in features}

    def stories(self) -> list[Story]:
        """Every story, in creation order: members, central title, date range, key entities."""
        return [self._story(state) for state in self._stories.values()]

    def story_of(self, article_id: str) -> str | None:
        """The story an article was assigned to, if it was added."""
        return self._story_of.get(article_id)

    def merged(self) -> dict[str, str]:
        """Stories absorbed by an older one: absorbed id -> surviving id."""
        return dict(self._merged)

    def __len__(self) -> int:
        return len(self._articles)

    def to_json(self) -> dict[str, Any]:
        """Plain data to persist; `from_json` rebuilds sums and frequencies from it."""
        return {
            "version": INDEX_VERSION,
            "articles": [self._articles[a].to_json() for s in self._stories.values() for a in s.article_ids],
            "order": list(self._articles),
            "stories": [{"id": s.id, "article_ids": list(s.article_ids)} for s in self._stories.values()],
            "merged": dict(self._merged),
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
        index._merged.update(data.get("merged") or {})
        return index

    # ------------------------------------------------------------------ batch clustering

    def _cluster_batch(self, new_items: list[ArticleFeatures]) -> None:
        """Group new articles with each other and with the existing stories they touch."""
        old_ids = self._touched_stories(new_items)
        groups = [self._sample(self._stories[story_id]) for story_id in old_ids]
        groups += [[item.article_id] for item in new_items]
        nodes = [article_id for group in groups for article_id in group]
        pairs = self._pair_matrix(nodes)
        sizes = [len(group) for group in groups]
        clusters = average_link(pairs, sizes, threshold=self.options.threshold)
        cluster_of = _node_clusters(clusters, sizes)
        first_new = sum(sizes[: len(old_ids)])
        self._move_misfits(pairs, cluster_of, first_new)
        self._settle(new_items, old_ids, clusters, cluster_of, first_new)

    def _touched_stories(self, new_items: list[ArticleFeatures]) -> list[str]:
        """Existing stories sharing a distinctive term or an entity with a new article, oldest first."""
        found: set[str] = set()
        for item in new_items:
            vector = self._member_vector(item.article_id)
            top = sorted(vector.items(), key=lambda pair: (-pair[1], pair[0]))[: self.options.candidate_terms]
            for term, _ in top:
                found |= self._term_stories.get(term, set())
            for name in item.entities[: self.options.key_entities]:
                found |= self._entity_stories.get(name, set())
        return [story_id for story_id in self._stories if story_id in found]

    def _sample(self, state: _StoryState) -> list[str]:
        """The latest members of a story, standing for it in the batch."""
        return state.article_ids[-self.options.sample_members:]

    def _pair_matrix(self, nodes: list[str]) -> np.ndarray:
        """Pairwise similarity of articles: (cosine + entity bonus) x time proximity."""
        options = self.options
        text = _cosine_matrix([self._member_vector(a) for a in nodes])
        entities = [self._articles[a].entities[: options.key_entities] for a in nodes]
        text += options.entity_weight * _jaccard_matrix(entities)
        text *= _time_matrix([self._articles[a].date for a in nodes], options)
        np.fill_diagonal(text, 0.0)
        return text

    def _move_misfits(self, pairs: np.ndarray, cluster_of: np.ndarray, first_new: int) -> None:
        """Move each new article to the group it fits best on average, when clearly better."""
        count = int(cluster_of.max()) + 1
        membership = np.zeros((len(cluster_of), count))
        membership[np.arange(len(cluster_of)), cluster_of] = 1.0
        totals = pairs @ membership
        sizes = membership.sum(axis=0)
        for node in range(first_new, len(cluster_of)):
            own = cluster_of[node]
            if sizes[own] < 2:
                continue  # alone: average link already found no group close enough
            means = totals[node] / np.maximum(sizes - membership[node], 1.0)
            means[sizes - membership[node] == 0] = -np.inf
            best = int(np.argmax(means))
            if best != own and means[best] >= max(means[own] + self.options.move_margin, self.options.threshold):
                LOG.debug("%s moves to a better-fitting group (%.3f > %.3f)", node, means[best], means[own])
                cluster_of[node] = best
                sizes[own] -= 1
                sizes[best] += 1
                membership[node, own], membership[node, best] = 0.0, 1.0

    def _settle(self, new_items: list[ArticleFeatures], old_ids: list[str], clusters: list[list[int]],
                cluster_of: np.ndarray, first_new: int) -> None:
        """Turn the final groups into stories: merge touched stories, attach new articles."""
        new_of = {item.article_id: int(cluster_of[first_new + n]) for n, item in enumerate(new_items)}
        survivor: dict[int, str] = {}
        for cluster in sorted(set(new_of.values())):
            # only new articles merge stories: a merge is then always reported through them
            olds = [old_ids[g] for g in sorted(clusters[cluster]) if g < len(old_ids)]
            if olds:
                survivor[cluster] = olds[0]
                for other in olds[1:]:
                    self._absorb(olds[0], other)
        for cluster in sorted(set(new_of.values()) - set(survivor)):
            members = [self._articles[a] for a, c in new_of.items() if c == cluster]
            founder = min(members, key=lambda f: (f.date is None, f.date or "", f.article_id))
            survivor[cluster] = self._new_story_id(founder.article_id)
        for item in new_items:
            story_id = survivor[new_of[item.article_id]]
            LOG.debug("%s joins %s", item.article_id, story_id)
            self._attach(story_id, item)

    # ------------------------------------------------------------------ similarity

    def _idf(self, term: str) -> float:
        """Smoothed inverse document frequency over every article in the index."""
        return math.log((len(self._articles) + 1) / (self._df.get(term, 0) + 1)) + 1.0

    def _vector(self, item: ArticleFeatures) -> dict[str, float]:
        """Unit TF-IDF vector of an article."""
        weighted = {term: weight * self._idf(term) for term, weight in item.terms.items()}
        norm = math.sqrt(sum(value * value for value in weighted.values())) or 1.0
        return {term: value / norm for term, value in weighted.items()}

    def _member_vector(self, article_id: str) -> dict[str, float]:
        """Unit TF-IDF vector of a stored article, cached until the idf changes."""
        if article_id not in self._vectors:
            self._vectors[article_id] = self._vector(self._articles[article_id])
        return self._vectors[article_id]

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

    # ------------------------------------------------------------------ bookkeeping

    def _new_story_id(self, article_id: str) -> str:
        """`s-` + 8 hex of the founding article's id (longer on the rare collision)."""
        digest = hashlib.sha1(article_id.encode("utf-8")).hexdigest()
        for length in range(8, len(digest) + 1):
            candidate = f"s-{digest[:length]}"
            if candidate not in self._stories and candidate not in self._merged:
                return candidate
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

    def _absorb(self, survivor: str, absorbed: str) -> None:
        """Move every member of a younger story into an older one and record the merge."""
        state = self._stories.pop(absorbed)
        LOG.info("story %s merges into %s (%d articles)", absorbed, survivor, len(state.article_ids))
        for index in (self._term_stories, self._entity_stories):
            for stories in index.values():
                if absorbed in stories:
                    stories.discard(absorbed)
        for article_id in state.article_ids:
            self._attach(survivor, self._articles[article_id])
        self._norms.pop(absorbed, None)
        self._merged = {old: (survivor if new == absorbed else new) for old, new in self._merged.items()}
        self._merged[absorbed] = survivor

    def _story(self, state: _StoryState) -> Story:
        """Public view of one story."""
        scored = [(self._cosine(self._vector(self._articles[a]), state), -position, a)
                  for position, a in enumerate(state.article_ids)]
        central = max(scored)[2]
        return Story(
            id=state.id, title=self._articles[central].title or "", article_ids=list(state.article_ids),
            first=state.first, last=state.last, entities=_key_entities(state, self.options.key_entities),
        )


# ---------------------------------------------------------------------- average link

def average_link(pairs: np.ndarray, sizes: Sequence[int], *, threshold: float) -> list[list[int]]:
    """Group-average agglomeration of consecutive node blocks; lists of block indices.

    `pairs` holds node-to-node similarities; block `k` is the next `sizes[k]` nodes and starts
    as one group. Groups merge while their mean pairwise similarity reaches `threshold`.
    """
    count = len(sizes)
    blocks = np.repeat(np.arange(count), sizes)
    indicator = np.zeros((count, len(blocks)))
    indicator[blocks, np.arange(len(blocks))] = 1.0
    sums = indicator @ pairs @ indicator.T
    weight = np.asarray(sizes, dtype=float)
    means = sums / np.outer(weight, weight)
    np.fill_diagonal(means, -np.inf)
    members = [[k] for k in range(count)]
    while count > 1:
        flat = int(np.argmax(means))
        first, second = divmod(flat, len(weight))
        if means[first, second] < threshold:
            break
        first, second = min(first, second), max(first, second)
        sums[first] += sums[second]
        sums[:, first] += sums[:, second]
        weight[first] += weight[second]
        members[first] += members[second]
        members[second] = []
        means[second, :] = means[:, second] = -np.inf
        alive = np.array([bool(m) for m in members])
        row = np.where(alive, sums[first] / (weight[first] * weight), -np.inf)
        row[first] = -np.inf
        means[first, :] = means[:, first] = row
        count -= 1
    return [sorted(m) for m in members if m]


def _node_clusters(clusters: list[list[int]], sizes: Sequence[int]) -> np.ndarray:
    """Cluster number of every node, given clusters of node blocks."""
    block_cluster = np.zeros(len(sizes), dtype=int)
    for number, blocks in enumerate(clusters):
        block_cluster[blocks] = number
    return np.repeat(block_cluster, sizes)


def _cosine_matrix(vectors: list[dict[str, float]]) -> np.ndarray:
    """Dot products of unit sparse vectors (scipy ships with datasketch, a core dependency)."""
    from scipy.sparse import csr_matrix

    columns: dict[str, int] = {}
    rows, cols, values = [], [], []
    for row, vector in enumerate(vectors):
        for term, value in vector.items():
            rows.append(row)
            cols.append(columns.setdefault(term, len(columns)))
            values.append(value)
    matrix = csr_matrix((values, (rows, cols)), shape=(len(vectors), max(len(columns), 1)))
    return (matrix @ matrix.T).toarray()


def _jaccard_matrix(names: list[list[str]]) -> np.ndarray:
    """Jaccard of every pair of entity lists (0 when either is empty)."""
    columns = {name: n for n, name in enumerate(sorted({name for group in names for name in group}))}
    if not columns:
        return np.zeros((len(names), len(names)))
    marks = np.zeros((len(names), len(columns)))
    for row, group in enumerate(names):
        marks[row, [columns[name] for name in group]] = 1.0
    shared = marks @ marks.T
    counts = marks.sum(axis=1)
    union = counts[:, None] + counts[None, :] - shared
    return np.divide(shared, union, out=np.zeros_like(shared), where=union > 0)


def _time_matrix(published: list[str | None], options: ClusterOptions) -> np.ndarray:
    """Time proximity of every pair: 1 when either is undated, decaying with the day gap."""
    days = np.array([_ordinal(value) for value in published], dtype=float)
    gaps = np.abs(days[:, None] - days[None, :])
    factor = options.time_floor + (1 - options.time_floor) * np.exp(-gaps / options.time_scale_days)
    return np.where(np.isnan(gaps), 1.0, factor)


def _ordinal(value: str | None) -> float:
    """Day number of an ISO 8601 value, NaN when missing or unreadable."""
    day = _day(value)
    return float(day.toordinal()) if day else math.nan


def _key_entities(state: _StoryState, count: int) -> list[str]:
    """Most frequent entities of a story (by number of articles, then name)."""
    return [name for name, _ in sorted(state.entities.items(), key=lambda pair: (-pair[1], pair[0]))[:count]]


def _day(value: str | None) -> date | None:
    """The calendar day of an ISO 8601 value, or None when unreadable."""
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None
