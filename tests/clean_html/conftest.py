"""Fixtures of the HTML cleaning tests: the first scrapinghub pages with their gold."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest


@pytest.fixture(scope="module")
def scrapinghub(corpora: Path) -> list[tuple[bytes, dict]]:
    """The first 12 scrapinghub pages (sorted by id) as raw bytes, with their ground truth."""
    base = corpora / "extraction" / "scrapinghub"
    truth = json.loads((base / "ground-truth.json").read_text(encoding="utf-8"))
    return [(gzip.open(base / "html" / f"{pid}.html.gz").read(), item) for pid, item in sorted(truth.items())[:12]]
