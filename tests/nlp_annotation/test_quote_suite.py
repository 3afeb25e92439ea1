"""Evaluation gate: quote detection and attribution on the hand-annotated gold set."""

from __future__ import annotations

import json

from recoupe.eval.quotes import GOLD_PATH, run


def test_gold_set_has_enough_quotes_found_in_their_text():
    items = [json.loads(line) for line in GOLD_PATH.read_text(encoding="utf-8").splitlines()]
    quotes = [(item["text"], quote) for item in items for quote in item["quotes"]]
    assert len(quotes) >= 60
    assert all(quote["quote"] in text for text, quote in quotes)
    assert {quote["kind"] for _, quote in quotes} == {"direct", "mixed", "indirect"}


def test_quote_suite_beats_the_baseline_and_holds_its_floors(fr_nlp, seeds):
    result = run()
    metrics = result.metrics
    assert metrics["ours_f1"] >= 0.85 and metrics["ours_speaker_accuracy"] >= 0.7
    assert metrics["ours_f1"] > metrics["baseline_f1"]
    assert metrics["ours_speaker_accuracy"] > metrics["baseline_speaker_accuracy"]
    assert any("Donald Trump <- Dolnald Trump" in note for note in result.notes)
