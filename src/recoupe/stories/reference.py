"""Reference dates for pages without a publication date: what "vendredi", "le 7 novembre" or "en
juillet" are resolved against.

A page first takes the latest full date it states itself outside future-tense sentences ("Le 7
novembre 2024, lors du forum …": origin `page-dates`); a page writes after what it tells, so that
date is a lower bound. When the page joins a story, the story's median publication date (or the upper
median of its members' own page dates) replaces it when it is later (origin `story`). The reference
is stored with its origin and evidence, never as the publication date, and the page's time
expressions are resolved again against it.
"""

from __future__ import annotations

import logging
import re
import statistics
from datetime import date

from recoupe.nlp.timexes import extract_timexes, sentence_tense, stated_dates
from recoupe.types import Article, Published

LOG = logging.getLogger(__name__)

PAGE_DATES = "page-dates"
STORY = "story"
_FULL_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def page_reference(text: str) -> Published | None:
    """The latest full date a page states outside future-tense sentences, as a reference."""
    best: tuple[str, str] | None = None
    for timex in stated_dates(text):
        if timex.type != "DATE" or not _FULL_DAY.match(timex.value or ""):
            continue
        if sentence_tense(text, timex.start, timex.end) == "future":
            continue
        if best is None or timex.value > best[0]:
            best = (timex.value, timex.text)
    return Published(best[0], PAGE_DATES, best[1]) if best else None


def resolve_story_references(members: list[Article]) -> list[Article]:
    """Give the story's date to its undated pages whose own dates are older (or absent); their time
    expressions are resolved again. Returns the articles that changed."""
    core, evidence = _story_date(members)
    if core is None:
        return []
    changed = []
    for article in members:
        if article.published is not None:
            continue
        own = article.reference if article.reference and article.reference.origin == PAGE_DATES else None
        if own is not None and own.value >= core:
            continue
        if article.reference is not None and article.reference.value == core:
            continue
        article.reference = Published(core, STORY, evidence)
        article.timexes = extract_timexes(article.text, anchor=core)
        changed.append(article)
        LOG.debug("%s: reference date %s from its story", article.source, core)
    return changed


def _story_date(members: list[Article]) -> tuple[str | None, str]:
    """The median publication date of the story's members, else the median of their page dates."""
    published = [_day(a.published_value) for a in members if _day(a.published_value)]
    if published:
        return _median(published), f"date médiane de publication de {len(published)} article(s) de l'histoire"
    own = [_day(a.reference.value) for a in members
           if a.reference and a.reference.origin == PAGE_DATES and _day(a.reference.value)]
    if own:
        return _median(own, high=True), f"date médiane des dates que citent {len(own)} article(s) de l'histoire"
    return None, ""


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def _median(days: list[date], *, high: bool = False) -> str:
    """The median day; the upper one for page dates, which are lower bounds of when pages were written."""
    middle = statistics.median_high if high else statistics.median_low
    return date.fromordinal(int(middle(d.toordinal() for d in days))).isoformat()
