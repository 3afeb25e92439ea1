"""Conflicting statements: one role held by different people; an event both done and not yet done."""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass

from recoupe.lang.fr.checks import (
    ACCOMPLISHED_CONTACT_PATTERN,
    CONTACT_VERB_STEMS,
    HYPOTHETICAL_CUES,
    NOT_YET_PATTERN,
    ROLE_DETERMINERS,
    ROLE_NOUNS,
    ROLE_OF_PLACE_PATTERN,
    ROLE_TIME_MODIFIERS,
)
from recoupe.stories.check_text import fold, independent, sentence_at, sentence_spans
from recoupe.types import Article, Citation, Flag

LOG = logging.getLogger(__name__)

_TAIL_TOKEN = re.compile(r"[\w'-]+|[^\w\s]")
_PRONOUN_SUBJECT = re.compile(r"\b(?:il|elle)\b", re.IGNORECASE)
MAX_ROLE_WORDS = 7


@dataclass(slots=True)
class RoleMention:
    """"la candidate démocrate Hillary Clinton": role key, person, where."""

    role: str  # "candidat démocrate"
    person: str
    article: Article
    start: int  # span of the sentence
    end: int


def same_person(a: str, b: str) -> bool:
    """Names that share their last word (surname), accent-folded: "Dolnald Trump" ~ "Donald Trump"."""
    return fold(a).split()[-1:] == fold(b).split()[-1:]


def person_mentions(article: Article) -> list[tuple[str, int, int]]:
    """(canonical name, start, end) of every PER mention of an article."""
    return sorted(
        (entity.name, m.start, m.end)
        for entity in article.entities if entity.type == "PER"
        for m in entity.mentions
    )


def role_mentions(article: Article) -> list[RoleMention]:
    """Roles written right before a person's name, without time modifiers ("élu", "ancien"...)."""
    found = []
    for name, start, _ in person_mentions(article):
        role = _role_before(article.text[max(0, start - 80):start])
        if role:
            span = sentence_at(article, start)
            found.append(RoleMention(role, name, article, *span))
    return found


def _role_before(window: str) -> str | None:
    """The role key of the words right before a name: "la candidate démocrate ", "le préfet de la Loire, "."""
    of_place = ROLE_OF_PLACE_PATTERN.search(window)
    if of_place and of_place["role"] in ROLE_NOUNS:
        return f"{ROLE_NOUNS[of_place['role']]} de {fold(of_place['place'])}"
    return _role_run_before(window)


def _role_run_before(window: str) -> str | None:
    """The role key of the determiner + lowercase run ending `window` ("la candidate démocrate ")."""
    tokens = _TAIL_TOKEN.findall(window.replace("’", "'"))
    if tokens and tokens[-1] == ",":
        tokens.pop()
    run: list[str] = []
    while tokens and len(run) < MAX_ROLE_WORDS:
        token = tokens.pop()
        elided, apostrophe, word = token.partition("'")
        if apostrophe and elided.lower() in ROLE_DETERMINERS:
            run.insert(0, word.lower())
            break
        if token.lower() in ROLE_DETERMINERS:
            break
        if not token[:1].islower():
            return None
        run.insert(0, token.lower())
    else:
        return None  # no determiner: not a role apposition
    if any(word in ROLE_TIME_MODIFIERS for word in run):
        return None
    for index, word in enumerate(run):
        if word in ROLE_NOUNS and index + 1 < len(run):
            return " ".join([ROLE_NOUNS[word], *run[index + 1:]])
    return None


def conflicting_roles(articles: Sequence[Article], roots: dict[str, str]) -> list[Flag]:
    """The same role attributed to different people by independent sources."""
    by_role: dict[str, list[RoleMention]] = {}
    for article in articles:
        for mention in role_mentions(article):
            by_role.setdefault(mention.role, []).append(mention)
    flags = []
    for role, mentions in by_role.items():
        clashing = [
            (a, b) for i, a in enumerate(mentions) for b in mentions[i + 1:]
            if not same_person(a.person, b.person) and independent(a.article, b.article, roots)
        ]
        if clashing:
            flags.append(_role_flag(role, clashing))
    return flags


