"""Corpus loaders and page decoding on real items."""

from __future__ import annotations

from pathlib import Path


from recoupe.eval.extraction_corpora import (
    EvalPage,
    decode_bytes,
    load_cleaneval,
    load_scrapinghub,
    load_trafilatura_eval,
    read_html,
    sample,
    strip_cleaneval_wrapper,
)


def test_scrapinghub_pages_have_english_gold_bodies(corpora: Path) -> None:
    pages = load_scrapinghub(corpora)
    assert len(pages) == 181
    assert all(p.lang == "en" and p.gold and p.path.exists() for p in pages)
    assert "<html" in read_html(pages[0]).lower()


def test_cleaneval_gold_has_no_block_tags_nor_url_line(corpora: Path) -> None:
    pages = load_cleaneval(corpora)
    assert len(pages) == 58 + 681
    page = next(p for p in pages if p.page_id == "final/103")
    assert page.url == "http://londonmark.blogspot.com/"
    assert "Sieve-like, or approximating a colander" in page.gold
    assert "<p>" not in page.gold and "<h>" not in page.gold and "URL:" not in page.gold


def test_cleaneval_input_wrapper_is_removed(corpora: Path) -> None:
    page = next(p for p in load_cleaneval(corpora) if p.page_id == "final/103")
    html = read_html(page)
    assert not html.lstrip().startswith("<text")
    assert "Notify Blogger" in html


def test_trafilatura_eval_pages_carry_segments_and_french_pages(corpora: Path) -> None:
    pages = load_trafilatura_eval(corpora)
    assert len(pages) == 990
    assert all(p.scoring == "segments" for p in pages)
    french = [p for p in pages if p.lang == "fr"]
    assert 8 <= len(french) < 100
    assert any("lefigaro.fr" in (p.url or "") for p in french)


def test_legacy_charset_declared_in_meta_is_used() -> None:
    data = '<html><head><meta charset="iso-8859-1"></head><body>Député élu à Noël</body></html>'.encode("cp1252")
    assert "Député élu à Noël" in decode_bytes(data)


def test_wrapper_encoding_is_returned() -> None:
    body, encoding = strip_cleaneval_wrapper(b'<text id="http://x" title="t" encoding="windows-1252">\n<p>x</p>')
    assert encoding == "windows-1252"
    assert body.strip() == b"<p>x</p>"


def test_sample_is_deterministic_and_independent_of_order() -> None:
    pages = [EvalPage(corpus="c", page_id=str(i), path=Path(f"{i}.gz")) for i in range(50)]
    first = [p.page_id for p in sample(pages, 5)]
    assert first == [p.page_id for p in sample(list(reversed(pages)), 5)]
    assert len(set(first)) == 5


def test_control_characters_are_dropped_like_a_browser_does() -> None:
    assert decode_bytes(b"<p>Le\x00 maire\x0b a dit\x1f</p>\n") == "<p>Le maire a dit</p>\n"
