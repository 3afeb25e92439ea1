"""Quote table: one row per utterance. The same (or nearly the same) words across articles are one
row; a short quotation whose words lie inside a longer quote is a fragment of that row."""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from recoupe.disjoint import DisjointSets
from recoupe.nlp.entity_canon import close_spelling, head_key, transliteration_key
from recoupe.stories.check_text import fold
from recoupe.types import Article, Citation, Quote, QuoteRow

LOG = logging.getLogger(__name__)

SAME_WORDING = 88.0  # token-sort ratio above which two quotes are one wording
TRUNCATED_WORDING = 95.0  # partial ratio for a quote cut short by one outlet
MIN_TRUNCATED_WORDS = 4  # a truncated quote must keep this many words to be matched
KIND_ORDER = {"direct": 0, "mixed": 1, "indirect": 2}
LIGATURES = str.maketrans({"œ": "oe", "æ": "ae"})
# How a fragment lies inside a longer quote: within its span in one article, or by its words.
INSIDE_SPAN, INSIDE_WORDS, OUTSIDE = 2, 1, 0


@dataclass(slots=True)
class Carried:
    """One quote as one article carries it, with its normalised wording."""

    quote: Quote
    article: Article
    key: str  # normalised wording
    size: int = field(init=False)  # words of the normalised wording

    def __post_init__(self) -> None:
        self.size = len(self.key.split())


@dataclass(slots=True)
class Utterance:
    """What one speaker said once: the quotes carrying it, and the shorter quotations of its words."""

    carriers: list[Carried]
    fragments: list[Carried] = field(default_factory=list)


def normalise_quote(text: str) -> str:
    """Accent-folded, lowercased wording without quote marks or punctuation."""
    text = fold(text).translate(LIGATURES).replace("’", "'")
    return re.sub(r"\s+", " ", re.sub(r"[^\w' -]+", " ", text)).strip()


def same_wording(a: str, b: str) -> bool:
    """True when two normalised quotes say the same thing, or one is a truncation of the other."""
    if fuzz.token_sort_ratio(a, b) >= SAME_WORDING:
        return True
    shorter = a if len(a) <= len(b) else b
    return len(shorter.split()) >= MIN_TRUNCATED_WORDS and fuzz.partial_ratio(a, b) >= TRUNCATED_WORDING


def same_speaker(first: str | None, second: str | None) -> bool:
    """True when two speakers may be one: either is unknown, one name is the tail of the other
    once titles and accents are set aside ("Peskov" / "Dmitri Peskov"), or they differ by a slip or
    a transliteration ("Dolnald Trump", "Vladimir Putin"), as the corpus canonicaliser sees them."""
    if not first or not second:
        return True
    shorter, longer = sorted(
        ([transliteration_key(word) for word in head_key(name, "PER").split()] for name in (first, second)), key=len
    )
    return shorter == longer[len(longer) - len(shorter):] or close_spelling(shorter, longer)


def utterances(articles: Sequence[Article], *, skip: Collection[str] = ()) -> list[Utterance]:
    """The utterances quoted by `articles` (except those in `skip`), fragments attached."""
    carried = [
        Carried(q, a, normalise_quote(q.text))
        for a in articles if a.id not in skip
        for q in a.quotes
    ]
    return _attach_fragments(_group([c for c in carried if _keep(c)]))


def build_quote_table(articles: Sequence[Article], *, skip: Collection[str] = ()) -> list[QuoteRow]:
    """One row per utterance: direct quotes first, then the most carried."""
    found = utterances(articles, skip=skip)
    renown = Counter(c.quote.speaker for u in found for c in [*u.carriers, *u.fragments] if c.quote.speaker)
    rows = [_row(utterance, renown) for utterance in found]
    rows.sort(key=lambda r: (KIND_ORDER.get(r.kind, 3), -len(r.outlets), r.first_seen or "9999", r.wording))
    return rows


def _keep(item: Carried) -> bool:
    """Drop empty quotes and unattributed one-word scare quotes ("la «marionnette»")."""
    if not item.key:
        return False
    if len(item.key.split()) <= 1 and not item.quote.speaker:
        LOG.debug("quote table drops %r: unattributed single word", item.quote.text)
        return False
    return True


def _group(items: list[Carried]) -> list[list[Carried]]:
    """Union of items whose wordings match (transitively). Only items that share one of the
    rarer words of either are compared: two wordings that match share most of their words."""
    sets = DisjointSets(len(items))
    postings = _postings(items)
    for i, item in enumerate(items):
        for j in sorted({j for stem in _rarest(item, postings) for j in postings[stem] if j != i}):
            if sets.find(i) != sets.find(j) and same_wording(item.key, items[j].key):
                sets.union(i, j)
    return sets.groups(items)


RARE_WORDS = 4  # an item is compared with the items holding one of its this many rarest words
STEM_LETTERS = 4  # ...words compared by their first letters, so that inflections still meet


def _postings(items: list[Carried]) -> dict[str, list[int]]:
    """Word stem -> the items (by index) whose wording holds it."""
    postings: dict[str, list[int]] = {}
    for index, item in enumerate(items):
        for stem in _stems(item):
            postings.setdefault(stem, []).append(index)
    return postings


def _stems(item: Carried) -> set[str]:
    """The first letters of the wording's words: "gilets jaunes" and "gilet jaune" share them."""
    return {word[:STEM_LETTERS] for word in item.key.split()}


