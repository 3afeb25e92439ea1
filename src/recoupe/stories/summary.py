"""Extractive multi-document summary: central, well-supported, non-redundant sentences, each cited."""

from __future__ import annotations

import logging
import math
import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field

from recoupe.lang.fr.checks import ANAPHORIC_OPENERS, FINITE_VERB_PATTERN
from recoupe.stories.check_text import (
    Sentence,
    Vector,
    centroid,
    content_words,
    copy_ids,
    cosine,
    idf_weights,
    independent,
    lineage_roots,
    looks_like_boilerplate,
    sentences_of,
    tfidf,
    word_count,
)
from recoupe.stories.features import stem
from recoupe.types import Article, Citation, Source, SummarySentence

LOG = logging.getLogger(__name__)

_TERMINAL = re.compile(r"[.!?…][»\"”’)]*$|[»\"”]$")


@dataclass(slots=True)
class SummaryOptions:
    """How the summary is chosen; the defaults suit news clusters of 3 to 20 articles."""

    sentences: int = 6  # at most this many sentences
    max_words: int | None = None  # stop once this many words are reached
    word_slack: float = 0.2  # a sentence may take the summary this far past max_words
    # Another article's sentence closest to a chosen one, at least this similar, says the same
    # thing: it is not chosen too (an article states each thing once).
    same_statement_similarity: float = 0.25
    same_source_penalty: float = 0.01  # MMR value lost per sentence already taken from an article
    min_sentence_words: int = 7
    max_sentence_words: int = 60
    mmr_lambda: float = 0.7  # 1.0 = relevance only, lower = more diversity
    centrality_weight: float = 0.45
    support_weight: float = 0.4
    position_weight: float = 0.15
    anaphora_penalty: float = 0.8  # score factor for sentences opening on "Il", "Cette"...
    second_citation_similarity: float = 0.45  # another outlet "carries" a sentence above this
    max_citations: int = 3


@dataclass(slots=True)
class _Candidate:
    sentence: Sentence
    vector: Vector
    order: int  # rank of its article in reading order
    score: float = 0.0
    support: list[tuple[float, Sentence]] = field(default_factory=list)


def summarize(
    articles: Sequence[Article],
    sources: Sequence[Source] = (),
    *,
    skip: Collection[str] = (),
    options: SummaryOptions | None = None,
) -> list[SummarySentence]:
    """Pick summary sentences across articles, ordered by source then position, each with citations.

    Copies (relation "copy" in `sources`) and articles whose id is in `skip` (e.g. flagged
    out-of-time) are neither summarised nor cited as carriers.
    """
    options = options or SummaryOptions()
    excluded = copy_ids(sources) | set(skip)
    readable = [a for a in _reading_order(articles) if a.id not in excluded]
    candidates = _candidates(readable, options)
    if not candidates:
        LOG.info("no summary: none of %d articles has a usable sentence", len(articles))
        return []
    by_id = {a.id: a for a in readable}
    _score(candidates, by_id, lineage_roots(sources), options)
    chosen = _select(candidates, options)
    chosen.sort(key=lambda c: (c.order, c.sentence.start))
    return [cited for c in chosen if (cited := _cited(c, by_id, options))]


def _reading_order(articles: Sequence[Article]) -> list[Article]:
    """Articles by publication date (undated last), ties kept in input order."""
    indexed = list(enumerate(articles))
    indexed.sort(key=lambda pair: (pair[1].published_value is None, pair[1].published_value or "", pair[0]))
    return [article for _, article in indexed]


def _candidates(articles: Sequence[Article], options: SummaryOptions) -> list[_Candidate]:
    """Usable sentences with their TF-IDF vectors (idf over all usable sentences)."""
    kept: list[tuple[Sentence, list[str], int]] = []
    for order, article in enumerate(articles):
        seen: set[str] = set()
        for sentence in sentences_of(article):
            reason = _unusable(sentence.text, options) or _caption(sentence, article)
            if reason or sentence.text in seen:
                LOG.debug("summary skips %r: %s", sentence.text[:40], reason or "repeated")
                continue
            seen.add(sentence.text)
            kept.append((sentence, [stem(word) for word in content_words(sentence.text)], order))
    idf = idf_weights(tokens for _, tokens, _ in kept)
    return [_Candidate(s, tfidf(tokens, idf), order) for s, tokens, order in kept if tokens]


def _unusable(text: str, options: SummaryOptions) -> str | None:
    """Why a sentence cannot go in a summary, or None when it can."""
    count = word_count(text)
    if count < options.min_sentence_words:
        return "too-short"
    if count > options.max_sentence_words:
        return "too-long"
    if not _TERMINAL.search(text):
        return "no-final-punctuation (heading or caption)"
    if looks_like_boilerplate(text):
        return "boilerplate"
    return None


def _caption(sentence: Sentence, article: Article) -> str | None:
    """"caption" for a verbless sentence standing alone in its paragraph (photo caption, heading)."""
    before = article.text[:sentence.start].rstrip(" \t")
    after = article.text[sentence.end:].lstrip(" \t")
    alone = (not before or before.endswith("\n")) and (not after or after.startswith("\n"))
    return "caption (verbless sentence alone in its paragraph)" if alone and not FINITE_VERB_PATTERN.search(sentence.text) else None


