"""The extraction and metadata suites on small samples: stable keys, values in range."""

from __future__ import annotations

from recoupe.eval.base import SuiteResult

EXPECTED_EXTRACTION_KEYS = [
    "scrapinghub.html.trafilatura.f1",
    "scrapinghub.html.trafilatura_precision.precision",
    "scrapinghub.html.readability.recall",
    "scrapinghub.html.justext.f1",
    "scrapinghub.dump.html_text.raw.f1",
    "scrapinghub.dump.inscriptis.raw.f1",
    "scrapinghub.dump.html_text.trafilatura_html.f1",
    "cleaneval.html.trafilatura.f1",
    "cleaneval.dump.inscriptis.raw.recall",
    "trafilatura_eval.html.trafilatura.accuracy",
    "trafilatura_eval.dump.html_text.raw.accuracy",
]


def test_extraction_suite_reports_the_expected_keys(extraction_run: SuiteResult) -> None:
    metrics = extraction_run.metrics
    missing = [key for key in EXPECTED_EXTRACTION_KEYS if key not in metrics]
    assert not missing, missing
    assert metrics["scrapinghub.html.trafilatura.n"] == 3
    recoupe_available = not any(note.startswith("html.recoupe skipped") for note in extraction_run.notes)
    if recoupe_available:
        assert "scrapinghub.html.recoupe.f1" in metrics


def test_extraction_scores_are_ratios(extraction_run: SuiteResult) -> None:
    ratios = {k: v for k, v in extraction_run.metrics.items()
              if k.rsplit(".", 1)[-1] in {"precision", "recall", "f1", "accuracy"}}
    assert ratios
    assert all(0.0 <= v <= 1.0 for v in ratios.values()), ratios


def test_raw_dump_keeps_the_body_but_not_only_the_body(extraction_run: SuiteResult) -> None:
    metrics = extraction_run.metrics
    assert metrics["scrapinghub.dump.html_text.raw.recall"] > 0.95
    assert metrics["scrapinghub.dump.html_text.raw.precision"] < metrics["scrapinghub.html.trafilatura.precision"]


def test_extraction_table_has_a_row_per_corpus_mode_and_system(extraction_run: SuiteResult) -> None:
    table = extraction_run.table
    assert table.startswith("| corpus | pages | mode |")
    assert "| scrapinghub | all | dump | inscriptis | raw |" in table
    assert "| cleaneval | all | html |  | readability |" in table


def test_dates_suite_scores_htmldate_and_titles(dates_run: SuiteResult) -> None:
    metrics = dates_run.metrics
    assert metrics["htmldate.date.htmldate.n"] == 6
    assert 0.0 <= metrics["htmldate.date.htmldate.accuracy"] <= 1.0
    assert "htmldate.date.trafilatura.coverage" in metrics
    assert 0.0 <= metrics["trafilatura_eval.title.trafilatura.token_f1"] <= 1.0
    assert "| htmldate | all | date | htmldate |" in dates_run.table
