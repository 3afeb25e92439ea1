"""Publication dates read from byline lines ("Publié le 8 novembre 2024 à 14h05"). Never invented."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from recoupe.lang.en import byline as en_byline
from recoupe.lang.fr import byline as fr_byline
from recoupe.lang.fr.calendar import MONTHS as FR_MONTHS
from recoupe.types import Published

LOG = logging.getLogger(__name__)

MIN_YEAR = 1990
MAX_YEAR = 2100
BARE_LINE_MAX_CHARS = 90  # a line holding only a date (plus author/outlet) is short
CUE_WINDOW = 80  # how far after a cue the date may start

_MONTHS = {**en_byline.MONTHS, **FR_MONTHS}
_MONTH_RE = "|".join(sorted((re.escape(m) for m in _MONTHS), key=len, reverse=True))
_TIME = (
    r"(?:\s*(?:à|a|at|,|-|–|\|)?\s*(?P<hour>\d{1,2})\s*(?:h|:)\s*(?P<minute>\d{2})?"
    r"(?:\s*(?P<ampm>[ap]\.?m\.?))?)?"
)
_DATE_FORMS = (
    rf"(?P<d1>\d{{1,2}})(?:er|st|nd|rd|th)?\s+(?P<m1>{_MONTH_RE})\.?,?\s+(?P<y1>\d{{4}})",
    rf"(?P<m2>{_MONTH_RE})\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y2>\d{{4}})",
    r"(?P<y3>\d{4})-(?P<m3>\d{1,2})-(?P<d3>\d{1,2})(?:T(?=\d))?",
    r"(?P<d4>\d{1,2})(?P<sep>[/.-])(?P<m4>\d{1,2})(?P=sep)(?P<y4>\d{4}|\d{2})(?!\d)",
)
DATE_RE = re.compile(rf"(?<![\w/.-])(?:{'|'.join(_DATE_FORMS)}){_TIME}", re.IGNORECASE)
PUBLISHED_RE = re.compile(
    r"(?<!\w)(?:" + "|".join(fr_byline.PUBLISHED_CUES + en_byline.PUBLISHED_CUES) + ")", re.IGNORECASE
)
UPDATED_RE = re.compile(
    r"(?<!\w)(?:" + "|".join(fr_byline.UPDATED_CUES + en_byline.UPDATED_CUES) + ")", re.IGNORECASE
)
_DIGIT = re.compile(r"\d")
_WORD = re.compile(r"\w+")
_UNITS = {**en_byline.RELATIVE_UNITS, **fr_byline.RELATIVE_UNITS}
_NUMBERS = {**en_byline.RELATIVE_NUMBERS, **fr_byline.RELATIVE_NUMBERS}
_UNIT_RE = "|".join(sorted(map(re.escape, _UNITS), key=len, reverse=True))
_NUMBER_RE = r"\d{1,3}|" + "|".join(sorted(map(re.escape, _NUMBERS), key=len, reverse=True))
RELATIVE_RE = re.compile(
    rf"(?:{fr_byline.RELATIVE_PREFIX}\s+(?P<n1>{_NUMBER_RE})\s*(?P<u1>{_UNIT_RE})\b"
    rf"|(?<!\w)(?P<n2>{_NUMBER_RE})\s*(?P<u2>{_UNIT_RE})\s+{en_byline.RELATIVE_SUFFIX}\b)",
    re.IGNORECASE,
)


DATE_LINE_MAX_OTHER_WORDS = 3  # "Wednesday November 20, 2019", "Mis à jour 08/11/2024 14:05"
RELATIVE_LINE_RE = re.compile(
    rf"^(?:(?:updated|mis\s+à\s+jour)\s+)?(?:{fr_byline.RELATIVE_PREFIX}\s+)?"
    rf"(?:{_NUMBER_RE})\s*(?:{_UNIT_RE})\.?"
    rf"(?:\s+{en_byline.RELATIVE_SUFFIX})?(?:\s+(?:at|à)\s+\d{{1,2}}[:h]\d{{2}}(?:\s*[ap]\.?m\.?)?)?$",
    re.IGNORECASE,
)


_ISO_START = re.compile(r"^\d{4}-\d{2}-\d{2}")


def normalise_published(value: str) -> str:
    """A publication date given by a container (JSON Lines, feed), as ISO 8601 when it is written
    another way ("8-12-2018", "08/12/2018 14:05", "13 novembre 2025" -> "2018-12-08", ...);
    an ISO value, or one that cannot be read, is returned as it is."""
    text = value.strip()
    if _ISO_START.match(text):
        return text
    match = DATE_RE.search(text)
    return (_value(match) or text) if match else text


def is_date_line(line: str) -> bool:
    """True for a line that holds only a date, a date-time or a relative time ("32M ago")."""
    if not _DIGIT.search(line):
        return False
    if RELATIVE_LINE_RE.match(line.strip()):
        return True
    match = DATE_RE.search(line)
    if match is None:
        return False
    rest = line[: match.start()] + line[match.end():]
    return len(_WORD.findall(rest)) <= DATE_LINE_MAX_OTHER_WORDS


@dataclass(slots=True)
class _Found:
    """A date read from one line."""

    value: str
    line: str


def date_from_byline(
    lines: list[str], *, captured: str | None = None, bare_dates: bool = True
) -> Published | None:
    """The publication date found in byline `lines`, or None; never invented.

    Lines with a publication cue ("Publié le", "Published") win over update cues ("Mis à jour
    le", "Updated"), which win over short lines holding only a date (when `bare_dates`), which
    win over relative times ("il y a 3 heures", "2 hours ago"), read only when `captured` (the
    ISO capture time) is known. Earlier lines win within each kind. Dates after `captured` are
    refused.
    """
    limit = _parse_captured(captured)
    finders = [_cued(PUBLISHED_RE), _cued(UPDATED_RE)]
    if bare_dates:
        finders.append(_bare)
    if limit is not None:
        finders.append(lambda line: _relative(line, limit))
    dated = [line for line in lines if _DIGIT.search(line)]
    for position, finder in enumerate(finders):
        for line in lines if position == len(finders) - 1 and limit is not None else dated:
            found = finder(line)
            if found is not None and (limit is None or found.value[:10] <= limit.date().isoformat()):
                return Published(value=found.value, origin="byline", evidence=found.line)
    LOG.debug("no byline date in %d lines", len(lines))
    return None


def _cued(cue_re: re.Pattern[str]) -> Callable[[str], _Found | None]:
    """A finder reading the date that follows a cue on the line."""

    def find(line: str) -> _Found | None:
        for cue in cue_re.finditer(line):
            match = DATE_RE.search(line, cue.end(), cue.end() + CUE_WINDOW)
            if match is not None and (value := _value(match)) is not None:
                return _Found(value, line.strip())
        return None

    return find


def _bare(line: str) -> _Found | None:
    """The date of a short line that is mostly a date ("08/11/2024 14:05", "8 novembre 2024")."""
    stripped = line.strip()
    if len(stripped) > BARE_LINE_MAX_CHARS or stripped.endswith((".", "?", "!")):
        return None
    match = DATE_RE.search(stripped)
    if match is None:
        return None
    rest = stripped[: match.start()] + stripped[match.end():]
    if len(_WORD.findall(rest)) > 8:
        return None
    value = _value(match)
    return _Found(value, stripped) if value else None


def _relative(line: str, captured: datetime) -> _Found | None:
    """"il y a 3 heures" / "3 hours ago", resolved against the capture time."""
    match = RELATIVE_RE.search(line)
    if match is None:
        return None
    number = match.group("n1") or match.group("n2")
    unit = _UNITS[(match.group("u1") or match.group("u2")).lower()]
    count = int(number) if number.isdigit() else _NUMBERS[number.lower()]
    moment = captured - timedelta(**{unit: count})
    precise = unit in ("seconds", "minutes", "hours")
    value = moment.strftime("%Y-%m-%dT%H:%M") if precise else moment.date().isoformat()
    return _Found(value, line.strip())


def _value(match: re.Match[str]) -> str | None:
    """ISO date (or date-time when a time follows) of a DATE_RE match, None when invalid."""
    groups = match.groupdict()
    for index in "1234":
        if groups[f"y{index}"]:
            year, month, day = groups[f"y{index}"], groups[f"m{index}"], groups[f"d{index}"]
            break
    else:
        return None
    month_number = int(month) if month.isdigit() else _MONTHS.get(month.lower().rstrip("."))
    year_number = int(year) + (2000 if len(year) == 2 else 0)
    try:
        day_value = date(year_number, month_number or 0, int(day))
    except ValueError:
        return None
    if not MIN_YEAR <= day_value.year <= MAX_YEAR:
        return None
    return _with_time(day_value, groups)


def _with_time(day_value: date, groups: dict[str, str | None]) -> str:
    """Append "THH:MM" when the match carried a valid time of day."""
    hour, minute, ampm = groups["hour"], groups["minute"], groups["ampm"]
    if hour is None or (minute is None and not ampm):
        return day_value.isoformat()
    hour_number, minute_number = int(hour), int(minute or 0)
    if ampm and ampm.lower().startswith("p") and hour_number < 12:
        hour_number += 12
    if hour_number > 23 or minute_number > 59:
        return day_value.isoformat()
    return f"{day_value.isoformat()}T{hour_number:02d}:{minute_number:02d}"


def _parse_captured(captured: str | None) -> datetime | None:
    """The capture time as a naive datetime, None when absent or unreadable."""
    if not captured:
        return None
    try:
        return datetime.fromisoformat(captured.replace("Z", "+00:00")).replace(tzinfo=None)
    except ValueError:
        LOG.warning("unreadable capture time %r: relative dates are ignored", captured)
        return None
