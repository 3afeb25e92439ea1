"""Metric functions on hand-computed examples."""

from __future__ import annotations

import pytest

from recoupe.eval.metrics import (
    SegmentCounts,
    TokenCounts,
    segment_counts,
    segment_scores,
    token_counts,
    token_f1,
    token_scores,
    word_tokens,
)


def test_word_tokens_are_lowercased_words_without_punctuation() -> None:
    assert word_tokens("L'Élysée a dit: « Non ! »") == ["l", "élysée", "a", "dit", "non"]


def test_word_tokens_make_shingles_of_n_tokens() -> None:
    assert word_tokens("a b c d", ngram=3) == ["a b c", "b c d"]


def test_token_counts_compare_bags_with_repetitions() -> None:
    # gold: the x2, cat, sat ; extracted: the x3, cat, ran
    counts = token_counts("The the cat ran the", "the cat sat the")
    assert counts == TokenCounts(tp=3.0, fp=2.0, fn=1.0)


def test_each_page_weighs_the_same_in_corpus_scores() -> None:
    long_perfect = TokenCounts(tp=1000.0, fp=0.0, fn=0.0)
    short_miss = TokenCounts(tp=0.0, fp=0.0, fn=10.0)
    scores = token_scores([long_perfect, short_miss])
    # normalised: (1, 0, 0) + (0, 0, 1) -> P = 1, R = 0.5
    assert scores.precision == pytest.approx(1.0)
    assert scores.recall == pytest.approx(0.5)
    assert scores.f1 == pytest.approx(2 / 3)


def test_empty_extraction_has_zero_recall() -> None:
    scores = token_scores([token_counts("", "some gold words")])
    assert (scores.precision, scores.recall, scores.f1) == (0.0, 0.0, 0.0)


def test_segments_are_matched_after_whitespace_normalisation() -> None:
    text = "Le maire a parlé.\n\n  Il a   annoncé la fin des travaux.\nMentions légales"
    counts = segment_counts(text, ["Il a annoncé la fin", "absent du texte"], ["Mentions légales", "Cookies"])
    assert counts == SegmentCounts(tp=1, fn=1, fp=1, tn=1)


def test_segment_scores_sum_counts_over_pages() -> None:
    scores = segment_scores([SegmentCounts(tp=2, fn=0, fp=1, tn=1), SegmentCounts(tp=1, fn=1, fp=0, tn=2)])
    assert scores.precision == pytest.approx(3 / 4)
    assert scores.recall == pytest.approx(3 / 4)
    assert scores.accuracy == pytest.approx(6 / 8)


def test_token_f1_of_a_title_with_a_site_suffix() -> None:
    # 3 shared tokens, 2 extra -> P = 3/5, R = 1, F1 = 0.75
    assert token_f1("Trump appelle Poutine - Le Monde", "Trump appelle Poutine") == pytest.approx(0.75)


@pytest.mark.parametrize(("name", "host", "right"), [
    ("Le Monde", "www.lemonde.fr", True), ("Le Monde.fr", "lemonde.fr", True), ("lemonde.fr", "lemonde.fr", True),
    ("Ouest-France", "ouest-france.fr", True), ("Madame Figaro", "madame.lefigaro.fr", True),
    ("Club de Mediapart", "blogs.mediapart.fr", True), ("BBC", "bbc.co.uk", True),
    ("Le Journal de Castelroux", "journal-castelroux.fr", True), ("Le Courrier de la Loire", "courrierdelaloire.fr", True),
    ("Le Parisien", "lemonde.fr", False), ("AFP", "lemonde.fr", False), ("Copyright", "harpers.org", False),
])
def test_an_outlet_name_is_matched_with_the_url_host_it_names(name: str, host: str, right: bool) -> None:
    from recoupe.meta.outlet import names_host

    assert names_host(name, host) is right
