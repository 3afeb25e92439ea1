"""Named entities of one article (spaCy NER, cleaned and grouped) and their corpus-wide names.

`entities_from_doc` turns a parsed document into one :class:`Entity` per person, organisation,
place or other name, with every mention's span; a short form ("Poutine") joins the fuller name of
the same entity in the article ("Vladimir Poutine"). `canonicalize` then gives each entity one
name across a corpus (see :mod:`recoupe.nlp.entity_canon`).
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from dataclasses import dataclass, field

from recoupe.nlp.entity_canon import canonicalize, close_spelling
from recoupe.nlp.entity_spans import CleanSpan, capitalised_tail, clean_span, name_key
from recoupe.types import Entity, Mention

LOG = logging.getLogger(__name__)

__all__ = ["entities_from_doc", "canonicalize", "name_key"]

TYPE_PRIORITY = {"PER": 0, "ORG": 1, "LOC": 2, "MISC": 3}
# A short form joins one of several fuller names only when that one dominates this much.
DOMINANCE = 3.0
_ACRONYM_AFTER = re.compile(r"\s*\(\s*([A-Za-zÀ-ÿ][\w.\-]{1,11})\s*\)")


@dataclass(slots=True)
class _Group:
    """Mentions of one name key inside an article, while grouping."""

    key: str
    spans: list[CleanSpan] = field(default_factory=list)
    tokens: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.tokens = self.key.split()

    @property
    def type(self) -> str:
        counts = Counter(span.type for span in self.spans)
        return min(counts, key=lambda t: (-counts[t], TYPE_PRIORITY.get(t, 9)))


def entities_from_doc(doc) -> list[Entity]:
    """Entities of one parsed document, with mention spans into `doc.text`, in order of appearance."""
    text = doc.text  # built on each access by spaCy: read it once
    spans = [clean_span(text, ent.start_char, ent.end_char, ent.label_) for ent in doc.ents]
    groups: dict[str, _Group] = {}
    for span in spans:
        if span is not None:
            groups.setdefault(name_key(span.text), _Group(name_key(span.text))).spans.append(span)
    merged = _join_short_forms(groups, _acronyms(text, groups))
    entities = [_to_entity(members) for members in merged]
    entities.sort(key=lambda entity: entity.mentions[0].start)
    return entities


def _acronyms(text: str, groups: dict[str, _Group]) -> dict[str, _Group]:
    """Acronyms the article defines, "la République en marche (LaREM)": acronym key -> the name."""
    found: dict[str, _Group] = {}
    for group in groups.values():
        for span in group.spans:
            match = _ACRONYM_AFTER.match(text, span.end)
            short = groups.get(name_key(match.group(1))) if match else None
            if short is not None and short is not group and is_abbreviation(match.group(1), span.text):
                found[short.key] = group
    return found


def is_abbreviation(short: str, long: str) -> bool:
    """True when the letters of `short` run in order through `long`, the first at a word start
    (Schwartz and Hearst's test): "LaREM" / "La République en marche", "CGT" / "Confédération
    générale du travail"."""
    letters = [c for c in short.lower() if c.isalnum()]
    words = long.lower()
    if len(letters) < 2 or not words or letters[0] != words[0]:
        return False
    position = 0
    for letter in letters:
        position = words.find(letter, position)
        if position < 0:
            return False
        position += 1
    return True


def _join_short_forms(groups: dict[str, _Group], acronyms: dict[str, _Group] | None = None) -> list[list[_Group]]:
    """Attach each short name to the unique (or dominant) fuller name it ends with, an acronym to
    the name it abbreviates, and a misspelt full name ("Dolnald Trump") to the spelling the
    article uses more often."""
    acronyms = acronyms or {}
    fuller: dict[str, list[_Group]] = {key: [] for key in groups}
    by_last: dict[str, list[_Group]] = {}  # both joins need the same last word
    for group in groups.values():
        by_last.setdefault(group.tokens[-1] if group.tokens else "", []).append(group)
    for group in sorted(groups.values(), key=lambda g: (len(g.tokens), g.key)):
        same_last = by_last.get(group.tokens[-1] if group.tokens else "", [])
        target = acronyms.get(group.key) or _fuller_name(group, same_last) or _better_spelling(group, same_last)
        if target is not None:
            fuller[target.key].append(group)
    attached = {g.key for members in fuller.values() for g in members}
    result = []
    for key in sorted(groups):
        if key not in attached:
            result.append([groups[key], *_closure(key, fuller, groups)])
    return result


def _closure(key: str, fuller: dict[str, list[_Group]], groups: dict[str, _Group]) -> list[_Group]:
    """All short forms attached (directly or through another short form) to `key`."""
    members: list[_Group] = []
    for short in fuller[key]:
        members.append(short)
        members.extend(_closure(short.key, fuller, groups))
    return members


def _fuller_name(group: _Group, candidates) -> _Group | None:
    """The fuller name a short name belongs to, or None when there is none or it is ambiguous."""
    tokens = group.tokens
    matches = [
        other for other in candidates
        if len(other.tokens) > len(tokens) and other.tokens[-len(tokens):] == tokens
        and _compatible(group.type, other.type) and capitalised_tail(other.spans[0].text, len(tokens))
    ]
    if not matches:
        return None
    matches.sort(key=lambda g: (-len(g.spans), g.key))
    if len(matches) == 1 or len(matches[0].spans) >= DOMINANCE * len(matches[1].spans):
        return matches[0]
    LOG.debug("short name %r left alone: several fuller names", group.key)
    return None


def _better_spelling(group: _Group, candidates) -> _Group | None:
    """The spelling of the same name, surname shared, that the article uses more often: the
    group is a slip of it. Ties keep both apart."""
    if len(group.tokens) < 2:
        return None
    slips = [other for other in candidates
             if other.tokens[-1:] == group.tokens[-1:] and len(other.tokens) == len(group.tokens)
             and len(other.spans) > len(group.spans)
             and _compatible(group.type, other.type) and close_spelling(group.tokens, other.tokens)]
    return max(slips, key=lambda g: (len(g.spans), g.key)) if slips else None


def _compatible(short_type: str, full_type: str) -> bool:
    """A short name may join a fuller one of the same type; MISC is the model's unsure label."""
    return short_type == full_type or short_type == "MISC" or (full_type == "PER" and short_type == "LOC")


def _to_entity(members: list[_Group]) -> Entity:
    """One entity from its groups: the name is the most frequent of the longest forms."""
    spans = sorted((s for g in members for s in g.spans), key=lambda s: (s.start, s.end))
    forms = Counter(span.text for span in spans)
    longest = max(len(form.split()) for form in forms)
    first_seen = {form: index for index, form in reversed(list(enumerate(s.text for s in spans)))}
    name = min(
        (form for form in forms if len(form.split()) == longest),
        key=lambda form: (-forms[form], first_seen[form]),
    )
    types = Counter(span.type for span in spans)
    entity_type = min(types, key=lambda t: (-types[t], TYPE_PRIORITY.get(t, 9)))
    return Entity(
        name=name,
        type=entity_type,
        mentions=[Mention(span.start, span.end, span.text) for span in spans],
        aliases=sorted(form for form in forms if form != name),
    )
