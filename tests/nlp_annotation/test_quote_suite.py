"""The whole-article quote gold, its GGT-style scoring, and the suite against its baseline."""

from __future__ import annotations

import json
from collections import Counter

import pytest

from recoupe.eval.quote_gold import GOLD_PATH, AnnotationError, load_gold, resolve_article
from recoupe.eval.quote_scoring import Span, Tally, add, coverage, same_speaker


def test_gold_is_big_and_varied_enough_and_split_by_article():
    rows = [json.loads(line) for line in GOLD_PATH.read_text(encoding="utf-8").splitlines()]
    quotes = [quote for row in rows for quote in row["quotes"]]
    assert len(rows) >= 120 and len(quotes) >= 800
    assert len({row["outlet"] for row in rows}) >= 15
    assert len({row["genre"] for row in rows}) == 5
    assert Counter(row["split"] for row in rows).keys() == {"tune", "test"}
    assert len({row["key"] for row in rows}) == len(rows), "an article is in one half only"
    assert {quote["kind"] for quote in quotes} == {"direct", "mixed", "indirect"}


def test_gold_texts_are_found_unchanged_in_the_corpora(corpora):
    articles = load_gold(corpora=corpora)
    assert len(articles) >= 120
    for article in articles[:20]:
        for quote in article.quotes:
            assert 0 <= quote.start < quote.end <= len(article.text)
            assert "\n\n" not in article.text[quote.start:quote.end]


def test_annotations_resolve_to_offsets_with_the_nearest_mention():
    text = "Il a parlé. Jean Dupont a dit : « Nous viendrons ». Puis Jean Dupont est parti."
    quotes = resolve_article({"quotes": [{"quote": "Nous viendrons", "kind": "direct",
                                          "speaker_mention": "Jean Dupont", "speaker": "Jean Dupont"}]}, text)
    assert text[quotes[0].start:quotes[0].end] == "Nous viendrons"
    assert quotes[0].speaker_start == text.index("Jean Dupont")


def test_an_ambiguous_annotation_is_refused():
    with pytest.raises(AnnotationError, match="occurrence"):
        resolve_article({"quotes": [{"quote": "oui", "kind": "direct"}]}, "« oui », dit-il. « oui », reprend-il.")


def test_coverage_is_of_the_gold_span_as_the_gender_gap_tracker_scores():
    gold = Span(0, 100)
    assert coverage(gold, Span(0, 40)) == 0.4
    assert coverage(gold, Span(0, 500)) == 1.0
    tally = Tally()
    add(tally, [gold], [Span(0, 40)], threshold=0.3)
    assert (tally.matched, tally.gold, tally.predicted) == (1, 1, 1)
    strict = Tally()
    add(strict, [gold], [Span(0, 40)], threshold=0.8)
    assert strict.matched == 0


@pytest.mark.parametrize(("gold", "predicted", "same"), [
    ("Vladimir Poutine", "Poutine", True),
    ("préfecture de police", "la préfecture", True),
    ("province du Hainaut", "Province de Hainaut", True),
    ("Marine Le Pen", "Jean-Marie Le Pen", False),
    ("Vladimir Poutine", "le président russe", False),
    (None, None, True),
    ("Kremlin", None, False),
])
def test_speakers_agree_on_the_canonical_name(gold, predicted, same):
    assert same_speaker(gold, predicted) is same


@pytest.mark.slow
def test_recoupe_beats_the_baseline_on_both_halves(corpora, fr_nlp):
    from recoupe.eval.quotes import run

    metrics = run(corpora, errors=False).metrics
    for half in ("tune", "test"):
        assert metrics[f"{half}.ours.cov30.f1"] > metrics[f"{half}.baseline.cov30.f1"] + 0.1
        assert metrics[f"{half}.ours.cov80.f1"] > metrics[f"{half}.baseline.cov80.f1"] + 0.1
        assert metrics[f"{half}.ours.cov30.speaker_accuracy"] > metrics[f"{half}.baseline.cov30.speaker_accuracy"] + 0.15
