"""Detection of French time expressions: one regular expression per rule, then guards.

A rule's optional group ``cue`` is a preposition that licenses the match ("en 1991") but stays
outside the span, as in TimeML. Resolution of the matches lives in :mod:`timex_resolve`.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field

from recoupe.lang.fr import time as fr_time
from recoupe.lang.fr.calendar import MONTHS, WEEKDAYS

LOG = logging.getLogger(__name__)


@dataclass(slots=True)
class Candidate:
    """One rule match: its span (cue excluded), rule name and lowercased groups."""

    start: int
    end: int
    rule: str
    groups: dict[str, str] = field(default_factory=dict)


def _alt(words: object) -> str:
    """A regex alternation of the words, longest first, apostrophes and spaces made loose."""
    items = sorted({str(w) for w in words}, key=len, reverse=True)  # type: ignore[attr-defined]
    escaped = (re.escape(w).replace("'", "['’]").replace(r"\ ", r"\s+") for w in items)
    return "(?:" + "|".join(escaped) + ")"


FULL_MONTHS = [m for m in MONTHS if m not in fr_time.MONTH_ABBREVIATIONS]
MONTH_FULL = _alt(FULL_MONTHS)
MONTH_ANY = _alt(MONTHS)
WEEKDAY = _alt(WEEKDAYS)
NUMBER_WORD = _alt([
    *fr_time.UNITS_IN_WORDS, *fr_time.TENS_IN_WORDS, *fr_time.BIG_NUMBERS_IN_WORDS, "dix", "quatre-vingts?",
])
APPROX = _alt(fr_time.APPROXIMATE_NUMBERS)
COUNT = (
    rf"(?:\d+(?:[.,]\d+)?|{NUMBER_WORD}(?:(?:-et-|-|\s+et\s+|\s+){NUMBER_WORD})*"
    rf"|(?:une\s+)?{APPROX}\s+(?:de\s+|d['’])|{_alt(fr_time.VAGUE_COUNTS)})"
)
UNIT = _alt(fr_time.DURATION_UNITS)
DAY = r"(?P<day>1er|premier|[12]\d|3[01]|0?[1-9])"
YEAR = r"(?P<year>1\d{3}|20\d{2}|2100)"
PART = r"(?P<part>début|fin|mi-|mi\s|milieu|courant)"
DIRECTION = _alt([*fr_time.PAST_WORDS, *fr_time.FUTURE_WORDS])
DAY_PART = _alt(fr_time.DAY_PARTS)
PART_PREFIX = r"(?:en\s+(?:début|fin)\s+(?:de\s+|d['’]))?"
B = r"(?<![\w-])"  # a word start that is not inside a hyphenated word ("après-midi")
E = r"(?![\w-])"

RULES: list[tuple[str, str]] = [
    ("date_dmy", rf"{B}(?:(?P<det>le|ce)\s+)?(?:(?P<wd>{WEEKDAY})\s+)?{DAY}\s+(?P<month>{MONTH_ANY})(?P<dot>\.)?"
                 rf"(?:,?\s+(?P<year4>\d{{4}})|\s+(?P<year2>\d{{2}})(?=\s*[,.;:)]|\s*$))?(?:\s+(?P<dir>{DIRECTION}))?{E}"),
    ("date_numeric", r"(?<![\d/.-])(?P<day>[0-3]?\d)(?P<sep>[/.-])(?P<month>[01]?\d)(?P=sep)(?P<year>\d{4}|\d{2})(?![\d/-])"),
    ("date_iso", r"(?<!\d)(?P<year>\d{4})-(?P<month>[01]\d)-(?P<day>[0-3]\d)(?!\d)"),
    ("month_year", rf"{B}(?:{PART}\s*(?:de\s+|d['’])?)?(?P<month>{MONTH_FULL})\s+(?:(?P<year4>\d{{4}})|['’](?P<year2>\d{{2}})"
                   rf"|(?P<year2b>\d{{2}})(?=\s*[,.;:)]|\s*$))(?!\d)"),
    ("month", rf"{B}(?:(?P<cue>en|depuis|dès|jusqu['’]en|d['’]ici|avant|après|de|d['’]|à\s+partir\s+de|au\s+mois\s+d['’]|"
              rf"au\s+mois\s+de)\s*)?(?P<mod>(?:le\s+)?mois\s+de\s+|(?:le\s+)?mois\s+d['’]|ce\s+|cet\s+)?"
              rf"(?:{PART}\s*(?:de\s+|d['’])?)?(?P<month>{MONTH_FULL})(?:\s+(?P<dir>{DIRECTION}))?{E}"),
    ("year", rf"{B}(?:(?P<cue>en|depuis|dès|jusqu['’]en|d['’]ici|avant|après|vers|entre|de|d['’]|à\s+partir\s+de|"
             rf"au\s+cours\s+de|à|et|pour|saison|exercice)\s*)?(?:(?P<prefix>l['’]année|l['’]an|année)\s+|{PART}\s*)?"
             rf"(?P<paren>\()?{YEAR}(?!\d|[.,]\d|\s?\d{{3}})"),
    ("decade", rf"{B}(?:(?P<part>début|fin|milieu)\s+(?:des|de)\s+)?(?:les\s+)?années\s+(?P<decade>(?:19|20)?\d0)(?!\d)"),
    ("century", rf"{B}(?:(?:la\s+|le\s+)?(?P<part>début|fin|milieu)\s+(?:du|de)\s+)?(?:le\s+)?(?P<century>[ivx]+|\d{{1,2}})"
                rf"(?:e|è|ème|eme)\s+siècle"),
    ("season", rf"{B}(?:(?P<cue>en|au|à|de|depuis|dès|cet|ce)\s+)?(?P<prefix>l['’]|cet\s+|ce\s+)?(?P<season>{_alt(fr_time.SEASONS)})"
               rf"(?:\s+{YEAR}|\s+(?P<dir>{DIRECTION}))?{E}"),
    ("holiday", rf"{B}(?:(?P<cue>{_alt(fr_time.HOLIDAY_CUES)})\s+)?"
                rf"(?P<name>{_alt([*fr_time.FIXED_HOLIDAYS, *fr_time.EASTER_HOLIDAYS])})(?:\s+{YEAR}|\s+(?P<dir>{DIRECTION}))?{E}"),
    ("deictic", rf"{B}(?P<word>{_alt(fr_time.DEICTIC_DAYS)})(?:\s+{PART_PREFIX}(?P<part>{DAY_PART}))?(?:\s+(?P<wd>{WEEKDAY}))?{E}"),
    ("this_part", rf"{B}(?P<this>{_alt(fr_time.THIS_DAY_PARTS)}){E}"),
    ("weekday", rf"{B}(?:(?P<this>ce|cette)\s+)?(?P<wd>{WEEKDAY})(?:\s+{PART_PREFIX}(?P<part>{DAY_PART}))?(?:\s+(?P<dir>{DIRECTION}))?{E}"),
    ("period_this", rf"{B}(?P<this>ce|cet|cette)\s+(?P<noun>{_alt(fr_time.PERIOD_NOUNS)})(?:-ci)?{E}"),
    ("period_rel", rf"{B}(?P<det>la|le|l['’])\s*(?P<noun>{_alt(fr_time.PERIOD_NOUNS)})\s+(?P<dir>{DIRECTION}){E}"),
    ("period_part", rf"{B}(?P<det>la|le|en|au|à\s+la)\s+(?P<part>fin|début|milieu)\s+(?:de\s+l['’]|de\s+la\s+|du\s+|d['’])"
                    rf"(?P<noun>{_alt(fr_time.PERIOD_NOUNS)})(?:\s+(?P<dir>{DIRECTION}))?{E}"),
    ("clock", rf"(?<![\w,.])(?P<hour>\d{{1,3}})\s?(?P<h>h|heures?)(?:\s?(?P<minute>[0-5]\d))?(?![\w/])"),
    ("clock_colon", r"(?<![\w:.])(?P<hour>[01]?\d|2[0-3]):(?P<minute>[0-5]\d)(?![\w:])"),
    ("ago", rf"{B}(?P<ago>il\s+y\s+a|voici|voilà|dans)\s+(?:(?P<mod>{_alt(fr_time.DURATION_MODIFIERS)})\s+)?"
            rf"(?P<count>{COUNT})\s*(?P<unit>{UNIT}){E}"),
    ("last_n", rf"{B}(?P<det>ces|les)\s+(?:(?P<count>{COUNT})\s+)?(?P<dir>{DIRECTION})\s+(?:(?P<count2>{COUNT})\s+)?(?P<unit>{UNIT}){E}"),
    ("duration", rf"{B}(?:(?P<mod>{_alt(fr_time.DURATION_MODIFIERS)})\s+)?(?P<count>{COUNT})\s*(?P<unit>{UNIT})"
                 rf"(?:\s+et\s+(?P<half>demie?))?{E}"),
    ("noon", rf"{B}(?P<cue>à|vers|dès|avant|après|jusqu['’]à|entre|de)\s+(?P<noon>midi|minuit){E}"),
    ("set", rf"{B}(?P<q>chaque|tous\s+les|toutes\s+les)\s+(?:(?P<count>{COUNT})\s+)?"
            rf"(?P<unit>{_alt(fr_time.SET_UNITS)}|(?P<wd>{WEEKDAY})s?){E}"),
    ("per", rf"{B}(?P<cue>par)\s+(?P<per>{_alt(fr_time.PER_UNITS)}){E}"),
    ("set_per", rf"{B}(?P<count>{COUNT})\s+fois\s+par\s+(?P<per>{_alt(fr_time.PER_UNITS)}){E}"),
    ("reference", rf"{B}(?P<ref>{_alt(fr_time.REFERENCE_WORDS)}){E}"),
    ("until_now", r"(?<![\w-])(?P<cue>d['’])(?P<here>ici)(?=\s+(?:à|la|le|l['’]|les|demain|[0-9]|quelques|peu|là|fin|deux|trois))"),
    ("neighbour", rf"{B}(?P<neighbour>{_alt(fr_time.NEIGHBOUR_DAYS)}){E}"),
    ("term", rf"{B}(?P<term>{_alt(fr_time.TERM_DURATIONS)}){E}"),
    ("short_year", r"(?<![\w-])(?P<cue>en)\s+(?P<year2>[5-9]\d|[01]\d)(?=\s*[,;:)(]|\s*\.(?!\d)|\s*$)"),
]
# Case-sensitive patterns run on lowercased text (much faster than IGNORECASE); the
# IGNORECASE set serves the rare texts whose lowercase form changes length.
COMPILED = [(name, re.compile(pattern)) for name, pattern in RULES]
COMPILED_IGNORING_CASE = [(name, re.compile(pattern, re.IGNORECASE)) for name, pattern in RULES]


def _keywords(phrases: object) -> tuple[str, ...]:
    """The longest word of each phrase: one of them must be in a text for the rule to run."""
    return tuple({max(re.split(r"[\s']", str(p)), key=len) for p in phrases})  # type: ignore[attr-defined]


# A rule only runs on texts holding one of its keywords (lowercase): most pages skip most rules.
RULE_KEYWORDS: dict[str, tuple[str, ...]] = {
    "decade": ("année",), "century": ("siècle",), "season": tuple(fr_time.SEASONS),
    "holiday": _keywords([*fr_time.FIXED_HOLIDAYS, *fr_time.EASTER_HOLIDAYS]),
    "set_per": ("fois",), "per": ("par",), "set": ("chaque", "tous", "toutes"),
    "ago": ("y a", "voici", "voilà", "dans"), "noon": ("midi", "minuit"),
    "last_n": _keywords([*fr_time.PAST_WORDS, *fr_time.FUTURE_WORDS]),
    "period_rel": _keywords([*fr_time.PAST_WORDS, *fr_time.FUTURE_WORDS]),
    "period_part": ("fin", "début", "milieu"), "neighbour": _keywords(fr_time.NEIGHBOUR_DAYS),
    "this_part": ("ce", "cet"), "period_this": ("ce", "cet"),
    "deictic": ("hier", "demain", "aujourd"), "term": ("quinquennat", "septennat"),
    "short_year": ("en ",), "reference": _keywords(fr_time.REFERENCE_WORDS),
    "until_now": ("ici",),
    "weekday": tuple(WEEKDAYS), "clock": ("h",), "clock_colon": (":",), "date_iso": ("-",),
}
RULE_ORDER = {name: index for index, (name, _) in enumerate(RULES)}
# Rules whose every match holds one of these words: they are run around them only.
_MONTH_ANCHOR = re.compile(MONTH_ANY)
RULE_ANCHORS: dict[str, re.Pattern[str]] = {
    "month": _MONTH_ANCHOR, "month_year": _MONTH_ANCHOR, "date_dmy": _MONTH_ANCHOR,
    "year": re.compile(r"(?<!\d)(?:1\d{3}|20\d{2}|2100)(?!\d)"),
    "date_numeric": re.compile(r"\d[/.-][01]?\d[/.-]\d"),
    "date_iso": re.compile(r"\d{4}-[01]\d-[0-3]\d"),
    "duration": re.compile(r"(?<!\w)(?:" + UNIT + r")(?!\w)"),
}
ANCHOR_BEFORE = 90  # the longest cue, count and modifier written before the anchor word
ANCHOR_AFTER = 40


def normalise(text: str) -> str:
    """Lowercase, typographic apostrophe made straight, whitespace collapsed."""
    return re.sub(r"\s+", " ", text.lower().replace("’", "'")).strip()


def find_candidates(text: str, *, rules: frozenset[str] | None = None) -> list[Candidate]:
    """Every accepted rule match (of the given rules only, when given), overlapping ones included."""
    found: list[Candidate] = []
    lowered = text.lower()
    patterns, searched = (COMPILED, lowered) if len(lowered) == len(text) else (COMPILED_IGNORING_CASE, text)
    for name, pattern in patterns:
        if rules is not None and name not in rules:
            continue
        keywords = RULE_KEYWORDS.get(name)
        if keywords and not any(word in lowered for word in keywords):
            continue
        for match in _matches(name, pattern, searched, lowered):
            candidate = _candidate(name, match, text)
            if candidate is None:
                continue
            reason = _rejection(candidate, text)
            if reason:
                LOG.debug("dropped %r (%s): %s", text[candidate.start:candidate.end], name, reason)
                continue
            found.append(candidate)
    return found


def _matches(name: str, pattern: re.Pattern[str], searched: str, lowered: str):
    """The rule's matches: over the whole text, or only in windows around the words the rule
    cannot match without (a month, a year, a duration unit), which is faster on long pages."""
    anchor = RULE_ANCHORS.get(name)
    if anchor is None:
        yield from pattern.finditer(searched)
        return
    windows: list[list[int]] = []
    for hit in anchor.finditer(lowered):
        low, high = max(0, hit.start() - ANCHOR_BEFORE), min(len(searched), hit.end() + ANCHOR_AFTER)
        if windows and low <= windows[-1][1]:
            windows[-1][1] = high
        else:
            windows.append([low, high])
    seen: set[tuple[int, int]] = set()
    for low, high in windows:
        for match in pattern.finditer(searched, low, high):
            if match.span() not in seen:
                seen.add(match.span())
                yield match


def select(candidates: list[Candidate]) -> list[Candidate]:
    """Non-overlapping candidates, longest first, then earliest, then rule order."""
    ranked = sorted(candidates, key=lambda c: (-(c.end - c.start), c.start, RULE_ORDER[c.rule]))
    taken: list[Candidate] = []
    for candidate in ranked:
        if all(candidate.end <= t.start or candidate.start >= t.end for t in taken):
            taken.append(candidate)
    return sorted(taken, key=lambda c: c.start)


def _candidate(name: str, match: re.Match[str], text: str) -> Candidate | None:
    """A candidate from a match in (lowercased) `text`, its span starting after the cue."""
    start = match.start()
    if match.groupdict().get("cue"):
        start = match.end("cue")
    while start < match.end() and text[start].isspace():
        start += 1
    if match.groupdict().get("paren"):
        start += 1
    if start >= match.end():
        return None
    groups = {k: normalise(v) for k, v in match.groupdict().items() if v}
    groups["_raw_month"] = text[match.start("month"):match.end("month")] if groups.get("month") else ""
    return Candidate(start, match.end(), name, groups)


def _rejection(candidate: Candidate, text: str) -> str | None:
    """Why a match is not a time expression, or None when it is one."""
    guard = GUARDS.get(candidate.rule)
    return guard(candidate, text) if guard else None


def _before(text: str, candidate: Candidate, width: int = 30) -> str:
    """The normalised text just before the candidate's cue-less span."""
    return normalise(text[max(0, candidate.start - width):candidate.start]) if candidate.start else ""


def _after(text: str, candidate: Candidate, width: int = 30) -> str:
    """The normalised text just after the candidate."""
    return normalise(text[candidate.end:candidate.end + width])


def _guard_date_dmy(candidate: Candidate, text: str) -> str | None:
    groups = candidate.groups
    abbreviated = groups["month"] in fr_time.MONTH_ABBREVIATIONS
    if groups["month"] == "sept" and not (groups.get("dot") or groups.get("year4")):
        return "'sept' without a year or a dot is the number seven"
    if groups.get("dot") and not abbreviated and not groups.get("year4") and not groups.get("dir"):
        candidate.end -= 1  # a sentence's full stop, not an abbreviation's
        del groups["dot"]
    year = groups.get("year4")
    if year and not 1000 <= int(year) <= 2100:
        return "year out of range"
    return None


def _guard_month(candidate: Candidate, text: str) -> str | None:
    groups = candidate.groups
    if groups["month"] not in fr_time.AMBIGUOUS_MONTHS:
        return None
    licensed = groups.get("cue") or groups.get("mod") or groups.get("part") or groups.get("dir")
    if not licensed:
        return f"'{groups['month']}' alone needs a cue (en, début, mois de...)"
    if groups["_raw_month"][:1].isupper() and groups.get("cue") in {"de", "d'"} and not groups.get("part"):
        return f"capitalised '{groups['_raw_month']}' after 'de' is a name"
    return None


