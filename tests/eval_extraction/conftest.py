"""Fixtures of the extraction evaluation tests: suite runs shared across tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from recoupe.eval.base import SuiteResult


@pytest.fixture(scope="session")
def extraction_run(corpora: Path) -> SuiteResult:
    """The extraction suite on a 3-page sample of every corpus, both modes."""
    from recoupe.eval.extraction import run

    return run(corpora, limit=3, workers=2)


@pytest.fixture(scope="session")
def dates_run(corpora: Path) -> SuiteResult:
    """The metadata suite on a 6-page sample of each gold set."""
    from recoupe.eval.dates import run

    return run(corpora, limit=6, workers=2)
