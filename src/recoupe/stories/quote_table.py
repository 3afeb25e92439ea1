"""Quote table: the same (or nearly the same) words across articles become one row."""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from recoupe.disjoint import DisjointSets
from recoupe.stories.check_text import fold
from recoupe.types import Article, Citation, Quote, QuoteRow

LOG = logging.getLogger(__name__)

SAME_WORDING = 88.0  # token-sort ratio above which two quotes are one wording
TRUNCATED_WORDING = 95.0  # partial ratio for a quote cut short by one outlet
MIN_TRUNCATED_WORDS = 4  # a truncated quote must keep this many words to be matched
KIND_ORDER = {"direct": 0, "mixed": 1, "indirect": 2}


@dataclass(slots=True)
class _Carried:
    quote: Quote
    article: Article
    key: str  # normalised wording


def normalise_quote(text: str) -> str:
    """Accent-folded, lowercased wording without quote marks or punctuation."""
    text = fold(text).replace("’", "'")
    return re.sub(r"\s+", " ", re.sub(r"[^\w' -]+", " ", text)).strip()


def same_wording(a: str, b: str) -> bool:
    """True when two normalised quotes say the same thing, or one is a truncation of the other."""
    if fuzz.token_sort_ratio(a, b) >= SAME_WORDING:
        return True
    shorter = a if len(a) <= len(b) else b
    return len(shorter.split()) >= MIN_TRUNCATED_WORDS and fuzz.partial_ratio(a, b) >= TRUNCATED_WORDING


def build_quote_table(articles: Sequence[Article], *, skip: Collection[str] = ()) -> list[QuoteRow]:
    """Rows of quotes grouped across articles: direct quotes first, then the most carried."""
    carried = [
        _Carried(q, a, normalise_quote(q.text))
        for a in articles if a.id not in skip
        for q in a.quotes
    ]
    carried = [c for c in carried if _keep(c)]
    renown = Counter(c.quote.speaker for c in carried if c.quote.speaker)
    rows = [_row(group, renown) for group in _group(carried)]
    rows.sort(key=lambda r: (KIND_ORDER.get(r.kind, 3), -len(r.outlets), r.first_seen or "9999", r.wording))
    return rows


def _keep(item: _Carried) -> bool:
    """Drop empty quotes and unattributed one-word scare quotes ("la «marionnette»")."""
    if not item.key:
        return False
    if len(item.key.split()) <= 1 and not item.quote.speaker:
        LOG.debug("quote table drops %r: unattributed single word", item.quote.text)
        return False
    return True


def _group(items: list[_Carried]) -> list[list[_Carried]]:
    """Union of items whose wordings match (transitively)."""
    sets = DisjointSets(len(items))
    for i in range(len(items)):
        for j in range(i + 1, len(items)):
            if sets.find(i) != sets.find(j) and same_wording(items[i].key, items[j].key):
                sets.union(i, j)
    return sets.groups(items)


def _row(group: list[_Carried], renown: Counter[str]) -> QuoteRow:
    """One table row: majority speaker (ties go to the name most quoted overall), usual wording, carriers."""
    wordings = Counter(c.quote.text.strip() for c in group)
    wording = max(wordings, key=lambda w: (wordings[w], len(w)))
    speakers = Counter(c.quote.speaker for c in group if c.quote.speaker)
    kinds = Counter(c.quote.kind for c in group)
    kind = "direct" if kinds["direct"] else kinds.most_common(1)[0][0]
    outlets = list(dict.fromkeys(_outlet(c.article) for c in group))
    dates = sorted(v for c in group if (v := c.article.published_value))
    citations = [Citation(c.article.id, c.quote.start, c.quote.end, c.article.outlet) for c in group]
    return QuoteRow(
        speaker=max(speakers, key=lambda name: (speakers[name], renown[name])) if speakers else None,
        wording=wording,
        variants=[w for w in wordings if w != wording],
        outlets=outlets,
        first_seen=dates[0] if dates else None,
        citations=citations,
        kind=kind,
    )


def _outlet(article: Article) -> str:
    """The outlet name, or the article's title (file name) when the outlet is unknown."""
    return article.outlet or article.title or article.source.rsplit("/", 1)[-1]
