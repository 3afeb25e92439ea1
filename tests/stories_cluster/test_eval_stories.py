"""The stories evaluation: clustering metrics and floors on real corpora."""

from __future__ import annotations

import pytest

from recoupe.eval.stories import adjusted_rand, bcubed, evaluate_rpm2, evaluate_synthetic_reuse

GOLD = {"a": "x", "b": "x", "c": "y", "d": "y"}


def test_bcubed_and_ari_are_perfect_for_the_gold_partition():
    assert bcubed(dict(GOLD), GOLD) == (1.0, 1.0, 1.0)
    assert adjusted_rand({k: v.upper() for k, v in GOLD.items()}, GOLD) == 1.0


def test_bcubed_and_ari_penalise_merging_everything():
    precision, recall, f1 = bcubed({k: "all" for k in GOLD}, GOLD)
    assert (precision, recall) == (0.5, 1.0)
    assert f1 == pytest.approx(2 / 3)
    assert adjusted_rand({k: "all" for k in GOLD}, GOLD) == 0.0


def test_synthetic_copies_and_rewrites_are_found(corpora):
    metrics = evaluate_synthetic_reuse(corpora, size=40)
    assert metrics["reuse.copy.precision"] >= 0.95 and metrics["reuse.copy.recall"] >= 0.95
    assert metrics["reuse.rewrite.precision"] >= 0.9 and metrics["reuse.rewrite.recall"] >= 0.9


def test_rpm2_stories_beat_singletons_and_all_in_one(corpora):
    metrics = evaluate_rpm2(corpora, limit=60)  # topics T01-T03, both clusters
    assert metrics["rpm2.event.recoupe.f1"] >= 0.5
    assert metrics["rpm2.event.recoupe.f1"] > metrics["rpm2.event.singletons.f1"]
    assert metrics["rpm2.event.recoupe.f1"] > metrics["rpm2.event.all-in-one.f1"]
