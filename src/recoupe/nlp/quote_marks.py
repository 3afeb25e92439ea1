"""Quoted passages found by their marks (« », “ ”, " ", ‹ ›), outermost pairs only, one line at a time."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from recoupe.lang.fr.quotes import QUOTE_PAIRS

LOG = logging.getLogger(__name__)

MAX_QUOTE_CHARS = 2000
_CLOSERS = frozenset(c for closers in QUOTE_PAIRS.values() for c in closers)
_SPACES = " \t\u00a0\u202f"


@dataclass(slots=True)
class MarkedSpan:
    """A quoted passage: `start`/`end` bound the words inside the marks, `open`/`close` the marks."""

    open: int
    close: int
    start: int
    end: int


def find_quote_spans(text: str) -> list[MarkedSpan]:
    """Outermost quoted passages of `text`; a pair never crosses a line break."""
    spans: list[MarkedSpan] = []
    line_start = 0
    for line in text.split("\n"):
        spans.extend(_line_spans(text, line_start, line_start + len(line)))
        line_start += len(line) + 1
    return spans


def _line_spans(text: str, start: int, end: int) -> list[MarkedSpan]:
    """Outermost quote pairs within one line."""
    stack: list[tuple[str, int]] = []
    found: list[MarkedSpan] = []
    for index in range(start, end):
        char = text[index]
        if stack and char in QUOTE_PAIRS[stack[-1][0]] and _can_close(text, index, stack[-1]):
            _, position = stack.pop()
            if not stack:
                span = _inner(text, position, index)
                if span is not None:
                    found.append(span)
        elif char in QUOTE_PAIRS:
            stack.append((char, index))
        elif char in _CLOSERS and stack:
            LOG.debug("stray closing mark %r at %d", char, index)
    if stack:
        LOG.debug("unclosed quote mark %r at %d: dropped", stack[0][0], stack[0][1])
    return found


def _can_close(text: str, index: int, opened: tuple[str, int]) -> bool:
    """A mark that both opens and closes (straight quotes, “) closes only after some text."""
    return index > opened[1] + 1


def _inner(text: str, open_index: int, close_index: int) -> MarkedSpan | None:
    """The span between two marks without surrounding spaces; None when empty or too long."""
    start, end = open_index + 1, close_index
    while start < end and text[start] in _SPACES:
        start += 1
    while end > start and text[end - 1] in _SPACES:
        end -= 1
    if start == end or end - start > MAX_QUOTE_CHARS:
        LOG.debug("quote at %d dropped: empty or longer than %d characters", open_index, MAX_QUOTE_CHARS)
        return None
    return MarkedSpan(open_index, close_index, start, end)
