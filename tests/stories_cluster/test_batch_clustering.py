"""Average-link batch clustering: order robustness, merges of stories, undated articles."""

from __future__ import annotations

import json
import random

import numpy as np
import pytest

from recoupe.eval.stories import _features, bcubed, read_rpm2
from recoupe.stories.cluster import StoryIndex, average_link, article_features
from recoupe.stories.features import ArticleFeatures


def _partition(assigned: dict[str, str]) -> set[frozenset[str]]:
    """Groups of article ids, whatever the story ids."""
    groups: dict[str, set[str]] = {}
    for article_id, story_id in assigned.items():
        groups.setdefault(story_id, set()).add(article_id)
    return {frozenset(group) for group in groups.values()}


def test_average_link_merges_close_blocks_and_keeps_far_ones_apart():
    pairs = np.array([[0, .9, .1, 0], [.9, 0, .2, 0], [.1, .2, 0, .8], [0, 0, .8, 0]], dtype=float)
    assert average_link(pairs, [1, 1, 1, 1], threshold=0.5) == [[0, 1], [2, 3]]
    assert average_link(pairs, [1, 1, 1, 1], threshold=0.05) == [[0, 1, 2, 3]]
    assert average_link(pairs, [2, 2], threshold=0.5) == [[0], [1]]


def test_rpm2_stories_do_not_depend_on_input_order(corpora):
    docs = [d for d in read_rpm2(corpora) if d.label[:3] in {"T02", "T05", "T08"}]
    features = _features(docs)
    topic = {d.id: d.label[:3] for d in docs}
    first = StoryIndex().add(features)
    assert bcubed(first, topic)[2] >= 0.8
    for seed in range(1, 6):
        shuffled = features[:]
        random.Random(seed).shuffle(shuffled)
        assert _partition(StoryIndex().add(shuffled)) == _partition(first)


def test_an_undated_article_joins_a_dated_story(seed_articles):
    features = [article_features(a) for a in seed_articles[:4]]
    for item, day in zip(features[:3], ("2024-11-07", "2024-11-08", "2024-11-09")):
        item.date = day
    features[3].date = None
    assigned = StoryIndex().add(features)
    assert len(set(assigned.values())) == 1


def test_far_apart_dates_weaken_the_link(seed_articles):
    close, far = [article_features(a) for a in seed_articles[:2]], [article_features(a) for a in seed_articles[:2]]
    close[0].date, close[1].date = "2024-11-07", "2024-11-08"
    far[0].date, far[1].date = "2024-11-07", "2026-11-08"
    index_close, index_far = StoryIndex(), StoryIndex()
    index_close.add(close)
    index_far.add(far)
    assert index_far._pair_matrix([f.article_id for f in far])[0, 1] < \
        index_close._pair_matrix([f.article_id for f in close])[0, 1]


def _bridged_stories() -> tuple[list[ArticleFeatures], ArticleFeatures]:
    """Two articles too different to share a story, and a third that covers both."""
    left = ArticleFeatures("left", {"incend": 2.0, "usin": 2.0, "valmont": 2.0, "pompi": 1.0})
    right = ArticleFeatures("right", {"enquêt": 2.0, "parquet": 2.0, "norval": 2.0, "syndicat": 1.0})
    bridge = ArticleFeatures("bridge", {"incend": 2.0, "usin": 2.0, "valmont": 2.0, "enquêt": 2.0,
                                        "parquet": 2.0, "norval": 2.0})
    return [left, right], bridge


def test_an_article_bridging_two_stories_merges_them_into_the_older():
    (left, right), bridge = _bridged_stories()
    index = StoryIndex()
    first = index.add([left])
    second = index.add([right])
    assert first["left"] != second["right"]
    restored = StoryIndex.from_json(json.loads(json.dumps(index.to_json())))
    assigned = restored.add([bridge])
    assert assigned == {"bridge": first["left"]}
    assert restored.merged() == {second["right"]: first["left"]}
    (story,) = restored.stories()
    assert story.id == first["left"] and story.article_ids == ["left", "right", "bridge"]
    assert StoryIndex.from_json(restored.to_json()).merged() == restored.merged()


@pytest.mark.parametrize("order", [0, 1, 2])
def test_a_batch_with_the_bridge_forms_one_story_in_any_order(order):
    (left, right), bridge = _bridged_stories()
    batch = [[left, right, bridge], [bridge, right, left], [right, bridge, left]][order]
    assert len(set(StoryIndex().add(batch).values())) == 1
