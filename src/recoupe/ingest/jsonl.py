"""JSON Lines: one page per line with ``id``, ``url``, ``outlet``, ``title``, ``published``
and ``text`` (a dump) or ``html``."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Iterator

from recoupe.ingest.decode import decode_bytes
from recoupe.ingest.options import IngestOptions, size_label
from recoupe.types import PageError, RawPage

LOG = logging.getLogger(__name__)

_STRING_FIELDS = ("url", "outlet", "title", "published", "fetched_at")


def pages_from_jsonl(
    lines: Iterable[bytes], *, source: str, options: IngestOptions
) -> Iterator[RawPage | PageError]:
    """A page per non-empty line; a bad line yields a PageError naming it and the rest go on."""
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        where = f"{source}#{number}"
        if len(raw) > options.max_page_bytes:
            yield PageError(where, "ingest", f"line {number} is larger than the "
                            f"{size_label(options.max_page_bytes)} cap; split it or raise the cap")
            continue
        yield page_from_json_line(raw, where=where, number=number)


def page_from_json_line(raw: bytes, *, where: str, number: int) -> RawPage | PageError:
    """One JSON object → RawPage, or the reason it is not a page."""
    line = decode_bytes(raw).text
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        return PageError(where, "ingest", f"line {number} is not valid JSON ({error.msg} at column "
                         f"{error.colno}); fix or remove that line")
    if not isinstance(record, dict):
        return PageError(where, "ingest", f"line {number} is JSON but not an object; each line "
                         "must be one page like {\"url\": ..., \"text\": ...}")
    return _page_from_record(record, where=where, number=number)


def _page_from_record(record: dict, *, where: str, number: int) -> RawPage | PageError:
    """Map the record's fields onto a RawPage."""
    html, text = record.get("html"), record.get("text")
    body, kind = (html, "html") if _non_empty(html) else (text, "dump")
    if not _non_empty(body):
        return PageError(where, "ingest", f"line {number} has no \"text\" or \"html\" field "
                         "with content; add one of them")
    fields = {name: _as_text(record.get(name)) for name in _STRING_FIELDS}
    identifier = _as_text(record.get("id"))
    return RawPage(source=where, kind=kind, text=_normalise_newlines(body), container="jsonl",
                   external_id=identifier, **fields)


def _non_empty(value: object) -> bool:
    """True for a string with visible characters."""
    return isinstance(value, str) and bool(value.strip())


def _as_text(value: object) -> str | None:
    """Field value as a string (numbers too), None when absent or empty."""
    if value is None or isinstance(value, (dict, list)):
        return None
    text = str(value).strip()
    return text or None


def _normalise_newlines(text: str) -> str:
    """CRLF and CR become LF."""
    return text.replace("\r\n", "\n").replace("\r", "\n")
