"""The demo corpus files exist, parse in their formats, and rebuild identically from their sources."""

from __future__ import annotations

import gzip
import json
import zlib
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

CONTAINERS = ("export-2025-11.jsonl", "crawl-2025-11.warc.gz", "courrier-loire-rss.xml")
JSONL_FIELDS = {"id", "url", "outlet", "title", "published"}


def html_pages(pages_dir: Path) -> list[Path]:
    return sorted(pages_dir.glob("*.html")) + sorted(pages_dir.glob("*.html.gz"))


def read_html(path: Path) -> str:
    data = path.read_bytes()
    return (gzip.decompress(data) if path.name.endswith(".gz") else data).decode("utf-8")


def test_pages_folder_has_the_planned_mix_of_input_kinds(pages_dir: Path) -> None:
    names = [path.name for path in pages_dir.iterdir()]
    kinds = Counter(name.split(".", 1)[1] for name in names)
    assert kinds["txt"] >= 12
    assert kinds["html"] + kinds["html.gz"] >= 6
    assert kinds["html.gz"] == 1
    assert set(CONTAINERS) <= set(names)


def test_every_file_in_pages_is_named_in_expected(pages_dir: Path, expected: dict[str, Any]) -> None:
    named = {key.split("#", 1)[0] for key in expected["pages"]}
    assert {path.name for path in pages_dir.iterdir()} == named


def test_every_page_named_in_expected_can_be_read(expected: dict[str, Any], page_text) -> None:
    for key in expected["pages"]:
        assert len(page_text(key).split()) > 200, key


def test_jsonl_export_has_one_valid_page_per_line(pages_dir: Path) -> None:
    lines = (pages_dir / "export-2025-11.jsonl").read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert len(records) == 3
    for record in records:
        assert JSONL_FIELDS <= set(record)
        assert ("text" in record) != ("html" in record)
    assert len({record["id"] for record in records}) == 3


def test_warc_holds_two_html_responses_and_one_text_conversion(pages_dir: Path) -> None:
    from warcio.archiveiterator import ArchiveIterator

    with (pages_dir / "crawl-2025-11.warc.gz").open("rb") as handle:
        records = [(record.rec_type, record) for record in ArchiveIterator(handle)]
        types = [kind for kind, _ in records]
    assert types == ["warcinfo", "response", "response", "conversion"]
    responses = [record for kind, record in records if kind == "response"]
    assert all(record.http_headers.get_statuscode() == "200" for record in responses)
    assert all("text/html" in record.http_headers.get_header("Content-Type") for record in responses)
    conversion = records[-1][1]
    assert conversion.rec_headers.get_header("Content-Type") == "text/plain"


def test_feed_parses_and_every_item_carries_the_full_article(pages_dir: Path) -> None:
    import feedparser

    feed = feedparser.parse(str(pages_dir / "courrier-loire-rss.xml"))
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.feed.title == "Le Courrier de la Loire"
    assert len(feed.entries) == 3
    for entry in feed.entries:
        assert entry.published_parsed is not None
        assert len(entry.content[0].value.split()) > 200


def test_html_pages_parse_and_name_their_outlet(pages_dir: Path) -> None:
    from lxml import html

    pages = html_pages(pages_dir)
    assert len(pages) == 6
    for path in pages:
        root = html.fromstring(read_html(path))
        assert root.xpath("//title"), path.name
        assert root.xpath("//meta[@property='og:site_name']/@content"), path.name
        assert root.xpath("//p"), path.name


def test_some_html_pages_have_no_published_time_meta(pages_dir: Path) -> None:
    from lxml import html

    def has_meta(path: Path) -> bool:
        root = html.fromstring(read_html(path))
        return bool(root.xpath("//meta[@property='article:published_time']"))

    flags = [has_meta(path) for path in html_pages(pages_dir)]
    assert any(flags) and not all(flags)


def test_gzipped_page_has_no_stored_name_and_zero_mtime(pages_dir: Path) -> None:
    (path,) = pages_dir.glob("*.html.gz")
    header = path.read_bytes()[:10]
    assert header[:2] == b"\x1f\x8b"
    assert header[3] & 0x08 == 0  # FNAME flag unset
    assert header[4:8] == b"\x00\x00\x00\x00"


def test_containers_rebuild_byte_for_byte_from_sources(
    tmp_path: Path, demo: Path, build_containers: ModuleType
) -> None:
    written = build_containers.build_all(tmp_path / "pages", tmp_path / "bad")
    assert len(written) == 9
    for path in written:
        committed = demo / path.parent.name / path.name
        assert committed.read_bytes() == path.read_bytes(), f"{committed} is stale: run demo/build_containers.py"


def test_empty_bad_input_is_empty(demo: Path) -> None:
    assert (demo / "bad" / "empty.txt").stat().st_size == 0


def test_binary_bad_input_is_a_png_image(demo: Path) -> None:
    data = (demo / "bad" / "photo-enregistree-comme-page.txt").read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")


def test_truncated_gzip_fails_to_decompress(demo: Path) -> None:
    with pytest.raises((EOFError, zlib.error)):
        gzip.decompress((demo / "bad" / "tronque.html.gz").read_bytes())


def test_jsonl_with_one_broken_line_keeps_two_good_pages(demo: Path, expected: dict[str, Any]) -> None:
    lines = (demo / "bad" / "export-une-ligne-cassee.jsonl").read_text(encoding="utf-8").splitlines()
    good, broken = [], []
    for number, line in enumerate(lines, start=1):
        try:
            good.append(json.loads(line))
        except json.JSONDecodeError:
            broken.append(number)
    assert len(good) == expected["bad"]["jsonl_valid_pages"]
    assert broken == [expected["bad"]["jsonl_bad_line"]]


def test_windows_1252_dump_is_not_utf8_but_decodes_with_its_accents(demo: Path, expected: dict[str, Any]) -> None:
    data = (demo / "bad" / "depeche-en-windows-1252.txt").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    assert expected["bad"]["windows_1252_sentence"] in data.decode("cp1252")


def test_every_bad_input_is_described_in_expected(demo: Path, expected: dict[str, Any]) -> None:
    assert {path.name for path in (demo / "bad").iterdir()} == set(expected["bad"]["files"])
