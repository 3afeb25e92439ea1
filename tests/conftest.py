"""Shared fixtures: real data from ../shared when present, skipped cleanly when not."""

from __future__ import annotations

from pathlib import Path

import pytest

from recoupe.paths import corpora_dir, demo_dir, seeds_dir


@pytest.fixture(scope="session")
def seeds() -> Path:
    path = seeds_dir()
    if path is None:
        pytest.skip("../shared/seeds is not present")
    return path


@pytest.fixture(scope="session")
def corpora() -> Path:
    path = corpora_dir()
    if path is None:
        pytest.skip("../shared/corpora is not present")
    return path


@pytest.fixture(scope="session")
def demo() -> Path:
    return demo_dir()


@pytest.fixture(scope="session")
def fr_nlp():
    """The French spaCy pipeline, loaded once for the whole test session."""
    from recoupe.nlp.models import load_spacy

    return load_spacy()


@pytest.fixture(scope="session")
def seed_text(seeds: Path):
    """`seed_text("002")`: the text of the seed whose file name starts with that prefix."""

    def read(prefix: str) -> str:
        (path,) = sorted(seeds.glob(f"{prefix}_*.txt"))
        return path.read_text(encoding="utf-8")

    return read