def _guard_year(candidate: Candidate, text: str) -> str | None:
    groups = candidate.groups
    after = _after(text, candidate)
    if groups.get("paren") and not after.startswith(")"):
        return "opening parenthesis without a closing one"
    cue = groups.get("cue")
    in_range = bool(re.match(r"\s?[-–]\s?(1\d{3}|20\d{2})\b", text[candidate.end:candidate.end + 7])
                    or re.search(r"\b(1\d{3}|20\d{2})\s?[-–]\s?$", text[max(0, candidate.start - 7):candidate.start]))
    if not (cue or groups.get("prefix") or groups.get("part") or groups.get("paren") or in_range):
        return "a bare number is not a year"
    if cue in {"à", "et"} and not re.search(r"\b(1\d{3}|20\d{2})\b", _before(text, candidate, 20)):
        return f"'{cue} NNNN' is a year only after another year"
    follower = re.match(r"[^\w%€$]*([\w%€$]+)", after)
    if follower and follower.group(1) in fr_time.NOT_YEAR_FOLLOWERS:
        return f"followed by the quantity word '{follower.group(1)}'"
    if re.search(r"\d[\s\u00a0\u202f]$", text[max(0, candidate.start - 2):candidate.start]):
        return "part of a larger number"
    if re.match(r"\s*(?:à|-)\s*\d", text[candidate.end:candidate.end + 6]) and cue == "de" and not in_range:
        return "start of a numeric range"
    return None


