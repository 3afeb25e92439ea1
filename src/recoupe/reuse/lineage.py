"""Lineage between articles: originals, copies (exact, near and excerpt) and rewrites.

Only candidate pairs are compared on full text: near-duplicates come from MinHash LSH,
rewrite candidates from an inverted index of sampled word-shingle fingerprints. A copy or
rewrite points to the earliest version (dated before undated, ties broken by id), and the
result does not depend on the order of the input.
"""

from __future__ import annotations

import hashlib
import logging
from collections import defaultdict
from dataclasses import dataclass, field

from recoupe.reuse.candidates import fingerprint_candidates, near_duplicate_pairs
from recoupe.reuse.passages import Passage, covered_words, shared_passages
from recoupe.reuse.signatures import jaccard, normalised_words, shingles, text_hash
from recoupe.types import Source

LOG = logging.getLogger(__name__)


@dataclass(slots=True)
class ReuseItem:
    """What lineage needs to know about one article."""

    article_id: str
    text: str
    published: str | None = None
    outlet: str | None = None
    title: str | None = None
    source: str | None = None
    url: str | None = None


@dataclass(slots=True)
class ReuseOptions:
    """Thresholds of copy and rewrite detection."""

    near_duplicate: float = 0.8  # exact Jaccard of word 5-shingles for a near-duplicate copy
    lsh_threshold: float = 0.6  # LSH recall margin below `near_duplicate`; pairs are verified
    rewrite_coverage: float = 0.3  # share of the later text inside shared passages
    excerpt_coverage: float = 0.9  # a later text almost wholly inside an earlier one is a copy
    min_passage_words: int = 8
    shingle_words: int = 5
    num_perm: int = 128
    fingerprint_modulo: int = 4  # keep one passage fingerprint in this many
    max_posting: int = 200  # a fingerprint shared by more texts is boilerplate


@dataclass(slots=True)
class ReuseReport:
    """Relations of every article plus the passages that justify each rewrite or excerpt."""

    sources: list[Source]
    passages: dict[str, list[Passage]] = field(default_factory=dict)  # later id -> (a=later, b=of)
    notes: list[str] = field(default_factory=list)


@dataclass(slots=True)
class _Prepared:
    """An item with its normalised words, text hash, shingles and rank key."""

    item: ReuseItem
    words: list[str]
    digest: str
    shingles: set[str]
    rank: tuple[bool, str, str]


def find_relations(items: list[ReuseItem], *, options: ReuseOptions | None = None) -> list[Source]:
    """One :class:`Source` per article: "original", "copy" or "rewrite", earliest first."""
    return analyse_reuse(items, options=options).sources


def duplicate_groups(items: list[ReuseItem], *, options: ReuseOptions | None = None) -> list[list[str]]:
    """Groups of copies (two or more ids), earliest version first; groups ordered by it."""
    groups: dict[str, list[str]] = defaultdict(list)
    for source in analyse_reuse(items, options=options).sources:
        if source.relation == "copy" and source.of:
            groups[source.of].append(source.article_id)
    return [[root, *members] for root, members in groups.items()]


def analyse_reuse(items: list[ReuseItem], *, options: ReuseOptions | None = None) -> ReuseReport:
    """Relations plus evidence passages; see :func:`find_relations`."""
    options = options or ReuseOptions()
    prepared, notes = _prepare(items, options)
    ranks = {p.item.article_id: p.rank for p in prepared}
    roots = _copy_roots(prepared, options)
    by_id = _by_id(prepared)
    relations: dict[str, tuple[str, str | None, float | None]] = {}
    for entry in prepared:
        root = roots[entry.item.article_id]
        if root != entry.item.article_id:
            similarity = jaccard(entry.shingles, by_id[root].shingles)
            relations[entry.item.article_id] = ("copy", root, round(similarity, 3))
    originals = [p for p in prepared if p.item.article_id not in relations]
    passages = _passage_relations(originals, ranks, options, relations)
    sources = [_source(p.item, *relations.get(p.item.article_id, ("original", None, None))) for p in prepared]
    return ReuseReport(sources=sources, passages=passages, notes=notes)


def _prepare(items: list[ReuseItem], options: ReuseOptions) -> tuple[list[_Prepared], list[str]]:
    """Normalise every item once; one item per id; sorted earliest first."""
    notes: list[str] = []
    by_id: dict[str, list[ReuseItem]] = defaultdict(list)
    for item in items:
        by_id[item.article_id].append(item)
    prepared = []
    for article_id, given in by_id.items():
        if len(given) > 1:
            notes.append(f"{article_id}: given {len(given)} times, one kept")
            given = sorted(given, key=lambda i: (text_hash(i.text), i.published or ""))
        item = given[0]
        words = normalised_words(item.text)
        digest = hashlib.sha1(" ".join(words).encode("utf-8")).hexdigest()
        rank = (item.published is None, (item.published or "").strip(), item.article_id)
        prepared.append(_Prepared(item, words, digest, shingles(words, size=options.shingle_words), rank))
    return sorted(prepared, key=lambda p: p.rank), notes


def _by_id(prepared: list[_Prepared]) -> dict[str, _Prepared]:
    """Index of prepared items by article id."""
    return {p.item.article_id: p for p in prepared}


def _copy_roots(prepared: list[_Prepared], options: ReuseOptions) -> dict[str, str]:
    """Article id -> earliest member of its exact / near-duplicate group."""
    parent = {p.item.article_id: p.item.article_id for p in prepared}
    rank = {p.item.article_id: p.rank for p in prepared}

    def find(node: str) -> str:
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    def union(first: str, second: str) -> None:
        root_first, root_second = find(first), find(second)
        if root_first != root_second:
            keep, drop = sorted((root_first, root_second), key=rank.__getitem__)
            parent[drop] = keep

    by_digest: dict[str, str] = {}
    for entry in prepared:
        if entry.words:
            union(by_digest.setdefault(entry.digest, entry.item.article_id), entry.item.article_id)
    representatives = {
        p.item.article_id: p.shingles for p in prepared if find(p.item.article_id) == p.item.article_id
    }
    for first, second in near_duplicate_pairs(representatives, options):
        union(first, second)
    return {node: find(node) for node in parent}


def _passage_relations(
    originals: list[_Prepared],
    ranks: dict[str, tuple[bool, str, str]],
    options: ReuseOptions,
    relations: dict[str, tuple[str, str | None, float | None]],
) -> dict[str, list[Passage]]:
    """Excerpt copies and rewrites among texts that are not near-duplicates."""
    by_id = _by_id(originals)
    candidates = fingerprint_candidates({p.item.article_id: p.words for p in originals}, ranks, options)
    evidence: dict[str, list[Passage]] = {}
    for later in originals:  # earliest first, so an earlier excerpt is settled before it is used
        later_id = later.item.article_id
        best = _best_earlier(later, candidates.get(later_id, []), by_id, ranks, options)
        if best is None:
            continue
        earlier_id, coverage, found = best
        if coverage >= options.excerpt_coverage:
            target = relations.get(earlier_id)
            root = target[1] if target and target[0] == "copy" and target[1] else earlier_id
            relations[later_id] = ("copy", root, round(coverage, 3))
        else:
            relations[later_id] = ("rewrite", earlier_id, round(coverage, 3))
        evidence[later_id] = found
    return evidence


def _best_earlier(
    later: _Prepared,
    candidate_ids: list[str],
    by_id: dict[str, _Prepared],
    ranks: dict[str, tuple[bool, str, str]],
    options: ReuseOptions,
) -> tuple[str, float, list[Passage]] | None:
    """The earlier text covering most of `later` by shared passages, if it covers enough."""
    best: tuple[str, float, list[Passage]] | None = None
    total = max(len(later.words), 1)
    for earlier_id in sorted(candidate_ids, key=ranks.__getitem__):
        if ranks[earlier_id] >= later.rank:
            continue
        found = shared_passages(later.item.text, by_id[earlier_id].item.text,
                                min_words=options.min_passage_words)
        coverage = covered_words(found) / total
        if coverage >= options.rewrite_coverage and (best is None or coverage > best[1]):
            best = (earlier_id, coverage, found)
    return best


def _source(item: ReuseItem, relation: str, of: str | None, similarity: float | None) -> Source:
    """The public record of one article's relation."""
    return Source(
        article_id=item.article_id, title=item.title, outlet=item.outlet, published=item.published,
        relation=relation, of=of, similarity=similarity, source=item.source, url=item.url,  # type: ignore[arg-type]
    )

