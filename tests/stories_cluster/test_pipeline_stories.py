"""Stories made by the whole pipeline on the demo pages and the seeds."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from recoupe import api
from recoupe.stories.cluster import StoryIndex, article_features
from recoupe.store import Store
from recoupe.types import Article, Story

pytestmark = pytest.mark.slow

UNDATED_PAGE = "06-echo-coteaux-colere-riverains.txt"
RECYCLED_PAGE = "10-actu-flash-incendie-usine-valmont.txt"
ENGLISH_PAGE = "16-loire-valley-chronicle-stolen-painting.txt"


def _page_key(article: Article, pages: dict) -> str | None:
    """The expected.json name of an article: its file name, or the container member matched by URL."""
    name = article.source.split("#")[0].rsplit("/", 1)[-1]
    if name in pages:
        return name
    return next((key for key, page in pages.items() if page.get("url") and page["url"] == article.url), None)


@pytest.fixture(scope="module")
def expected(demo: Path) -> dict:
    return json.loads((demo / "expected.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def demo_stories(demo: Path, expected: dict, tmp_path_factory) -> tuple[list[Story], dict[str, Article]]:
    """One pipeline run over the demo pages: stored stories and articles by expected.json name."""
    db = tmp_path_factory.mktemp("demo-stories") / "r.db"
    api.run([str(demo / "pages")], db=db, out=None)
    with Store(db) as store:
        stories, articles = store.stories(), store.articles()
    return stories, {_page_key(a, expected["pages"]): a for a in articles}


def _story_of(stories: list[Story], article: Article) -> Story:
    """The stored story holding an article."""
    (story,) = [s for s in stories if article.id in s.article_ids]
    return story


def test_undated_demo_page_joins_the_story_of_its_fire(demo_stories, expected):
    stories, by_key = demo_stories
    assert by_key[UNDATED_PAGE].published is None
    fire = _story_of(stories, by_key[expected["stories"]["A"]["pages"][0]])
    assert by_key[UNDATED_PAGE].id in fire.article_ids


@pytest.mark.parametrize("name", ["A", "B"])
def test_demo_story_holds_exactly_its_pages(demo_stories, expected, name):
    stories, by_key = demo_stories
    pages = expected["stories"][name]["pages"]
    story = _story_of(stories, by_key[pages[0]])
    assert sorted(story.article_ids) == sorted(by_key[p].id for p in pages)
    if name == "A":
        assert by_key[RECYCLED_PAGE].id in story.article_ids


def test_french_pages_of_the_painting_story_stay_together_and_apart(demo_stories, expected):
    stories, by_key = demo_stories
    french = [p for p in expected["stories"]["C"]["pages"] if p != ENGLISH_PAGE]
    story = _story_of(stories, by_key[french[0]])
    assert {by_key[p].id for p in french} <= set(story.article_ids)
    others = {by_key[p].id for name in ("A", "B") for p in expected["stories"][name]["pages"]}
    assert not others & set(story.article_ids)
    assert len([s for s in stories if s.article_ids]) in (3, 4)


def test_demo_partition_does_not_depend_on_order_or_batches(demo_stories):
    stories, by_key = demo_stories
    stored = {frozenset(s.article_ids) for s in stories if s.article_ids}
    features = [article_features(a) for a in by_key.values()]
    for seed in range(3):
        random.Random(seed).shuffle(features)
        index = StoryIndex()
        index.add(features[:10])
        index = StoryIndex.from_json(json.loads(json.dumps(index.to_json())))
        index.add(features[10:])
        assert {frozenset(s.article_ids) for s in index.stories()} == stored


def test_the_five_seeds_form_one_story_through_the_pipeline(seeds, tmp_path):
    api.run([str(seeds)], db=tmp_path / "r.db", out=None)
    with Store(tmp_path / "r.db") as store:
        stories, articles = store.stories(), store.articles()
    assert len(articles) == 5
    (story,) = [s for s in stories if s.article_ids]
    assert sorted(story.article_ids) == sorted(a.id for a in articles)
