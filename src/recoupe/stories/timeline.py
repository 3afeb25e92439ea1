"""Timeline: dated events from resolved DATE timexes, merged across sources, background marked."""

from __future__ import annotations

import logging
import re
import statistics
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from recoupe.lang.fr.calendar import MONTHS
from recoupe.lang.fr.checks import BYLINE_CUES
from recoupe.lang.fr.time import STARTING_POINT_WORDS
from recoupe.stories.check_text import content_words, copy_ids, cosine, idf_weights, looks_like_boilerplate
from recoupe.stories.check_text import sentence_at, tfidf, word_count
from recoupe.types import Article, Citation, Source, TimelineEntry

LOG = logging.getLogger(__name__)

_DATE_VALUE = re.compile(r"^(?P<year>\d{4}|XXXX)-(?P<month>\d{2})(?:-(?P<day>\d{2}))?")
_DAY_MONTH = re.compile(
    r"\b(?P<day>1er|[0-3]?\d)\s+(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b(?!\s*\d)",
    re.IGNORECASE,
)
BACKGROUND_DAYS = 60  # an event this long before the story's core date is background
FUTURE_DAYS = 366  # an event this long after the core is taken as a resolution error
MERGE_SIMILARITY = 0.1  # two same-month sentences this similar describe the same event


@dataclass(slots=True)
class _Dated:
    value: str
    article: Article
    start: int
    end: int
    text: str
    tokens: list[str]


def build_timeline(
    articles: Sequence[Article],
    sources: Sequence[Source] = (),
    *,
    skip: Collection[str] = (),
) -> list[TimelineEntry]:
    """Dated events across articles, one entry per date and event, sorted by date, each cited."""
    excluded = copy_ids(sources) | set(skip)
    usable = [a for a in articles if a.id not in excluded]
    core = story_core_date(usable)
    dated = [d for a in usable for d in _dated_sentences(a, core)]
    dated = [d for d in dated if not _too_late(d.value, core)]
    entries = _merge(dated)
    entries.sort(key=lambda e: (e.date, e.citations[0].article_id))
    LOG.debug("timeline: %d entries from %d dated sentences", len(entries), len(dated))
    return entries


def story_core_date(articles: Sequence[Article]) -> date | None:
    """Where the story sits in time: from publication dates, else from the dates articles mention."""
    return published_core(articles) or content_core(articles)


def published_core(articles: Sequence[Article]) -> date | None:
    """Median publication date of the articles that have one."""
    published = [d for a in articles if (d := parse_day(a.published_value))]
    return _median(published) if published else None


def grounded_timexes(article: Article) -> list:
    """The article's time expressions that do not rest on an inferred reference date: absolute
    ones, and those resolved against its own publication date. Checks of an article's time read
    these only; a date borrowed from the story would prove nothing about the article."""
    if article.published is not None:
        return article.timexes
    return [t for t in article.timexes if t.anchor is None]


def content_core(articles: Sequence[Article]) -> date | None:
    """Upper median of each article's latest mentioned day: a news page is written after what it tells."""
    latest = []
    for article in articles:
        days = [d for t in grounded_timexes(article) if t.type == "DATE" and (d := parse_day(t.value))]
        if days:
            latest.append(max(days))
    if not latest:
        return None
    return date.fromordinal(int(statistics.median_high(d.toordinal() for d in latest)))


def _median(days: list[date]) -> date:
    """The median day (lower median for even counts)."""
    return date.fromordinal(int(statistics.median_low(d.toordinal() for d in days)))


def parse_day(value: str | None) -> date | None:
    """The day of an ISO value with at least year-month-day, else None."""
    match = _DATE_VALUE.match(value or "")
    if not match or match["year"] == "XXXX" or not match["day"]:
        return None
    try:
        return date(int(match["year"]), int(match["month"]), int(match["day"]))
    except ValueError:
        return None


def event_value(value: str | None, core: date | None, *, text: str = "") -> str | None:
    """A DATE value of day or month precision; a yearless one takes the year nearest `core`.

    An unresolved timex whose `text` is a day and a month ("le 7 novembre") counts as yearless.
    """
    match = _DATE_VALUE.match(value or "") or _DATE_VALUE.match(_yearless(text) or "")
    if not match:
        return None
    year = match["year"]
    if year == "XXXX":
        if core is None or not match["day"]:
            return None
        year = str(_nearest_year(int(match["month"]), int(match["day"]), core))
    return f"{year}-{match['month']}" + (f"-{match['day']}" if match["day"] else "")


