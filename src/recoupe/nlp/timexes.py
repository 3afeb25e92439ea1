"""French time expressions (TIMEX3-like), resolved against the page's publication date.

Pure-Python rules, no model: detection in :mod:`timex_patterns`, normalisation in
:mod:`timex_resolve`. This module chains them, reads the tense of the sentence around each
expression (past news by default, future when the verbs say so) and joins a day with the
clock time that follows it ("hier à 10 h").
"""

from __future__ import annotations

import logging
import re
from datetime import date

from recoupe.lang.fr import time as fr_time
from recoupe.nlp.timex_ranges import add_range_members
from recoupe.nlp.timex_patterns import Candidate, find_candidates, normalise, select
from recoupe.nlp.timex_resolve import RESOLVERS, Context, Direction, parse_anchor
from recoupe.types import Timex

LOG = logging.getLogger(__name__)

SENTENCE_END = re.compile(r"[.!?\n]")
FULL_DATE_RULES = frozenset({"date_dmy", "date_numeric", "date_iso"})
TOKEN = re.compile(r"[\w'’-]+")
FUTURE_ENDING = re.compile(r"\w{2,}(?:rai|ra|rons|ront)")
PARTICIPLE_ENDING = re.compile(r"\w+(?:é|ée|és|ées|i|is|ie|u|ue|us|it|ite|ert|erte|int|eint|ort)")
PAST_ENDING = re.compile(r"\w{3,}(?:ait|aient|èrent)")
CONDITIONAL_ENDING = re.compile(r"\w+(?:rait|raient)")
SKIPPABLE_AFTER_AUXILIARY = frozenset({"pas", "déjà", "encore", "bien", "aussi", "également", "notamment", "été", "jamais", "plus", "ensuite", "alors"})
PRONOUNS_BEFORE_INFINITIVE = frozenset({"se", "s'", "le", "la", "les", "lui", "leur", "y", "en", "nous", "vous", "me", "te"})
DAY_VALUE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T|$)")
CLOCK_VALUE = re.compile(r"T(\d{2}:\d{2})$")
CLOCK_GAP = re.compile(r"[\s,]*(?:le\s+)?")


def extract_timexes(text: str, *, anchor: str | None = None) -> list[Timex]:
    """Find the French time expressions of `text` and normalise them.

    `anchor` is the page's publication date (ISO date or datetime). Relative expressions
    ("hier", "le 7 novembre", "il y a deux semaines") are resolved against it and carry it
    in `Timex.anchor`; without it they keep their text and `value=None`.
    """
    parsed = parse_anchor(anchor)
    timexes: list[Timex] = []
    last_day: date | None = None
    for candidate in select(find_candidates(text)):
        paragraph_day = last_day if last_day and "\n" not in text[_last_end(timexes):candidate.start] else None
        tense = sentence_tense(text, candidate.start, candidate.end)
        day_context = last_day if candidate.rule == "neighbour" else paragraph_day
        before = normalise(text[max(0, candidate.start - 20):candidate.start])
        value, kind = _resolve(candidate, Context(parsed, tense, day_context, before))
        unanchored, _ = _resolve(candidate, Context(None, tense, day_context, before)) if parsed else (value, kind)
        used = parsed.raw if parsed and value != unanchored else None
        timexes.append(Timex(text[candidate.start:candidate.end], candidate.start, candidate.end, value, kind, used))
        last_day = _day_of(value) or last_day
    timexes = _years_from_sentence(text, _date_clocks_from_following_day(text, timexes))
    return add_range_members(text, timexes)


def stated_dates(text: str) -> list[Timex]:
    """The full dates a text states ("le 7 novembre 2024", "07/11/2024"), needing no anchor: a
    cheap pass over the date rules only."""
    found = []
    for candidate in select(find_candidates(text, rules=FULL_DATE_RULES)):
        value, kind = _resolve(candidate, Context(None, None, None, ""))
        if value is not None:
            found.append(Timex(text[candidate.start:candidate.end], candidate.start, candidate.end, value, kind))
    return found


def _resolve(candidate: Candidate, context: Context) -> tuple[str | None, str]:
    """Run the candidate's resolver; a failure leaves the value unresolved."""
    try:
        return RESOLVERS[candidate.rule](candidate.groups, context)
    except (ValueError, KeyError, OverflowError) as error:
        LOG.debug("cannot resolve %s %s: %s", candidate.rule, candidate.groups, error)
        return None, "DATE"


def _last_end(timexes: list[Timex]) -> int:
    """End offset of the last timex found so far (0 when none)."""
    return timexes[-1].end if timexes else 0


def _day_of(value: str | None) -> date | None:
    """The calendar day a value names, if it names one."""
    match = DAY_VALUE.match(value or "")
    if not match:
        return None
    try:
        return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None


# ---------------------------------------------------------------------------- tense


