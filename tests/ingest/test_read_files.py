"""read_inputs on every local input kind, and on bad input that must not stop the batch."""

from __future__ import annotations

import gzip
import io
import json
import os
from pathlib import Path

from recoupe.ingest import IngestOptions, detect_kind, read_inputs
from recoupe.types import PageError, RawPage

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Exemple</title>
<link href="https://exemple.fr/"/><id>urn:exemple</id><updated>2024-11-08T10:00:00Z</updated>
<entry><title>Le Kremlin répond</title><link href="https://exemple.fr/kremlin"/><id>urn:1</id>
<published>2024-11-08T09:30:00Z</published>
<content type="html">&lt;p&gt;Dmitri Peskov a commenté l'élection américaine.&lt;/p&gt;</content></entry>
</feed>
"""


def _read(*inputs: str, **options) -> list[RawPage | PageError]:
    return list(read_inputs(list(inputs), **options))


def _errors(results) -> list[PageError]:
    return [r for r in results if isinstance(r, PageError)]


def test_seed_folder_gives_one_dump_per_text_file_in_sorted_order(seeds: Path) -> None:
    pages = [p for p in _read(str(seeds)) if p.source.endswith(".txt")]
    assert [Path(p.source).name[:3] for p in pages] == ["000", "001", "002", "003", "004"]
    assert all(p.kind == "dump" and p.container is None for p in pages)
    assert pages[0].text.startswith("Donald Trump et Vladimir Poutine")


def test_folder_is_recursive_sorted_and_skips_hidden_files(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / ".cache").mkdir()
    (tmp_path / "b" / "2.txt").write_text("Deuxième page, assez longue pour être lue.", encoding="utf-8")
    (tmp_path / "1.txt").write_text("Première page, assez longue pour être lue.", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("caché", encoding="utf-8")
    (tmp_path / ".cache" / "x.txt").write_text("caché aussi", encoding="utf-8")
    sources = [Path(p.source).relative_to(tmp_path).as_posix() for p in _read(str(tmp_path))]
    assert sources == ["1.txt", "b/2.txt"]


def test_glob_pattern_expands_to_matching_files(tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt", "c.html"):
        (tmp_path / name).write_text("Bonjour à tous, voici une page.", encoding="utf-8")
    pages = _read(str(tmp_path / "*.txt"))
    assert [Path(p.source).name for p in pages] == ["a.txt", "b.txt"]


def test_crlf_and_bom_are_normalised(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_bytes("\ufeffTitre\r\n\r\nPremier paragraphe.\r\n".encode("utf-8"))
    (page,) = _read(str(path))
    assert page.text == "Titre\n\nPremier paragraphe.\n"


def test_gzipped_html_is_detected_from_content_not_name(tmp_path: Path, french_html: str) -> None:
    path = tmp_path / "page.bin"
    path.write_bytes(gzip.compress(french_html.encode("utf-8")))
    (page,) = _read(str(path))
    assert page.kind == "html" and "Poutine prêt au dialogue" in page.text


def test_latin1_page_with_meta_charset_is_decoded(tmp_path: Path) -> None:
    html = '<html><head><meta charset="iso-8859-1"></head><body><p>Élysée : le président a été reçu.</p></body></html>'
    path = tmp_path / "latin.html"
    path.write_bytes(html.encode("latin-1"))
    (page,) = _read(str(path))
    assert "Élysée : le président a été reçu." in page.text


def test_mixed_encoding_text_keeps_the_utf8_and_repairs_stray_bytes(tmp_path: Path) -> None:
    path = tmp_path / "mixed.txt"
    path.write_bytes("Le président élu a parlé. ".encode("utf-8") * 5 + "Une phrase en été.".encode("cp1252"))
    (page,) = _read(str(path))
    assert page.text.startswith("Le président élu a parlé.")
    assert page.text.endswith("Une phrase en été.")


def test_jsonl_yields_each_line_and_names_the_malformed_one(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "a1", "url": "https://www.lemonde.fr/a", "outlet": "Le Monde", "title": "A",
                    "published": "2024-11-08", "text": "Texte de la dépêche."}),
        '{"id": "a2", "text": "oops" ',
        "",
        json.dumps({"id": "a3", "html": "<p>Un paragraphe HTML.</p>"}),
        json.dumps({"id": "a4", "title": "sans corps"}),
    ]
    path = tmp_path / "pages.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    results = _read(str(path))
    assert [type(r).__name__ for r in results] == ["RawPage", "PageError", "RawPage", "PageError"]
    first, bad, html, empty = results
    assert (first.kind, first.external_id, first.outlet, first.published) == ("dump", "a1", "Le Monde", "2024-11-08")
    assert first.container == "jsonl" and first.source == f"{path}#1"
    assert bad.source == f"{path}#2" and "line 2 is not valid JSON" in bad.reason
    assert html.kind == "html" and html.source.endswith("#4")
    assert "no \"text\" or \"html\"" in empty.reason


def _write_warc(path: Path, *, records: list[tuple[str, str, bytes, str]]) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=path.suffix == ".gz")
        for record_type, url, body, content_type in records:
            headers = {"WARC-Date": "2024-11-08T10:00:00Z"}
            if record_type == "response":
                http_headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
                record = writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                   http_headers=http_headers, warc_headers_dict=headers)
            else:
                record = writer.create_warc_record(url, record_type, payload=io.BytesIO(body),
                                                   warc_content_type=content_type, warc_headers_dict=headers)
            writer.write_record(record)


def test_warc_response_becomes_html_page_and_wet_conversion_a_dump(tmp_path: Path, french_html: str) -> None:
    path = tmp_path / "crawl.warc.gz"
    _write_warc(path, records=[
        ("request", "https://www.exemple-presse.fr/a", b"GET /a HTTP/1.1\r\n\r\n", "application/http; msgtype=request"),
        ("response", "https://www.exemple-presse.fr/a", french_html.encode("utf-8"), "text/html; charset=utf-8"),
        ("response", "https://www.exemple-presse.fr/logo.png", b"\x89PNG\r\n\x1a\n0000", "image/png"),
        ("conversion", "https://www.lefigaro.fr/b", "Texte extrait.\nDeuxième ligne.".encode("utf-8"), "text/plain"),
    ])
    html, dump = _read(str(path))
    assert (html.kind, html.container, html.url) == ("html", "warc", "https://www.exemple-presse.fr/a")
    assert html.fetched_at == "2024-11-08T10:00:00Z" and html.outlet == "exemple-presse.fr"
    assert html.source == f"{path}#2" and "Sotchi" in html.text
    assert (dump.kind, dump.url, dump.text) == ("dump", "https://www.lefigaro.fr/b", "Texte extrait.\nDeuxième ligne.")


def test_rss_entries_become_html_pages_with_title_link_and_date(tmp_path: Path, french_rss: str) -> None:
    path = tmp_path / "flux.xml"
    path.write_text(french_rss, encoding="utf-8")
    full, brief = _read(str(path))
    assert (full.kind, full.container, full.title) == ("html", "feed", "Trump et Poutine")
    assert full.url == "https://www.exemple-presse.fr/monde/trump-poutine"
    assert full.published == "2024-11-08T13:05:00+00:00"
    assert "Le Kremlin a confirmé." in full.text and "Résumé court" not in full.text
    assert "Une brève sans contenu complet." in brief.text and brief.source == f"{path}#2"


def test_atom_entry_becomes_a_page(tmp_path: Path) -> None:
    path = tmp_path / "flux.atom"
    path.write_text(ATOM, encoding="utf-8")
    (entry,) = _read(str(path))
    assert (entry.title, entry.outlet, entry.published) == ("Le Kremlin répond", "exemple.fr", "2024-11-08T09:30:00+00:00")
    assert "Dmitri Peskov" in entry.text


def test_bad_inputs_each_give_a_clear_error_and_the_batch_goes_on(tmp_path: Path, french_html: str) -> None:
    (tmp_path / "1_empty.txt").write_bytes(b"")
    (tmp_path / "2_image.html").write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(2000))
    (tmp_path / "3_random.txt").write_bytes(bytes(range(256)) * 40)
    (tmp_path / "4_truncated.html.gz").write_bytes(gzip.compress(french_html.encode() * 50)[:300])
    (tmp_path / "5_good.txt").write_text("Une page française correcte.", encoding="utf-8")
    (tmp_path / "6_broken.html").write_text("<html><body><div><p>Texte <b>non fermé<p>Suite</div></tbody>", encoding="utf-8")
    results = _read(str(tmp_path), str(tmp_path / "absent.txt"))
    reasons = {Path(r.source).name: r.reason for r in _errors(results)}
    assert reasons["1_empty.txt"] == "empty file; nothing to read"
    assert "binary file (looks like a PNG image)" in reasons["2_image.html"]
    assert "binary file (looks like binary data)" in reasons["3_random.txt"]
    assert "truncated or corrupt gzip" in reasons["4_truncated.html.gz"]
    assert "no such file" in reasons["absent.txt"]
    pages = {Path(r.source).name: r for r in results if isinstance(r, RawPage)}
    assert pages["5_good.txt"].kind == "dump" and pages["6_broken.html"].kind == "html"


def test_page_above_the_size_cap_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    path.write_text("Bonjour. " * 2000, encoding="utf-8")
    (error,) = _read(str(path), options=IngestOptions(max_page_bytes=1000))
    assert isinstance(error, PageError) and "larger than the 1.0 kB cap" in error.reason


def test_html_forced_as_warc_says_to_pass_it_as_html(tmp_path: Path, french_html: str) -> None:
    path = tmp_path / "page.warc.gz"
    path.write_text(french_html, encoding="utf-8")
    (error,) = _read(str(path), as_kind="warc")
    assert "not a WARC file (first bytes look like HTML); pass it as --as html" in error.reason


def test_detect_kind_reads_content() -> None:
    assert detect_kind(b"WARC/1.0\r\nWARC-Type: warcinfo\r\n") == "warc"
    assert detect_kind(b'{"id": 1, "text": "a"}\n{"id": 2, "text": "b"}\n') == "jsonl"
    assert detect_kind(b"<?xml version='1.0'?><rss version='2.0'><channel></channel></rss>") == "feed"
    assert detect_kind(b"  <!doctype html><html><body></body></html>") == "html"
    assert detect_kind("Accueil\nPublié le 8 novembre 2024\nTexte.".encode()) == "dump"


def test_a_folders_readme_is_not_read_as_a_page(seeds):
    from recoupe.ingest import read_inputs

    sources = [item.source for item in read_inputs([str(seeds)])]
    assert len(sources) == 5
    assert not any(source.endswith("README.md") for source in sources)
