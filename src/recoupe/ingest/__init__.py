"""Ingestion: files, folders, globs and URLs become RawPage objects (or PageError, never an
exception that stops the batch).

Kinds are detected from content: text dumps, HTML (also gzipped), JSON Lines, WARC/WET and
RSS/Atom feeds; containers are unpacked into pages of kind ``dump`` or ``html``.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator

from recoupe.ingest.detect import KINDS, detect_kind
from recoupe.ingest.files import expand_inputs
from recoupe.ingest.http import PoliteClient, fetch_url
from recoupe.ingest.options import IngestOptions
from recoupe.ingest.route import pages_from_file, pages_from_url
from recoupe.types import PageError, RawPage

LOG = logging.getLogger(__name__)

__all__ = ["IngestOptions", "PoliteClient", "detect_kind", "fetch_url", "read_inputs"]


def read_inputs(
    inputs: Iterable[str],
    *,
    as_kind: str | None = None,
    timeout: float = 20.0,
    options: IngestOptions | None = None,
) -> Iterator[RawPage | PageError]:
    """Yield every page found in `inputs`, in order.

    `inputs` are files, folders (recursive, sorted, hidden files skipped), glob patterns and
    http(s) URLs. `as_kind` (dump, html, jsonl, warc, feed) overrides content detection.
    `timeout` is the read timeout for URLs; `options` sets the size cap and politeness.
    Whatever cannot be read is yielded as ``PageError(source, "ingest", reason)``.
    """
    if as_kind is not None and as_kind not in KINDS:
        raise ValueError(f"recoupe: unknown input kind {as_kind!r}; use one of {', '.join(KINDS)}")
    options = options or IngestOptions(timeout=timeout)
    client = PoliteClient(options)
    for item in expand_inputs([inputs] if isinstance(inputs, str) else list(inputs)):
        if item.error:
            yield PageError(item.source, "ingest", item.error)
        elif item.url:
            yield from _guarded(item.source, pages_from_url(item.url, client=client, as_kind=as_kind))
        elif item.path:
            yield from _guarded(item.source, pages_from_file(
                item.path, source=item.source, as_kind=as_kind, options=options))


def _guarded(source: str, pages: Iterator[RawPage | PageError]) -> Iterator[RawPage | PageError]:
    """Turn an unexpected exception into a PageError so the next input still runs."""
    try:
        yield from pages
    except Exception as error:  # the batch must go on whatever a reader does
        LOG.exception("unexpected error while reading %s", source)
        yield PageError(source, "ingest", f"unexpected error ({type(error).__name__}: {error}); "
                        "please report it with this file")