def _guard_season(candidate: Candidate, text: str) -> str | None:
    groups = candidate.groups
    if groups["season"] == "été" and not (groups.get("prefix") or groups.get("cue") in {"en", "au", "cet"} or groups.get("year")):
        return "'été' without a determiner is the participle"
    if not (groups.get("prefix") or groups.get("cue") or groups.get("year")):
        return "a season name needs a determiner"
    return None


def _guard_holiday(candidate: Candidate, text: str) -> str | None:
    groups = candidate.groups
    if groups["name"] in {"noël", "pâques"} and not (groups.get("cue") or groups.get("year") or groups.get("dir")):
        return f"'{groups['name']}' without a cue may be a first name"
    if groups["name"] == "noël" and re.match(r"\s+[A-Z]", text[candidate.end:candidate.end + 3]):
        return "'Noël' followed by a capitalised word is a name"
    return None


def _guard_duration(candidate: Candidate, text: str) -> str | None:
    groups = candidate.groups
    count, unit = groups["count"], groups["unit"]
    if count in fr_time.WEAK_NUMBER_WORDS and unit in {"jour", "nuit"} and not groups.get("mod"):
        return f"'{count} {unit}' is an indefinite moment"
    if count == "des" and unit not in fr_time.UNITS_AFTER_DES:
        return f"'des {unit}' is not a duration"
    if unit in {"heure", "heures"} and re.search(r"(?:^|\s)(" + "|".join(map(re.escape, fr_time.TIME_CUES)) + r")$", _before(text, candidate)):
        return "a clock time after a time cue"
    if unit == "min" and not count[:1].isdigit():
        return "'min' needs digits"
    if count in fr_time.WEAK_NUMBER_WORDS and unit == "seconde" and not groups.get("mod"):
        return "'une seconde' is the ordinal"
    if unit in {"an", "ans", "années"} and not groups.get("mod") and _is_age(candidate, text):
        return "an age, not a duration"
    return None