def _role_flag(role: str, pairs: list[tuple[RoleMention, RoleMention]]) -> Flag:
    """A flag citing each (person, article) once."""
    mentions = list({(m.person, m.article.id): m for pair in pairs for m in pair}.values())
    people = sorted({m.person for m in mentions})
    return Flag(
        kind="conflicting-statements",
        message=f"Rôle attribué à des personnes différentes : « {role} » = {' / '.join(people)}",
        evidence=[Citation(m.article.id, m.start, m.end, m.article.outlet) for m in mentions],
        details={"statement": "role", "role": role, "people": ", ".join(people)},
    )


def role_holders(articles: Sequence[Article]) -> dict[str, str]:
    """Roles held by exactly one person across the articles ("président russe" -> "Vladimir Poutine")."""
    holders: dict[str, set[str]] = {}
    for article in articles:
        for mention in role_mentions(article):
            holders.setdefault(mention.role, set()).add(mention.person)
    return {role: next(iter(people)) for role, people in holders.items() if len(people) == 1}


# --------------------------------------------------------------------------- contact events

@dataclass(slots=True)
class ContactClaim:
    """A sentence saying that people did (or have not yet) talked or met."""

    article: Article
    start: int
    end: int
    happened: bool
    participants: frozenset[str]


def contact_claims(article: Article, holders: dict[str, str]) -> list[ContactClaim]:
    """Sentences claiming that a contact happened, or that it has not happened yet."""
    claims = []
    spans = sentence_spans(article.text)
    people = person_mentions(article)
    for index, (start, end) in enumerate(spans):
        text = article.text[start:end]
        happened = _contact_status(text)
        if happened is None:
            continue
        participants = _participants(text, start, end, people, holders)
        if _PRONOUN_SUBJECT.search(text) and index > 0:
            previous_start, previous_end = spans[index - 1]
            participants |= _participants("", previous_start, previous_end, people, {})
        claims.append(ContactClaim(article, start, end, happened, frozenset(participants)))
    return claims


def _contact_status(text: str) -> bool | None:
    """True: a contact is reported as done; False: as not done yet; None: neither (or hypothetical)."""
    lowered = text.lower()
    not_yet = NOT_YET_PATTERN.search(lowered)
    if not_yet and any(stem in lowered[not_yet.end():not_yet.end() + 60] for stem in CONTACT_VERB_STEMS):
        return False
    if ACCOMPLISHED_CONTACT_PATTERN.search(lowered) and not any(cue in lowered for cue in HYPOTHETICAL_CUES):
        return True
    return None


def _participants(text: str, start: int, end: int, people: list[tuple[str, int, int]],
                  holders: dict[str, str]) -> set[str]:
    """People named in a span, plus the holders of roles named without a name."""
    named = {name for name, s, _ in people if start <= s < end}
    folded = fold(text)
    named |= {person for role, person in holders.items() if fold(role) in folded}
    return named


def conflicting_contacts(articles: Sequence[Article], roots: dict[str, str]) -> list[Flag]:
    """A contact reported as done by one source and as not done yet by another, same people."""
    holders = role_holders(articles)
    claims = [c for a in articles for c in contact_claims(a, holders)]
    done = [c for c in claims if c.happened]
    not_yet = [c for c in claims if not c.happened]
    flags = []
    for negative in not_yet:
        for positive in done:
            shared = _shared_people(negative.participants, positive.participants)
            if len(shared) >= 2 and independent(negative.article, positive.article, roots):
                flags.append(_contact_flag(positive, negative, shared))
    return flags


def _shared_people(a: frozenset[str], b: frozenset[str]) -> set[str]:
    """People of `a` who also appear (same surname) in `b`."""
    return {name for name in a if any(same_person(name, other) for other in b)}


def _contact_flag(positive: ContactClaim, negative: ContactClaim, people: set[str]) -> Flag:
    names = " et ".join(sorted(people))
    return Flag(
        kind="conflicting-statements",
        message=f"Contact entre {names} : a eu lieu selon une source, pas encore selon une autre",
        evidence=[
            Citation(positive.article.id, positive.start, positive.end, positive.article.outlet),
            Citation(negative.article.id, negative.start, negative.end, negative.article.outlet),
        ],
        details={
            "statement": "contact",
            "people": ", ".join(sorted(people)),
            "happened": positive.article.id,
            "not_yet": negative.article.id,
        },
    )
