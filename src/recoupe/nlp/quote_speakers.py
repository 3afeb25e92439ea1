"""Who speaks: the subject of a reporting verb, resolved to an entity when it is a name, a pronoun or a role.

Pronouns ("il", "elle", "lui") go to the subject of the nearest preceding clause that names a person
or organisation; role phrases ("le président russe") go to the person the article introduced with
that role ("le président russe Vladimir Poutine"), else to the same salient subject.
"""

from __future__ import annotations

import bisect
import logging
from dataclasses import dataclass

from recoupe.lang.fr.quotes import (
    EUPHONIC_T,
    NON_SPEAKER_PRONOUNS,
    ORG_ROLE_NOUNS,
    PERSON_ROLE_NOUNS,
    PRONOUNS_PLURAL,
    PRONOUNS_SINGULAR,
)
from recoupe.types import Entity, Mention

LOG = logging.getLogger(__name__)

SUBJECT_DEPS = ("nsubj", "nsubj:pass")
AGENT_DEPS = ("obl:agent",)
APPOSITION_DEPS = ("appos", "conj", "flat:name", "flat")
SPEAKER_TYPES = ("PER", "ORG")
LOOKBACK_SENTENCES = 4
FALLBACK_CHARS = 600
MAX_CLIMB = 4
MAX_PHRASE_TOKENS = 8
ROLE_WINDOW = 10  # tokens after a role noun searched for the person it introduces
ROLE_PUNCTUATION = (",", "(", ")")
PHRASE_LEFT_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM"})
PHRASE_STOP_POS = frozenset({"VERB", "AUX", "PRON", "SCONJ", "CCONJ"})


@dataclass(slots=True)
class Speaker:
    """A speaker: canonical entity name (or the phrase's text) and the span that names it."""

    name: str
    start: int
    end: int
    entity: Entity | None = None