def sentence_tense(text: str, start: int, end: int) -> Direction:
    """Tense of the verb nearest to [start, end) in its sentence: "past", "future" or None."""
    left = start
    while left > 0 and not SENTENCE_END.match(text[left - 1]):
        left -= 1
    found = SENTENCE_END.search(text, end)
    right = found.start() if found else len(text)
    tokens = [(m.start(), m.group()) for m in TOKEN.finditer(text, left, right)]
    best: tuple[int, str] | None = None
    for index, (position, token) in enumerate(tokens):
        if start <= position < end:
            continue
        label = _token_tense(tokens, index)
        if label:
            distance = start - position if position < start else position - end
            if best is None or distance < best[0]:
                best = (distance, label)
    return best[1] if best else None


def _token_tense(tokens: list[tuple[int, str]], index: int) -> str | None:
    """"future"/"past" when the token marks that tense, else None."""
    token = tokens[index][1]
    if not (token[:1].islower() or (token.isupper() and len(token) > 2)):
        return None
    word = token.lower().replace("’", "'")
    following = [t.lower() for _, t in tokens[index + 1:index + 4]]
    if word in fr_time.FUTURE_AUXILIARIES:
        return "future"
    if word in fr_time.NEAR_FUTURE_AUXILIARIES and _next_content(following, PRONOUNS_BEFORE_INFINITIVE).endswith(("er", "ir", "re", "oir")):
        return "future"
    if FUTURE_ENDING.fullmatch(word) and word not in fr_time.NOT_FUTURE_VERBS:
        return "future"
    if word in fr_time.PAST_AUXILIARIES and not (word == "a" and index and tokens[index - 1][1].lower() == "y"):
        return "past" if PARTICIPLE_ENDING.fullmatch(_next_content(following, SKIPPABLE_AFTER_AUXILIARY)) else None
    if word in fr_time.BEING_AUXILIARIES:
        after_self = _next_content(following, SKIPPABLE_AFTER_AUXILIARY)
        reflexive = index > 0 and tokens[index - 1][1].lower() in {"se", "s'"}
        return "past" if after_self in fr_time.BEING_PARTICIPLES or (reflexive and PARTICIPLE_ENDING.fullmatch(after_self)) else None
    if PAST_ENDING.fullmatch(word) and not CONDITIONAL_ENDING.fullmatch(word):
        return "past"
    return None


def _next_content(tokens: list[str], skippable: frozenset[str]) -> str:
    """The first token that is not in `skippable` ("" when none)."""
    return next((t for t in tokens if t not in skippable), "")


# ---------------------------------------------------------------------------- year from context

EXPLICIT_YEAR = re.compile(r"\b(?:1\d{3}|20\d{2})\b|['’]\d{2}\b|\b\d{2}$")
YEARLESS_DATE = re.compile(r"^\d{4}(-\d{2}(?:-\d{2})?)$")
BARE_YEAR = re.compile(r"^\d{4}$")
YEAR_CONTEXT_CHARS = 100


def _years_from_sentence(text: str, timexes: list[Timex]) -> list[Timex]:
    """A month or day written without its year takes the year named just before it in the same
    sentence ("en 1997 (en janvier ..., en octobre ...)"), not the page date's."""
    year: tuple[str, int] | None = None
    for timex in timexes:
        if year and (timex.start - year[1] > YEAR_CONTEXT_CHARS or SENTENCE_END.search(text, year[1], timex.start)):
            year = None
        value = timex.value or ""
        if timex.type == "DATE" and BARE_YEAR.match(value):
            year = (value, timex.end)
            continue
        match = YEARLESS_DATE.match(value)
        if year and match and timex.type == "DATE" and not EXPLICIT_YEAR.search(timex.text):
            timex.value = year[0] + match.group(1)
    return timexes


# ---------------------------------------------------------------------------- day + clock


def _date_clocks_from_following_day(text: str, timexes: list[Timex]) -> list[Timex]:
    """Give "4 h" in "4 h mardi" the day that follows it (TimeML keeps the two apart)."""
    for clock, day in zip(timexes, timexes[1:]):
        if _shape(clock) != "clock" or _shape(day) != "day":
            continue
        if not CLOCK_GAP.fullmatch(text[clock.end:day.start]):
            continue
        clock_match = CLOCK_VALUE.search(clock.value or "")
        if clock_match:
            clock.value = f"{day.value}T{clock_match.group(1)}"
            clock.anchor = day.anchor or clock.anchor
    return timexes


def _shape(timex: Timex) -> str:
    """ "day" for a resolved calendar day, "clock" for a clock time, "other" otherwise."""
    if timex.type == "DATE" and timex.value and DAY_VALUE.match(timex.value) and len(timex.value) == 10:
        return "day"
    if timex.type == "TIME" and timex.value and CLOCK_VALUE.search(timex.value):
        return "clock"
    return "other"
