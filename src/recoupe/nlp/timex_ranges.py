"""The first member of a French range, which borrows what it lacks from the second.

"du 19 au 23 juillet", "les 19 et 20 juillet", "de mars à avril", "de 8 à 24 mois", "de 2015 à
2018", "1982-1990": TimeML annotates each end of the range; the rules find the complete end, and this
step adds the bare one ("19", "mars", "8", "1990") with the month, year or unit of its partner.
"""

from __future__ import annotations

import re

from recoupe.lang.fr.calendar import MONTHS
from recoupe.types import Timex

_MONTH_WORDS = "|".join(sorted((m for m in MONTHS if len(m) > 3), key=len, reverse=True))
# Text right before the complete end: "<left> au ", "<left> à ", "<left> et ", "<left>-".
_LEFT = re.compile(
    rf"(?<![\w-])(?P<left>1er|\d{{1,4}}|{_MONTH_WORDS})\s*(?:-|au|à|et)\s*$", re.IGNORECASE)
_RIGHT_YEAR = re.compile(r"\s*-\s*(?P<year>(?:1[5-9]|20)\d{2})(?!\d)")
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_MONTH = re.compile(r"^\d{4}-\d{2}$")
_YEAR = re.compile(r"^\d{4}$")
_DURATION = re.compile(r"^P(\d+(?:\.\d+)?)([DWMY])$")
RANGE_WINDOW = 16


def add_range_members(text: str, timexes: list[Timex]) -> list[Timex]:
    """Timexes with the bare members of ranges added, in text order."""
    added: list[Timex] = []
    for index, timex in enumerate(timexes):
        previous_end = timexes[index - 1].end if index else 0
        left = _left_member(text, timex, previous_end)
        if left is not None:
            added.append(left)
        next_start = timexes[index + 1].start if index + 1 < len(timexes) else len(text)
        right = _right_year(text, timex, next_start)
        if right is not None:
            added.append(right)
    return sorted([*timexes, *added], key=lambda t: (t.start, t.end)) if added else timexes


def _left_member(text: str, timex: Timex, previous_end: int) -> Timex | None:
    """The bare left end of a range whose right end is `timex`."""
    if timex.value is None:
        return None
    window_start = max(previous_end, timex.start - RANGE_WINDOW)
    match = _LEFT.search(text[window_start:timex.start])
    if match is None:
        return None
    word = match.group("left")
    start = window_start + match.start("left")
    value = _borrowed_value(word.lower(), timex)
    if value is None:
        return None
    kind = "DURATION" if timex.type == "DURATION" else timex.type
    return Timex(word, start, start + len(word), value, kind, timex.anchor)


def _borrowed_value(word: str, partner: Timex) -> str | None:
    """The left end's value, completed from its partner's."""
    value = partner.value or ""
    if word.isdigit() or word == "1er":
        number = 1 if word == "1er" else int(word)
        if _YEAR.match(value) and len(word) == 4 and int(word) < int(value):
            return word
        if _DAY.match(value) and 1 <= number <= 31 and len(word) <= 2:
            return f"{value[:8]}{number:02d}"
        duration = _DURATION.match(value)
        if duration and partner.type == "DURATION" and number > 0:
            return f"P{number}{duration.group(2)}"
        return None
    month = MONTHS.get(word)
    if month is not None and _MONTH.match(value):
        year = int(value[:4]) - (1 if month > int(value[5:7]) else 0)
        return f"{year:04d}-{month:02d}"
    return None


def _right_year(text: str, timex: Timex, next_start: int) -> Timex | None:
    """The right end of "1982-1990", which the year rule skips (a year right after a hyphen)."""
    if timex.type != "DATE" or not _YEAR.match(timex.value or ""):
        return None
    match = _RIGHT_YEAR.match(text, timex.end)
    if match is None or match.end() > next_start:
        return None
    year = match.group("year")
    if int(year) <= int(timex.value):
        return None
    return Timex(year, match.start("year"), match.end("year"), year, "DATE", None)
