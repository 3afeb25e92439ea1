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
    COMPLEMENT_PREPOSITIONS,
    DOCUMENT_NOUNS,
    EUPHONIC_T,
    NON_SPEAKER_PRONOUNS,
    ORG_ROLE_NOUNS,
    PERSON_ROLE_NOUNS,
    PRONOUNS_PLURAL,
    PRONOUNS_SINGULAR,
    SPEAKER_NOUNS,
)
from recoupe.nlp.roles import Role, role_of
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
RELATIVE_PRONOUNS = frozenset({"qui", "lequel", "laquelle", "lesquels", "lesquelles"})
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
        self.mention_heads: dict[int, object] = {}  # mention start -> the head token of its span
        for entity in entities:
            for mention in entity.mentions:
                self.mentions.append((mention, entity))
                span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
                if span is None or not len(span):
                    continue
                self.mention_heads[mention.start] = span.root
                for token in span:
                    self.token_mention.setdefault(token.i, (entity, mention))
        self.mentions.sort(key=lambda item: item[0].start)
        self._index_tokens(doc)
        self.roles = self._role_bindings(self._role_nouns)
        self.quoted: list[tuple[int, int]] = []
        self._quoted_starts: list[int] = []
        self._subjects: dict[int, list] = {}
        self._reporting: set[int] | None = None

    def _index_tokens(self, doc) -> None:
        """Sentences, the sentence of every token, verbs and role nouns, read from the document's
        arrays: building a Python token object for each word is the costly part of a pass."""
        from spacy.attrs import IDX, LEMMA, POS, SENT_START

        array = doc.to_array([SENT_START, POS, LEMMA, IDX])
        self.starts = array[:, 3].tolist()
        # A sentence never starts right after a comma: the parser cuts before incises ("…, a
        # estimé Amnesty") when it finds two roots; the two parts are one sentence.
        boundaries = [i for i, start in enumerate(array[:, 0].tolist())
                      if i == 0 or (start == 1 and "," not in (doc[i].text, doc[i - 1].text))] + [len(doc)]
        self.sentences = [doc[a:b] for a, b in zip(boundaries, boundaries[1:]) if b > a]
        self.sentence_of = {}
        for number, (a, b) in enumerate(zip(boundaries, boundaries[1:])):
            self.sentence_of.update(dict.fromkeys(range(a, b), number))
        verb_ids = {doc.vocab.strings["VERB"], doc.vocab.strings["AUX"]}
        noun_ids = {doc.vocab.strings["NOUN"], doc.vocab.strings["PROPN"]}
        roles = _role_lemma_ids(doc.vocab)
        self.verbs, self._role_nouns = [], []
        for i, (pos, lemma) in enumerate(zip(array[:, 1].tolist(), array[:, 2].tolist())):
            if pos in verb_ids:
                self.verbs.append(doc[i])
            elif pos in noun_ids and lemma in roles:
                self._role_nouns.append(doc[i])
        self._verb_indices = [verb.i for verb in self.verbs]

    def verbs_between(self, first: int, last: int) -> list:
        """The verbs among tokens first .. last - 1, in order."""
        low = bisect.bisect_left(self._verb_indices, first)
        high = bisect.bisect_left(self._verb_indices, last)
        return self.verbs[low:high]

    def reporting_sentences(self) -> set[int]:
        """Numbers of the sentences with a reporting verb outside quotation marks (cached)."""
        if self._reporting is None:
            from recoupe.nlp.quote_attribution import is_reporting_verb

            self._reporting = {self.sentence_of[v.i] for v in self.verbs
                               if is_reporting_verb(v) and not self.inside_quote(v.idx)}
        return self._reporting

    def subjects_in(self, number: int) -> list:
        """The subject tokens of sentence `number` (cached: several quotes look at one sentence)."""
        found = self._subjects.get(number)
        if found is None:
            found = self._subjects[number] = [t for t in self.sentences[number] if t.dep_ in SUBJECT_DEPS]
        return found

    def set_quoted(self, spans: list[tuple[int, int]]) -> None:
        """Character spans inside quote marks: their words are never the narrator's subjects."""
        self.quoted = sorted(spans)
        self._quoted_starts = [start for start, _ in self.quoted]
        self._reporting = None

    def token_index_at(self, position: int) -> int:
        """Index of the first token starting at or after a character position."""
        return bisect.bisect_left(self.starts, position)

    def inside_quote(self, position: int) -> bool:
        """True when a character position lies inside a quoted passage (the passages never overlap)."""
        index = bisect.bisect_right(self._quoted_starts, position) - 1
        return index >= 0 and position < self.quoted[index][1]

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
        apposed = self._apposed_entity(token, depth=depth)
        if apposed is not None:
            return apposed
        if token.i in self.token_mention:
            return self._from_mention(*self.token_mention[token.i])
        if pronoun_word(token) in PRONOUNS_SINGULAR:
            return self.resolve_pronoun(token.idx, depth=depth)
        if token.lower_ in RELATIVE_PRONOUNS and token.head.dep_.startswith("acl") and token.head.head.i < token.i:
            return self.speaker_of_token(token.head.head, depth=depth + 1) if depth < MAX_CLIMB else None
        if token.lower_ in PRONOUNS_PLURAL or token.pos_ == "PRON":
            return None
        if token.lemma_.lower() in PERSON_ROLE_NOUNS:
            return self._resolve_role(token, depth=depth) or self._phrase(token)
        if token.pos_ in ("NOUN", "PROPN"):
            return self._phrase(token)
        return None

    def resolve_pronoun(self, position: int, *, depth: int = 0, exclude: frozenset[int] = frozenset()) -> Speaker | None:
        """The person or organisation a pronoun at `position` most likely refers to (never one of
        the entities in `exclude`, given by id)."""
        if depth > LOOKBACK_SENTENCES:
            return None
        token = self._token_at(position)
        sentence = self.sentence_of.get(token.i, 0) if token is not None else 0
        for index in range(sentence, max(-1, sentence - LOOKBACK_SENTENCES), -1):
            subjects = [t for t in self.subjects_in(index) if t.idx < position and not self.inside_quote(t.idx)]
            for subject in reversed(subjects):
                found = self.speaker_of_token(subject, depth=depth + 1)
                if found is not None and found.entity is not None and found.entity.type in SPEAKER_TYPES \
                        and id(found.entity) not in exclude:
                    return found
        return self._nearest_mention(position, exclude)

    def is_role(self, token) -> bool:
        """True for a noun that designates a person or an organisation by role ("le porte-parole")."""
        lemma = token.lemma_.lower()
        return lemma in PERSON_ROLE_NOUNS or lemma in ORG_ROLE_NOUNS

    # ------------------------------------------------------------------ helpers

    def _from_mention(self, entity: Entity, mention: Mention) -> Speaker:
        """A speaker named by one of its mentions."""
        return Speaker(entity.name, mention.start, mention.end, entity)

    def _apposed_entity(self, token, *, depth: int = 0) -> Speaker | None:
        """A person apposed to a role noun ("le porte-parole, Dmitri Peskov")."""
        if token.i in self.token_mention and self.token_mention[token.i][0].type == "PER":
            return None
        if token.lemma_.lower() in DOCUMENT_NOUNS:
            return self._author_of_document(token, depth=depth)
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

    def _author_of_document(self, token, *, depth: int = 0) -> Speaker | None:
        """Whose words a document carries: the person or organisation in its complement ("les
        informations du Parisien") or the agent of its participle ("le comptage réalisé par le
        cabinet Occurrence"), or a role or source phrase there ("le témoignage d'une personne")."""
        complements = [child for child in token.children if child.dep_ == "nmod"]
        complements += [agent for child in token.children if child.dep_ == "acl"
                        for agent in child.children if agent.dep_ == "obl:agent"]
        for child in complements:
            if child.i in self.token_mention and self.token_mention[child.i][0].type in SPEAKER_TYPES:
                return self._from_mention(*self.token_mention[child.i])
        for child in complements:
            lemma = child.lemma_.lower()
            if (lemma in PERSON_ROLE_NOUNS or lemma in ORG_ROLE_NOUNS or lemma in SPEAKER_NOUNS) and depth < MAX_CLIMB:
                return self.speaker_of_token(child, depth=depth + 1)  # depth: a role may point back here
        return None

    def _token_at(self, position: int):
        """The token that covers a character position."""
        span = self.doc.char_span(position, position + 1, alignment_mode="expand")
        return span[0] if span is not None and len(span) else None

    def _nearest_mention(self, position: int, exclude: frozenset[int] = frozenset()) -> Speaker | None:
        """The closest preceding person mention, as a last resort."""
        for mention, entity in reversed(self.mentions):
            if mention.end <= position and entity.type == "PER" and id(entity) not in exclude:
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

    def _role_bindings(self, role_nouns: list) -> list[tuple[int, Role, Speaker]]:
        """(position, role, person) for every role phrase apposed to a person name."""
        bindings = []
        for token in role_nouns:
            person = self._person_after_role(token)
            if person is not None:
                bindings.append((token.idx, role_of(token), person))
        return bindings

    def _person_after_role(self, role) -> Speaker | None:
        """The person named right after a role phrase ("le président russe Vladimir Poutine", "le
        président élu des États-Unis, Donald Trump"); not a name inside its complement ("le
        porte-parole de Poutine"), nor a role that is itself the complement of another one ("le
        porte-parole du président russe, Dmitri Peskov" binds the spokesman, not the president)."""
        if role.dep_ == "nmod" and self.is_role(role.head):
            return None
        for token in self.doc[role.i + 1: min(len(self.doc), role.i + ROLE_WINDOW)]:
            if token.i in self.token_mention and self.token_mention[token.i][0].type == "PER":
                previous = self.doc[token.i - 1]
                if previous.lower_ in COMPLEMENT_PREPOSITIONS:
                    return None
                return self._from_mention(*self.token_mention[token.i])
            if (token.pos_ in ("VERB", "AUX") and not token.dep_.startswith("acl")) \
                    or (token.is_punct and token.text not in ROLE_PUNCTUATION):
                return None
        return None

    def phrase(self, token) -> Speaker | None:
        """The noun phrase headed by `token`, as a speaker without an entity."""
        return self._phrase(token)

    def role_bindings_of(self, token) -> list[tuple[Speaker, bool]]:
        """Every person the article binds to the role noun `token` (anywhere in the article), each
        with whether the binding holds all the role's modifiers."""
        role = role_of(token)
        found: dict[str, tuple[Speaker, bool]] = {}
        for position, bound, person in self.roles:
            if bound.noun == role.noun and position != token.idx:
                fits = role.fits(bound)
                if person.name not in found or fits:
                    found[person.name] = (Speaker(person.name, person.start, person.end, person.entity), fits)
        return list(found.values())

    def _resolve_role(self, token, *, depth: int) -> Speaker | None:
        """A definite singular role phrase: the person bound to a role that fits it ("le président
        russe" -> "le président russe Vladimir Poutine"), else the one person bound to a more
        general form of it ("le président français" -> "le président Emmanuel Macron"), else the
        salient subject among the people not bound to another form of that role; an indefinite
        or plural one ("des manifestants") names nobody known."""
        if new_referent(token):
            return None
        role = role_of(token)
        bound = [(position, other, person) for position, other, person in self.roles
                 if other.noun == role.noun and position != token.idx]
        fitting = [b for b in bound if role.fits(b[1])]
        compatible = {person.name for _, other, person in bound if other.modifiers <= role.modifiers}
        if not fitting and len(compatible) == 1:  # "le président français", one "président" named
            fitting = [b for b in bound if b[2].name in compatible]
        if fitting:
            position, _, person = min(fitting, key=lambda b: (b[0] > token.idx, abs(b[0] - token.idx)))
            return Speaker(person.name, person.start, person.end, person.entity)
        excluded = frozenset(id(person.entity) for _, _, person in bound if person.entity is not None)
        found = self.resolve_pronoun(token.idx, depth=depth + 1, exclude=excluded)
        if found is not None and found.entity is not None and found.entity.type == "PER":
            return found
        return None


_ROLE_IDS: dict[int, set[int]] = {}


def _role_lemma_ids(vocab) -> set[int]:
    """String-store ids of the role lemmas (a role noun's lemma is compared by id), once per vocabulary."""
    found = _ROLE_IDS.get(id(vocab))
    if found is None:
        found = _ROLE_IDS[id(vocab)] = {vocab.strings.add(lemma) for lemma in PERSON_ROLE_NOUNS | ORG_ROLE_NOUNS}
    return found


def new_referent(token) -> bool:
    """A plural noun, or one with an indefinite determiner: not someone already named."""
    if token.morph.get("Number") == ["Plur"]:
        return True
    return any(child.dep_ == "det" and child.lower_ in ("un", "une", "des", "d'", "d’", "plusieurs", "certains")
               for child in token.children)


def pronoun_word(token) -> str:
    """A subject pronoun without the hyphens of inversion ("-t-il" -> "il")."""
    lower = token.lower_
    for prefix in ("-t-", "-"):
        if lower.startswith(prefix):
            return lower[len(prefix):]
    return lower


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
