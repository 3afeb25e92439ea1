"""The lineage suite: its stored reading, its scoring, and a run on the first Belgian articles."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from recoupe.eval.base import SuiteResult
from recoupe.eval.lineage import (
    SAMPLE_SIZES,
    VERDICTS,
    LineageRun,
    SamplePair,
    belgian_articles,
    load_sample,
    reuse_share,
    run,
    score_sample,
)
from recoupe.eval.press_fr import CorpusArticle
from recoupe.types import Source

SUITE_KEYS = [
    "lineage.articles", "lineage.articles_per_second", "pairs.all", "pairs.copy", "pairs.rewrite",
    "pairs.cross_outlet", "pairs.within_outlet", "articles.related", "share.all.median", "share.all.q1",
    "share.all.q3", "share.all.mean", "close.pairs", "sample.pairs", "sample.related.precision",
    "sample.copy.precision", "sample.rewrite.precision", "sample.any.recall", "sample.rewrite.recall",
]


@pytest.fixture(scope="module")
def small_run(corpora: Path) -> SuiteResult:
    """The suite on the first 40 articles of each Belgian file."""
    return run(corpora, limit=40)


def test_stored_reading_has_thirty_found_and_thirty_close_pairs_with_known_verdicts() -> None:
    sample = load_sample()
    strata = Counter(pair.stratum for pair in sample)
    assert strata["found-copy"] + strata["found-rewrite"] >= 30
    assert strata["close-shared"] + strata["close-cosine"] >= 30
    assert set(strata) == set(SAMPLE_SIZES)
    assert {pair.verdict for pair in sample} <= set(VERDICTS)
    assert all(pair.weight >= 1.0 and pair.note for pair in sample)
    assert len({(pair.earlier, pair.later) for pair in sample}) == len(sample)


@pytest.mark.shared
def test_stored_reading_names_belgian_articles_with_unchanged_texts(corpora: Path) -> None:
    by_key = {article.key: article for article in belgian_articles(corpora)}
    for pair in load_sample():
        assert by_key[pair.earlier].digest == pair.digest_earlier, pair.earlier
        assert by_key[pair.later].digest == pair.digest_later, pair.later


@pytest.mark.shared
def test_small_run_reports_every_metric_key(small_run: SuiteResult) -> None:
    missing = [key for key in SUITE_KEYS if key not in small_run.metrics]
    assert not missing, missing
    assert small_run.metrics["lineage.articles"] == 4 * 40  # the first 40 of each of the four files


@pytest.mark.shared
def test_small_run_finds_the_dispatch_both_outlets_open_with(small_run: SuiteResult) -> None:
    # DH.xml#0 and LaLibre.xml#0 are the same AFP dispatch (the Chambord picnic).
    metrics = small_run.metrics
    assert metrics["pairs.copy.cross_outlet"] >= 1
    assert 0.9 <= metrics["share.copy.median"] <= 1.0
    assert 0.0 <= metrics["sample.related.precision"] <= 1.0
    assert "| copy |" in small_run.table


def _article(key: str, text: str, outlet: str) -> CorpusArticle:
    return CorpusArticle(key=key, outlet=outlet, text=text)


def _pair(earlier: CorpusArticle, later: CorpusArticle, verdict: str, *, weight: float = 1.0) -> SamplePair:
    return SamplePair(earlier.key, later.key, "close-shared", weight, "none", verdict, "test",
                      earlier.digest, later.digest)


def test_sample_scoring_weights_each_pair_by_its_stratum() -> None:
    first, copied = _article("a", "one text", "DH"), _article("b", "one text", "LaLibre")
    other, missed = _article("c", "another", "DH"), _article("d", "another one", "LaLibre")
    sources = [Source("a", None, "DH", None, "original"), Source("b", None, "LaLibre", None, "copy", of="a"),
               Source("c", None, "DH", None, "original"), Source("d", None, "LaLibre", None, "original")]
    lineage = LineageRun([first, copied, other, missed], sources, 0.1)
    sample = [_pair(first, copied, "copy", weight=1.0), _pair(other, missed, "rewrite", weight=3.0)]
    metrics, notes = score_sample(sample, lineage)
    assert not notes
    assert metrics["sample.copy.precision"] == 1.0
    assert metrics["sample.copy.recall"] == 1.0
    assert metrics["sample.rewrite.recall"] == 0.0
    assert metrics["sample.any.recall"] == pytest.approx(1.0 / 4.0)


def test_a_pair_whose_text_changed_is_skipped_with_a_note() -> None:
    first, later = _article("a", "one text", "DH"), _article("b", "one text", "LaLibre")
    lineage = LineageRun([first, later], [Source("a", None, "DH", None, "original"),
                                          Source("b", None, "LaLibre", None, "copy", of="a")], 0.1)
    stale = SamplePair("a", "b", "found-copy", 1.0, "copy", "copy", "test", "000000000000", later.digest)
    metrics, notes = score_sample([stale], lineage)
    assert metrics["sample.pairs"] == 0
    assert "text changed" in notes[0]


def test_a_bare_title_copied_word_for_word_is_wholly_reused() -> None:
    title = "Uber à Barcelone, c'est fini"
    assert reuse_share(title, title) == pytest.approx(1.0, abs=0.01)
    assert reuse_share(title, "Rien à voir avec le sujet du jour") == 0.0


def test_unknown_verdict_is_refused_with_the_allowed_ones(tmp_path: Path) -> None:
    path = tmp_path / "sample.jsonl"
    path.write_text('{"earlier": "a", "later": "b", "stratum": "close-shared", "weight": 1.0, "lineage": "none", '
                    '"verdict": "maybe", "note": "", "digest_earlier": "", "digest_later": ""}\n', encoding="utf-8")
    with pytest.raises(ValueError, match="maybe"):
        load_sample(path)
