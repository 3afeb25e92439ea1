"""Local inputs: expand files, folders and globs; read bytes with gunzip and a size cap."""

from __future__ import annotations

import glob
import gzip
import logging
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from recoupe.ingest.detect import GZIP_MAGIC, HEAD_BYTES
from recoupe.ingest.options import size_label

LOG = logging.getLogger(__name__)

_GLOB_CHARACTERS = frozenset("*?[")
# A folder's own documentation is not a page: skipped when walking folders (still read if named).
FOLDER_DOC_STEMS = frozenset({"README", "LICENSE", "LICENCE", "COPYING", "CHANGELOG", "NOTICE"})


@dataclass(slots=True)
class Expanded:
    """One input after expansion: a file path, a URL, or a reason it yields nothing."""

    source: str
    path: Path | None = None
    url: str | None = None
    error: str | None = None


class ReadError(Exception):
    """A file whose bytes cannot be read; the message is one readable line."""


def is_url(text: str) -> bool:
    """True for http(s) URLs."""
    return text.lower().startswith(("http://", "https://"))


def expand_inputs(inputs: list[str]) -> Iterator[Expanded]:
    """Files, folders (recursive, sorted, hidden files skipped), globs and URLs, in order."""
    for item in inputs:
        if is_url(item):
            yield Expanded(item, url=item)
        elif Path(item).is_dir():
            yield from _folder_files(Path(item))
        elif Path(item).is_file():
            yield Expanded(item, path=Path(item))
        elif _GLOB_CHARACTERS & set(item):
            yield from _glob_files(item)
        else:
            yield Expanded(item, error="no such file, folder or URL; check the path")


def _folder_files(folder: Path) -> Iterator[Expanded]:
    """Every visible file under `folder`, sorted."""
    files = sorted(p for p in folder.rglob("*") if p.is_file() and not _is_hidden(p, folder))
    docs = [p for p in files if p.name.split(".", 1)[0].upper() in FOLDER_DOC_STEMS]
    if docs:
        LOG.info("skipping the folder's documentation files: %s", ", ".join(p.name for p in docs))
        files = [p for p in files if p not in docs]
    if not files:
        yield Expanded(str(folder), error="folder holds no visible files")
    for path in files:
        yield Expanded(str(path), path=path)


def _glob_files(pattern: str) -> Iterator[Expanded]:
    """Files matching a glob pattern, sorted, hidden files skipped."""
    matches = sorted(Path(p) for p in glob.glob(pattern, recursive=True))
    files = [p for p in matches if p.is_file() and not p.name.startswith(".")]
    if not files:
        yield Expanded(pattern, error="the pattern matches no file")
    for path in files:
        yield Expanded(str(path), path=path)


def _is_hidden(path: Path, root: Path) -> bool:
    """True when any part of `path` below `root` starts with a dot."""
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def is_gzip(path: Path) -> bool:
    """True when the file starts with the gzip magic number."""
    with path.open("rb") as handle:
        return handle.read(2) == GZIP_MAGIC


def read_head(path: Path) -> bytes:
    """The first bytes of the file's content (decompressed when gzipped)."""
    try:
        if is_gzip(path):
            with gzip.open(path, "rb") as handle:
                return handle.read(HEAD_BYTES)
        with path.open("rb") as handle:
            return handle.read(HEAD_BYTES)
    except (EOFError, gzip.BadGzipFile, zlib.error) as error:
        raise ReadError(_gzip_message(error)) from error
    except OSError as error:
        raise ReadError(f"cannot read the file: {error.strerror or error}") from error


def read_all(path: Path, *, max_bytes: int) -> bytes:
    """The whole content (decompressed when gzipped), refusing more than `max_bytes`."""
    try:
        if is_gzip(path):
            with gzip.open(path, "rb") as handle:
                data = handle.read(max_bytes + 1)
        else:
            with path.open("rb") as handle:
                data = handle.read(max_bytes + 1)
    except (EOFError, gzip.BadGzipFile, zlib.error) as error:
        raise ReadError(_gzip_message(error)) from error
    except OSError as error:
        raise ReadError(f"cannot read the file: {error.strerror or error}") from error
    if len(data) > max_bytes:
        raise ReadError(
            f"page is larger than the {size_label(max_bytes)} cap; "
            "split it or raise the cap (max_page_bytes)"
        )
    return data


def _gzip_message(error: Exception) -> str:
    """One line for a broken gzip stream."""
    return f"truncated or corrupt gzip file ({error}); download or compress it again"
