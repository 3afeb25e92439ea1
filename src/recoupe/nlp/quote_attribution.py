"""Where a quote's speaker is named: a postposed incise, a preposed reporting verb, or "selon X"."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from recoupe.lang.fr.quotes import (
    ATTRIBUTE_VERBS,
    COMPLEMENT_PREPOSITIONS,
    EUPHONIC_T,
    INFINITIVE_VERBS,
    INCISE_AUXILIARIES,
    INVERTED_PRONOUNS,
    REPORTING_FORMS,
    REPORTING_PHRASES,
    REPORTING_PHRASES_AFTER,
    REPORTING_VERBS,
    SELON_ADVERBS,
    SELON_FIRST_WORDS,
    SHOUT_CUES,
    SHOUT_NOUNS,
)
from recoupe.nlp.quote_speakers import Speaker, SpeakerFinder

LOG = logging.getLogger(__name__)

INCISE_WINDOW = 6  # tokens between the closing mark and the reporting verb, at most
SUBJECT_WINDOW = 14  # tokens after a postposed verb searched for its subject
CLITICS = frozenset({"s'", "s’", "se", "lui", "leur", "nous", "vous", "me", "m'", "m’", "y", "en"})
SELON = "selon"
COMPLEMENT_DEPS = frozenset({"obl:arg", "obl:mod", "obj", "obl", "nmod", "obl:agent"})
NAME_PARTS = frozenset({"flat:name", "flat", "fixed"})  # the second word of a name, never its head
KNOWN_VERBS = REPORTING_VERBS | INFINITIVE_VERBS | ATTRIBUTE_VERBS


@dataclass(slots=True)
class Attribution:
    """Who a quote is attributed to, by which verb (lemma, or "selon"), in which shape, and the
    token the attribution points to (the subject, the inverted subject, the object of "selon")."""

    speaker: Speaker | None
    verb: str | None
    source: str = "preposed"  # incise | preposed | selon | colon | que | infinitive | attribute | pour
    token: int | None = None


def verb_lemma(token) -> str:
    """A verb's lemma, mended where the tagger left a present-tense form as its own lemma
    ("estime" -> "estimer", "note" -> "noter")."""
    lemma = token.lemma_.lower()
    if lemma == token.lower_ and lemma.endswith("e") and lemma + "r" in KNOWN_VERBS:
        return lemma + "r"
    return lemma


def is_reporting_verb(token) -> bool:
    """A verb token whose lemma introduces reported speech (or "au cri de", which reports a shout)."""
    if token.pos_ == "NOUN" and token.lower_ in SHOUT_NOUNS:
        return token.i > 0 and token.doc[token.i - 1].lower_ in SHOUT_CUES
    if token.pos_ not in ("VERB", "AUX"):
        return False
    lemma = verb_lemma(token)
    if lemma in REPORTING_VERBS:
        return True
    previous = token.doc[token.i - 1] if token.i > 0 else None
    if previous is not None and (previous.lemma_.lower(), lemma) in REPORTING_PHRASES:
        return True
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return following is not None and (lemma, following.lemma_.lower()) in REPORTING_PHRASES_AFTER


def incise_after(finder: SpeakerFinder, position: int) -> Attribution | None:
    """A postposed attribution right after a closing mark ("», a-t-il dit", "», selon X")."""
    doc = finder.doc
    index = finder.token_index_at(position)
    if index < len(doc) and doc[index].text == ",":
        index += 1
    selon = selon_at(finder, index)
    if selon is not None:
        return selon
    for token in doc[index: min(len(doc), index + INCISE_WINDOW)]:
        if _incise_verb(token):
            return _attribution(finder, _postposed_subject(finder, token, index), verb_lemma(token), "incise")
        if not _may_precede_verb(token):
            return None
    return None


def _attribution(finder: SpeakerFinder, token, verb: str | None, source: str) -> Attribution:
    """An attribution pointing at `token` (a subject, an inverted pronoun, the object of "selon")."""
    speaker = finder.speaker_of_token(token) if token is not None else None
    return Attribution(speaker, verb, source, token.i if token is not None else None)


def _incise_verb(token) -> bool:
    """A verb in incise position: a reporting verb (the tagger sometimes reads "estime" or "juge"
    as a noun), or any verb whose subject comes after it ("», sourit-elle")."""
    if token.lemma_.lower() in INCISE_AUXILIARIES or _participial_or_passive(token):
        return False
    if is_reporting_verb(token) or (token.pos_ in ("NOUN", "ADJ") and token.lower_ in REPORTING_FORMS):
        return True
    if token.pos_ != "VERB" or token.morph.get("VerbForm") == ["Inf"]:
        return False
    # Any verb right after the quotation, its subject after it, is an incise ("», sourit-elle",
    # "», se désespèrent deux touristes"): the word order says it reports the quotation.
    return not any(child.dep_ in ("nsubj", "expl:subj") and child.i < token.i for child in token.children)


def _participial_or_passive(token) -> bool:
    """ "affirmant …" (a participial phrase) and "a été accusé par …" (a passive) are no incise."""
    if token.morph.get("VerbForm") == ["Part"] and token.morph.get("Tense") == ["Pres"]:
        return True
    if token.lower_.endswith("ant") and token.morph.get("VerbForm") in (["Part"], ["Ger"]):
        return True
    return any(child.dep_ == "aux:pass" for child in token.children)


def _may_precede_verb(token) -> bool:
    """Tokens allowed between a closing mark and a postposed verb (auxiliary, clitic, adverb, "-t-il")."""
    lower = token.lower_
    return (
        token.lemma_.lower() in INCISE_AUXILIARIES or token.pos_ == "AUX" or lower in CLITICS
        or lower in INVERTED_PRONOUNS or lower in EUPHONIC_T or token.pos_ == "ADV"
    )


def _postposed_subject(finder: SpeakerFinder, verb, first: int):
    """The subject token of a postposed verb, within its sentence: an inverted pronoun ("dit-il",
    "ajoute-t-elle"), the first person or organisation named after it outside a complement, its
    nsubj, or the first noun after it outside a complement."""
    doc = finder.doc
    following = _rest_of_sentence(doc, verb)
    for token in doc[first: min(len(doc), verb.i + 3)]:  # "a-t-il dit", "dit-il", "ajoute-t-elle"
        if token.lower_ in INVERTED_PRONOUNS:
            return token
    for token in following:
        if token.i in finder.token_mention and finder.token_mention[token.i][0].type in ("PER", "ORG") \
                and not _after_preposition(doc[finder.token_index_at(finder.token_mention[token.i][1].start)]):
            return token
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubj:pass") and child.i > verb.i and finder.speaker_of_token(child) is not None:
            return child
    for token in following:
        if token.pos_ in ("NOUN", "PROPN") and not _after_preposition(token) and token.dep_ not in NAME_PARTS \
                and (token.dep_ not in COMPLEMENT_DEPS or _inverted_object(token, verb)):
            return token
    return None


def _inverted_object(token, verb) -> bool:
    """A noun the parser read as the object of a postposed verb: in an incise ("», explique une
    source", "», se désespèrent deux touristes"), the bare noun after the verb is its inverted
    subject."""
    return token.dep_ in ("obj", "obl:arg") and token.head.i == verb.i \
        and not any(child.dep_ == "case" for child in token.children)


def _rest_of_sentence(doc, verb) -> list:
    """The tokens after a verb up to the end of its clause (sentence end, semicolon, quotation)."""
    rest = []
    for token in doc[verb.i + 1: min(len(doc), verb.i + SUBJECT_WINDOW)]:
        if token.is_sent_start or token.text in (".", ";", "«", "“", "!", "?"):
            break
        rest.append(token)
    return rest


def _after_preposition(token) -> bool:
    """True for a name inside a complement ("a déclaré au Courrier Picard", "à l'AFP")."""
    index = token.i - 1
    while index >= 0 and token.doc[index].pos_ == "DET" and token.doc[index].lower_ not in COMPLEMENT_PREPOSITIONS:
        index -= 1  # "à l'AFP": the article between the preposition and the name
    previous = token.doc[index] if index >= 0 else None
    return previous is not None and previous.lower_ in COMPLEMENT_PREPOSITIONS and previous.pos_ != "DET"


def selon_at(finder: SpeakerFinder, index: int) -> Attribution | None:
    """A "selon X" / "d'après X" attribution starting at token `index` (adverbs like "toujours" allowed)."""
    doc = finder.doc
    while index < len(doc) and doc[index].lower_ in SELON_ADVERBS:
        index += 1
    if index >= len(doc) or doc[index].lower_ not in SELON_FIRST_WORDS:
        return None
    if doc[index].lower_ in ("d'", "d’"):
        if index + 1 >= len(doc) or doc[index + 1].lower_ != "après":
            return None
        index += 1
    if doc[index].lower_ == "après" and (index == 0 or doc[index - 1].lower_ not in ("d'", "d’")):
        return None
    return _attribution(finder, _selon_object(finder, index + 1), SELON, SELON)


def _selon_object(finder: SpeakerFinder, index: int):
    """The token naming the source after "selon": determiners skipped, an adjective's noun taken."""
    doc = finder.doc
    while index < len(doc) and doc[index].pos_ == "DET":
        index += 1
    if index >= len(doc) or doc[index].is_punct:
        return None
    token = doc[index]
    return token.head if token.head.i > token.i and token.head.i - token.i <= 3 and token.pos_ == "ADJ" else token


def selon_in_sentence(finder: SpeakerFinder, sentence, *, before: int | None = None) -> Attribution | None:
    """The first "selon X" of a sentence outside quotes (before a position, when given)."""
    for token in sentence:
        if before is not None and token.idx >= before:
            break
        if token.lower_ in SELON_FIRST_WORDS and not finder.inside_quote(token.idx):
            found = selon_at(finder, token.i)
            if found is not None:
                return found
    return None


def preposed(finder: SpeakerFinder, open_index: int, close_index: int, *, either_side: bool) -> Attribution | None:
    """The reporting verb of the sentence that holds a quote, nearest before it (or after, for partial quotes)."""
    sentence = _sentence_of(finder, open_index)
    if sentence is None:
        return None
    verbs = sorted([t for t in finder.verbs_between(sentence.start, sentence.end) if is_reporting_verb(t)
                    and not finder.inside_quote(t.idx)] + _shout_nouns(finder, sentence), key=lambda t: t.i)
    before = [t for t in verbs if t.idx < open_index]
    after = [t for t in verbs if t.idx > close_index] if either_side else []
    ordered = [*reversed(before), *after]
    for verb in ordered:
        if verb.idx > close_index and _in_incise_shape(verb):
            attribution = _attribution(finder, _postposed_subject(finder, verb, verb.i + 1), verb_lemma(verb), "incise")
        else:
            attribution = _attribution(finder, finder.subject_of(verb), verb_lemma(verb), _preposed_source(finder, verb, open_index))
        if attribution.speaker is not None:
            return attribution
    selon = selon_in_sentence(finder, sentence)
    if selon is not None or not ordered:
        return selon
    return Attribution(None, verb_lemma(ordered[0]))


def _shout_nouns(finder: SpeakerFinder, sentence) -> list:
    """ "au cri de", "aux cris de": nouns that report a shout, outside quotation marks."""
    text = finder.text[sentence.start_char:sentence.end_char].lower()
    if not any(noun in text for noun in SHOUT_NOUNS):
        return []
    return [t for t in sentence if t.pos_ == "NOUN" and is_reporting_verb(t) and not finder.inside_quote(t.idx)]


def _preposed_source(finder: SpeakerFinder, verb, open_index: int) -> str:
    """ "colon" when only a colon separates the verb's clause from the quote, else "preposed"."""
    between = finder.text[verb.idx:open_index].rstrip()
    return "colon" if between.endswith(":") else "preposed"


def _in_incise_shape(verb) -> bool:
    """True for a verb that follows a comma (through auxiliaries and clitics): ", a estimé X"."""
    index = verb.i - 1
    while index >= 0 and _may_precede_verb(verb.doc[index]) and verb.doc[index].pos_ != "ADV":
        index -= 1
    return index >= 0 and verb.doc[index].text == ","


def _sentence_of(finder: SpeakerFinder, position: int):
    """The sentence holding a position, joined with the previous one when the quote follows a colon."""
    index = finder.token_index_at(position)
    if index >= len(finder.doc):
        return None
    number = finder.sentence_of.get(index)
    if number is None:
        return None
    sentence = finder.sentences[number]
    if number > 0 and sentence.start >= index - 1 and _ends_with_colon(finder.sentences[number - 1]):
        return finder.doc[finder.sentences[number - 1].start: sentence.end]
    return sentence


def _ends_with_colon(sentence) -> bool:
    """True when a sentence ends with a colon (the quote that follows belongs to it)."""
    tokens = [t for t in sentence if not t.is_space]
    return bool(tokens) and tokens[-1].text == ":"
