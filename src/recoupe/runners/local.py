"""Per-page stages (clean, outlet templates, annotate) run over local worker processes.

Pages go through in windows. Workers clean a window's pages; the main process learns the outlets'
templates from them (through the `learn` callback) and removes template lines; workers then
annotate the new articles. Each worker loads spaCy once (through the cached loader). Pages whose
article is already stored are cleaned (their id depends on the clean text) but not annotated again.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Executor, ProcessPoolExecutor
from contextlib import nullcontext
from dataclasses import dataclass
from itertools import islice
from typing import TypeVar

from recoupe.clean.page import apply_outlet_template, clean_page_lines
from recoupe.clean.templates import PageLines, TemplateKeys
from recoupe.nlp.annotate import annotate_articles
from recoupe.nlp.models import DEFAULT_MODEL
from recoupe.types import Article, PageError, RawPage

LOG = logging.getLogger(__name__)

WINDOW = 512  # pages cleaned before templates are learned and the window is annotated
T = TypeVar("T")


@dataclass(slots=True)
class PageOutcome:
    """What happened to one page: a new article, an already stored one, or an error."""

    page: RawPage
    article: Article | None = None
    error: PageError | None = None
    known: bool = False
    lines: PageLines | None = None  # the page's visible lines, for outlet templates

    @property
    def fresh(self) -> bool:
        return self.article is not None and not self.known


Learner = Callable[[Sequence[PageOutcome]], Mapping[str, TemplateKeys]]

_KNOWN: frozenset[str] = frozenset()
_MODEL: str = DEFAULT_MODEL


def _init_worker(known: frozenset[str], model: str) -> None:
    global _KNOWN, _MODEL
    _KNOWN, _MODEL = known, model


def clean_chunk(pages: list[RawPage], *, known: frozenset[str] | None = None) -> list[PageOutcome]:
    """Clean a chunk of pages (in this process)."""
    known = _KNOWN if known is None else known
    outcomes = []
    for page in pages:
        result, lines = clean_page_lines(page)
        if isinstance(result, PageError):
            outcomes.append(PageOutcome(page, error=result))
        else:
            outcomes.append(PageOutcome(page, article=result, known=result.id in known, lines=lines))
    return outcomes


def annotate_chunk(articles: list[Article], *, model: str | None = None) -> list[Article | PageError]:
    """Annotate a chunk of articles (in this process)."""
    return annotate_articles(articles, model=model or _MODEL)


def run_pages(
    pages: Iterable[RawPage], *, workers: int = 1, known: frozenset[str] = frozenset(),
    model: str = DEFAULT_MODEL, chunk_size: int = 16, learn: Learner | None = None, window: int = WINDOW,
) -> Iterator[PageOutcome]:
    """Process pages over `workers` processes, yielding outcomes in input order."""
    pool = ProcessPoolExecutor(workers, initializer=_init_worker, initargs=(known, model)) if workers > 1 else None
    with pool or nullcontext():
        for batch in _chunked(pages, window):
            outcomes: list[PageOutcome] = []
            for chunk, result in _map(pool, clean_chunk, _chunked(batch, chunk_size), known=known):
                outcomes.extend(result if isinstance(result, list) else
                                [PageOutcome(page, error=_lost(page.source, result)) for page in chunk])
            _apply_templates(outcomes, learn(outcomes) if learn else {})
            _annotate(outcomes, pool, model=model, chunk_size=chunk_size)
            yield from outcomes


def _apply_templates(outcomes: Sequence[PageOutcome], templates: Mapping[str, TemplateKeys]) -> None:
    """Remove each new article's outlet template lines (ids do not change)."""
    for outcome in outcomes:
        keys = templates.get(outcome.article.outlet or "") if outcome.fresh else None
        if keys and apply_outlet_template(outcome.article, keys):
            LOG.debug("outlet template lines removed from %s", outcome.page.source)


def _annotate(outcomes: Sequence[PageOutcome], pool: Executor | None, *, model: str, chunk_size: int) -> None:
    """Annotate the new articles; a failed one turns its outcome into an error."""
    chunks = list(_chunked((outcome for outcome in outcomes if outcome.fresh), chunk_size))
    articles = ([outcome.article for outcome in chunk] for chunk in chunks)
    for chunk, (_, result) in zip(chunks, _map(pool, annotate_chunk, articles, model=model)):
        for position, outcome in enumerate(chunk):
            item = result[position] if isinstance(result, list) else _lost(outcome.page.source, result)
            if isinstance(item, PageError):
                outcome.article, outcome.error = None, item
            else:
                outcome.article = item


def _lost(source: str, error: BaseException) -> PageError:
    """The error of a page whose worker died."""
    return PageError(source, "process", f"worker process failed: {type(error).__name__}: {error}")


def _map(pool: Executor | None, function: Callable[..., list], chunks: Iterable[list],
         **options: object) -> Iterator[tuple[list, list | BaseException]]:
    """Each chunk with its results, or with the exception that lost it (a dead worker is no crash).

    Local calls get `options`; worker processes already hold them (set by the pool initializer).
    """
    if pool is None:
        for chunk in chunks:
            yield chunk, function(chunk, **options)
        return
    pending = [(chunk, pool.submit(function, chunk)) for chunk in chunks]
    for chunk, future in pending:
        try:
            yield chunk, future.result()
        except Exception as error:
            LOG.error("worker failed on a chunk of %d items: %s", len(chunk), error)
            yield chunk, error


def _chunked(items: Iterable[T], size: int) -> Iterator[list[T]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk
