"""Quoted passages found by their marks (« », “ ”, " ", ‹ ›), outermost pairs only, one line at a time."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from recoupe.lang.fr.quotes import QUOTE_PAIRS

LOG = logging.getLogger(__name__)

MAX_QUOTE_CHARS = 2000
CONTINUED_OPENERS = frozenset({"«", "“"})
CONTINUED_MIN_WORDS = 4
_CLOSERS = frozenset(c for closers in QUOTE_PAIRS.values() for c in closers)
_MARK = re.compile("[" + re.escape("".join(sorted(set(QUOTE_PAIRS) | _CLOSERS))) + "]")
_SPACES = " \t\u00a0\u202f"
# ", a-t-il ajouté, " / ", selon le Kremlin, ": a short incise between two parts of one quotation.
INCISE_GAP = re.compile(r"[\s\u00a0\u202f]*,[^,.;:!?«»“”\"\n]{2,70},[\s\u00a0\u202f]*")


@dataclass(slots=True)
class MarkedSpan:
    """A quoted passage: `start`/`end` bound the words inside the marks, `open`/`close` the marks.
    A passage joined over an incise keeps where the incise lies: from `incise` (after the first
    closing mark) to `resume` (the second opening mark)."""

    open: int
    close: int
    start: int
    end: int
    incise: int | None = None
    resume: int | None = None

    def marked_parts(self) -> list[tuple[int, int]]:
        """The character ranges inside quotation marks (two for a passage split by an incise)."""
        if self.incise is None or self.resume is None:
            return [(self.open, self.close + 1)]
        return [(self.open, self.incise), (self.resume, self.close + 1)]


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
    for mark in _MARK.finditer(text, start, end):
        index, char = mark.start(), mark.group()
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
        continued = _continued_paragraph(text, start, end, stack[0])
        if continued is not None:
            found.append(continued)
        else:
            LOG.debug("unclosed quote mark %r at %d: dropped", stack[0][0], stack[0][1])
    return found


def _continued_paragraph(text: str, start: int, end: int, opened: tuple[str, int]) -> MarkedSpan | None:
    """A quotation opened at the start of a paragraph and not closed in it: French typography
    closes a quotation that runs over several paragraphs only at its end."""
    mark, position = opened
    if mark not in CONTINUED_OPENERS or text[start:position].strip(_SPACES + "-–—"):
        return None
    close = end
    while close > position + 1 and text[close - 1] in _SPACES:
        close -= 1
    span = _inner(text, position, close)
    if span is None or len(text[span.start:span.end].split()) < CONTINUED_MIN_WORDS:
        return None
    return span


def _can_close(text: str, index: int, opened: tuple[str, int]) -> bool:
    """A mark that both opens and closes (straight quotes, “) closes only after some text."""
    return index > opened[1] + 1


def join_incise_pairs(text: str, spans: list[MarkedSpan], is_incise) -> list[MarkedSpan]:
    """`« A », incise, « B »` as one span from A's first to B's last character: one utterance that
    an incise splits. `is_incise(position)` tells whether an incise starts after a closing mark."""
    joined: list[MarkedSpan] = []
    for span in spans:
        previous = joined[-1] if joined else None
        if previous is not None and _splits_one_sentence(text, previous, span) and is_incise(previous.close + 1):
            joined[-1] = MarkedSpan(previous.open, span.close, previous.start, span.end, previous.close + 1, span.open)
        else:
            joined.append(span)
    return joined


def _splits_one_sentence(text: str, first: MarkedSpan, second: MarkedSpan) -> bool:
    """True when only ", <a few words>," lies between two quotations on one line."""
    gap = text[first.close + 1:second.open]
    return "\n" not in gap and INCISE_GAP.fullmatch(gap) is not None and not text[first.start:first.end].rstrip().endswith((".", "!", "?"))


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
