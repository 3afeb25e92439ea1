"""Incremental story clustering on the seeds and real French news."""

from __future__ import annotations

import json
import re

from recoupe.stories.cluster import StoryIndex, article_features
from recoupe.stories.features import ArticleFeatures, content_terms


def test_the_five_seeds_form_one_story_and_an_unrelated_article_stays_out(seed_articles, unrelated_article):
    index = StoryIndex()
    assigned = index.add([article_features(a) for a in [*seed_articles, unrelated_article]])
    seed_stories = {assigned[a.id] for a in seed_articles}
    assert len(seed_stories) == 1
    assert assigned[unrelated_article.id] not in seed_stories
    (story,) = [s for s in index.stories() if s.id in seed_stories]
    assert re.fullmatch(r"s-[0-9a-f]{8}", story.id)
    assert story.article_ids == [a.id for a in seed_articles]
    assert story.title in {a.title for a in seed_articles}
    assert story.entities[:2] == ["Donald Trump", "Vladimir Poutine"]


def test_a_later_run_extends_the_story_after_a_json_round_trip(seed_articles, unrelated_article):
    first_run = StoryIndex()
    first = first_run.add([article_features(a) for a in [seed_articles[0], seed_articles[1], unrelated_article]])
    saved = json.loads(json.dumps(first_run.to_json()))
    second_run = StoryIndex.from_json(saved)
    second = second_run.add([article_features(a) for a in seed_articles[2:]])
    assert set(second.values()) == {first[seed_articles[0].id]}
    assert len(second_run.stories()) == 2
    assert len(second_run) == len(seed_articles) + 1


def test_a_page_added_twice_is_not_added_twice(seed_articles):
    index = StoryIndex()
    features = [article_features(a) for a in seed_articles[:2]]
    index.add(features)
    again = index.add([features[0], features[0]])
    (story,) = index.stories()
    assert again == {features[0].article_id: story.id}
    assert story.article_ids == [f.article_id for f in features]


def test_same_input_order_gives_same_stories(seed_articles, unrelated_article):
    features = [article_features(a) for a in [unrelated_article, *seed_articles]]
    runs = [StoryIndex(), StoryIndex()]
    assert runs[0].add(features) == runs[1].add(features)
    assert runs[0].to_json() == runs[1].to_json()


def test_story_dates_span_its_dated_articles(seed_articles):
    features = [article_features(a) for a in seed_articles[:3]]
    features[0].date, features[1].date = "2024-11-08T14:05:00", "2024-11-07"
    index = StoryIndex()
    index.add(features)
    (story,) = index.stories()
    assert (story.first, story.last) == ("2024-11-07", "2024-11-08T14:05:00")


def test_features_are_stemmed_content_words_and_round_trip(seed_articles):
    assert content_terms("Les élections présidentielles et l'élection du président") == [
        "élect", "présidentiel", "élect", "président"]
    features = article_features(seed_articles[0])
    assert "les" not in features.terms and "poutin" in features.terms
    assert ArticleFeatures.from_json(json.loads(json.dumps(features.to_json()))) == features
