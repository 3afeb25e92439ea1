"""What one article leaves open and its story settles: the titles of speakers that other articles
of the story name ("le nouveau président américain" -> Donald Trump) and the reference dates of
pages without a publication date. Pure functions over the story's articles; the corpus stage
stores what changed, a dossier built from inputs applies them in memory."""

from __future__ import annotations

from recoupe.nlp.roles import resolve_story_roles
from recoupe.stories.reference import resolve_story_references
from recoupe.types import Article


def settle_story_facts(members: list[Article]) -> list[Article]:
    """Apply the story's roles and reference date to its articles; returns those that changed."""
    changed = {article.id: article for article in resolve_story_references(members)}
    changed.update((article.id, article) for article in resolve_story_roles(members))
    return list(changed.values())
