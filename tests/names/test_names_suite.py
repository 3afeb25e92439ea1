"""The alias-set gold of the names suite and its pairwise scoring."""

from __future__ import annotations

from collections import Counter

import pytest

from recoupe.eval.names import load_gold, pairwise
from recoupe.nlp.entity_spans import name_key


def test_gold_has_200_alias_sets_of_several_names_split_into_halves():
    keys, sets = load_gold()
    assert len(keys) >= 1000
    assert sum(len(s["aliases"]) > 1 for s in sets) >= 200
    assert Counter(s["split"] for s in sets).keys() == {"tune", "test"}
    surnames = {s["entity"] for s in sets if s["entity"].endswith("Le Pen")}
    assert {"Marine Le Pen", "Jean-Marie Le Pen"} <= surnames


def test_pairwise_scores_count_merges_of_the_gold_names():
    sets = [{"aliases": ["Emmanuel Macron", "Macron"]}, {"aliases": ["Marine Le Pen"]}, {"aliases": ["Jean-Marie Le Pen"]}]
    assert pairwise(sets, lambda key: key) == (1.0, 0.0, 1)
    everything = pairwise(sets, lambda key: "one")
    assert everything[1] == 1.0 and everything[0] == pytest.approx(1 / 6)
    perfect = {"macron": "emmanuel macron"}
    assert pairwise(sets, lambda key: perfect.get(key, key))[:2] == (1.0, 1.0)
    assert name_key("Emmanuel\u00a0Macron") == "emmanuel macron"
