"""Segmentation of a text dump into units: one unit per visual line, hard-wrapped prose rejoined."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

LOG = logging.getLogger(__name__)

WRAP_MIN_CHARS = 40  # a line this long that stops mid-sentence may be hard-wrapped
TERMINAL_CHARS = ".!?»\"”…:;)"
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_BULLET = re.compile(r"^(?:[-*+•·◦▪►▸‣–—]|\d{1,2}[.)])\s+")


@dataclass(slots=True)
class Unit:
    """One visual line (or hard-wrapped paragraph) of a dump."""

    text: str  # whitespace-normalised, stripped
    line: int  # first line number in the raw dump, 1-based
    blank_before: bool  # a blank line separates it from the previous unit
    indent: int  # leading spaces of the raw line
    bullet: bool  # starts with a list marker ("- ", "* ", "1. ")


@dataclass(slots=True)
class BlankRun:
    """A run of two or more blank lines."""

    line: int
    count: int
    text: str


def normalise_line(raw: str) -> str:
    """Collapse spaces (including no-break ones) and drop invisible characters."""
    if not raw.isascii() and _INVISIBLE.search(raw):
        raw = _INVISIBLE.sub("", raw)
    return " ".join(raw.split())


def split_units(text: str, *, page_lines: list[str] | None = None) -> tuple[list[Unit], list[BlankRun]]:
    """Units of `text` in order, and the runs of blank lines between them; every non-empty
    line (whitespace-collapsed, before hard-wrapped lines are rejoined) is appended to
    `page_lines` when given."""
    units: list[Unit] = []
    blank_runs: list[BlankRun] = []
    blank_count, blank_start, blank_text = 0, 0, []
    for number, raw in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"), start=1):
        line = normalise_line(raw)
        if not line:
            if blank_count == 0:
                blank_start, blank_text = number, []
            blank_count += 1
            blank_text.append(raw)
            continue
        if page_lines is not None:
            page_lines.append(line)
        if blank_count >= 2:
            blank_runs.append(BlankRun(blank_start, blank_count, "\n".join(blank_text)))
        blank_before = blank_count > 0 or not units
        blank_count = 0
        if units and not blank_before and _continues(units[-1].text, line):
            units[-1].text = f"{units[-1].text} {line}"
            continue
        indent = len(raw) - len(raw.lstrip(" \t\u00a0"))
        units.append(Unit(line, number, blank_before, indent, bool(_BULLET.match(line))))
    if blank_count >= 2:
        blank_runs.append(BlankRun(blank_start, blank_count, "\n".join(blank_text)))
    return units, blank_runs


def _continues(previous: str, line: str) -> bool:
    """True when `line` carries on a hard-wrapped sentence from `previous`."""
    return (
        len(previous) >= WRAP_MIN_CHARS
        and not previous.endswith(tuple(TERMINAL_CHARS))
        and line[0].islower()
        and not _BULLET.match(line)
    )


def strip_bullet(text: str) -> str:
    """The text without a leading list marker."""
    return _BULLET.sub("", text, count=1)
