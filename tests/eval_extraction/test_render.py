"""Renderers give the visible text of a page, gold sentences included."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from recoupe.eval.extraction_corpora import decode_bytes
from recoupe.eval.render import RENDERER_NAMES, render

WSJ_PAGE = "042bb7b5fedab6eac7db576522b89b93904c237d344bcbe14a6a5ab7f7335856"
WSJ_SENTENCE = "Gaming used to be so simple. We’d buy a game, sit down in front of a console or PC"


@pytest.mark.parametrize("renderer", RENDERER_NAMES)
def test_renderer_keeps_a_gold_sentence_of_a_scrapinghub_page(corpora: Path, renderer: str) -> None:
    pytest.importorskip(renderer)
    path = corpora / "extraction" / "scrapinghub" / "html" / f"{WSJ_PAGE}.html.gz"
    text = render(decode_bytes(gzip.decompress(path.read_bytes())), renderer=renderer)
    assert WSJ_SENTENCE in " ".join(text.split())
    assert "<div" not in text and "function(" not in text


@pytest.mark.parametrize("renderer", RENDERER_NAMES)
def test_renderer_drops_scripts_and_separates_blocks(renderer: str) -> None:
    pytest.importorskip(renderer)
    html = ("<html><head><style>p{color:red}</style><script>var x = 1;</script></head><body>"
            "<h1>Titre</h1><p>Premier paragraphe.</p><p>Second paragraphe.</p></body></html>")
    text = render(html, renderer=renderer)
    assert "var x" not in text and "color:red" not in text
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    assert lines == ["Titre", "Premier paragraphe.", "Second paragraphe."]


def test_unknown_renderer_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown renderer"):
        render("<p>x</p>", renderer="lynx")
