"""Fixtures for story clustering tests: the seeds as simple articles, one unrelated RPM2 document."""

from __future__ import annotations

from pathlib import Path

import pytest

from recoupe.types import Article, Entity

SEED_NAMES = ("000", "001", "002", "003", "004")
# Entity extraction belongs to nlp/; these tests give the canonical names it would produce.
STORY_ENTITIES = {"Trump": "Donald Trump", "Poutine": "Vladimir Poutine"}


def article_from_text(article_id: str, text: str, *, published: str | None = None) -> Article:
    """An Article with the first line as title and the canonical names of the story's leaders."""
    from recoupe.types import Published

    title = next(line.strip() for line in text.splitlines() if line.strip())
    entities = [Entity(name=name, type="PER") for cue, name in STORY_ENTITIES.items() if cue in text]
    return Article(id=article_id, source=f"{article_id}.txt", text=text, title=title, entities=entities,
                   published=Published(published, "test") if published else None)


@pytest.fixture(scope="session")
def seed_articles(seed_text) -> list[Article]:
    return [article_from_text(f"seed-{name}", seed_text(name)) for name in SEED_NAMES]


@pytest.fixture(scope="session")
def unrelated_article(corpora: Path) -> Article:
    path = corpora / "rpm2" / "documents" / "T01_C1_01.txt"
    return article_from_text("rpm2-T01_C1_01", path.read_text(encoding="utf-8-sig"))
