"""Renderers: JSON round trip, Markdown sections, one self-contained and escaped HTML page."""

from __future__ import annotations

import json
import re

import pytest

from recoupe.report import render
from recoupe.types import Citation, Dossier, Flag, QuoteRow, Source, Story, SummarySentence, TimelineEntry, from_json


@pytest.fixture(scope="module")
def hostile() -> Dossier:
    """A small dossier whose texts contain markup that must never run."""
    text = "Le <script>alert(1)</script> maire a dit « oui » & signé."
    return Dossier(
        story=Story(id="s", title="Titre <b>gras</b>", article_ids=["a1"]),
        summary=[SummarySentence(text, [Citation("a1", 0, len(text), "Le Monde")])],
        timeline=[TimelineEntry("2024-11-07", text, [Citation("a1", 0, len(text), "Le Monde")])],
        quotes=[QuoteRow("Le maire", "oui | <i>non</i>", [], ["Le Monde"], None, [Citation("a1", 30, 33)])],
        entities=[],
        sources=[Source("a1", "Un <titre>", "Le Monde", "2024-11-07", "original", url="https://www.lemonde.fr/a.html")],
        flags=[Flag("conflicting-figures", "Chiffres <divergents>", [Citation("a1", 0, 10)], {"quantity": "mort"})],
    )


def test_json_round_trips_to_the_same_dossier(seed_dossier):
    assert from_json(Dossier, json.loads(render(seed_dossier, "json"))) == seed_dossier


def test_markdown_has_every_section_and_numbered_citations(seed_dossier, seed_articles):
    markdown = render(seed_dossier, "md", articles=seed_articles)
    for heading in ("# ", "## Résumé", "## Chronologie", "## Citations", "## Alertes", "## Sources", "## Références"):
        assert heading in markdown
    assert "### Article hors période" in markdown
    assert "(contexte)" in markdown  # 12 février 2022 is background
    assert re.search(r"^- .+ \[1\]", markdown, re.MULTILINE)
    assert "45e président" in markdown  # the out-of-time evidence is quoted


def test_html_is_self_contained_and_links_citations_to_excerpts(seed_dossier, seed_articles):
    page = render(seed_dossier, "html", articles=seed_articles)
    assert page.startswith("<!DOCTYPE html>") and "<style>" in page
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", page)  # seeds have no URL
    targets = set(re.findall(r'href="#([^"]+)"', page))
    anchors = set(re.findall(r'id="([^"]+)"', page))
    assert targets and targets <= anchors


def test_html_escapes_content_and_only_links_out_to_source_urls(hostile):
    page = render(hostile, "html")
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert "<b>gras</b>" not in page
    external = re.findall(r"""(?:src|href)\s*=\s*["']((?:https?:)?//[^"']+)""", page)
    assert external == ["https://www.lemonde.fr/a.html"]


def test_markdown_escapes_table_pipes(hostile):
    markdown = render(hostile, "md")
    row = next(line for line in markdown.splitlines() if line.startswith("| Le maire"))
    assert row.count(" | ") == 5  # the quote's own pipe is escaped, the columns stay aligned


def test_unknown_format_says_which_ones_exist(hostile):
    with pytest.raises(ValueError, match="json, md, html"):
        render(hostile, "pdf")