def _yearless(text: str) -> str | None:
    """"le 7 novembre" -> "XXXX-11-07"; None for anything else."""
    match = _DAY_MONTH.search(text)
    if not match:
        return None
    day = 1 if match["day"].lower() == "1er" else int(match["day"])
    return f"XXXX-{MONTHS[match['month'].lower()]:02d}-{day:02d}"


def _nearest_year(month: int, day: int, core: date) -> int:
    """The year that puts month/day closest to the core date."""
    candidates = []
    for year in (core.year - 1, core.year, core.year + 1):
        try:
            candidates.append((abs((date(year, month, day) - core).days), year))
        except ValueError:
            continue
    return min(candidates)[1] if candidates else core.year


def _dated_sentences(article: Article, core: date | None) -> list[_Dated]:
    """Sentences of one article that date an event (not its byline), one per timex."""
    found: list[_Dated] = []
    for timex in article.timexes:
        value = event_value(timex.value, core, text=timex.text) if timex.type == "DATE" else None
        if value is None or timex.text.lower() in STARTING_POINT_WORDS:
            continue
        start, end = sentence_at(article, timex.start)
        text = article.text[start:end]
        reason = _not_an_event(text, value, article)
        if reason:
            LOG.debug("timeline skips %r in %s: %s", timex.text, article.id, reason)
            continue
        found.append(_Dated(value, article, start, end, text, content_words(text)))
    return found


def _not_an_event(sentence: str, value: str, article: Article) -> str | None:
    """Why a dated sentence is not a timeline event, or None."""
    lowered = sentence.lower()
    if any(cue in lowered for cue in BYLINE_CUES) or (
        article.published and article.published.evidence and sentence in article.published.evidence
    ):
        return "byline"
    if word_count(sentence) < 5:
        return "too short to describe an event"
    if looks_like_boilerplate(sentence):
        return "boilerplate"
    return None


def _too_late(value: str, core: date | None) -> bool:
    """True for an event dated far after the story (most likely a resolution error)."""
    day = parse_day(value) or parse_day(value + "-01")
    return bool(core and day and day - core > timedelta(days=FUTURE_DAYS))


def _merge(dated: list[_Dated]) -> list[TimelineEntry]:
    """One entry per day; month-precision sentences merge only when they resemble each other."""
    idf = idf_weights(d.tokens for d in dated)
    groups: list[list[tuple[_Dated, dict[str, float]]]] = []
    for item in dated:
        vector = tfidf(item.tokens, idf)
        home = next(
            (g for g in groups if g[0][0].value == item.value
             and (parse_day(item.value) or max(cosine(vector, v) for _, v in g) >= MERGE_SIMILARITY)),
            None,
        )
        if home is None:
            groups.append([(item, vector)])
        elif all(d.article.id != item.article.id or d.start != item.start for d, _ in home):
            home.append((item, vector))
    return [_entry([d for d, _ in group]) for group in groups]


def _entry(group: list[_Dated]) -> TimelineEntry:
    """An entry worded by its shortest complete sentence, citing every carrier once."""
    lead = min(group, key=lambda d: (len(d.text), d.article.id))
    citations, seen = [], set()
    for item in [lead, *group]:
        if (item.article.id, item.start) not in seen:
            seen.add((item.article.id, item.start))
            citations.append(Citation(item.article.id, item.start, item.end, item.article.outlet))
    return TimelineEntry(date=lead.value, text=lead.text, citations=citations)


def background_flags(entries: Sequence[TimelineEntry], *, core: date | None = None) -> list[bool]:
    """For each entry, True when it is background (well before the story's core date).

    Without `core`, the core is the median of the entries' day-precision dates weighted by
    how many sources cite each, which is where the story's own events cluster.
    """
    if core is None:
        days = [d for e in entries if (d := parse_day(e.date)) for _ in e.citations]
        core = _median(days) if days else None
    if core is None:
        return [False for _ in entries]
    flags = []
    for entry in entries:
        day = parse_day(entry.date) or parse_day(entry.date + "-28")
        flags.append(bool(day and core - day > timedelta(days=BACKGROUND_DAYS)))
    return flags
