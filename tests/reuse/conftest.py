"""Fixtures for reuse tests: a real French article from the seeds, split in paragraphs."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def article_paragraphs(seed_text) -> list[str]:
    """Body paragraphs of seed 000 (a real French news page), longest first-kept order."""
    return [p.strip() for p in seed_text("000").split("\n\n") if len(p.split()) >= 12]


@pytest.fixture(scope="session")
def other_paragraphs(seed_text) -> list[str]:
    """Body paragraphs of seed 001, a different article on the same story."""
    return [p.strip() for p in seed_text("001").split("\n\n") if len(p.split()) >= 12]
