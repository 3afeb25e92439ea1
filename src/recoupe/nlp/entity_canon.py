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
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from rapidfuzz.distance import Levenshtein
from rapidfuzz.fuzz import ratio

from recoupe.lang.fr.names import NAME_PARTICLES, PERSON_TITLES, TRANSLITERATION_RULES
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
LONG_WORD = 7  # a one-letter difference in a word this long is a slip, whatever the frequencies
LEADING_ARTICLES = frozenset({"le", "la", "les"})
_ELISION = re.compile(r"^[ld]'")
_INITIAL = re.compile(r"\w\.?")
_SYMBOLS = re.compile(r"[^\w\s'.&]")
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
    garbled = _join_garbled_prefixes(heads, parent)
    _join_short_heads(heads, parent)
    clusters: dict[str, list[_Head]] = defaultdict(list)
    for key in sorted(heads):
        clusters[_find(parent, key)].append(heads[key])
    canonical = {root: _cluster_name([m for m in members if m.key not in garbled] or members)
                 for root, members in clusters.items()}
    mapping = {key: canonical[_find(parent, key)] for key in heads}
    for head in heads.values():  # folded spellings too, for speakers named by their text
        for surface in head.surfaces:
            mapping.setdefault(name_key(surface), mapping[head.key])
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
            key = head_key(entity.name, entity.type)
            head = heads.setdefault(key, _Head(key))
            head.weight += max(1, len(entity.mentions))
            head.types[entity.type] += max(1, len(entity.mentions))
            head.surfaces[entity.name] += max(1, len(entity.mentions))
    return heads


def head_key(name: str, entity_type: str) -> str:
    """The folded name a head is compared under: without symbols ("Trump+", "«Gilets jaunes") nor
    a leading elision ("l'Éducation nationale"); for an organisation without its leading article
    ("La Compagnie du Lit"); for a person without leading titles ("Lieutenant-colonel Beltrame",
    "M. Di Maio") but with its article ("Le Pen", "Le Maire")."""
    words = _ELISION.sub("", _SYMBOLS.sub(" ", name_key(name))).split()
    if entity_type != "PER":
        while len(words) > 1 and words[0] in LEADING_ARTICLES:
            words.pop(0)
        return " ".join(words)
    words = _without_titles(words)  # "Commissaire Neyret", "M. Di Maio"
    if len(words) > 2:  # "Donald J. Trump": a middle initial
        words = [words[0], *(w for w in words[1:-1] if not _INITIAL.fullmatch(w)), words[-1]]
    return " ".join(words)


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
    """True when `variant` is a rare misspelling of the much more frequent `target`, or differs
    from a spelling at least as frequent by one letter in one long word ("Sailliot"/"Saillot",
    "Tunning"/"Turning"): long words do not differ by one letter between two real names."""
    if variant.key == target.key or variant.weight > TYPO_MAX_WEIGHT or not _types_agree(variant.type, target.type):
        return False
    if target.weight >= TYPO_DOMINANCE * variant.weight:
        return close_spelling(variant.tokens, target.tokens, max_edits=max_edits) \
            or _same_transliteration(variant.tokens, target.tokens)
    if target.weight >= variant.weight and _same_transliteration(variant.tokens, target.tokens):
        return (target.weight, target.key) > (variant.weight, variant.key)
    return target.weight >= variant.weight and (target.weight, target.key) > (variant.weight, variant.key) \
        and _one_slip_in_a_long_word(variant.tokens, target.tokens)


def _one_slip_in_a_long_word(first: list[str], second: list[str]) -> bool:
    differing = [(a, b) for a, b in zip(first, second) if a != b]
    return len(first) == len(second) and len(differing) == 1 and min(map(len, differing[0])) >= LONG_WORD \
        and Levenshtein.distance(*differing[0]) == 1


