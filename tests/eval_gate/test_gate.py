"""The evaluation gate: every suite with pinned floors must stay at or above them (CI)."""

from __future__ import annotations

import pytest

from recoupe.eval.runner import SUITES, check_floors, load_floors, run_suite
from recoupe.eval.base import SuiteResult

pytestmark = pytest.mark.slow


def test_every_floor_names_a_known_suite():
    assert set(load_floors()) <= set(SUITES)


def test_check_floors_reports_a_drop_and_a_missing_metric():
    result = SuiteResult("demo", {"f1": 0.80})
    assert check_floors(result, {"f1": 0.80}) == []
    assert "below its floor" in check_floors(result, {"f1": 0.81})[0]
    assert "missing" in check_floors(result, {"recall": 0.5})[0]


@pytest.mark.parametrize("suite", sorted(load_floors()))
def test_suite_meets_its_pinned_floors(suite, corpora):
    result = run_suite(suite, gate=True)
    failures = check_floors(result, load_floors()[suite])
    assert not failures, "\n".join(failures)
