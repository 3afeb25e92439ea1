"""Seed articles annotated once per session (entities, quotes, corpus-wide canonical names)."""

from __future__ import annotations

import pytest

from recoupe.eval.quotes import annotated_articles


@pytest.fixture(scope="session")
def seed_articles(seeds, fr_nlp):
    """The five raw seed captures, annotated and canonicalised together, keyed by file prefix."""
    paths = sorted(seeds.glob("*.txt"))
    articles = annotated_articles(paths, clean=False)
    return {path.name[:3]: article for path, article in zip(paths, articles)}


@pytest.fixture(scope="session")
def annotate(fr_nlp):
    """`annotate(text)` -> (entities, quotes) of an inline French text."""
    from recoupe.nlp.entities import entities_from_doc
    from recoupe.nlp.quotes import quotes_from_doc

    def run(text: str):
        doc = fr_nlp(text)
        entities = entities_from_doc(doc)
        return entities, quotes_from_doc(doc, entities)

    return run
