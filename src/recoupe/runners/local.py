"""Per-page stages (clean, annotate) run over local worker processes.

Each worker loads spaCy once (through the cached loader) and handles chunks of pages; pages
whose article is already stored are cleaned (their id depends on the clean text) but not
annotated again.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from itertools import islice

from recoupe.clean.page import clean_page
from recoupe.nlp.annotate import annotate_articles
from recoupe.nlp.models import DEFAULT_MODEL
from recoupe.types import Article, PageError, RawPage

LOG = logging.getLogger(__name__)


@dataclass(slots=True)
class PageOutcome:
    """What happened to one page: a new article, an already stored one, or an error."""

    page: RawPage
    article: Article | None = None
    error: PageError | None = None
    known: bool = False


_KNOWN: frozenset[str] = frozenset()
_MODEL: str = DEFAULT_MODEL


def _init_worker(known: frozenset[str], model: str) -> None:
    global _KNOWN, _MODEL
    _KNOWN, _MODEL = known, model


def process_chunk(pages: list[RawPage], *, known: frozenset[str] | None = None,
                  model: str | None = None) -> list[PageOutcome]:
    """Clean then annotate a chunk of pages (in this process)."""
    known = _KNOWN if known is None else known
    outcomes = [_clean(page, known) for page in pages]
    fresh = [o for o in outcomes if o.article is not None and not o.known]
    annotated = annotate_articles([o.article for o in fresh], model=model or _MODEL)
    for outcome, result in zip(fresh, annotated):
        if isinstance(result, PageError):
            outcome.article, outcome.error = None, result
        else:
            outcome.article = result
    return outcomes


def _clean(page: RawPage, known: frozenset[str]) -> PageOutcome:
    result = clean_page(page)
    if isinstance(result, PageError):
        return PageOutcome(page, error=result)
    return PageOutcome(page, article=result, known=result.id in known)


def run_pages(
    pages: Iterable[RawPage], *, workers: int = 1, known: frozenset[str] = frozenset(),
    model: str = DEFAULT_MODEL, chunk_size: int = 16,
) -> Iterator[PageOutcome]:
    """Process pages over `workers` processes, yielding outcomes in input order."""
    chunks = _chunked(pages, chunk_size)
    if workers <= 1:
        for chunk in chunks:
            yield from process_chunk(chunk, known=known, model=model)
        return
    with ProcessPoolExecutor(workers, initializer=_init_worker, initargs=(known, model)) as pool:
        pending: list[tuple[list[RawPage], Future[list[PageOutcome]]]] = []
        for chunk in chunks:
            pending.append((chunk, pool.submit(process_chunk, chunk)))
            if len(pending) >= workers * 2:  # bounded look-ahead keeps memory flat
                yield from _collect(*pending.pop(0))
        for chunk, future in pending:
            yield from _collect(chunk, future)


def _collect(chunk: list[RawPage], future: Future[list[PageOutcome]]) -> list[PageOutcome]:
    """The chunk's outcomes; a worker that died turns its pages into errors, not a crash."""
    try:
        return future.result()
    except Exception as error:
        LOG.error("worker failed on a chunk of %d pages: %s", len(chunk), error)
        reason = f"worker process failed: {type(error).__name__}: {error}"
        return [PageOutcome(page, error=PageError(page.source, "process", reason)) for page in chunk]


def _chunked(items: Iterable[RawPage], size: int) -> Iterator[list[RawPage]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk
