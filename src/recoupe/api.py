"""The Python API: the same operations as the CLI, returning typed objects."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from recoupe.clean.page import clean_page
from recoupe.clean.templates import Template
from recoupe.ingest import read_inputs
from recoupe.nlp.models import DEFAULT_MODEL
from recoupe.pipeline import DEFAULT_DB, RunReport
from recoupe.pipeline import run as run_pipeline
from recoupe.store import Store
from recoupe.types import Article, Dossier, PageError, Story, article_id, from_json

__all__ = ["run", "clean", "annotate", "stories", "templates", "dossier", "dossier_from_inputs"]


def run(inputs: Iterable[str], *, db: str | Path = DEFAULT_DB, out: str | Path | None = "dossiers",
        workers: int = 1, model: str = DEFAULT_MODEL, as_kind: str | None = None,
        progress: bool = False) -> RunReport:
    """The whole pipeline (`recoupe run`); `progress` shows it on stderr."""
    return run_pipeline(inputs, db=db, out=out, workers=workers, model=model, as_kind=as_kind,
                        progress=progress)


def clean(inputs: Iterable[str], *, as_kind: str | None = None) -> Iterator[Article | PageError]:
    """Clean pages (`recoupe clean`): one Article or PageError per page, in input order."""
    for item in read_inputs(list(inputs), as_kind=as_kind):
        yield item if isinstance(item, PageError) else clean_page(item)


def annotate(inputs: Iterable[str], *, as_kind: str | None = None, model: str = DEFAULT_MODEL,
             canonical: bool = True) -> list[Article | PageError]:
    """Clean and annotate pages (`recoupe annotate`); entity names are canonical across the inputs."""
    from recoupe.nlp.annotate import annotate_articles
    from recoupe.nlp.entities import canonicalize

    cleaned = list(clean(inputs, as_kind=as_kind))
    articles = [item for item in cleaned if isinstance(item, Article)]
    annotated = iter(annotate_articles(articles, model=model))
    results = [item if isinstance(item, PageError) else next(annotated) for item in cleaned]
    if canonical:
        canonicalize([item for item in results if isinstance(item, Article)])
    return results


def stories(*, db: str | Path = DEFAULT_DB) -> list[Story]:
    """Stories in the store (`recoupe stories`)."""
    with Store(db) as store:
        return store.stories()


def templates(*, db: str | Path = DEFAULT_DB, outlet: str | None = None) -> list[Template]:
    """The outlets' learned templates, with their lines (`recoupe templates`)."""
    with Store(db) as store:
        return store.templates(outlet)


def dossier(story_id: str, *, db: str | Path = DEFAULT_DB) -> Dossier | None:
    """A stored story's dossier (`recoupe dossier STORY_ID`), or None if there is no such story."""
    with Store(db) as store:
        data = store.dossier_data(story_id)
    return from_json(Dossier, data) if data else None


def dossier_from_inputs(inputs: Iterable[str], *, as_kind: str | None = None,
                        model: str = DEFAULT_MODEL) -> tuple[Dossier | None, list[PageError]]:
    """One dossier treating all inputs as one story (`recoupe dossier --articles`), no store."""
    from recoupe.corpus import find_sources
    from recoupe.stories.dossier import build_dossier

    results = annotate(inputs, as_kind=as_kind, model=model)
    errors = [item for item in results if isinstance(item, PageError)]
    articles = _unique([item for item in results if isinstance(item, Article)])
    if not articles:
        return None, errors
    dates = sorted(a.published_value[:10] for a in articles if a.published_value)
    story = Story(
        id="s-" + article_id("".join(a.id for a in articles), "inputs")[:8],
        title=articles[0].title or "", article_ids=[a.id for a in articles],
        first=dates[0] if dates else None, last=dates[-1] if dates else None,
    )
    built = build_dossier(story, articles, find_sources(articles))
    built.story.flags = len(built.flags)
    return built, errors


def _unique(articles: list[Article]) -> list[Article]:
    seen: dict[str, Article] = {}
    for article in articles:
        seen.setdefault(article.id, article)
    return list(seen.values())
