"""Fixtures for the demo corpus tests: expected.json, and the text of any page, container members included."""

from __future__ import annotations

import functools
import gzip
import importlib.util
import json
import re
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

FOLDED = str.maketrans({"\u2019": "'", "\u00a0": " ", "\u202f": " "})
MEMBER_SEPARATOR = "#"


def fold(text: str) -> str:
    """Fold typographic apostrophes and no-break spaces, collapse whitespace."""
    return re.sub(r"\s+", " ", text.translate(FOLDED)).strip()


def html_text(markup: str) -> str:
    """All text of an HTML document or fragment, one space between text nodes."""
    from lxml import html

    return " ".join(html.fromstring(markup).itertext())


def jsonl_member(path: Path, member: str) -> str:
    """The page text of the JSONL line whose `id` is `member`."""
    for line in path.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        if record["id"] == member:
            return record["text"] if "text" in record else html_text(record["html"])
    raise KeyError(f"{path.name}: no line with id {member!r}")


def warc_member(path: Path, member: str) -> str:
    """The page text of the WARC record whose WARC-Target-URI is `member`."""
    from warcio.archiveiterator import ArchiveIterator

    with path.open("rb") as handle:
        for record in ArchiveIterator(handle):
            if record.rec_headers.get_header("WARC-Target-URI") != member:
                continue
            body = record.content_stream().read().decode("utf-8")
            return html_text(body) if record.rec_type == "response" else body
    raise KeyError(f"{path.name}: no record for {member!r}")


def feed_member(path: Path, member: str) -> str:
    """The page text of the feed item whose guid is `member`."""
    import feedparser

    for entry in feedparser.parse(str(path)).entries:
        if entry.id == member:
            return html_text(entry.content[0].value)
    raise KeyError(f"{path.name}: no item with guid {member!r}")


def read_page(pages_dir: Path, key: str) -> str:
    """Raw text of a page named `FILE` or `CONTAINER#MEMBER` in expected.json (markup removed)."""
    name, _, member = key.partition(MEMBER_SEPARATOR)
    path = pages_dir / name
    if member and name.endswith(".jsonl"):
        return jsonl_member(path, member)
    if member and name.endswith(".warc.gz"):
        return warc_member(path, member)
    if member:
        return feed_member(path, member)
    if name.endswith(".html.gz"):
        return html_text(gzip.decompress(path.read_bytes()).decode("utf-8"))
    if name.endswith(".html"):
        return html_text(path.read_text(encoding="utf-8"))
    return path.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def pages_dir(demo: Path) -> Path:
    return demo / "pages"


@pytest.fixture(scope="session")
def expected(demo: Path) -> dict[str, Any]:
    return json.loads((demo / "expected.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def page_text(pages_dir: Path) -> Callable[[str], str]:
    """`page_text(key)`: the raw text of one demo page (cached for the session)."""
    return functools.lru_cache(maxsize=None)(functools.partial(read_page, pages_dir))


@pytest.fixture(scope="session")
def folded_text(page_text: Callable[[str], str]) -> Callable[[str], str]:
    """`folded_text(key)`: the page text with apostrophes and whitespace folded."""
    return functools.lru_cache(maxsize=None)(lambda key: fold(page_text(key)))


@pytest.fixture(scope="session")
def build_containers(demo: Path) -> ModuleType:
    """The demo/build_containers.py script, imported as a module."""
    spec = importlib.util.spec_from_file_location("recoupe_demo_build_containers", demo / "build_containers.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while building the class
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def fold_text() -> Callable[[str], str]:
    """The folding used to compare expected strings with page texts."""
    return fold
