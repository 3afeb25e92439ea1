"""Out-of-time articles: pages whose own content dates them far from the rest of the story.

Each signal has a weight and its evidence; an article is flagged when the weights add up to
`FLAG_SCORE`. A publication date far from the story's core weighs enough on its own; content
signals (old dates only, an ordinal office contradicted by other sources, a contact claim that
contradicts the story, missing key people while naming others in roles) must combine.
"""

from __future__ import annotations

import dataclasses
import logging
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from recoupe.lang.fr.calendar import MONTHS, WEEKDAYS
from recoupe.lang.fr.checks import (
    ORDINAL_OFFICE_PATTERN,
    REELECTION_PATTERN,
    WEEKDAY_DATE_PATTERN,
    WEEKDAY_YEARS_BACK,
    YEAR_PATTERN,
)
from recoupe.stories.check_statements import (
    conflicting_contacts,
    person_mentions,
    role_mentions,
    same_person,
)
from recoupe.stories.check_text import independent, sentence_at
from recoupe.stories.timeline import event_value, grounded_timexes, parse_day, published_core, story_core_date
from recoupe.types import Article, Citation, Flag

LOG = logging.getLogger(__name__)

FAR_DAYS = 60  # a publication this far from the story's core is out of time
FLAG_SCORE = 2.0
_YEARLESS_DATE = re.compile(
    r"\b(?:1er|[12]?\d|3[01])\s+(?:" + "|".join(m for m in MONTHS if len(m) > 3) + r")\b(?!\s+\d{4})",
    re.IGNORECASE,
)


@dataclass(slots=True)
class Signal:
    """One reason to think an article is out of time, with its weight and evidence."""

    name: str
    weight: float
    explanation: str
    evidence: list[Citation] = field(default_factory=list)


def out_of_time(articles: Sequence[Article], roots: dict[str, str]) -> list[Flag]:
    """Flag the articles whose combined signals reach `FLAG_SCORE`, with every signal explained."""
    originals = _one_per_lineage(articles, roots)
    contact_flags = conflicting_contacts(originals, roots)
    flags = []
    for article in originals:
        others = [o for o in originals if independent(article, o, roots)]
        core = story_core_date(others)
        if core is None or not others:
            continue
        signals = _signals(article, others, core, contact_flags)
        if published_core(others) is None:  # a core read from mentioned dates is only an estimate
            signals = [dataclasses.replace(s, weight=min(s.weight, 1.0)) for s in signals]
        score = sum(s.weight for s in signals)
        LOG.debug("out-of-time score %.1f for %s (%s)", score, article.id, [s.name for s in signals])
        if score >= FLAG_SCORE:
            flags.append(_flag(article, core, signals, score))
    return flags


def _one_per_lineage(articles: Sequence[Article], roots: dict[str, str]) -> list[Article]:
    """The root article of each copy chain (the others say nothing new about time)."""
    return [a for a in articles if roots.get(a.id, a.id) == a.id]


def _signals(article: Article, others: list[Article], core: date, contact_flags: list[Flag]) -> list[Signal]:
    """Every signal that applies to one article."""
    found = [
        _publication_signal(article, core, others),
        _content_dates_signal(article, core),
        _weekday_date_signal(article, core),
        _ordinal_office_signal(article, others),
        _role_holder_signal(article, others, core),
        _contact_signal(article, others, core, contact_flags),
        _people_signal(article, others),
    ]
    return [s for s in found if s is not None]


def _cite(article: Article, start: int, end: int) -> Citation:
    return Citation(article.id, start, end, article.outlet)


def _publication_signal(article: Article, core: date, others: Sequence[Article]) -> Signal | None:
    """Its publication date is far from the story's core date, and from most of the other
    sources' publication dates: with two others a day and 70 days away, the core (a lower
    median) may be either, and neither proves the article late."""
    published = parse_day(article.published_value)
    if published is None or abs((published - core).days) <= FAR_DAYS:
        return None
    dated = [d for o in others if (d := parse_day(o.published_value))]
    if dated and sum(abs((d - published).days) > FAR_DAYS for d in dated) * 2 <= len(dated):
        return None
    evidence = article.published.evidence if article.published else None
    position = article.text.find(evidence) if evidence else -1
    span = (position, position + len(evidence)) if evidence and position >= 0 else (0, 0)
    return Signal(
        "publication-date", FLAG_SCORE,
        f"publié le {published.isoformat()}, à {abs((published - core).days)} jours du cœur de l'histoire "
        f"({core.isoformat()})",
        [_cite(article, *span)] if span[1] else [],
    )


def _content_dates_signal(article: Article, core: date) -> Signal | None:
    """Undated article whose explicit dates all lie well before the story (no yearless one fits it)."""
    if article.published_value or _yearless_date_near(article, core):
        return None
    dated: list[tuple[date, int, int]] = []
    for match in YEAR_PATTERN.finditer(article.text):
        dated.append((date(int(match.group(1)), 12, 31), match.start(), match.end()))
    for timex in grounded_timexes(article):
        value = event_value(timex.value, None) if timex.type == "DATE" else None
        if value and (day := parse_day(value) or parse_day(value + "-28")):
            dated.append((day, timex.start, timex.end))
    if not dated:
        return None
    latest, start, end = max(dated)
    if core - latest <= timedelta(days=FAR_DAYS):
        return None
    sentence = sentence_at(article, start)
    return Signal(
        "content-dates", 1.0,
        f"sans date de publication ; la date la plus récente qu'il mentionne est "
        f"« {article.text[start:end]} », bien avant le cœur de l'histoire ({core.isoformat()})",
        [_cite(article, *sentence)],
    )


def _yearless_date_near(article: Article, core: date) -> bool:
    """True when a day-and-month date without year can fall within the story's window.

    "14 mars" in a November story cannot (whatever the year); "jeudi 14 mars" must also be a Thursday.
    """
    weekdays = {m.start("day"): m for m in WEEKDAY_DATE_PATTERN.finditer(article.text)}
    for match in _YEARLESS_DATE.finditer(article.text):
        day_text, month_text = match.group(0).split(None, 1)
        day, month = (1 if day_text.lower() == "1er" else int(day_text)), MONTHS[month_text.lower()]
        for year in (core.year - 1, core.year, core.year + 1):
            candidate = _safe_date(year, month, day)
            if candidate is None or abs((candidate - core).days) > FAR_DAYS:
                continue
            named = weekdays.get(match.start())
            if named is None or candidate.weekday() == WEEKDAYS[named["weekday"].lower()]:
                return True
    return False


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _weekday_date_signal(article: Article, core: date) -> Signal | None:
    """Undated article whose "jeudi 14 mars" cannot be a date of the story's window."""
    if article.published_value:
        return None
    for match in WEEKDAY_DATE_PATTERN.finditer(article.text):
        day = 1 if match["day"].lower() == "1er" else int(match["day"])
        month, weekday = MONTHS[match["month"].lower()], WEEKDAYS[match["weekday"].lower()]
        near = [d for y in (core.year - 1, core.year, core.year + 1) if (d := _safe_date(y, month, day))
                and abs((d - core).days) <= FAR_DAYS]
        if any(d.weekday() == weekday for d in near):
            continue
        years = [y for y in range(core.year + 1, core.year - WEEKDAY_YEARS_BACK, -1)
                 if (d := _safe_date(y, month, day)) and d.weekday() == weekday and d < core]
        cited = sorted({int(m.group(1)) for m in YEAR_PATTERN.finditer(article.text)} & set(years), reverse=True)
        likely = f" ; l'article cite {', '.join(map(str, cited))}, année où c'était le cas" if cited else ""
        return Signal(
            "weekday-date", 1.0,
            f"« {match.group(0)} » ne tombe pas dans la période de l'histoire "
            f"({core.isoformat()}) : ce jour-là était un {match['weekday'].lower()} en "
            f"{', '.join(map(str, years[:3]))}{likely}",
            [_cite(article, *sentence_at(article, match.start()))],
        )
    return None


def _role_holder_signal(article: Article, others: list[Article], core: date) -> Signal | None:
    """It names someone in a role that sources of the story's own time give to someone else."""
    current = [o for o in others if (d := parse_day(o.published_value)) and abs((d - core).days) <= FAR_DAYS]
    holders: dict[str, set[str]] = {}
    for other in current:
        for mention in role_mentions(other):
            holders.setdefault(mention.role, set()).add(mention.person)
    clashes = [
        (mention, people) for mention in role_mentions(article)
        if (people := holders.get(mention.role, set())) and not any(same_person(mention.person, p) for p in people)
    ]
    if not clashes:
        return None
    return Signal(
        "other-role-holder", 1.0,
        " ; ".join(f"présente {m.person} comme « {m.role} », rôle que les autres sources de la période "
                   f"donnent à {', '.join(sorted(people))}" for m, people in clashes),
        [_cite(article, m.start, m.end) for m, _ in clashes],
    )


