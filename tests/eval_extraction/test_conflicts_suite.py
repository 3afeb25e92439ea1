"""The conflicts gold and suite: counts, offsets, halves split by group, scoring, a small run."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from recoupe.eval.base import SuiteResult
from recoupe.eval.conflicts import (
    HALVES,
    KINDS,
    LABELS,
    GoldPair,
    Span,
    conflict_metrics,
    demo_articles,
    gold_articles,
    load_gold,
    score_group,
    span_errors,
)
from recoupe.types import Citation, Flag


@pytest.fixture(scope="module")
def gold() -> list[GoldPair]:
    return load_gold()


@pytest.fixture(scope="module")
def conflicts_run(corpora: Path) -> SuiteResult:
    """The suite on its first group (demo story A) and the first out-of-time set of each variant."""
    from recoupe.eval.conflicts import run

    return run(corpora, limit=1)


def _keys(pairs: list[GoldPair]) -> set[str]:
    return {span.key for pair in pairs for span in (pair.first, pair.second)}


def test_gold_has_at_least_forty_pairs_of_each_label(gold: list[GoldPair]) -> None:
    counts = Counter(pair.label for pair in gold)
    assert counts["conflicting"] >= 40 and counts["compatible"] >= 40, counts


def test_every_pair_has_a_known_label_kind_split_and_two_articles(gold: list[GoldPair]) -> None:
    assert all(p.label in LABELS and p.kind in KINDS and p.split in HALVES for p in gold)
    assert all(p.first.key != p.second.key for p in gold), "a pair compares two articles"
    assert len({p.id for p in gold}) == len(gold), "pair ids are unique"


def test_halves_are_split_by_group_and_share_no_article(gold: list[GoldPair]) -> None:
    splits = {}
    for pair in gold:
        assert splits.setdefault(pair.group, pair.split) == pair.split, f"group {pair.group} is in both halves"
    tune, test = ([p for p in gold if p.split == half] for half in HALVES)
    assert not _keys(tune) & _keys(test)
    assert all(Counter(p.label for p in half)["conflicting"] >= 15 for half in (tune, test))


def test_demo_spans_match_their_quotes(gold: list[GoldPair]) -> None:
    demo = [p for p in gold if p.source == "demo"]
    texts = {key: article.text for key, article in demo_articles(_keys(demo)).items()}
    assert span_errors(demo, texts) == []


@pytest.mark.shared
def test_every_span_matches_its_quote(gold: list[GoldPair], corpora: Path) -> None:
    texts = {key: article.text for key, article in gold_articles(corpora, _keys(gold)).items()}
    assert span_errors(gold, texts) == []


def test_a_flag_counts_only_when_its_evidence_covers_both_spans() -> None:
    first, second = Span("a", 10, 20, "x" * 10), Span("b", 0, 5, "y" * 5)
    pair = GoldPair("g#01", "g", "tune", "conflicting", "figure", "demo", first, second)
    both = Flag("conflicting-figures", "", [Citation("A", 0, 15), Citation("B", 4, 30)])
    one = Flag("conflicting-figures", "", [Citation("A", 0, 15), Citation("B", 5, 30)])
    dispute = Flag("disputed-figures", "", [Citation("A", 0, 15), Citation("B", 0, 30)])
    ids = {"A": "a", "B": "b"}
    assert score_group([pair], [both], ids) == ({"g#01": True}, 0)
    assert score_group([pair], [one, dispute], ids) == ({"g#01": False}, 1)



def test_two_spans_of_the_same_value_are_not_set_against_each_other() -> None:
    first, second = Span("a", 10, 20, "x" * 10), Span("b", 0, 5, "y" * 5)
    pair = GoldPair("g#02", "g", "tune", "compatible", "figure", "demo", first, second)
    evidence = [Citation("A", 0, 15), Citation("B", 4, 30), Citation("C", 0, 9)]
    same = Flag("conflicting-figures", "", evidence, details={"evidence_values": "24; 24; 19"})
    different = Flag("conflicting-figures", "", evidence, details={"evidence_values": "24; 19; 19"})
    ids = {"A": "a", "B": "b", "C": "c"}
    assert score_group([pair], [same], ids) == ({"g#02": False}, 1)
    assert score_group([pair], [different], ids) == ({"g#02": True}, 0)


def test_precision_counts_false_alarms_on_compatible_pairs() -> None:
    span = Span("a", 0, 1, "x")
    pairs = [GoldPair(f"g#{n}", "g", "tune", label, "figure", "demo", span, span)
             for n, label in enumerate(["conflicting", "conflicting", "compatible"])]
    metrics = conflict_metrics(pairs, {"g#0": True, "g#1": False, "g#2": True}, "c")
    assert (metrics["c.precision"], metrics["c.recall"]) == (0.5, 0.5)


@pytest.mark.shared
@pytest.mark.slow
def test_suite_reports_conflict_and_out_of_time_metrics(conflicts_run: SuiteResult) -> None:
    metrics = conflicts_run.metrics
    expected = ["conflicts.all.precision", "conflicts.all.recall", "conflicts.tune.recall",
                "conflicts.unmatched_flags", "out_of_time.dated.all.recall", "out_of_time.undated.all.precision",
                "out_of_time.demo.all.recall"]
    assert [key for key in expected if key not in metrics] == []
    assert metrics["conflicts.all.conflicting"] == 10, "the first group is demo story A: 38 against 45"
    assert all(0.0 <= v <= 1.0 for k, v in metrics.items() if k.endswith((".precision", ".recall")))
    assert conflicts_run.table.startswith("| set | precision | recall |")
