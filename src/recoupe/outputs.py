"""Dossier files on disk: one JSON, Markdown and HTML file per story, plus an index."""

from __future__ import annotations

import json
import logging
from pathlib import Path

from recoupe.store import Store
from recoupe.types import Dossier, from_json, to_json

LOG = logging.getLogger(__name__)

EXTENSIONS = {"json": "json", "md": "md", "html": "html"}


def write_dossiers(store: Store, out: Path, *, formats: tuple[str, ...] = ("json", "md", "html")) -> list[Path]:
    """Render every stored dossier into `out`; returns the files written (index first)."""
    from recoupe.report import render

    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    rows = []
    for story in store.stories():
        data = store.dossier_data(story.id)
        if data is None:
            continue
        dossier = from_json(Dossier, data)
        articles = store.articles(story.article_ids)
        for fmt in formats:
            path = out / f"{story.id}.{EXTENSIONS[fmt]}"
            path.write_text(render(dossier, fmt, articles=articles), encoding="utf-8")
            written.append(path)
        rows.append(_index_row(story, formats))
    index = out / "index.json"
    index.write_text(json.dumps(rows, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    (out / "index.md").write_text(_index_markdown(rows), encoding="utf-8")
    return [index, out / "index.md", *written]


def _index_row(story, formats: tuple[str, ...]) -> dict:
    row = to_json(story)
    row["articles"] = len(story.article_ids)
    row["files"] = {fmt: f"{story.id}.{EXTENSIONS[fmt]}" for fmt in formats}
    return row


def _index_markdown(rows: list[dict]) -> str:
    lines = ["# Dossiers", "", "| story | title | articles | first | last | flags |", "|---|---|---|---|---|---|"]
    for row in rows:
        link = row["files"].get("md") or row["files"].get("html") or row["files"].get("json")
        title = (row["title"] or "").replace("|", "\\|")
        lines.append(f"| [{row['id']}]({link}) | {title} | {row['articles']} | {row['first'] or ''} "
                     f"| {row['last'] or ''} | {row['flags']} |")
    return "\n".join(lines) + "\n"
