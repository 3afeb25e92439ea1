"""Cross-source checks on the demo corpus and the seeds, through the real pipeline."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from recoupe.types import Article, Dossier, Story

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def expected(demo: Path) -> dict:
    return json.loads((demo / "expected.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def demo_articles(demo: Path, fr_nlp) -> list[Article]:
    from recoupe import api

    return [a for a in api.annotate([str(demo / "pages")]) if isinstance(a, Article)]


def _page_key(article: Article, expected: dict) -> str | None:
    """The expected.json name of an article: its file name, or the container member matched by URL."""
    name = article.source.split("#")[0].rsplit("/", 1)[-1]
    if name in expected["pages"]:
        return name
    return next((k for k, p in expected["pages"].items() if p.get("url") and p["url"] == article.url), None)


def _story_dossier(letter: str, articles: list[Article], expected: dict) -> tuple[Dossier, dict[str, str]]:
    """The dossier of one planted story, and article id -> expected page name."""
    from recoupe.corpus import find_sources
    from recoupe.stories.dossier import build_dossier

    members = [a for a in articles if _page_key(a, expected) in expected["stories"][letter]["pages"]]
    assert len(members) == len(expected["stories"][letter]["pages"])
    story = Story(id=letter, title=letter, article_ids=[a.id for a in members])
    return build_dossier(story, members, find_sources(members)), {a.id: _page_key(a, expected) for a in members}


@pytest.fixture(scope="module")
def fire(demo_articles, expected):
    return _story_dossier("A", demo_articles, expected)


@pytest.fixture(scope="module")
def strike(demo_articles, expected):
    return _story_dossier("B", demo_articles, expected)


def test_recycled_undated_article_is_the_only_one_flagged_out_of_time_with_evidence(fire, expected):
    dossier, names = fire
    late = [f for f in dossier.flags if f.kind == "out-of-time"]
    assert [names[f.details["article_id"]] for f in late] == [expected["recycled"]["page"]]
    flag = late[0]
    assert {"weekday-date", "content-dates"} <= set(flag.details["signals"].split(", "))
    assert "jeudi 14 mars" in flag.message and "2019" in flag.message
    assert "Jean-Paul Deschamps" in flag.message and "Hélène Marchais" in flag.message
    assert flag.evidence and all(c.article_id == flag.details["article_id"] for c in flag.evidence[:2])


def test_evacuation_counts_are_one_conflict_naming_both_figures_and_their_outlets(fire, expected):
    dossier, names = fire
    conflicts = [f for f in dossier.flags if f.kind == "conflicting-figures"]
    assert len(conflicts) == 1
    flag = conflicts[0]
    assert flag.details["values"] == "38, 45"
    assert "évacué" in flag.details["quantity"]
    assert "38 selon" in flag.message and "45 selon" in flag.message and "Radio Loire Info" in flag.message
    cited = {names[c.article_id] for c in flag.evidence}
    planted = expected["conflicting_figures"]["files"]
    assert cited <= set(planted["38"]) | set(planted["45"])
    assert cited & set(planted["38"]) and cited & set(planted["45"])


def test_strike_figures_are_never_conflicting(strike):
    dossier, _ = strike
    assert not [f for f in dossier.flags if f.kind == "conflicting-figures"]


def test_strike_rates_given_by_opposing_sides_are_a_dispute(strike):
    dossier, _ = strike
    disputes = [f for f in dossier.flags if f.kind == "disputed-figures"]
    assert len(disputes) == 1
    assert disputes[0].details["values"] == "42, 23"
    assert "cheminots" in disputes[0].message and "Compagnie ferroviaire du Centre" in disputes[0].message


def test_only_seed_002_is_flagged_out_of_time(seed_dossier, seed_by_prefix):
    late = {f.details["article_id"] for f in seed_dossier.flags if f.kind == "out-of-time"}
    assert late == {seed_by_prefix("002").id}
    for prefix in ("000", "001", "003", "004"):
        assert seed_by_prefix(prefix).id not in late