def _is_age(candidate: Candidate, text: str) -> bool:
    """True for "Jean, 87 ans," and "un homme de 38 ans a..." (but not "une peine de 2 ans de prison")."""
    before, after = _before(text, candidate), _after(text, candidate)
    if before.endswith(",") and after[:1] in {",", ")", "."}:
        return True
    cues = "|".join(map(re.escape, fr_time.AGE_CUES))
    if not re.search(rf"(?:^|\s)({cues})$|d'$", before) or before.endswith("d'ici à"):
        return False
    return not any(after.startswith(word) for word in fr_time.AGE_BREAKERS)


def _guard_clock(candidate: Candidate, text: str) -> str | None:
    groups = candidate.groups
    hour = int(groups["hour"])
    if groups["h"] != "h" and not groups.get("minute"):
        cues = "|".join(map(re.escape, fr_time.TIME_CUES))
        if not re.search(rf"(?:^|\s)({cues})$", _before(text, candidate)):
            return "'N heures' without a time cue is a duration"
    if hour > 24 and not groups.get("minute"):
        groups["as_duration"] = "1"
    cues = "|".join(map(re.escape, fr_time.CLOCK_DURATION_CUES))
    if re.search(rf"(?:^|\s)({cues})$", _before(text, candidate)) and not groups.get("minute"):
        groups["as_duration"] = "1"
    if hour > 24 and groups.get("minute"):
        return "hour out of range"
    return None


def _guard_numeric(candidate: Candidate, text: str) -> str | None:
    groups = candidate.groups
    if not (1 <= int(groups["month"]) <= 12 and 1 <= int(groups["day"]) <= 31):
        return "not a valid day/month"
    if len(groups["year"]) == 4 and not 1000 <= int(groups["year"]) <= 2100:
        return "year out of range"
    return None


def _guard_ago(candidate: Candidate, text: str) -> str | None:
    groups = candidate.groups
    if groups["count"] in fr_time.WEAK_NUMBER_WORDS and groups["unit"] in {"jour", "seconde"} and groups["ago"] == "dans":
        return f"'dans {groups['count']} {groups['unit']}' is not a date"
    return None


def _guard_set_per(candidate: Candidate, text: str) -> str | None:
    return "vague count" if candidate.groups["count"] in fr_time.VAGUE_COUNTS else None


GUARDS = {
    "date_dmy": _guard_date_dmy, "month": _guard_month, "year": _guard_year, "season": _guard_season,
    "holiday": _guard_holiday, "duration": _guard_duration, "clock": _guard_clock,
    "date_numeric": _guard_numeric, "date_iso": _guard_numeric, "set_per": _guard_set_per,
    "ago": _guard_ago,
}
