"""Reported speech without quote marks: "X a affirmé que …" and "Selon X, …" clauses."""

from __future__ import annotations

import logging

from recoupe.lang.fr.quotes import INDIRECT_VERBS, INVERTED_PRONOUNS, QUE_FORMS
from recoupe.nlp.quote_attribution import SELON, incise_after, selon_at
from recoupe.nlp.quote_marks import MarkedSpan
from recoupe.nlp.quote_speakers import SpeakerFinder
from recoupe.types import Quote

LOG = logging.getLogger(__name__)

QUE_WINDOW = 5  # tokens allowed between the verb and "que" ("a expliqué hier à l'AFP que")
SELON_COMMA_WINDOW = 12  # tokens between a sentence-initial "selon" and its comma
MIN_CLAUSE_WORDS = 3
MAX_QUOTED_SHARE = 0.5  # a clause mostly made of a quotation is left to the quotation
_BRIDGE_POS = frozenset({"ADV", "PRON", "ADP", "DET", "PROPN", "NOUN"})
_TRAILING = " \t\n\u00a0\u202f.;:,"


def indirect_quotes(finder: SpeakerFinder, marked: list[MarkedSpan]) -> list[Quote]:
    """Indirect speech clauses of a document: after a reporting verb + "que", or "selon X, …"."""
    found: list[Quote] = []
    for token in finder.doc:
        if token.pos_ != "VERB" or token.lemma_.lower() not in INDIRECT_VERBS:
            continue
        if finder.inside_quote(token.idx) or any(q.start <= token.idx < q.end for q in found):
            continue
        quote = _que_clause(finder, token, marked)
        if quote is not None:
            found.append(quote)
    for sentence in finder.sentences:
        quote = _selon_clause(finder, sentence, marked) or _incise_clause(finder, sentence, marked)
        if quote is not None and not any(_overlaps(quote, other) for other in found):
            found.append(quote)
    return found


def _incise_clause(finder: SpeakerFinder, sentence, marked: list[MarkedSpan]) -> Quote | None:
    """ "<clause>, a indiqué la préfecture." : a sentence closed by a postposed reporting verb."""
    tokens = [t for t in sentence if not t.is_space]
    commas = [t for t in tokens[1:] if t.text == ","]
    if not commas or finder.inside_quote(commas[-1].idx):
        return None
    comma = commas[-1]
    rest = [t for t in tokens if t.i > comma.i]
    verbs = [t for t in rest if t.pos_ == "VERB"]
    if len(verbs) != 1 or any(t.lower_ in QUE_FORMS for t in rest) or not _inverted_subject(verbs[0], rest):
        return None
    attribution = incise_after(finder, comma.idx)
    if attribution is None or attribution.verb == SELON:
        return None
    return _clause_quote(finder, tokens[0].idx, comma.idx, marked, attribution.speaker, attribution.verb)


def _que_clause(finder: SpeakerFinder, verb, marked: list[MarkedSpan]) -> Quote | None:
    """The "que" clause governed by a reporting verb, as an indirect quote."""
    doc = finder.doc
    for token in doc[verb.i + 1: min(len(doc), verb.i + 1 + QUE_WINDOW)]:
        lower = token.lower_
        if lower in QUE_FORMS or lower[:3] in ("qu'", "qu’"):
            start = token.idx + (3 if lower[:3] in ("qu'", "qu’") else len(token.text))
            subject = finder.subject_of(verb)
            speaker = finder.speaker_of_token(subject) if subject is not None else None
            return _clause_quote(finder, start, _clause_end(finder, token, marked), marked, speaker, verb.lemma_.lower())
        if token.pos_ not in _BRIDGE_POS or token.is_punct:
            return None
    return None


def _clause_end(finder: SpeakerFinder, token, marked: list[MarkedSpan]) -> int:
    """End of the sentence that holds `token`, stretched over a quotation that runs past it."""
    sentence = finder.sentences[finder.sentence_of[token.i]]
    end = sentence.end_char
    for span in marked:
        if token.idx <= span.open < end < span.close + 1:
            close_index = min(finder.token_index_at(span.close), len(finder.doc) - 1)
            end = finder.sentences[finder.sentence_of[close_index]].end_char
    return end


def _clause_quote(finder, start: int, end: int, marked, speaker, verb: str) -> Quote | None:
    """An indirect quote over [start, end) once trimmed; None when too short or mostly quoted."""
    text = finder.text
    while start < end and (text[start].isspace() or text[start] in ",;:"):
        start += 1
    while end > start and text[end - 1] in _TRAILING:
        end -= 1
    if len(text[start:end].split()) < MIN_CLAUSE_WORDS:
        return None
    quoted = sum(max(0, min(end, s.close + 1) - max(start, s.open)) for s in marked)
    if quoted >= MAX_QUOTED_SHARE * (end - start):
        LOG.debug("indirect clause at %d left to its quotation", start)
        return None
    return Quote(
        text=text[start:end], start=start, end=end, kind="indirect",
        speaker=speaker.name if speaker else None,
        speaker_start=speaker.start if speaker else None,
        speaker_end=speaker.end if speaker else None, verb=verb,
    )


def _inverted_subject(verb, rest: list) -> bool:
    """True when the verb's subject follows it, as in an incise ("a indiqué la préfecture", "dit-il")."""
    subjects = [child for child in verb.children if child.dep_ in ("nsubj", "nsubj:pass")]
    if any(child.i < verb.i for child in subjects):
        return False
    return bool(subjects) or any(t.lower_ in INVERTED_PRONOUNS for t in rest)


def _selon_clause(finder: SpeakerFinder, sentence, marked: list[MarkedSpan]) -> Quote | None:
    """ "Selon X, <clause>." or "<clause>, selon X." as an indirect quote attributed to X."""
    tokens = [t for t in sentence if not t.is_space]
    if not tokens:
        return None
    attribution = selon_at(finder, tokens[0].i)
    if attribution is not None:
        comma = next((t for t in tokens[1:SELON_COMMA_WINDOW] if t.text == ","), None)
        if comma is None:
            return None
        return _clause_quote(finder, comma.idx + 1, sentence.end_char, marked, attribution.speaker, SELON)
    for token in tokens[1:]:
        if token.text == "," and token.i + 1 < len(finder.doc):
            attribution = selon_at(finder, token.i + 1)
            rest = [t for t in tokens if t.i > token.i]
            if attribution is not None and not any(t.pos_ == "VERB" for t in rest):
                return _clause_quote(finder, tokens[0].idx, token.idx, marked, attribution.speaker, SELON)
    return None


def _overlaps(first: Quote, second: Quote) -> bool:
    """True when two quotes share characters."""
    return first.start < second.end and second.start < first.end
