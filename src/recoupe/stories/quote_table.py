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

    @property
    def size(self) -> int:
        return len(self.key.split())


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
    """Union of items whose wordings match (transitively)."""
    sets = DisjointSets(len(items))
    for i in range(len(items)):
        for j in range(i + 1, len(items)):
            if sets.find(i) != sets.find(j) and same_wording(items[i].key, items[j].key):
                sets.union(i, j)
    return sets.groups(items)


# --------------------------------------------------------------------------- fragments

def _attach_fragments(groups: list[list[Carried]]) -> list[Utterance]:
    """Groups whose words lie inside a longer group become fragments of it (of its host, in a chain)."""
    hosts = {index: host for index, group in enumerate(groups) if (host := _host(index, groups)) is not None}
    found = {index: Utterance(list(group)) for index, group in enumerate(groups) if index not in hosts}
    for index in hosts:
        root = index
        while root in hosts:  # hosts are strictly longer, so a chain ends
            root = hosts[root]
        found[root].fragments.extend(groups[index])
        LOG.debug("quote %r is a fragment of %r", groups[index][0].quote.text, groups[root][0].quote.text)
    return list(found.values())


def _host(index: int, groups: list[list[Carried]]) -> int | None:
    """The longer group that holds group `index`: inside one of its spans first, then by its words."""
    size = max(item.size for item in groups[index])
    ranked = [
        (inside, longest, -position)
        for position, other in enumerate(groups)
        if (longest := max(item.size for item in other)) > size
        and (inside := _inside_group(groups[index], other)) != OUTSIDE
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
