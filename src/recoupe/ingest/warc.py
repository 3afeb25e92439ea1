"""WARC files (also gzipped): HTML ``response`` records become html pages, WET ``conversion``
records become dump pages."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import BinaryIO

from recoupe.ingest.decode import decode_bytes
from recoupe.ingest.detect import binary_description
from recoupe.ingest.options import IngestOptions, size_label
from recoupe.meta.outlet import outlet_from_url
from recoupe.types import PageError, RawPage

LOG = logging.getLogger(__name__)

_HTML_TYPES = ("text/html", "application/xhtml+xml")
_TEXT_TYPES = ("text/plain",)


def pages_from_warc(
    stream: BinaryIO, *, source: str, options: IngestOptions, head_hint: str
) -> Iterator[RawPage | PageError]:
    """Pages from the records of a WARC stream; a broken record ends the file with a PageError."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    pages = records = 0
    try:
        for number, record in enumerate(ArchiveIterator(stream), start=1):
            records += 1
            page = _page_from_record(record, where=f"{source}#{number}", options=options)
            if page is not None:
                pages += 1
                yield page
    except ArchiveLoadFailed as error:
        yield PageError(source, "ingest", _load_failure(error, records, head_hint))
        return
    except (EOFError, OSError, ValueError) as error:
        yield PageError(source, "ingest", f"WARC file is truncated or corrupt after record "
                        f"{records} ({error}); the records before it were read")
        return
    if records and not pages:
        yield PageError(source, "ingest", f"none of the {records} WARC records is an HTML "
                        "response or a WET text conversion; nothing to read")


def _load_failure(error: Exception, records: int, head_hint: str) -> str:
    """Why warcio refused the stream, with what to do."""
    if records == 0:
        hint = f" (first bytes {head_hint})" if head_hint else ""
        fix = "; pass it as --as html" if "HTML" in head_hint else ""
        return f"not a WARC file{hint}{fix}"
    return f"WARC file is corrupt after record {records} ({error}); the records before it were read"


def _page_from_record(record, *, where: str, options: IngestOptions) -> RawPage | PageError | None:
    """The page a record holds, or None for records that are not pages (requests, metadata)."""
    kind = record.rec_type
    if kind not in ("response", "conversion", "resource"):
        return None
    url = record.rec_headers.get_header("WARC-Target-URI")
    content_type, charset, status = _content_type(record)
    if kind == "response" and status is not None and not 200 <= status < 300:
        LOG.debug("%s: skipped HTTP %s response for %s", where, status, url)
        return None
    page_kind = "dump" if kind == "conversion" or content_type.startswith(_TEXT_TYPES) else None
    if page_kind is None and content_type.startswith(_HTML_TYPES):
        page_kind = "html"
    if page_kind is None:
        LOG.debug("%s: skipped %s record of type %r", where, kind, content_type)
        return None
    data = record.content_stream().read(options.max_page_bytes + 1)
    return _page(data, where=where, url=url, kind=page_kind, charset=charset, record=record,
                 options=options)


def _page(data: bytes, *, where: str, url: str | None, kind: str, charset: str | None, record,
          options: IngestOptions) -> RawPage | PageError:
    """Decode a record's payload into a RawPage."""
    if len(data) > options.max_page_bytes:
        return PageError(where, "ingest", f"record is larger than the "
                         f"{size_label(options.max_page_bytes)} cap; raise the cap to read it")
    binary = binary_description(data)
    if binary:
        return PageError(where, "ingest", f"record content is {binary}, not a text page")
    decoded = decode_bytes(data, declared=charset)
    if decoded.note:
        LOG.info("%s: %s", where, decoded.note)
    return RawPage(source=where, kind=kind, text=decoded.text, url=url, outlet=outlet_from_url(url),
                   fetched_at=record.rec_headers.get_header("WARC-Date"), container="warc")


def _content_type(record) -> tuple[str, str | None, int | None]:
    """(media type, charset, HTTP status) of a record's payload."""
    status = None
    if record.http_headers is not None:
        header = record.http_headers.get_header("Content-Type") or ""
        try:
            status = int(record.http_headers.get_statuscode() or 0) or None
        except ValueError:
            status = None
    else:
        header = record.rec_headers.get_header("Content-Type") or ""
    media_type, _, parameters = header.partition(";")
    charset = None
    for parameter in parameters.split(";"):
        name, _, value = parameter.partition("=")
        if name.strip().lower() == "charset":
            charset = value.strip().strip("\"'") or None
    return media_type.strip().lower(), charset, status
