"""Reported clauses: speech reported without quote marks, found from the parse.

Six shapes, each giving the span of what was said and the attribution that points to its source:
- `que`: a reporting verb and its content clause ("X a affirmé que …", "s'est demandé si …");
- `infinitive`: a verb of saying and its infinitive ("X affirme avoir …", "a promis de …");
- `attribute`: "se dire / se déclarer / se montrer" and its attribute ("s'est dit prêt à …");
- `selon`: "Selon X, …", "…, selon X", "D'après X, …";
- `pour`: "Pour X, …" where X is a person or an organisation (an opinion);
- `incise`: "…, a indiqué la préfecture." with no quote marks.
Offsets index `doc.text`; a clause never runs past its sentence, except to close a quotation that
began inside it.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from recoupe.lang.fr.quotes import (
    ATTRIBUTE_VERBS,
    INDIRECT_VERBS,
    INFINITIVE_VERBS,
    QUE_FORMS,
    RELATIVE_SELON,
    REPORTING_VERBS,
    WHETHER_FORMS,
)
from recoupe.nlp.quote_attribution import SELON, Attribution, incise_after, is_reporting_verb, selon_at, verb_lemma
from recoupe.nlp.quote_marks import MarkedSpan
from recoupe.nlp.quote_speakers import SpeakerFinder

LOG = logging.getLogger(__name__)

QUE_WINDOW = 5  # tokens allowed between the verb and "que" ("a expliqué hier à l'AFP que")
SELON_COMMA_WINDOW = 12  # tokens between a sentence-initial "selon" and its comma
POUR_COMMA_WINDOW = 10
MIN_CLAUSE_WORDS = 3
MIN_ATTRIBUTE_WORDS = 1
_BRIDGE_POS = frozenset({"ADV", "PRON", "ADP", "DET", "PROPN", "NOUN"})
_TRAILING = " \t\n\u00a0\u202f.;:,"
_LEADING_MARKS = frozenset({"de", "d'", "d’", "à"})
_RELATIVE_SELON = re.compile(r"\bselon\s+(?:lequel|laquelle|lesquels|lesquelles)\b", re.IGNORECASE)


@dataclass(slots=True)
class Clause:
    """A reported clause: the span of what was said, its shape and its attribution."""

    start: int
    end: int
    shape: str  # que | infinitive | attribute | selon | pour | incise
    attribution: Attribution


def reported_clauses(finder: SpeakerFinder, marked: list[MarkedSpan]) -> list[Clause]:
    """Every reported clause of a document, without overlaps (the first found wins)."""
    found: list[Clause] = []
    for token in finder.verbs:
        if finder.inside_quote(token.idx):
            continue
        if any(c.start <= token.idx < c.end for c in found):
            continue
        clause = _verb_clause(finder, token, marked)
        if clause is not None:
            found.append(clause)
    for match in _RELATIVE_SELON.finditer(finder.text):
        token = finder.doc[min(finder.token_index_at(match.start()), len(finder.doc) - 1)]
        if token.lower_ == "selon" and token.i + 1 < len(finder.doc) and finder.doc[token.i + 1].lower_ in RELATIVE_SELON:
            clause = _relative_selon_clause(finder, token, marked)
            if clause is not None and not any(_overlaps(clause, other) for other in found):
                found.append(clause)
    reporting = finder.reporting_sentences()
    for number, sentence in enumerate(finder.sentences):
        words = finder.text[sentence.start_char:sentence.end_char].lower()
        clause = (_selon_clause(finder, sentence, marked) if "selon" in words or "après" in words else None) \
            or (_pour_clause(finder, sentence, marked) if words.startswith("pour") else None) \
            or (_incise_clause(finder, sentence, marked) if number in reporting and "," in words else None)
        if clause is not None and not any(_overlaps(clause, other) for other in found):
            found.append(clause)
    found.sort(key=lambda c: c.start)
    return found


def _verb_clause(finder: SpeakerFinder, verb, marked: list[MarkedSpan]) -> Clause | None:
    lemma = verb_lemma(verb)
    clause = None
    if lemma in INDIRECT_VERBS or (lemma not in REPORTING_VERBS and is_reporting_verb(verb)):
        clause = _que_clause(finder, verb, marked)
    if clause is None and lemma in INFINITIVE_VERBS:
        clause = _infinitive_clause(finder, verb, marked)
    if clause is None and lemma in ATTRIBUTE_VERBS:
        clause = _attribute_clause(finder, verb, marked)
    return clause


def _subject_attribution(finder: SpeakerFinder, verb, source: str) -> Attribution:
    subject = finder.subject_of(verb)
    speaker = finder.speaker_of_token(subject) if subject is not None else None
    return Attribution(speaker, verb_lemma(verb), source, subject.i if subject is not None else None)


def _que_clause(finder: SpeakerFinder, verb, marked: list[MarkedSpan]) -> Clause | None:
    """The "que" (or "si") clause governed by a reporting verb."""
    doc = finder.doc
    for token in doc[verb.i + 1: min(len(doc), verb.i + 1 + QUE_WINDOW)]:
        lower = token.lower_
        elided = lower[:3] in ("qu'", "qu’")
        if lower in QUE_FORMS or elided or (lower in WHETHER_FORMS and token.pos_ == "SCONJ"):
            start = token.idx + (3 if elided else len(token.text))
            end = _clause_end(finder, token, marked)
            return _clause(finder, start, end, "que", _subject_attribution(finder, verb, "que"))
        if token.pos_ not in _BRIDGE_POS or token.is_punct:
            return None
    return None


def _infinitive_clause(finder: SpeakerFinder, verb, marked: list[MarkedSpan]) -> Clause | None:
    """ "affirme avoir …", "a promis de …": the infinitive complement of a verb of saying."""
    for child in verb.children:
        if child.dep_ != "xcomp" or child.i < verb.i or child.pos_ not in ("VERB", "AUX"):
            continue
        if not (child.morph.get("VerbForm") in (["Inf"], ["Part"]) and _has_infinitive(child)):
            continue
        tokens = [t for t in child.subtree if t.i > verb.i]
        while tokens and tokens[0].lower_ in _LEADING_MARKS:
            tokens = tokens[1:]
        if not tokens:
            return None
        end = _stretch_over_quotes(tokens[-1].idx + len(tokens[-1].text), marked, finder)
        return _clause(finder, tokens[0].idx, end, "infinitive", _subject_attribution(finder, verb, "infinitive"))
    return None


def _has_infinitive(token) -> bool:
    """An infinitive, or a past infinitive ("avoir eu")."""
    if token.morph.get("VerbForm") == ["Inf"]:
        return True
    return any(child.dep_.startswith("aux") and child.morph.get("VerbForm") == ["Inf"] for child in token.children)


def _attribute_clause(finder: SpeakerFinder, verb, marked: list[MarkedSpan]) -> Clause | None:
    """ "s'est dit prêt à …": the attribute of a reflexive verb of saying."""
    if not any(child.lower_ in ("se", "s'", "s’") for child in verb.children):
        return None
    for child in verb.children:
        if child.dep_ == "xcomp" and child.i > verb.i and child.pos_ in ("ADJ", "VERB") \
                and child.morph.get("VerbForm") != ["Inf"]:
            tokens = list(child.subtree)
            end = _stretch_over_quotes(tokens[-1].idx + len(tokens[-1].text), marked, finder)
            return _clause(finder, tokens[0].idx, end, "attribute", _subject_attribution(finder, verb, "attribute"),
                           min_words=MIN_ATTRIBUTE_WORDS)
    return None


def _clause_end(finder: SpeakerFinder, token, marked: list[MarkedSpan]) -> int:
    """End of the clause that `token` ("que") introduces: its verb's subtree when the parse gives
    one inside the sentence, else the sentence's end; stretched over a quotation that runs past
    it, and cut before a colon that introduces a quotation of its own."""
    sentence = finder.sentences[finder.sentence_of[token.i]]
    end = sentence.end_char
    head = token.head
    if token.dep_ == "mark" and head.i > token.i:
        last = max(head.subtree, key=lambda t: t.i)
        if last.i < sentence.end - 1 and _ends_before_main_clause(finder, last):
            end = last.idx + len(last.text)
    end = _stretch_over_quotes(end, marked, finder, since=token.idx)
    for span in marked:
        if token.idx < span.open < end:
            before = finder.text[token.idx:span.open].rstrip()
            if before.endswith(":"):
                return token.idx + len(before) - 1
    return end


def _ends_before_main_clause(finder: SpeakerFinder, last) -> bool:
    """True when a comma follows the clause and a subject and verb of their own come after it
    ("Précisant qu'il …, il a laissé entendre …")."""
    doc = finder.doc
    following = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if following is None or following.text != ",":
        return False
    rest = doc[last.i + 2: min(len(doc), last.i + 8)]
    return any(t.dep_ in ("nsubj", "nsubj:pass") for t in rest) and any(t.pos_ in ("VERB", "AUX") for t in rest)


def _stretch_over_quotes(end: int, marked: list[MarkedSpan], finder: SpeakerFinder, *, since: int = 0) -> int:
    for span in marked:
        if since <= span.open < end < span.close + 1:
            close_index = min(finder.token_index_at(span.close), len(finder.doc) - 1)
            end = max(end, finder.sentences[finder.sentence_of[close_index]].end_char)
    return end


def _clause(finder: SpeakerFinder, start: int, end: int, shape: str, attribution: Attribution,
            *, min_words: int = MIN_CLAUSE_WORDS) -> Clause | None:
    """A clause over [start, end) once trimmed; None when too short."""
    text = finder.text
    while start < end and (text[start].isspace() or text[start] in ",;:"):
        start += 1
    while end > start and text[end - 1] in _TRAILING:
        end -= 1
    if len(text[start:end].split()) < min_words:
        return None
    return Clause(start, end, shape, attribution)


def _incise_clause(finder: SpeakerFinder, sentence, marked: list[MarkedSpan]) -> Clause | None:
    """ "<clause>, a indiqué la préfecture." : a sentence whose words are attributed by an incise
    (a reporting verb right after a comma, its subject after it)."""
    tokens = [t for t in sentence if not t.is_space]
    for comma in (t for t in tokens[MIN_CLAUSE_WORDS:] if t.text == ","):
        if finder.inside_quote(comma.idx) or any(t.lower_ in QUE_FORMS for t in tokens if t.i < comma.i):
            continue
        attribution = incise_after(finder, comma.idx)
        if attribution is None or attribution.verb == SELON or attribution.token is None or attribution.token < comma.i:
            continue
        verb = _verb_after(finder.doc, comma.i, attribution.token)
        if verb is None or _continues_main_clause(finder.doc, verb, comma.i):
            continue
        return _clause(finder, tokens[0].idx, comma.idx, "incise", attribution)
    return None


def _verb_after(doc, comma: int, subject: int):
    """The reporting verb between a comma and the subject an incise found after it."""
    return next((t for t in doc[comma + 1:subject] if is_reporting_verb(t)), None)


def _continues_main_clause(doc, verb, comma: int) -> bool:
    """True when the verb after the comma has its subject before the comma, or governs a "que"
    clause: it continues the sentence ("Poutine, interrogé par X, a affirmé que …") instead of
    attributing it."""
    if any(child.dep_ in ("nsubj", "nsubj:pass") and child.i < comma for child in verb.children):
        return True
    return any(t.lower_ in QUE_FORMS or t.lower_[:3] in ("qu'", "qu’") for t in doc[verb.i + 1: verb.i + 4])


def _selon_clause(finder: SpeakerFinder, sentence, marked: list[MarkedSpan]) -> Clause | None:
    """ "Selon X, <clause>." or "<clause>, selon X." as a clause attributed to X."""
    tokens = [t for t in sentence if not t.is_space]
    if not tokens:
        return None
    attribution = selon_at(finder, tokens[0].i)
    if attribution is not None:
        comma = next((t for t in tokens[1:SELON_COMMA_WINDOW] if t.text == ","), None)
        if comma is None:
            return None
        end = _stretch_over_quotes(sentence.end_char, marked, finder, since=comma.idx)
        return _clause(finder, comma.idx + 1, end, "selon", attribution)
    for token in tokens[1:]:
        if token.text == "," and token.i + 1 < len(finder.doc) and not finder.inside_quote(token.idx):
            attribution = selon_at(finder, token.i + 1)
            if attribution is None:
                continue
            rest = [t for t in tokens if t.i > token.i]
            if any(t.pos_ == "VERB" for t in rest):
                return _clause(finder, tokens[0].idx, sentence.end_char, "selon", attribution)
            return _clause(finder, tokens[0].idx, token.idx, "selon", attribution)
    return None


def _relative_selon_clause(finder: SpeakerFinder, selon, marked: list[MarkedSpan]) -> Clause | None:
    """ "sa position selon laquelle <clause>": the clause, said by the subject of the verb that
    governs the noun ("le Kremlin réitère sa position …")."""
    noun = finder.doc[selon.i - 1] if selon.i else None
    while noun is not None and noun.pos_ not in ("NOUN", "PROPN") and noun.i > 0:
        noun = finder.doc[noun.i - 1]
    verb = noun.head if noun is not None else None
    sentence = finder.sentences[finder.sentence_of[selon.i]]
    end = _stretch_over_quotes(sentence.end_char, marked, finder, since=selon.idx)
    start = finder.doc[selon.i + 1].idx + len(finder.doc[selon.i + 1].text)
    if verb is None or verb.pos_ not in ("VERB", "AUX") or verb.i > selon.i:
        return _clause(finder, start, end, "selon", Attribution(None, SELON, SELON, None))
    return _clause(finder, start, end, "selon", _subject_attribution(finder, verb, "selon"))


def _pour_clause(finder: SpeakerFinder, sentence, marked: list[MarkedSpan]) -> Clause | None:
    """ "Pour X, <clause>." where X is a person or an organisation: X's opinion."""
    tokens = [t for t in sentence if not t.is_space]
    if len(tokens) < 4 or tokens[0].lower_ != "pour":
        return None
    comma = next((t for t in tokens[1:POUR_COMMA_WINDOW] if t.text == ","), None)
    if comma is None:
        return None
    head = next((t for t in tokens[1:comma.i - tokens[0].i] if t.pos_ in ("PROPN", "NOUN")), None)
    if head is None:
        return None
    speaker = finder.speaker_of_token(head)
    if speaker is None or speaker.entity is None or speaker.entity.type not in ("PER", "ORG"):
        if not finder.is_role(head):
            return None
    if not any(t.pos_ in ("VERB", "AUX") for t in tokens if t.i > comma.i):
        return None
    end = _stretch_over_quotes(sentence.end_char, marked, finder, since=comma.idx)
    return _clause(finder, comma.idx + 1, end, "pour", Attribution(speaker, "pour", "pour", head.i))


def _overlaps(first: Clause, second: Clause) -> bool:
    return first.start < second.end and second.start < first.end