def transliteration_key(word: str) -> str:
    """One key for the French and English spellings of a foreign name: "poutine", "putin" and
    "putine" give "putin"; "zelensky" and "zelenski" give "zelenski"."""
    for old, new in TRANSLITERATION_RULES:
        word = word.replace(old, new)
    word = re.sub(r"(.)\1+", r"\1", word)
    return word[:-1] if len(word) > 4 and word.endswith("e") else word


def _same_transliteration(first: list[str], second: list[str]) -> bool:
    """Same first names, and surnames that transliterate alike without differing by a mere final
    "e" ("Martin" / "Martine" are two names)."""
    if len(first) != len(second) or first[:-1] != second[:-1] or first[-1] == second[-1]:
        return False
    mine, theirs = first[-1], second[-1]
    if mine.rstrip("e") == theirs.rstrip("e"):
        return False
    return transliteration_key(mine) == transliteration_key(theirs)


def _join_garbled_prefixes(heads: dict[str, _Head], parent: dict[str, str]) -> set[str]:
    """A person's name glued to the word before it ("Économie Bruno Le Maire", "Colonel Arnaud
    Beltrame", "Facebook Éric Drouet") joins the name without it, when that name is seen and
    starts like a first name (not "Le Pen", which "Marine Le Pen" must not join); returns the
    glued heads, which never give the cluster its name."""
    garbled = set()
    for head in sorted(heads.values(), key=lambda h: h.key):
        tokens = head.tokens
        if len(tokens) < 3:
            continue
        rest = heads.get(" ".join(tokens[1:]))
        if rest is not None and rest.type == "PER" and rest.tokens[0] not in NAME_PARTICLES:
            parent[_find(parent, head.key)] = _find(parent, rest.key)
            garbled.add(head.key)
    return garbled


def close_spelling(first: list[str], second: list[str], *, max_edits: int | None = None) -> bool:
    """True when two folded names of as many words differ only by small slips, word by word
    ("dolnald trump" / "donald trump"): one edit in a short word, two in a longer one."""
    if len(first) != len(second) or first == second:
        return False
    for mine, theirs in zip(first, second):
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
    surface = max(full.surfaces, key=lambda s: (full.surfaces[s], s))
    if not capitalised_tail(surface, len(short.tokens)):
        return False
    return _types_agree(short.type, full.type) or (full.type == "PER" and short.type == "LOC")


def _cluster_name(members: list[_Head]) -> tuple[str, str]:
    """(name, type) of a cluster: the most frequent spelling of its most frequent fullest head,
    a spelling without a title before one with ("Arnaud Beltrame", not "Colonel Arnaud
    Beltrame")."""
    longest = max(len(m.tokens) for m in members)
    best = min((m for m in members if len(m.tokens) == longest), key=lambda m: (-m.weight, m.key))
    name = min(best.surfaces, key=lambda s: (_titled(s), -best.surfaces[s], s))
    types: Counter = Counter()
    for member in members:
        types.update(member.types)
    return name, min(types, key=lambda t: (-types[t], TYPE_PRIORITY.get(t, 9)))


def _without_titles(words: list[str]) -> list[str]:
    """Folded words of a person's name without the titles before it (one word always stays)."""
    start = 0
    while start < len(words) - 1 and words[start] in PERSON_TITLES:
        start += 1
    return words[start:]


def _titled(surface: str) -> bool:
    words = name_key(surface).split()
    return len(_without_titles(words)) < len(words)


def _rewrite_article(article: Article, mapping: dict[str, tuple[str, str]]) -> None:
    """Rename the article's entities, merge those that became one, and rename quote speakers."""
    renamed: dict[str, str] = {}
    merged: dict[str, Entity] = {}
    for entity in article.entities:
        name, entity_type = mapping.get(head_key(entity.name, entity.type), (entity.name, entity.type))
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
    for binding in article.roles:
        binding.name = renamed.get(binding.name, mapping.get(name_key(binding.name), (binding.name, ""))[0])
