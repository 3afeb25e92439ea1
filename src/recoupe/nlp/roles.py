"""Roles and titles: "le président russe Vladimir Poutine" binds a role to a person, and a later
"le président russe" names that person again.

A role is its noun and its modifiers, normalised so that the words that say the same thing
agree ("américain" and "des États-Unis" are one country; "nouveau", "futur" and "élu" one
qualifier). A role phrase fits a binding when the binding holds all its modifiers; it clashes
with one that gives another country or another qualifier ("le président élu" is not "le
président sortant"). Bindings are read within an article and, in the corpus stage, across the
articles of a story.
"""

from __future__ import annotations

from dataclasses import dataclass

from recoupe.lang.fr.roles import COUNTRIES, MODIFIER_FORMS, QUALIFIERS


@dataclass(frozen=True, slots=True)
class Role:
    """A role noun (lemma) and its normalised modifiers."""

    noun: str
    modifiers: frozenset[str]

    def fits(self, other: Role) -> bool:
        """True when `other` (a binding's role) holds everything this role says."""
        return self.noun == other.noun and self.modifiers <= other.modifiers

    def clashes(self, other: Role) -> bool:
        """True when the two roles give different countries or different qualifiers."""
        if self.noun != other.noun:
            return False
        return _differs(self.modifiers, other.modifiers, COUNTRIES) or _differs(self.modifiers, other.modifiers, QUALIFIERS)

    def key(self) -> str:
        """A stable text form: "président|russie" (stored with quotes, read across articles)."""
        return "|".join([self.noun, *sorted(self.modifiers)])

    @classmethod
    def from_key(cls, key: str) -> Role:
        noun, *modifiers = key.split("|")
        return cls(noun, frozenset(modifiers))


def _differs(first: frozenset[str], second: frozenset[str], dimension: frozenset[str]) -> bool:
    mine, theirs = first & dimension, second & dimension
    return bool(mine and theirs and not mine & theirs)


def role_of(token) -> Role:
    """The role a noun token names, with its modifiers normalised: adjectives ("russe", "élu"),
    and the places and organisations it belongs to ("des États-Unis", "du Kremlin"); not the
    name of the person it introduces, nor dates."""
    words = set()
    for child in token.children:
        if child.dep_ in ("amod", "acl") and (child.pos_ in ("ADJ", "VERB") or child.lower_ in MODIFIER_FORMS):
            words.add(child.lower_)
        elif child.dep_ == "nmod" and child.pos_ in ("PROPN", "NOUN") and _is_affiliation(child):
            words.add(child.lower_)
    return Role(token.lemma_.lower(), frozenset(MODIFIER_FORMS.get(word, word) for word in words))


def _is_affiliation(token) -> bool:
    """A complement introduced by "de" (a country, an organisation), not a date nor a person."""
    marks = {child.lower_ for child in token.children if child.dep_ == "case"}
    if not marks & {"de", "du", "des", "d'", "d’"} or token.like_num:
        return False
    return token.ent_type_ not in ("PER",) and not any(c.like_num for c in token.children)


def best_binding(role: Role, bindings: list[tuple[Role, str]]) -> str | None:
    """The one person the bindings give for a role: every fitting binding names them, none other."""
    names = {name for bound, name in bindings if role.fits(bound)}
    return next(iter(names)) if len(names) == 1 else None


def resolve_story_roles(articles: list) -> list:
    """Name the speakers an article left as a title ("le nouveau président américain") with the
    person the story's articles bind that title to, when exactly one fits; returns the articles
    whose quotes changed."""
    bindings = [(Role.from_key(b.role), b.name) for article in articles for b in article.roles]
    changed = []
    for article in articles:
        touched = False
        for quote in article.quotes:
            if quote.speaker_role is None:
                continue
            name = best_binding(Role.from_key(quote.speaker_role), bindings)
            if name is not None and name != quote.speaker:
                quote.speaker, touched = name, True
        if touched:
            changed.append(article)
    return changed