def _ordinal_office_signal(article: Article, others: list[Article]) -> Signal | None:
    """"élu 45e président" here, while other sources say the same person was re-elected."""
    for match in ORDINAL_OFFICE_PATTERN.finditer(article.text):
        if match["verb"].lower().startswith("réélu"):
            continue
        sentence = sentence_at(article, match.start())
        people = [name for name, s, _ in person_mentions(article) if sentence[0] <= s < sentence[1]]
        contradicting = [c for person in people for c in _reelections(person, others)]
        if contradicting:
            return Signal(
                "ordinal-office", 1.0,
                f"« {match.group(0)} » (un premier mandat) alors que d'autres sources parlent de réélection",
                [_cite(article, *sentence), *contradicting[:2]],
            )
    return None


def _reelections(person: str, others: list[Article]) -> list[Citation]:
    """Sentences of other articles saying `person` was re-elected or serves another term."""
    found = []
    for other in others:
        for match in REELECTION_PATTERN.finditer(other.text):
            start, end = sentence_at(other, match.start())
            if any(same_person(person, name) and start <= s < end for name, s, _ in person_mentions(other)):
                found.append(_cite(other, start, end))
                break
    return found


def _contact_signal(article: Article, others: list[Article], core: date, flags: list[Flag]) -> Signal | None:
    """A contact claim contradicting a source that is dated in the story's window, while it is not."""
    mine = [f for f in flags if article.id in (f.details.get("happened"), f.details.get("not_yet"))]
    if not mine or _has_date_near(article, core):
        return None
    flag = mine[0]
    counterparts = {flag.details["happened"], flag.details["not_yet"]} - {article.id}
    if not any(_has_date_near(o, core) for o in others if o.id in counterparts):
        return None
    return Signal(
        "contradicts-story-events", 1.0,
        f"{flag.message} ; cet article ne date l'événement que de façon relative",
        flag.evidence,
    )


def _has_date_near(article: Article, core: date) -> bool:
    """True when the article gives an explicit or yearless date within the story's window."""
    if _YEARLESS_DATE.search(article.text):
        return True
    for timex in grounded_timexes(article):
        day = parse_day(event_value(timex.value, core) if timex.type == "DATE" else None)
        if day and abs((day - core).days) <= FAR_DAYS:
            return True
    return any(int(m.group(1)) == core.year for m in YEAR_PATTERN.finditer(article.text))


def _people_signal(article: Article, others: list[Article]) -> Signal | None:
    """It lacks most of the story's key people and gives a role to someone nobody else names."""
    counts: Counter[str] = Counter()
    for other in others:
        counts.update({name for name, _, _ in person_mentions(other)})
    key_people = [name for name, count in counts.items() if count >= 2]
    mine = {name for name, _, _ in person_mentions(article)}
    missing = [p for p in key_people if not any(same_person(p, m) for m in mine)]
    if len(key_people) < 3 or len(missing) * 2 < len(key_people):
        return None
    strangers = [
        r for r in role_mentions(article)
        if not any(same_person(r.person, name) for name in counts)
    ]
    if not strangers:
        return None
    role = strangers[0]
    return Signal(
        "other-period-people", 0.5,
        f"ne nomme pas {', '.join(sorted(missing))}, présents ailleurs dans l'histoire, mais présente "
        f"{role.person} comme « {role.role} », que personne d'autre ne nomme",
        [_cite(article, role.start, role.end)],
    )


def _flag(article: Article, core: date, signals: list[Signal], score: float) -> Flag:
    """The out-of-time flag: every signal's explanation and evidence."""
    evidence = list({(c.article_id, c.start, c.end): c for s in signals for c in s.evidence}.values())
    return Flag(
        kind="out-of-time",
        message=f"Article probablement hors période ({article.outlet or article.title or article.id}) : "
        + " ; ".join(s.explanation for s in signals),
        evidence=evidence,
        details={
            "article_id": article.id,
            "score": f"{score:.1f}",
            "signals": ", ".join(s.name for s in signals),
            "story_core_date": core.isoformat(),
        },
    )
