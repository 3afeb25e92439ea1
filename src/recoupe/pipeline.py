"""The whole job: inputs → store → stories → dossiers on disk."""

from __future__ import annotations

import logging
import time
from contextlib import contextmanager
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from recoupe.corpus import update_corpus
from recoupe.ingest import read_inputs
from recoupe.nlp.models import DEFAULT_MODEL
from recoupe.outlets import TemplateLearner, reapply_templates
from recoupe.progress import track
from recoupe.outputs import write_dossiers
from recoupe.runners.local import PageOutcome, run_pages
from recoupe.store import Store
from recoupe.types import PageError, RawPage

LOG = logging.getLogger(__name__)

EXIT_OK, EXIT_FAILED, EXIT_PARTIAL = 0, 1, 2
DEFAULT_DB = "recoupe.db"
DEFAULT_OUT = "dossiers"


@dataclass(slots=True)
class RunReport:
    """What a run did: counts, failures with reasons, stories touched, files written."""

    run_id: int
    pages: int = 0
    added: int = 0
    known: int = 0
    retouched: list[str] = field(default_factory=list)  # stored articles an outlet template changed
    failures: list[PageError] = field(default_factory=list)
    stories: list[str] = field(default_factory=list)
    outputs: list[Path] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)  # wall time per stage

    @property
    def exit_code(self) -> int:
        return exit_status(failed=len(self.failures), succeeded=self.added + self.known)


def exit_status(*, failed: int, succeeded: int) -> int:
    """0 when nothing failed, 2 when some pages failed and others went through, 1 when none did."""
    if not failed:
        return EXIT_OK
    return EXIT_PARTIAL if succeeded else EXIT_FAILED


def run(
    inputs: Iterable[str], *, db: str | Path = DEFAULT_DB, out: str | Path | None = DEFAULT_OUT,
    workers: int = 1, model: str = DEFAULT_MODEL, as_kind: str | None = None,
    formats: tuple[str, ...] = ("json", "md", "html"), progress: bool = False,
) -> RunReport:
    """Ingest, clean and annotate new pages, update lineage and stories, write dossiers."""
    inputs = list(inputs)
    with Store(db) as store:
        report = RunReport(run_id=store.start_run(inputs))
        learner = TemplateLearner(store)
        with _timed(report, "pages"):
            ingest_into(store, inputs, report, workers=workers, model=model, as_kind=as_kind,
                        progress=progress, learn=learner)
        with _timed(report, "templates"):
            report.retouched = _reapply(store, learner, report, model=model)
        with _timed(report, "corpus"):
            if report.added or report.retouched or not store.stories():
                report.stories = update_corpus(store, progress=progress, refresh=set(report.retouched))
        with _timed(report, "files"):
            if out is not None:
                report.outputs = write_dossiers(store, Path(out), formats=formats)
        store.finish_run(report.run_id, pages=report.pages, added=report.added, failures=len(report.failures))
    return report


@contextmanager
def _timed(report: RunReport, stage: str) -> Iterator[None]:
    started = time.perf_counter()
    yield
    report.seconds[stage] = round(time.perf_counter() - started, 3)


def ingest_into(store: Store, inputs: list[str], report: RunReport, *, workers: int, model: str,
                as_kind: str | None, progress: bool, learn: TemplateLearner | None = None) -> None:
    """Per-page stages: read, clean, outlet templates, annotate, store; failures recorded, the batch goes on."""
    known = frozenset(row[0] for row in store.db.execute("SELECT id FROM articles"))
    pages = _pages_only(read_inputs(inputs, as_kind=as_kind), store, report)
    outcomes = run_pages(pages, workers=workers, known=known, model=model, learn=learn)
    for outcome in track(outcomes, label="pages", enabled=progress):
        _store_outcome(store, outcome, report)


def _pages_only(items: Iterable[RawPage | PageError], store: Store, report: RunReport) -> Iterator[RawPage]:
    for item in items:
        report.pages += 1
        if isinstance(item, PageError):
            _fail(store, item, report)
        else:
            yield item


def _store_outcome(store: Store, outcome: PageOutcome, report: RunReport) -> None:
    if outcome.error is not None:
        _fail(store, outcome.error, report)
    elif outcome.known or outcome.article is None:
        report.known += 1
    elif store.add_article(outcome.page, outcome.article, lines=outcome.lines):
        report.added += 1
    else:
        report.known += 1


def _reapply(store: Store, learner: TemplateLearner, report: RunReport, *, model: str) -> list[str]:
    """Outlet templates that grew during the run, applied to the outlets' earlier articles."""
    changed, errors = reapply_templates(store, learner.changed, learner.templates, model=model)
    for error in errors:
        _fail(store, error, report)
    return changed


def _fail(store: Store, error: PageError, report: RunReport) -> None:
    LOG.warning("%s: %s (%s)", error.source, error.reason, error.stage)
    report.failures.append(error)
    store.add_failure(error, run_id=report.run_id)
