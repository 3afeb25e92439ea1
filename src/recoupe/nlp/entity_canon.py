"""One canonical name per entity across a corpus: spelling variants, typos and short forms joined.

Each article entity is represented by its head name (its fullest form in the article). Across the
corpus, heads that fold to the same key (accents, case) are one entity; a rare head that differs
from a much more frequent one by a small edit on a first name and shares its surname is a typo of
it ("Dolnald Trump" -> "Donald Trump"); a short head ("Poutine") joins the one dominant fuller head
that ends with it. Two full forms that are both seen several times are never merged. The result
does not depend on the order of the articles.
"""

from __future__ import annotations

import logging
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from rapidfuzz.distance import Levenshtein
from rapidfuzz.fuzz import ratio

from recoupe.nlp.entity_spans import capitalised_tail, name_key
from recoupe.types import Article, Entity

LOG = logging.getLogger(__name__)

# A variant joins a canonical form only when the canonical one is this much more frequent ...
TYPO_DOMINANCE = 3.0
# ... and the variant itself is rare (seen at most this many times in the corpus).
TYPO_MAX_WEIGHT = 2
# Minimum similarity (rapidfuzz ratio, 0-100) of the differing tokens, and length tolerance.
TYPO_MIN_RATIO = 75.0
TYPO_MAX_EDITS = 2
SURNAME_TYPO_EDITS = 1  # a surname slip is joined only when the first name is the same
# Tokens up to this length tolerate a single edit only ("Jean" / "Jeanne" are two first names).
SHORT_TOKEN = 6
SHORT_DOMINANCE = 3.0
TYPE_PRIORITY = {"PER": 0, "ORG": 1, "LOC": 2, "MISC": 3}


@dataclass(slots=True)
class _Head:
    """One head key across the corpus: how often it is seen, as what, and how it is spelled."""

    key: str
    weight: int = 0
    types: Counter = field(default_factory=Counter)
    surfaces: Counter = field(default_factory=Counter)

    @property
    def tokens(self) -> list[str]:
        return self.key.split()

    @property
    def type(self) -> str:
        return min(self.types, key=lambda t: (-self.types[t], TYPE_PRIORITY.get(t, 9)))


def canonicalize(articles: list[Article]) -> None:
    """Give every entity one canonical name across `articles`; rewrite entities and quote speakers in place."""
    heads = _collect_heads(articles)
    parent = {key: key for key in heads}
    _join_typos(heads, parent)
    _join_short_heads(heads, parent)
    clusters: dict[str, list[_Head]] = defaultdict(list)
    for key in sorted(heads):
        clusters[_find(parent, key)].append(heads[key])
    canonical = {root: _cluster_name(members) for root, members in clusters.items()}
    mapping = {key: canonical[_find(parent, key)] for key in heads}
    for root, members in sorted(clusters.items()):
        if len(members) > 1:
            LOG.info("merged %s -> %s", sorted(m.key for m in members), canonical[root][0])
    for article in articles:
        _rewrite_article(article, mapping)


def merged_names(articles: list[Article]) -> dict[str, list[str]]:
    """Canonical name -> the other spellings it stands for, after :func:`canonicalize`."""
    seen: dict[str, set[str]] = defaultdict(set)
    for article in articles:
        for entity in article.entities:
            seen[entity.name].update(entity.aliases)
    return {name: sorted(aliases) for name, aliases in sorted(seen.items()) if aliases}


def _collect_heads(articles: list[Article]) -> dict[str, _Head]:
    """Head keys of all article entities with their weights, types and spellings."""
    heads: dict[str, _Head] = {}
    for article in articles:
        for entity in article.entities:
            head = heads.setdefault(name_key(entity.name), _Head(name_key(entity.name)))
            head.weight += max(1, len(entity.mentions))
            head.types[entity.type] += max(1, len(entity.mentions))
            head.surfaces[entity.name] += max(1, len(entity.mentions))
    return heads


def _find(parent: dict[str, str], key: str) -> str:
    """Union-find root of a key, with path halving."""
    while parent[key] != key:
        parent[key] = parent[parent[key]]
        key = parent[key]
    return key


def _join_typos(heads: dict[str, _Head], parent: dict[str, str]) -> None:
    """Join rare multi-word heads to a much more frequent head of close spelling that shares
    its surname ("Dolnald Trump") or its first name with a one-letter slip in the surname
    ("Hélène Marchait")."""
    blocks: dict[tuple[str, str, int], list[_Head]] = defaultdict(list)
    for head in heads.values():
        if len(head.tokens) > 1:
            blocks[("surname", head.tokens[-1], len(head.tokens))].append(head)
            blocks[("first", head.tokens[0], len(head.tokens))].append(head)
    for (shared, _, _), block in sorted(blocks.items()):
        edits = None if shared == "surname" else SURNAME_TYPO_EDITS
        block.sort(key=lambda h: (-h.weight, h.key))
        for variant in sorted(block, key=lambda h: (h.weight, h.key)):
            target = next((h for h in block if _is_typo_of(variant, h, max_edits=edits)), None)
            if target is not None:
                parent[_find(parent, variant.key)] = _find(parent, target.key)


def _is_typo_of(variant: _Head, target: _Head, *, max_edits: int | None = None) -> bool:
    """True when `variant` is a rare misspelling of the much more frequent `target`."""
    if variant.key == target.key or variant.weight > TYPO_MAX_WEIGHT:
        return False
    if target.weight < TYPO_DOMINANCE * variant.weight or not _types_agree(variant.type, target.type):
        return False
    for mine, theirs in zip(variant.tokens, target.tokens):
        if mine == theirs:
            continue
        allowed = 1 if min(len(mine), len(theirs)) <= SHORT_TOKEN else TYPO_MAX_EDITS
        allowed = min(allowed, max_edits) if max_edits is not None else allowed
        if Levenshtein.distance(mine, theirs) > allowed or ratio(mine, theirs) < TYPO_MIN_RATIO:
            return False
    return True


def _types_agree(first: str, second: str) -> bool:
    """Same type, or one side is the model's unsure MISC."""
    return first == second or "MISC" in (first, second)


def _join_short_heads(heads: dict[str, _Head], parent: dict[str, str]) -> None:
    """Join a head that is the tail of fuller heads ("poutine") to the one dominant fuller cluster."""
    for head in sorted(heads.values(), key=lambda h: (len(h.tokens), h.key)):
        size = len(head.tokens)
        weights: Counter = Counter()
        for other in heads.values():
            if len(other.tokens) > size and other.tokens[-size:] == head.tokens and _short_fits(head, other):
                weights[_find(parent, other.key)] += other.weight
        if not weights:
            continue
        ranked = sorted(weights.items(), key=lambda item: (-item[1], item[0]))
        if len(ranked) == 1 or ranked[0][1] >= SHORT_DOMINANCE * ranked[1][1]:
            parent[_find(parent, head.key)] = ranked[0][0]
        else:
            LOG.debug("short name %r left alone: %s", head.key, [root for root, _ in ranked])


def _short_fits(short: _Head, full: _Head) -> bool:
    """A short name may stand for a fuller one of the same type (or an unsure one for a person)."""
    if not capitalised_tail(max(full.surfaces, key=lambda s: (full.surfaces[s], s)), len(short.tokens)):
        return False
    return _types_agree(short.type, full.type) or (full.type == "PER" and short.type == "LOC")


def _cluster_name(members: list[_Head]) -> tuple[str, str]:
    """(name, type) of a cluster: the most frequent spelling of its most frequent fullest head."""
    longest = max(len(m.tokens) for m in members)
    best = min((m for m in members if len(m.tokens) == longest), key=lambda m: (-m.weight, m.key))
    name = min(best.surfaces, key=lambda s: (-best.surfaces[s], s))
    types: Counter = Counter()
    for member in members:
        types.update(member.types)
    return name, min(types, key=lambda t: (-types[t], TYPE_PRIORITY.get(t, 9)))


def _rewrite_article(article: Article, mapping: dict[str, tuple[str, str]]) -> None:
    """Rename the article's entities, merge those that became one, and rename quote speakers."""
    renamed: dict[str, str] = {}
    merged: dict[str, Entity] = {}
    for entity in article.entities:
        name, entity_type = mapping.get(name_key(entity.name), (entity.name, entity.type))
        renamed[entity.name] = name
        forms = {entity.name, *entity.aliases, *(m.text for m in entity.mentions)}
        target = merged.setdefault(name, Entity(name=name, type=entity_type))
        target.mentions.extend(entity.mentions)
        target.aliases = sorted((set(target.aliases) | forms) - {name})
    for entity in merged.values():
        entity.mentions.sort(key=lambda m: (m.start, m.end))
    article.entities = sorted(merged.values(), key=lambda e: (e.mentions[0].start if e.mentions else 0, e.name))
    for quote in article.quotes:
        if quote.speaker is not None:
            fallback = mapping.get(name_key(quote.speaker), (quote.speaker, ""))[0]
            quote.speaker = renamed.get(quote.speaker, fallback)
