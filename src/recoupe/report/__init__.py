"""Render a dossier as JSON, Markdown or one self-contained HTML page."""

from __future__ import annotations

import functools
import json
import logging
from collections.abc import Sequence

from recoupe.report.view import FLAG_LABELS, RELATION_LABELS, build_view
from recoupe.types import Article, Dossier, to_json

LOG = logging.getLogger(__name__)

FORMATS = ("json", "md", "html")


def render(dossier: Dossier, fmt: str, *, articles: Sequence[Article] = ()) -> str:
    """The dossier as `json`, `md` (Markdown) or `html` (one page, inline CSS, no external asset).

    Pass the story's `articles` to show the exact words behind every citation; without them,
    excerpts come from what the dossier itself carries (summary and timeline sentences).
    """
    if fmt == "json":
        return json.dumps(to_json(dossier), ensure_ascii=False, indent=2)
    if fmt not in FORMATS:
        raise ValueError(f"recoupe: unknown report format {fmt!r}; choose one of {', '.join(FORMATS)}")
    view = build_view(dossier, articles=articles)
    template = _environment(fmt == "html").get_template(f"dossier.{fmt}.j2")
    return template.render(view=view, d=dossier, flag_labels=FLAG_LABELS, relation_labels=RELATION_LABELS)


@functools.cache
def _environment(html: bool):  # -> jinja2.Environment
    """The template environment; HTML escapes every value, Markdown escapes nothing."""
    import jinja2

    environment = jinja2.Environment(
        loader=jinja2.PackageLoader("recoupe.report", "templates"),
        autoescape=html,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
    )
    environment.filters["md"] = _markdown_inline
    return environment


def _markdown_inline(text: object) -> str:
    """Text safe inside a Markdown line: no line breaks, table pipes and markup escaped."""
    value = " ".join(str(text or "").split())
    for char in ("\\", "|", "*", "_", "[", "]", "<", ">", "`"):
        value = value.replace(char, "\\" + char)
    return value