class SpeakerFinder:
    """Speaker lookups over one parsed document and its entities (cheap: one pass to index)."""

    def __init__(self, doc, entities: list[Entity]) -> None:
        self.doc = doc
        self.text: str = doc.text  # spaCy rebuilds doc.text on every access
        self.token_mention: dict[int, tuple[Entity, Mention]] = {}
        self.mentions: list[tuple[Mention, Entity]] = []
        for entity in entities:
            for mention in entity.mentions:
                self.mentions.append((mention, entity))
                span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
                for token in span if span is not None else ():
                    self.token_mention.setdefault(token.i, (entity, mention))
        self.mentions.sort(key=lambda item: item[0].start)
        self.sentences = list(doc.sents)
        self.sentence_of = {token.i: index for index, sent in enumerate(self.sentences) for token in sent}
        self.roles = self._role_bindings()
        self.starts = [token.idx for token in doc]
        self.quoted: list[tuple[int, int]] = []

    def set_quoted(self, spans: list[tuple[int, int]]) -> None:
        """Character spans inside quote marks: their words are never the narrator's subjects."""
        self.quoted = sorted(spans)

    def token_index_at(self, position: int) -> int:
        """Index of the first token starting at or after a character position."""
        return bisect.bisect_left(self.starts, position)

    def inside_quote(self, position: int) -> bool:
        """True when a character position lies inside a quoted passage."""
        return any(start <= position < end for start, end in self.quoted)

    # ------------------------------------------------------------------ public lookups

    def subject_of(self, verb) -> object | None:
        """The subject token of a verb, climbing from participles and infinitives to the governing verb."""
        current = verb
        for _ in range(MAX_CLIMB):
            for deps in (AGENT_DEPS, SUBJECT_DEPS):
                for child in current.children:
                    if child.dep_ in deps and not self.inside_quote(child.idx):
                        return child
            for child in current.children:
                if child.lower_ in PRONOUNS_SINGULAR | PRONOUNS_PLURAL and child.i > current.i:
                    return child
            if current.head is current:
                return None
            current = current.head
        return None

    def speaker_of_token(self, token, *, depth: int = 0) -> Speaker | None:
        """Resolve a subject token to a speaker: an entity, a pronoun's antecedent, a role, or its phrase."""
        if token.lower_ in NON_SPEAKER_PRONOUNS or token.lower_ in EUPHONIC_T:
            return None
        apposed = self._apposed_entity(token)
        if apposed is not None:
            return apposed
        if token.i in self.token_mention:
            return self._from_mention(*self.token_mention[token.i])
        if token.lower_ in PRONOUNS_SINGULAR or token.lower_.lstrip("-") in PRONOUNS_SINGULAR:
            return self.resolve_pronoun(token.idx, depth=depth)
        if token.lower_ in PRONOUNS_PLURAL or token.pos_ == "PRON":
            return None
        if token.lemma_.lower() in PERSON_ROLE_NOUNS:
            return self._resolve_role(token, depth=depth) or self._phrase(token)
        if token.pos_ in ("NOUN", "PROPN"):
            return self._phrase(token)
        return None

    def resolve_pronoun(self, position: int, *, depth: int = 0) -> Speaker | None:
        """The person or organisation a pronoun at `position` most likely refers to."""
        if depth > LOOKBACK_SENTENCES:
            return None
        token = self._token_at(position)
        sentence = self.sentence_of.get(token.i, 0) if token is not None else 0
        for index in range(sentence, max(-1, sentence - LOOKBACK_SENTENCES), -1):
            subjects = [t for t in self.sentences[index] if t.dep_ in SUBJECT_DEPS and t.idx < position and not self.inside_quote(t.idx)]
            for subject in reversed(subjects):
                found = self.speaker_of_token(subject, depth=depth + 1)
                if found is not None and found.entity is not None and found.entity.type in SPEAKER_TYPES:
                    return found
        return self._nearest_mention(position)

    # ------------------------------------------------------------------ helpers

    def _from_mention(self, entity: Entity, mention: Mention) -> Speaker:
        """A speaker named by one of its mentions."""
        return Speaker(entity.name, mention.start, mention.end, entity)

    def _apposed_entity(self, token) -> Speaker | None:
        """A person apposed to a role noun ("le porte-parole, Dmitri Peskov")."""
        if token.i in self.token_mention and self.token_mention[token.i][0].type == "PER":
            return None
        if token.lemma_.lower() not in PERSON_ROLE_NOUNS:
            return self._person_in_phrase(token) if token.pos_ == "NOUN" else None
        for child in token.children:
            if child.dep_ in APPOSITION_DEPS and child.i in self.token_mention:
                entity, mention = self.token_mention[child.i]
                if entity.type == "PER":
                    return self._from_mention(entity, mention)
        return self._person_after_role(token)

    def _person_in_phrase(self, token) -> Speaker | None:
        """The person a non-role phrase is about ("un livre de Bob Woodward" -> Bob Woodward)."""
        for child in token.children:
            if child.dep_ == "nmod" and child.i in self.token_mention:
                entity, mention = self.token_mention[child.i]
                if entity.type == "PER":
                    return self._from_mention(entity, mention)
        return None

    def _token_at(self, position: int):
        """The token that covers a character position."""
        span = self.doc.char_span(position, position + 1, alignment_mode="expand")
        return span[0] if span is not None and len(span) else None

    def _nearest_mention(self, position: int) -> Speaker | None:
        """The closest preceding person mention, as a last resort."""
        for mention, entity in reversed(self.mentions):
            if mention.end <= position and entity.type == "PER":
                return self._from_mention(entity, mention) if position - mention.end <= FALLBACK_CHARS else None
        return None

    def _phrase(self, token) -> Speaker | None:
        """The noun phrase headed by `token`, as a speaker without an entity."""
        tokens = [t for t in token.subtree if t.i >= token.i - 3 and t.i <= token.i + MAX_PHRASE_TOKENS]
        tokens = _contiguous(tokens, token)
        while tokens and tokens[-1].is_punct:
            tokens.pop()
        if not tokens:
            return None
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
        return Speaker(self.text[start:end], start, end)

    def _role_bindings(self) -> list[tuple[int, str, frozenset[str], Speaker]]:
        """(position, role noun, modifiers, person) for every role phrase apposed to a person name."""
        bindings = []
        for token in self.doc:
            lemma = token.lemma_.lower()
            if lemma not in PERSON_ROLE_NOUNS and lemma not in ORG_ROLE_NOUNS:
                continue
            person = self._person_after_role(token)
            if person is not None:
                bindings.append((token.idx, lemma, _modifiers(token), person))
        return bindings

    def _person_after_role(self, role) -> Speaker | None:
        """The person named right after a role phrase ("le président russe Vladimir Poutine")."""
        for token in self.doc[role.i + 1: min(len(self.doc), role.i + ROLE_WINDOW)]:
            if token.i in self.token_mention and self.token_mention[token.i][0].type == "PER":
                return self._from_mention(*self.token_mention[token.i])
            if token.pos_ in ("VERB", "AUX") or (token.is_punct and token.text not in ROLE_PUNCTUATION):
                return None
        return None

    def _resolve_role(self, token, *, depth: int) -> Speaker | None:
        """A role phrase resolved through the article's own role bindings, else the salient subject."""
        lemma, modifiers = token.lemma_.lower(), _modifiers(token)
        candidates = [b for b in self.roles if b[1] == lemma and b[0] != token.idx]
        # A role phrase names a bound person only when it adds nothing the binding lacks:
        # "le président russe" -> "le président russe Vladimir Poutine", not "le président élu".
        fitting = [b for b in candidates if modifiers <= b[2]]
        if fitting:
            best = min(fitting, key=lambda b: (b[0] > token.idx, abs(b[0] - token.idx)))
            return Speaker(best[3].name, best[3].start, best[3].end, best[3].entity)
        found = self.resolve_pronoun(token.idx, depth=depth + 1)
        if found is not None and found.entity is not None and found.entity.type == "PER":
            return found
        return None


def _modifiers(token) -> frozenset[str]:
    """Adjective and noun modifiers of a role noun ("russe", "élu", "états-unis")."""
    return frozenset(
        child.lower_ for child in token.children
        if child.dep_ in ("amod", "nmod", "acl") or (child.pos_ == "ADJ" and child.i > token.i)
    )


def _contiguous(tokens: list, head) -> list:
    """The run of consecutive tokens around the head (a relative clause or comma cuts it)."""
    by_index = {t.i: t for t in tokens}
    left = head.i
    while left - 1 in by_index and by_index[left - 1].pos_ in PHRASE_LEFT_POS:
        left -= 1
    right = head.i
    while right + 1 in by_index and not by_index[right + 1].is_punct and by_index[right + 1].pos_ not in PHRASE_STOP_POS:
        right += 1
    return [by_index[i] for i in range(left, right + 1)]