def _rarest(item: Carried, postings: dict[str, list[int]]) -> list[str]:
    """The item's word stems held by the fewest items."""
    return sorted(_stems(item), key=lambda stem: (len(postings[stem]), stem))[:RARE_WORDS]


# --------------------------------------------------------------------------- fragments

def _attach_fragments(groups: list[list[Carried]]) -> list[Utterance]:
    """Groups whose words lie inside a longer group become fragments of it (of its host, in a chain)."""
    candidates = _host_candidates(groups)
    hosts = {index: host for index in range(len(groups))
             if (host := _host(index, groups, candidates(index))) is not None}
    found = {index: Utterance(list(group)) for index, group in enumerate(groups) if index not in hosts}
    for index in hosts:
        root = index
        while root in hosts:  # hosts are strictly longer, so a chain ends
            root = hosts[root]
        found[root].fragments.extend(groups[index])
        LOG.debug("quote %r is a fragment of %r", groups[index][0].quote.text, groups[root][0].quote.text)
    return list(found.values())


def _host_candidates(groups: list[list[Carried]]):
    """`candidates(index)`: the groups that may hold group `index`: those quoted in one of its
    articles (a span inside a span) and those holding the rarest word of one of its wordings
    (words inside words)."""
    by_article: dict[str, set[int]] = {}
    by_word: dict[str, set[int]] = {}
    for position, group in enumerate(groups):
        for item in group:
            by_article.setdefault(item.article.id, set()).add(position)
            for word in item.key.split():
                by_word.setdefault(word, set()).add(position)

    def candidates(index: int) -> list[int]:
        found: set[int] = set()
        for item in groups[index]:
            found |= by_article.get(item.article.id, set())
            words = item.key.split()
            if words:
                found |= by_word[min(words, key=lambda word: (len(by_word[word]), word))]
        return sorted(found - {index})

    return candidates


def _host(index: int, groups: list[list[Carried]], candidates: list[int]) -> int | None:
    """The longer group that holds group `index`: inside one of its spans first, then by its words."""
    size = max(item.size for item in groups[index])
    ranked = [
        (inside, longest, -position)
        for position in candidates
        if (longest := max(item.size for item in groups[position])) > size
        and (inside := _inside_group(groups[index], groups[position])) != OUTSIDE
    ]
    return -max(ranked)[2] if ranked else None


def _inside_group(fragment: list[Carried], host: list[Carried]) -> int:
    """How the best-placed item of `fragment` lies inside an item of `host`."""
    return max(_inside(piece, whole) for piece in fragment for whole in host)


def _inside(piece: Carried, whole: Carried) -> int:
    """INSIDE_SPAN when `piece` is within `whole`'s span of one article; INSIDE_WORDS when its
    words run inside `whole`'s and the speakers may be one; else OUTSIDE."""
    if piece.size >= whole.size:
        return OUTSIDE
    same_article = piece.article.id == whole.article.id
    if same_article and whole.quote.start <= piece.quote.start and piece.quote.end <= whole.quote.end:
        return INSIDE_SPAN
    if f" {piece.key} " in f" {whole.key} " and same_speaker(piece.quote.speaker, whole.quote.speaker):
        return INSIDE_WORDS
    return OUTSIDE


# --------------------------------------------------------------------------- rows

def _row(utterance: Utterance, renown: Counter[str]) -> QuoteRow:
    """One table row: majority speaker (ties go to the name most quoted overall), usual wording, carriers."""
    group = utterance.carriers
    wordings = Counter(c.quote.text.strip() for c in group)
    wording = max(wordings, key=lambda w: (wordings[w], len(w)))
    speakers = Counter(c.quote.speaker for c in group if c.quote.speaker)
    kinds = Counter(c.quote.kind for c in group)
    dates = sorted(v for c in group if (v := c.article.published_value))
    return QuoteRow(
        speaker=max(speakers, key=lambda name: (speakers[name], renown[name])) if speakers else None,
        wording=wording,
        variants=[w for w in wordings if w != wording],
        outlets=list(dict.fromkeys(outlet_name(c.article) for c in group)),
        first_seen=dates[0] if dates else None,
        citations=[citation(c) for c in group],
        kind="direct" if kinds["direct"] else kinds.most_common(1)[0][0],
        fragments=list(dict.fromkeys(c.quote.text.strip() for c in utterance.fragments)),
        fragment_citations=[citation(c) for c in utterance.fragments],
        wording_outlets=_wording_outlets(group, first=wording),
    )


def _wording_outlets(group: list[Carried], *, first: str) -> dict[str, list[str]]:
    """Each wording of the row (the usual one first) and the outlets that carry it."""
    carriers: dict[str, list[str]] = {first: []}
    for item in group:
        outlets = carriers.setdefault(item.quote.text.strip(), [])
        if (name := outlet_name(item.article)) not in outlets:
            outlets.append(name)
    return carriers


def citation(item: Carried) -> Citation:
    """The quote's own span as a citation."""
    return Citation(item.article.id, item.quote.start, item.quote.end, item.article.outlet)


def outlet_name(article: Article) -> str:
    """The outlet name, or the article's title (file name) when the outlet is unknown."""
    return article.outlet or article.title or article.source.rsplit("/", 1)[-1]
