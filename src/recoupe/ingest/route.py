"""Route one input (file or URL) to the reader of its kind."""

from __future__ import annotations

import gzip
import io
import logging
import zlib
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

from recoupe.ingest.decode import decode_bytes
from recoupe.ingest.detect import binary_description, describe_head, detect_kind
from recoupe.ingest.feeds import pages_from_feed
from recoupe.ingest.files import ReadError, is_gzip, read_all, read_head
from recoupe.ingest.http import FetchError, Fetched, PoliteClient
from recoupe.ingest.jsonl import pages_from_jsonl
from recoupe.ingest.options import IngestOptions
from recoupe.ingest.warc import pages_from_warc
from recoupe.meta.outlet import outlet_from_url
from recoupe.types import PageError, RawPage

LOG = logging.getLogger(__name__)

Pages = Iterator[RawPage | PageError]

READABLE_KINDS = "text dumps, HTML, JSON Lines, WARC and RSS/Atom feeds"
_HTML_MEDIA = ("text/html", "application/xhtml+xml")
_FEED_MEDIA = ("application/rss+xml", "application/atom+xml", "application/rdf+xml")
_XML_MEDIA = ("application/xml", "text/xml")
_TEXT_MEDIA = ("text/plain",)


def pages_from_file(path: Path, *, source: str, as_kind: str | None, options: IngestOptions) -> Pages:
    """Read one local file: detect its kind, then unpack or decode it."""
    try:
        head = read_head(path)
    except ReadError as error:
        yield PageError(source, "ingest", str(error))
        return
    if not head.strip():
        yield PageError(source, "ingest", "empty file; nothing to read")
        return
    kind = as_kind or detect_kind(head, path.name)
    binary = binary_description(head) if kind != "warc" else None
    if binary:
        yield PageError(source, "ingest", f"binary file (looks like {binary}), not a text page; "
                        f"recoupe reads {READABLE_KINDS}")
    elif kind == "warc":
        yield from _warc_file(path, source=source, options=options, head=head)
    elif kind == "jsonl":
        yield from _jsonl_file(path, source=source, options=options)
    else:
        yield from _whole_file(path, source=source, kind=kind, options=options)


def _warc_file(path: Path, *, source: str, options: IngestOptions, head: bytes) -> Pages:
    """Stream a (gzipped) WARC file; warcio handles per-record gzip."""
    with path.open("rb") as stream:
        yield from pages_from_warc(stream, source=source, options=options,
                                   head_hint=describe_head(head))


def _jsonl_file(path: Path, *, source: str, options: IngestOptions) -> Pages:
    """Stream a (gzipped) JSON Lines file line by line."""
    opener = gzip.open if is_gzip(path) else open
    try:
        with opener(path, "rb") as stream:
            yield from pages_from_jsonl(stream, source=source, options=options)
    except (EOFError, gzip.BadGzipFile, zlib.error) as error:
        yield PageError(source, "ingest", f"truncated or corrupt gzip file ({error}); the lines "
                        "before the damage were read; download or compress it again")


def _whole_file(path: Path, *, source: str, kind: str, options: IngestOptions) -> Pages:
    """A file that holds one page (dump or HTML) or one feed."""
    try:
        data = read_all(path, max_bytes=options.max_page_bytes)
    except ReadError as error:
        yield PageError(source, "ingest", str(error))
        return
    yield from pages_from_bytes(data, source=source, kind=kind, options=options)


def pages_from_bytes(data: bytes, *, source: str, kind: str, charset: str | None = None,
                     url: str | None = None, fetched_at: str | None = None,
                     container: str | None = None, options: IngestOptions | None = None) -> Pages:
    """Pages from bytes of a known kind (``dump``, ``html``, ``feed``, ``jsonl``, ``warc``)."""
    if kind == "feed":
        yield from pages_from_feed(data, source=source, charset=charset, fetched_at=fetched_at)
        return
    if kind not in ("dump", "html"):
        yield from _container_bytes(data, source=source, kind=kind, options=options or IngestOptions())
        return
    decoded = decode_bytes(data, declared=charset)
    if decoded.note:
        LOG.warning("%s: %s", source, decoded.note)
    if not decoded.text.strip():
        yield PageError(source, "ingest", "no text after decoding; nothing to read")
        return
    yield RawPage(source=source, kind=kind, text=decoded.text, url=url, outlet=outlet_from_url(url),
                  fetched_at=fetched_at, container=container)


def _container_bytes(data: bytes, *, source: str, kind: str, options: IngestOptions) -> Pages:
    """JSON Lines or WARC held in memory (from a URL)."""
    if kind == "jsonl":
        yield from pages_from_jsonl(io.BytesIO(data), source=source, options=options)
    else:
        yield from pages_from_warc(io.BytesIO(data), source=source, options=options,
                                   head_hint=describe_head(data))


def pages_from_url(url: str, *, client: PoliteClient, as_kind: str | None) -> Pages:
    """Fetch a URL; its content type (then its content) decides html, dump or feed."""
    try:
        fetched = client.fetch(url)
    except FetchError as error:
        yield PageError(url, "ingest", f"cannot fetch: {error}")
        return
    if not fetched.data.strip():
        yield PageError(url, "ingest", "the server sent an empty page; nothing to read")
        return
    kind = as_kind or _kind_of_answer(fetched)
    if kind is None:
        yield PageError(url, "ingest", f"the URL returned {fetched.media_type or 'binary data'}, "
                        f"not a text page; recoupe reads {READABLE_KINDS}")
        return
    yield from pages_from_bytes(fetched.data, source=url, kind=kind, charset=fetched.charset,
                                url=fetched.url, fetched_at=fetched.fetched_at, container="url",
                                options=client.options)


def _kind_of_answer(fetched: Fetched) -> str | None:
    """Kind from the media type, checked against the content; None for binary answers."""
    media = fetched.media_type
    if binary_description(fetched.data):
        return None
    sniffed = detect_kind(fetched.data, urlsplit(fetched.url).path)
    if media.startswith(_FEED_MEDIA) or (media.startswith(_XML_MEDIA) and sniffed == "feed"):
        return "feed"
    if media.startswith(_HTML_MEDIA):
        return "html" if sniffed != "feed" else "feed"
    if media.startswith(_TEXT_MEDIA):
        return "html" if sniffed == "html" else "dump"
    if media.startswith(("image/", "audio/", "video/", "font/")) or media == "application/pdf":
        return None
    return sniffed

