"""The dossier of a story: cited summary, timeline, quote table, entities, sources and flags."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Sequence
from datetime import datetime, timezone
from typing import Any

from recoupe.stories.checks import find_flags, out_of_time_ids
from recoupe.stories.outlet_names import unify_outlets
from recoupe.stories.quote_table import build_quote_table
from recoupe.stories.story_facts import settle_story_facts
from recoupe.stories.summary import SummaryOptions, summarize
from recoupe.stories.timeline import background_flags, build_timeline
from recoupe.types import Article, Dossier, Source, Story

LOG = logging.getLogger(__name__)


SUMMARY_WORDS = 100  # a dossier's summary is about this long (up to 20 % more)


def build_dossier(
    story: Story,
    articles: list[Article],
    sources: list[Source],
    *,
    summary_sentences: int = 6,
) -> Dossier:
    """Assemble the dossier of one story.

    The story first settles what its articles leave open (speaker titles named elsewhere in the
    story, reference dates of undated pages; :mod:`recoupe.stories.story_facts`). Checks run next:
    articles flagged out of time stay in the sources and the entity list but
    are left out of the summary, the timeline and the quote table. Copies (relation "copy")
    are never summarised. The returned story is a copy of `story` with `flags` set.
    """
    members = [a for a in articles if not story.article_ids or a.id in set(story.article_ids)] or articles
    unify_outlets(members)
    settle_story_facts(members)
    flags = find_flags(members, sources)
    late = out_of_time_ids(flags)
    options = SummaryOptions(sentences=summary_sentences, max_words=SUMMARY_WORDS)
    summary = summarize(members, sources, skip=late, options=options)
    timeline = build_timeline(members, sources, skip=late)
    for entry, background in zip(timeline, background_flags(timeline)):
        entry.background = background
    dated = sorted(v for a in members if a.id not in late and (v := a.published_value))
    return Dossier(
        story=dataclasses.replace(
            story,
            flags=len(flags),
            first=story.first or (dated[0] if dated else None),
            last=story.last or (dated[-1] if dated else None),
        ),
        summary=summary,
        timeline=timeline,
        quotes=build_quote_table(members, skip=late),
        entities=entity_table(members),
        sources=sorted_sources(members, sources),
        flags=flags,
        generated_at=datetime.now(timezone.utc).isoformat(timespec="seconds"),
    )


def entity_table(articles: Sequence[Article]) -> list[dict[str, Any]]:
    """One row per canonical entity: name, type, aliases, number of articles; most present first."""
    rows: dict[tuple[str, str], dict[str, Any]] = {}
    for article in articles:
        for entity in article.entities:
            row = rows.setdefault(
                (entity.name, entity.type),
                {"name": entity.name, "type": entity.type, "aliases": [], "articles": 0, "mentions": 0},
            )
            row["articles"] += 1
            row["mentions"] += len(entity.mentions)
            for alias in [*entity.aliases, *(m.text for m in entity.mentions)]:
                if alias != entity.name and alias not in row["aliases"]:
                    row["aliases"].append(alias)
    return sorted(rows.values(), key=lambda r: (-r["articles"], -r["mentions"], r["name"]))


def sorted_sources(articles: Sequence[Article], sources: Sequence[Source]) -> list[Source]:
    """The story's sources by publication date (undated last); articles without one get "original"."""
    known = {s.article_id: s for s in sources}
    rows = [
        known.get(a.id) or Source(
            article_id=a.id, title=a.title, outlet=a.outlet, published=a.published_value,
            relation="original", source=a.source, url=a.url,
        )
        for a in articles
    ]
    rows = [dataclasses.replace(row, outlet=article.outlet, title_origin=article.title_origin)
            for row, article in zip(rows, articles)]
    order = {a.id: i for i, a in enumerate(articles)}
    return sorted(rows, key=lambda s: (s.published is None, s.published or "", order.get(s.article_id, 0)))
