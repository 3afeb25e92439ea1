"""Fixtures: the five seeds run through the real pipeline (clean, annotate, lineage), once per session."""

from __future__ import annotations

from pathlib import Path

import pytest

from recoupe.types import Article, Dossier, RawPage, Source, Story


def annotated_articles(paths: list[Path]) -> list[Article]:
    """Clean and annotate raw dumps with the project's own modules."""
    from recoupe.clean.page import clean_page
    from recoupe.nlp.annotate import annotate_articles

    cleaned = [clean_page(RawPage(source=str(p), kind="dump", text=p.read_text(encoding="utf-8"))) for p in paths]
    articles = [a for a in annotate_articles([c for c in cleaned if isinstance(c, Article)]) if isinstance(a, Article)]
    assert len(articles) == len(paths), "every seed must survive cleaning and annotation"
    return articles


def relations(articles: list[Article]) -> list[Source]:
    """Copy/rewrite relations from the project's lineage module."""
    from recoupe.reuse.lineage import ReuseItem, find_relations

    items = [ReuseItem(a.id, a.text, a.published_value, a.outlet, a.title, a.source, a.url) for a in articles]
    return find_relations(items)


@pytest.fixture(scope="session")
def seed_articles(seeds: Path) -> list[Article]:
    return annotated_articles(sorted(seeds.glob("0*.txt")))


@pytest.fixture(scope="session")
def seed_sources(seed_articles: list[Article]) -> list[Source]:
    return relations(seed_articles)


@pytest.fixture(scope="session")
def seed_by_prefix(seed_articles: list[Article]):
    """`seed_by_prefix("002")`: the annotated article of that seed."""
    return lambda prefix: next(a for a in seed_articles if Path(a.source).name.startswith(prefix))


@pytest.fixture(scope="session")
def seed_dossier(seed_articles: list[Article], seed_sources: list[Source]) -> Dossier:
    from recoupe.stories.dossier import build_dossier

    story = Story(id="seeds", title="Trump et Poutine après l'élection", article_ids=[a.id for a in seed_articles])
    return build_dossier(story, seed_articles, seed_sources)
