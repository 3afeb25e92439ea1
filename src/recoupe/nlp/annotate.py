"""Per-article annotation: entities, quotes and time expressions, spaCy loaded once."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from recoupe.nlp.models import DEFAULT_MODEL, load_spacy
from recoupe.types import Article, PageError

LOG = logging.getLogger(__name__)

ANNOTATED_LANGUAGES = frozenset({"fr"})  # spaCy steps; other languages keep language-neutral steps
MAX_ANNOTATED_CHARS = 200_000  # longer texts are annotated on their first part only


def annotate_articles(
    articles: Sequence[Article], *, model: str = DEFAULT_MODEL, batch_size: int = 16
) -> list[Article | PageError]:
    """Fill `entities`, `quotes` and `timexes` of each article; a failing one becomes a PageError."""
    results: list[Article | PageError] = list(articles)
    french = [i for i, article in enumerate(articles) if _is_french(article)]
    if french:
        nlp = load_spacy(model)
        texts = (articles[i].text[:MAX_ANNOTATED_CHARS] for i in french)
        for index, doc in zip(french, nlp.pipe(texts, batch_size=batch_size)):
            results[index] = _annotate_doc(articles[index], doc)
    for index, item in enumerate(results):
        if isinstance(item, Article):
            results[index] = _add_timexes(item)
    return results


def _is_french(article: Article) -> bool:
    return article.lang in ANNOTATED_LANGUAGES or (article.lang is None and bool(article.text))


def _annotate_doc(article: Article, doc) -> Article | PageError:
    from recoupe.nlp.entities import entities_from_doc
    from recoupe.nlp.quotes import quotes_and_roles

    try:
        article.entities = entities_from_doc(doc)
        article.quotes, article.roles = quotes_and_roles(doc, article.entities)
    except Exception as error:  # one bad article must not stop the batch
        LOG.exception("annotation failed on %s", article.source)
        return PageError(article.source, "annotate", f"annotation failed: {type(error).__name__}: {error}")
    return article


def _add_timexes(article: Article) -> Article | PageError:
    from recoupe.nlp.timexes import extract_timexes
    from recoupe.stories.reference import page_reference

    if not _is_french(article):
        return article
    try:
        if article.published is None and article.reference is None:
            article.reference = page_reference(article.text)
        article.timexes = extract_timexes(article.text, anchor=article.anchor_value)
    except Exception as error:
        LOG.exception("time expressions failed on %s", article.source)
        return PageError(article.source, "annotate", f"time expressions failed: {type(error).__name__}: {error}")
    return article
