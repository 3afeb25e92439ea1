"""Quotes of one article with their speakers: direct, postposed (incise), partial ("mixed") and indirect.

Quoted passages are found by their marks; the speaker is read from a postposed incise
("», a-t-il ajouté", "», selon le Kremlin"), else from the reporting verb of the sentence
(its dependency subject, climbing from "déclarant" to the governing verb). Pronouns and role
phrases are resolved to a preceding person or organisation. Indirect speech ("X a affirmé
que …", "Selon X, …") is found from the parse. All offsets index `doc.text`.
"""

from __future__ import annotations

import logging

from recoupe.nlp.quote_attribution import Attribution, incise_after, is_reporting_verb, preposed
from recoupe.nlp.quote_indirect import indirect_quotes
from recoupe.nlp.quote_marks import MarkedSpan, find_quote_spans
from recoupe.nlp.quote_speakers import SpeakerFinder
from recoupe.types import Entity, Quote, QuoteKind

LOG = logging.getLogger(__name__)

__all__ = ["quotes_from_doc"]

# A quotation that opens a sentence is a full (direct) quote from this many words, or when it
# ends like a sentence; shorter ones are words the narrator borrows (kind "mixed").
DIRECT_MIN_WORDS = 4
_SENTENCE_END = ".!?…"
# A quoted term this short with no speaker nor reporting verb is a label, not a quotation.
LABEL_MAX_WORDS = 3
_SPACES = " \t\u00a0\u202f"


def quotes_from_doc(doc, entities: list[Entity]) -> list[Quote]:
    """Quotes of a parsed document, in text order, with speakers named as in `entities`."""
    finder = SpeakerFinder(doc, entities)
    marked = find_quote_spans(finder.text)
    finder.set_quoted([(span.open, span.close + 1) for span in marked])
    quotes = _with_continuations(finder.text, [_marked_quote(finder, span) for span in marked])
    quotes = [quote for quote in quotes if not _is_label(quote)]
    quotes.extend(indirect_quotes(finder, marked))
    quotes.sort(key=lambda quote: (quote.start, quote.end))
    LOG.debug("%d quotes (%d marked)", len(quotes), len(marked))
    return quotes


def _marked_quote(finder: SpeakerFinder, span: MarkedSpan) -> Quote:
    """One quoted passage with its kind, speaker and reporting verb."""
    incise = incise_after(finder, span.close + 1)
    kind = _kind(finder, span, has_incise=incise is not None)
    attribution = incise or preposed(finder, span.open, span.close, either_side=kind == "mixed")
    return _quote(finder.text, span, kind, attribution)


def _is_label(quote: Quote) -> bool:
    """A short quoted term nobody is said to utter ("gilets jaunes", a title): not a quotation."""
    if quote.kind != "mixed" or quote.verb is not None or quote.speaker is not None:
        return False
    if len(quote.text.split()) <= LABEL_MAX_WORDS:
        LOG.debug("dropped %r: quoted term without a speaker or reporting verb", quote.text)
        return True
    return False


def _with_continuations(text: str, quotes: list[Quote]) -> list[Quote]:
    """A direct quote with no attribution continues the previous quote of its paragraph: same speaker."""
    previous: Quote | None = None
    for quote in quotes:
        if quote.speaker is None and quote.kind == "direct" and previous is not None and previous.speaker:
            if "\n" not in text[previous.end:quote.start]:
                quote.speaker, quote.speaker_start, quote.speaker_end = (
                    previous.speaker, previous.speaker_start, previous.speaker_end)
        previous = quote
    return quotes


def _kind(finder: SpeakerFinder, span: MarkedSpan, *, has_incise: bool) -> QuoteKind:
    """Direct when the quotation stands as an utterance; mixed when the narrator's sentence embeds it."""
    text = finder.text
    inner = text[span.start:span.end]
    before = text[:span.open].rstrip(_SPACES)
    previous = before[-1] if before else "\n"
    if previous == ":":
        return "direct"
    if has_incise and (previous in "\n" + _SENTENCE_END or len(inner.split()) >= DIRECT_MIN_WORDS):
        return "direct"
    if previous in "\n" + _SENTENCE_END:
        return "direct" if len(inner.split()) >= DIRECT_MIN_WORDS or inner[-1] in _SENTENCE_END else "mixed"
    index = finder.token_index_at(span.open) - 1
    if index >= 0 and finder.doc[index].text == ",":
        index -= 1
    if index >= 0 and is_reporting_verb(finder.doc[index]) and inner[:1].isupper():
        return "direct"
    return "mixed"


def _quote(text: str, span: MarkedSpan, kind: QuoteKind, attribution: Attribution | None) -> Quote:
    """Build the Quote record."""
    speaker = attribution.speaker if attribution else None
    return Quote(
        text=text[span.start:span.end], start=span.start, end=span.end, kind=kind,
        speaker=speaker.name if speaker else None,
        speaker_start=speaker.start if speaker else None,
        speaker_end=speaker.end if speaker else None,
        verb=attribution.verb if attribution else None,
    )