def _score(
    candidates: list[_Candidate],
    by_id: dict[str, Article],
    roots: dict[str, str],
    options: SummaryOptions,
) -> None:
    """Score = centrality to the cluster + support by independent articles + lead position."""
    per_article: dict[str, list[_Candidate]] = {}
    for candidate in candidates:
        per_article.setdefault(candidate.sentence.article_id, []).append(candidate)
    cluster = centroid(centroid(c.vector for c in group) for group in per_article.values())
    others_count = max(1, len(per_article) - 1)
    keep = min(options.same_statement_similarity, options.second_citation_similarity)
    totals = _find_support(candidates, per_article, by_id, roots, keep)
    for candidate, total in zip(candidates, totals):
        support = total / others_count
        position = 1.0 / math.sqrt(1 + candidate.sentence.index)
        candidate.score = (
            options.centrality_weight * cosine(candidate.vector, cluster)
            + options.support_weight * support
            + options.position_weight * position
        )
        if candidate.sentence.text.lower().startswith(ANAPHORIC_OPENERS):
            candidate.score *= options.anaphora_penalty


def _find_support(
    candidates: list[_Candidate], per_article: dict[str, list[_Candidate]], by_id: dict[str, Article],
    roots: dict[str, str], keep: float,
) -> list[float]:
    """For each candidate, the sum over the articles independent of its own of the cosine to
    their closest sentence; that sentence is also kept in its `support` when at least `keep`
    close. One sparse product per article keeps a story of hundreds of articles to seconds (a
    pure-Python double loop took 100 s for 300 articles)."""
    import numpy as np

    matrix = _tfidf_matrix(candidates)
    row = {id(c): i for i, c in enumerate(candidates)}
    owners = [c.sentence.article_id for c in candidates]
    totals = np.zeros(len(candidates))
    for other_id, group in per_article.items():
        similarities = (matrix @ matrix[[row[id(o)] for o in group]].T).toarray()
        best, top = similarities.argmax(axis=1), similarities.max(axis=1)
        fits = {a: independent(by_id[a], by_id[other_id], roots) for a in per_article}
        mask = np.fromiter((fits[owner] for owner in owners), dtype=bool, count=len(owners))
        totals += np.where(mask, top, 0.0)
        for i in np.flatnonzero(mask & (top >= keep)):
            candidates[i].support.append((float(top[i]), group[best[i]].sentence))
    return totals.tolist()


def _tfidf_matrix(candidates: list[_Candidate]):  # -> scipy.sparse.csr_matrix
    """The candidates' TF-IDF vectors as the rows of a sparse matrix."""
    from scipy.sparse import csr_matrix

    columns: dict[str, int] = {}
    rows, cols, values = [], [], []
    for i, candidate in enumerate(candidates):
        for term, value in candidate.vector.items():
            rows.append(i)
            cols.append(columns.setdefault(term, len(columns)))
            values.append(value)
    return csr_matrix((values, (rows, cols)), shape=(len(candidates), max(1, len(columns))))


def _select(candidates: list[_Candidate], options: SummaryOptions) -> list[_Candidate]:
    """Maximal marginal relevance until the sentence or word budget is reached. With a word
    budget, a sentence that would overrun it by more than `word_slack` is passed over for the
    next best one that fits (the first sentence always fits)."""
    pool = sorted(candidates, key=lambda c: c.score, reverse=True)
    chosen: list[_Candidate] = []
    words = 0
    while pool and len(chosen) < options.sentences:
        if options.max_words is not None:
            if words >= options.max_words:
                break
            limit = options.max_words * (1 + options.word_slack) - words
            pool = [c for c in pool if not chosen or word_count(c.sentence.text) <= limit]
            if not pool:
                break
        best = max(pool, key=lambda c: _marginal(c, chosen, options))
        chosen.append(best)
        words += word_count(best.sentence.text)
        said = _same_statement(best, pool, options)
        pool = [c for c in pool if c is not best and id(c.sentence) not in said]
    return chosen


def _same_statement(chosen: _Candidate, pool: list[_Candidate], options: SummaryOptions) -> set[int]:
    """The sentences (by id) that say what `chosen` says: in each article, its own included, the
    sentence closest to it when at least `same_statement_similarity` close (an article states
    each thing once)."""
    threshold = options.same_statement_similarity
    said = {id(other) for similarity, other in chosen.support if similarity >= threshold}
    siblings = [c for c in pool if c is not chosen and c.sentence.article_id == chosen.sentence.article_id]
    if siblings:
        similarity, closest = max(((cosine(c.vector, chosen.vector), c) for c in siblings), key=lambda p: p[0])
        if similarity >= threshold:
            said.add(id(closest.sentence))
    return said


def _marginal(candidate: _Candidate, chosen: list[_Candidate], options: SummaryOptions) -> float:
    """MMR value of a candidate given what is already chosen, less a share for each sentence
    already taken from its article (a dossier's summary draws on several sources)."""
    redundancy = max((cosine(candidate.vector, c.vector) for c in chosen), default=0.0)
    same_source = sum(c.sentence.article_id == candidate.sentence.article_id for c in chosen)
    return (options.mmr_lambda * candidate.score - (1 - options.mmr_lambda) * redundancy
            - options.same_source_penalty * same_source)


def _cited(candidate: _Candidate, by_id: dict[str, Article], options: SummaryOptions) -> SummarySentence | None:
    """The summary sentence with its own span first, then other outlets that carry it (None if the span is off)."""
    sentence = candidate.sentence
    article = by_id[sentence.article_id]
    if article.text[sentence.start:sentence.end] != sentence.text:
        LOG.warning("summary drops a sentence of %s: its span does not match the text", article.id)
        return None
    citations = [Citation(article.id, sentence.start, sentence.end, article.outlet)]
    carriers = sorted(candidate.support, key=lambda pair: pair[0], reverse=True)
    for similarity, other in carriers:
        if similarity < options.second_citation_similarity or len(citations) >= options.max_citations:
            break
        citations.append(Citation(other.article_id, other.start, other.end, by_id[other.article_id].outlet))
    return SummarySentence(text=sentence.text, citations=citations)
