"""Corpus stages over the store: canonical entities, lineage, stories, dossiers."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence

from recoupe.progress import track
from recoupe.store import Store
from recoupe.types import Article, Dossier, Source, Story, to_json

LOG = logging.getLogger(__name__)

STORY_INDEX_KEY = "story_index"


def update_corpus(store: Store, *, progress: bool = False, refresh: set[str] = frozenset()) -> list[str]:
    """Refresh corpus-level facts after new pages; returns the ids of stories that changed.

    The stories of the articles in `refresh` (stored articles whose text changed) are rebuilt too.
    """
    articles = store.articles()
    if not articles:
        return []
    with store.transaction():  # all corpus facts change together, or none do
        return _update(store, articles, progress=progress, refresh=refresh)


def _update(store: Store, articles: list[Article], *, progress: bool, refresh: set[str]) -> list[str]:
    canonicalize_entities(store, articles)
    sources = find_sources(articles)
    store.save_relations(sources)
    touched = assign_stories(store, articles) | _stories_of(store, refresh)
    by_id = {article.id: article for article in articles}
    changed = [story for story in store.stories() if story.id in touched]
    for story in track(changed, label="dossiers", total=len(changed), enabled=progress):
        members = [by_id[i] for i in story.article_ids if i in by_id]
        resolve_story_facts(store, members)
        refresh_dossier(store, story, members, sources)
    return sorted(touched)


def resolve_story_facts(store: Store, members: list[Article]) -> None:
    """Store what the story settles in its articles (speaker titles, reference dates)."""
    from recoupe.stories.story_facts import settle_story_facts

    for article in settle_story_facts(members):
        store.save_annotations(article)


def _stories_of(store: Store, article_ids: set[str]) -> set[str]:
    """Ids of the stories these articles belong to."""
    return {story.id for story in store.stories() if article_ids & set(story.article_ids)} if article_ids else set()


def canonicalize_entities(store: Store, articles: list[Article]) -> None:
    """One canonical name per entity across the whole corpus; annotations rewritten in place."""
    from recoupe.nlp.entities import canonicalize

    before = [_names(article) for article in articles]
    canonicalize(articles)
    with store.transaction():
        for article, names in zip(articles, before):
            if _names(article) != names:  # only articles whose names changed are written again
                store.save_annotations(article)


def find_sources(articles: Sequence[Article]) -> list[Source]:
    """Each article's relation to the others: original, copy or rewrite (of the earliest)."""
    from recoupe.reuse.lineage import ReuseItem, find_relations

    items = [
        ReuseItem(article_id=a.id, text=a.text, published=a.published_value, outlet=a.outlet,
                  title=a.title, source=a.source, url=a.url)
        for a in articles
    ]
    return find_relations(items)


def assign_stories(store: Store, articles: list[Article]) -> set[str]:
    """Add articles not yet in a story to the incremental story index; returns touched stories."""
    from recoupe.stories.cluster import StoryIndex, article_features

    state = store.get_state(STORY_INDEX_KEY)
    index = StoryIndex.from_json(state) if state else StoryIndex()
    placed = {row[0] for row in store.db.execute("SELECT article_id FROM story_articles")}
    fresh = [article for article in articles if article.id not in placed]
    assignments = index.add([article_features(article) for article in fresh])
    store.set_state(STORY_INDEX_KEY, index.to_json())
    touched = set(assignments.values())
    for story in index.stories():
        if story.id in touched:
            store.save_story(story)
    for absorbed, survivor in index.merged().items():
        if store.story(absorbed) is not None:
            LOG.info("story %s merged into %s", absorbed, survivor)
            store.delete_story(absorbed)
    return touched


def refresh_dossier(store: Store, story: Story, articles: list[Article], sources: list[Source]) -> Dossier:
    """Build the story's dossier and persist it with the story's flag count."""
    from recoupe.stories.dossier import build_dossier

    members = {article.id for article in articles}
    dossier = build_dossier(story, articles, [s for s in sources if s.article_id in members])
    dossier.generated_at = dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()
    story.flags = len(dossier.flags)
    dossier.story = story
    store.save_story(story)
    store.save_dossier(story.id, to_json(dossier))
    return dossier


def _names(article: Article) -> tuple:
    """What canonicalisation may change in an article: entity names and aliases, speakers."""
    return (tuple((e.name, tuple(e.aliases), len(e.mentions)) for e in article.entities),
            tuple(q.speaker for q in article.quotes))
