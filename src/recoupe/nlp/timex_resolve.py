"""Normalisation of detected French time expressions into TIMEX3-like values.

Each rule of :mod:`timex_patterns` has a resolver ``(groups, context) -> (value, type)``.
Relative expressions need the anchor (the page's date); without it their value is None.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Callable

from recoupe.lang.fr import time as fr_time
from recoupe.lang.fr.calendar import MONTHS, WEEKDAYS

LOG = logging.getLogger(__name__)

Direction = str | None  # "past", "future" or None


@dataclass(slots=True)
class Anchor:
    """The date (and clock time, when given) expressions are resolved against."""

    day: date
    clock: str | None  # "14:05"
    raw: str


@dataclass(slots=True)
class Context:
    """What a resolver may look at besides the match itself."""

    anchor: Anchor | None
    tense: Direction  # tense of the sentence around the expression
    last_day: date | None  # the last day-level date mentioned before the expression
    before: str = ""  # normalised text just before the expression


def parse_anchor(anchor: str | None) -> Anchor | None:
    """An Anchor from an ISO date or datetime string; None when absent or unreadable."""
    if not anchor:
        return None
    match = re.match(r"\s*(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?", anchor)
    if not match:
        LOG.warning("anchor %r is not an ISO date; relative expressions stay unresolved", anchor)
        return None
    try:
        day = date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        LOG.warning("anchor %r is not a valid date", anchor)
        return None
    clock = f"{match.group(4)}:{match.group(5)}" if match.group(4) else None
    return Anchor(day, clock, anchor.strip())


# ---------------------------------------------------------------------------- helpers


def parse_count(text: str) -> float | None:
    """The number a count phrase stands for ("vingt-quatre" → 24, "30,4" → 30.4); None if vague."""
    text = text.strip().lower()
    if not text:
        return None
    if re.fullmatch(r"\d+(?:[.,]\d+)?", text):
        return float(text.replace(",", "."))
    for word, value in fr_time.APPROXIMATE_NUMBERS.items():
        if word in text:
            return float(value)
    if text in fr_time.VAGUE_COUNTS:
        return None
    return _words_to_number(text)


def _words_to_number(text: str) -> float | None:
    """French number words to a number ("quatre-vingt-dix" → 90)."""
    total, current = 0, 0
    for token in re.split(r"[-\s]+", text):
        if token in {"et", ""}:
            continue
        if token in fr_time.UNITS_IN_WORDS:
            current += fr_time.UNITS_IN_WORDS[token]
        elif token in fr_time.TENS_IN_WORDS:
            current = 80 if current == 4 and token.startswith("vingt") else current + fr_time.TENS_IN_WORDS[token]
        elif token in {"cent", "cents"}:
            current = max(current, 1) * 100
        elif token == "mille":
            total, current = total + max(current, 1) * 1000, 0
        else:
            return None
    return float(total + current)


def number_text(value: float) -> str:
    """A TIMEX3 number: no trailing ".0"."""
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def duration_value(count: float | None, unit: str) -> str:
    """TIMEX3 duration for a count of a unit word ("P2W", "PT3H", "PXY" when vague)."""
    designator, multiplier, clock = fr_time.DURATION_UNITS[unit]
    amount = "X" if count is None else number_text(count * multiplier)
    return f"PT{amount}{designator}" if clock else f"P{amount}{designator}"


def pick_year(month: int, day: int, anchor: date, direction: Direction) -> date | None:
    """The month/day occurrence around the anchor: last one (past), next one (future) or nearest."""
    options = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            options.append(date(year, month, day))
        except ValueError:
            continue
    if direction == "past":
        options = [d for d in options if d <= anchor] or options
        return max(options) if options else None
    if direction == "future":
        options = [d for d in options if d >= anchor] or options
        return min(options) if options else None
    return min(options, key=lambda d: (abs((d - anchor).days), d > anchor)) if options else None


def month_year(month: int, anchor: date, direction: Direction) -> int:
    """Year of a bare month: the latest one at or before the anchor unless the future is meant."""
    if direction == "future":
        return anchor.year if month >= anchor.month else anchor.year + 1
    return anchor.year if month <= anchor.month else anchor.year - 1


def weekday_date(weekday: int, anchor: date, direction: Direction, *, this: bool = False, explicit: bool = False) -> date:
    """The date of a weekday around the anchor ("ce lundi" = the one of the anchor's week)."""
    if this and direction != "future":
        return anchor + timedelta(days=weekday - anchor.weekday())
    if direction == "future":
        ahead = (weekday - anchor.weekday()) % 7
        return anchor + timedelta(days=ahead or (7 if explicit else 0))
    back = (anchor.weekday() - weekday) % 7
    return anchor - timedelta(days=back or (7 if explicit else 0))


def add_months(day: date, months: int) -> date:
    """The day shifted by whole months, clamped to the month's length."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    for candidate in (day.day, 30, 29, 28):
        try:
            return date(year, month + 1, candidate)
        except ValueError:
            continue
    raise ValueError(f"cannot shift {day} by {months} months")


def easter(year: int) -> date:
    """Easter Sunday (Gregorian computus, Meeus/Jones/Butcher)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return date(year, month, day + 1)


def iso_week(day: date) -> str:
    """TIMEX3 week value ("2024-W45")."""
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def word_direction(groups: dict[str, str], context: Context) -> Direction:
    """Direction from "dernier"/"prochain" in the expression, else the sentence tense."""
    word = groups.get("dir")
    if word in fr_time.PAST_WORDS:
        return "past"
    if word in fr_time.FUTURE_WORDS:
        return "future"
    return context.tense


def month_number(word: str) -> int | None:
    """Month number of a month word or digits."""
    return int(word) if word.isdigit() else MONTHS.get(word.rstrip("."))


def full_year(text: str) -> int:
    """A 4-digit year from 2 or 4 digits ("98" → 1998, "12" → 2012)."""
    year = int(text)
    if len(text) == 2:
        year += 1900 if year > 30 else 2000
    return year


Resolver = Callable[[dict[str, str], Context], tuple[str | None, str]]


# ---------------------------------------------------------------------------- resolvers


def _date_dmy(groups: dict[str, str], context: Context) -> tuple[str | None, str]:
    day = 1 if groups["day"] in {"1er", "premier"} else int(groups["day"])
    month = month_number(groups["month"])
    if month is None:
        return None, "DATE"
    if groups.get("year4") or groups.get("year2"):
        return _checked_date(full_year(groups.get("year4") or groups["year2"]), month, day), "DATE"
    if context.anchor is None:
        return None, "DATE"
    anchor = context.anchor.day
    if groups.get("wd"):
        fitting = [y for y in (anchor.year, anchor.year - 1, anchor.year + 1)
                   if _checked_date(y, month, day) and date(y, month, day).weekday() == WEEKDAYS[groups["wd"]]]
        if fitting:
            return date(fitting[0], month, day).isoformat(), "DATE"
    direction = word_direction(groups, context)
    if not groups.get("dir") and context.before.endswith(fr_time.DEADLINE_CUES):
        direction = None if direction == "past" else direction
    found = pick_year(month, day, anchor, direction)
    return (found.isoformat() if found else None), "DATE"


def _checked_date(year: int, month: int, day: int) -> str | None:
    """ISO date, or None when the day does not exist."""
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _date_numeric(groups: dict[str, str], context: Context) -> tuple[str | None, str]:
    return _checked_date(full_year(groups["year"]), int(groups["month"]), int(groups["day"])), "DATE"


def _month_year(groups: dict[str, str], context: Context) -> tuple[str | None, str]:
    year_text = groups.get("year4") or groups.get("year2") or groups.get("year2b") or ""
    month = month_number(groups["month"])
    return (f"{full_year(year_text):04d}-{month:02d}" if month else None), "DATE"


def _month(groups: dict[str, str], context: Context) -> tuple[str | None, str]:
    month = month_number(groups["month"])
    if month is None or context.anchor is None:
        return None, "DATE"
    direction = word_direction(groups, context)
    if groups.get("cue") in {"d'ici", "à partir de"}:
        direction = "future"
    return f"{month_year(month, context.anchor.day, direction):04d}-{month:02d}", "DATE"


def _year(groups: dict[str, str], context: Context) -> tuple[str | None, str]:
    return groups["year"], "DATE"


def _decade(groups: dict[str, str], context: Context) -> tuple[str | None, str]:
    digits = groups["decade"]
    year = int(digits) if len(digits) == 4 else (1900 + int(digits) if int(digits) >= 20 else 2000 + int(digits))
    return f"{year // 10:03d}X", "DATE"


def _century(groups: dict[str, str], context: Context) -> tuple[str | None, str]:
    text = groups["century"].upper()
    number = int(text) if text.isdigit() else _roman(text)
    return (f"{number - 1:02d}XX" if number and 0 < number <= 21 else None), "DATE"


def _roman(text: str) -> int | None:
    """Value of a Roman numeral up to XXX."""
    values = {"I": 1, "V": 5, "X": 10}
    total = 0
    for index, char in enumerate(text):
        value = values.get(char)
        if value is None:
            return None
        following = values.get(text[index + 1], 0) if index + 1 < len(text) else 0
        total += -value if value < following else value
    return total


def _season(groups: dict[str, str], context: Context) -> tuple[str | None, str]:
    code = fr_time.SEASONS[groups["season"]]
    if groups.get("year"):
        return f"{groups['year']}-{code}", "DATE"
    if context.anchor is None:
        return None, "DATE"
    anchor = context.anchor.day
    start = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[code]
    direction = word_direction(groups, context) if groups.get("dir") else None
    year = anchor.year - 1 if code == "WI" and anchor.month <= 2 else anchor.year
    if direction == "past" and start + 3 > anchor.month:
        year -= 1
    elif direction == "future" and start <= anchor.month:
        year += 1
    return f"{year}-{code}", "DATE"


def _holiday(groups: dict[str, str], context: Context) -> tuple[str | None, str]:
    name = groups["name"]
    year = int(groups["year"]) if groups.get("year") else None
    if year is None and context.anchor is None:
        return None, "DATE"
    if name in fr_time.FIXED_HOLIDAYS:
        month, day = fr_time.FIXED_HOLIDAYS[name]
        if year:
            return date(year, month, day).isoformat(), "DATE"
        found = pick_year(month, day, context.anchor.day, word_direction(groups, context))  # type: ignore[union-attr]
        return (found.isoformat() if found else None), "DATE"
    offset = timedelta(days=fr_time.EASTER_HOLIDAYS[name])
    if year:
        return (easter(year) + offset).isoformat(), "DATE"
    anchor = context.anchor.day  # type: ignore[union-attr]
    options = [easter(y) + offset for y in (anchor.year - 1, anchor.year, anchor.year + 1)]
    direction = word_direction(groups, context)
    if direction == "past":
        options = [d for d in options if d <= anchor]
    elif direction == "future":
        options = [d for d in options if d >= anchor]
    return min(options, key=lambda d: abs((d - anchor).days)).isoformat(), "DATE"


def _deictic(groups: dict[str, str], context: Context) -> tuple[str | None, str]:
    part = fr_time.DAY_PARTS.get(groups.get("part", ""))
    kind = "TIME" if part else "DATE"
    if context.anchor is None:
        return None, kind
    day = context.anchor.day + timedelta(days=fr_time.DEICTIC_DAYS[groups["word"]])
    return (f"{day.isoformat()}T{part}" if part else day.isoformat()), kind


def _this_part(groups: dict[str, str], context: Context) -> tuple[str | None, str]:
    part = fr_time.THIS_DAY_PARTS[groups["this"]]
    return (f"{context.anchor.day.isoformat()}T{part}" if context.anchor else None), "TIME"


def _weekday(groups: dict[str, str], context: Context) -> tuple[str | None, str]:
    part = fr_time.DAY_PARTS.get(groups.get("part", ""))
    kind = "TIME" if part else "DATE"
    if context.anchor is None:
        return None, kind
    direction = word_direction(groups, context)
    if direction is None:
        direction = "past"
    day = weekday_date(WEEKDAYS[groups["wd"]], context.anchor.day, direction,
                       this=bool(groups.get("this")), explicit=bool(groups.get("dir")))
    return (f"{day.isoformat()}T{part}" if part else day.isoformat()), kind


def _period(noun: str, shift: int, anchor: date) -> str | None:
    """Value of the period of kind `noun` shifted by `shift` periods from the anchor's."""
    granularity = fr_time.PERIOD_NOUNS[noun]
    if granularity in {"week", "weekend"}:
        value = iso_week(anchor + timedelta(weeks=shift))
        return value + "-WE" if granularity == "weekend" else value
    if granularity == "month":
        shifted = add_months(anchor, shift)
        return f"{shifted.year:04d}-{shifted.month:02d}"
    if granularity == "year":
        return f"{anchor.year + shift:04d}"
    if granularity in {"quarter", "half"}:
        size = 3 if granularity == "quarter" else 6
        shifted = add_months(anchor, shift * size)
        letter = "Q" if size == 3 else "H"
        return f"{shifted.year:04d}-{letter}{(shifted.month - 1) // size + 1}"
    if granularity == "decade":
        return f"{(anchor.year + 10 * shift) // 10:03d}X"
    return f"{(anchor.year + 100 * shift) // 100:02d}XX"


def _period_shift(groups: dict[str, str]) -> int:
    """-1 for "dernier", +1 for "prochain", 0 otherwise."""
    word = groups.get("dir")
    return -1 if word in fr_time.PAST_WORDS else 1 if word in fr_time.FUTURE_WORDS else 0


def _period_any(groups: dict[str, str], context: Context) -> tuple[str | None, str]:
    if context.anchor is None:
        return None, "DATE"
    return _period(groups["noun"], _period_shift(groups), context.anchor.day), "DATE"


def _ago(groups: dict[str, str], context: Context) -> tuple[str | None, str]:
    count = parse_count(groups["count"])
    sign = 1 if groups["ago"] == "dans" else -1
    if count is None:
        return ("FUTURE_REF" if sign > 0 else "PAST_REF"), "DATE"
    if context.anchor is None:
        return None, "DATE"
    designator, multiplier, clock = fr_time.DURATION_UNITS[groups["unit"]]
    amount = count * multiplier * sign
    anchor = context.anchor.day
    if clock:
        return anchor.isoformat(), "DATE"
    if designator in {"D", "W"}:
        days = amount * (7 if designator == "W" else 1)
        return (anchor + timedelta(days=round(days))).isoformat(), "DATE"
    if designator == "M":
        shifted = add_months(anchor, round(amount))
        return f"{shifted.year:04d}-{shifted.month:02d}", "DATE"
    return f"{anchor.year + round(amount):04d}", "DATE"


def _duration(groups: dict[str, str], context: Context) -> tuple[str | None, str]:
    count = parse_count(groups.get("count2") or groups.get("count") or "")
    if count is not None and groups.get("half"):
        count += 0.5
    return duration_value(count, groups["unit"]), "DURATION"


def _clock(groups: dict[str, str], context: Context) -> tuple[str | None, str]:
    hour = int(groups["hour"])
    minute = int(groups.get("minute") or 0)
    if groups.get("as_duration"):
        return f"PT{hour}H", "DURATION"
    return _time_value(hour % 24, minute, context), "TIME"


def _time_value(hour: int, minute: int, context: Context) -> str:
    """A clock time on the last mentioned day, else on the anchor's day, else dateless."""
    day = context.last_day or (context.anchor.day if context.anchor else None)
    clock = f"T{hour:02d}:{minute:02d}"
    return f"{day.isoformat()}{clock}" if day else clock


def _noon(groups: dict[str, str], context: Context) -> tuple[str | None, str]:
    return _time_value(12 if groups["noon"] == "midi" else 0, 0, context), "TIME"


def _set(groups: dict[str, str], context: Context) -> tuple[str | None, str]:
    if groups.get("wd"):
        return f"XXXX-WXX-{WEEKDAYS[groups['wd']] + 1}", "SET"
    value = fr_time.SET_UNITS[groups["unit"]]
    count = parse_count(groups["count"]) if groups.get("count") else None
    if count and count != 1 and value.startswith("P"):
        value = re.sub(r"1", number_text(count), value, count=1)
    return value, "SET"


def _set_per(groups: dict[str, str], context: Context) -> tuple[str | None, str]:
    return fr_time.PER_UNITS[groups["per"]], "SET"


def _reference(groups: dict[str, str], context: Context) -> tuple[str | None, str]:
    return fr_time.REFERENCE_WORDS[groups["ref"]], "TIME"


def _until_now(groups: dict[str, str], context: Context) -> tuple[str | None, str]:
    """"ici" of "d'ici (à) ...": the starting point, the anchor's day."""
    return (context.anchor.day.isoformat() if context.anchor else "PRESENT_REF"), "DATE"


def _neighbour(groups: dict[str, str], context: Context) -> tuple[str | None, str]:
    if context.last_day is None:
        return None, "DATE"
    return (context.last_day + timedelta(days=fr_time.NEIGHBOUR_DAYS[groups["neighbour"]])).isoformat(), "DATE"


RESOLVERS: dict[str, Resolver] = {
    "date_dmy": _date_dmy, "date_numeric": _date_numeric, "date_iso": _date_numeric,
    "month_year": _month_year, "month": _month, "year": _year, "decade": _decade,
    "century": _century, "season": _season, "holiday": _holiday, "deictic": _deictic,
    "this_part": _this_part, "weekday": _weekday, "period_this": _period_any,
    "period_rel": _period_any, "period_part": _period_any, "ago": _ago, "last_n": _duration,
    "duration": _duration, "clock": _clock, "clock_colon": _clock, "noon": _noon, "set": _set,
    "set_per": _set_per, "per": _set_per, "reference": _reference, "neighbour": _neighbour,
    "until_now": _until_now,
    "term": lambda groups, context: (fr_time.TERM_DURATIONS[groups["term"]], "DURATION"),
    "short_year": lambda groups, context: (f"{full_year(groups['year2']):04d}", "DATE"),
}
