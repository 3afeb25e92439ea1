"""Render HTML to the visible text a browser's select-all + copy gives, to test dump cleaning.

Two renderers, both development dependencies imported where they are used:
``html_text`` (with ``guess_layout=True``: blank lines between blocks, as a browser copies them)
and ``inscriptis`` (a CSS-aware text layout engine, closer to a text-mode browser).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

LOG = logging.getLogger(__name__)

RENDERER_NAMES = ("html_text", "inscriptis")


class MissingDependency(RuntimeError):
    """An optional package needed by an evaluation step is not installed."""


def render_html_text(html: str) -> str:
    """Visible text of `html` laid out by html-text (blocks separated by blank lines)."""
    try:
        import html_text
    except ImportError as error:
        raise MissingDependency("html-text is not installed; pip install 'recoupe[dev]'") from error
    return html_text.extract_text(html, guess_layout=True)


def render_inscriptis(html: str) -> str:
    """Visible text of `html` laid out by inscriptis."""
    try:
        import inscriptis
    except ImportError as error:
        raise MissingDependency("inscriptis is not installed; pip install 'recoupe[dev]'") from error
    return inscriptis.get_text(html)


RENDERERS: dict[str, Callable[[str], str]] = {
    "html_text": render_html_text,
    "inscriptis": render_inscriptis,
}


def render(html: str, *, renderer: str = "html_text") -> str:
    """Render `html` to a text dump with the named renderer (`html_text` or `inscriptis`)."""
    try:
        function = RENDERERS[renderer]
    except KeyError:
        raise ValueError(f"unknown renderer {renderer!r}; choose one of {', '.join(RENDERERS)}") from None
    return function(html)
