"""Quotes of one article with their speakers: direct, mixed (quoted words inside the narrator's
sentence) and indirect (reported speech without marks).

1. Quotations are found by their marks (:mod:`quote_marks`), a quotation split by an incise is
   joined, and reported clauses are read from the parse (:mod:`quote_clauses`).
2. They are composed into one draft per utterance (:mod:`quote_compose`), answers of a Q&A
   interview added (:mod:`quote_interviews`); the learned draft model turns away labels, names
   and scare quotes (:mod:`quote_model`).
3. Each draft's speaker is chosen among candidates from the parse and the discourse by the
   learned speaker ranker (:mod:`quote_candidates`, :mod:`quote_model`).
All offsets index `doc.text`.
"""

from __future__ import annotations

import logging

from recoupe.nlp.quote_attribution import incise_after
from recoupe.nlp.quote_candidates import context_for
from recoupe.nlp.quote_clauses import reported_clauses
from recoupe.nlp.quote_compose import Draft, compose
from recoupe.nlp.quote_interviews import interview_drafts
from recoupe.nlp.quote_marks import find_quote_spans, join_incise_pairs
from recoupe.nlp.quote_model import QuoteModels, choose_speaker, is_quotation, quote_models
from recoupe.nlp.quote_speakers import Speaker, SpeakerFinder, new_referent
from recoupe.nlp.roles import role_of
from recoupe.types import Entity, Quote, RoleBinding

LOG = logging.getLogger(__name__)

__all__ = ["quotes_from_doc", "quotes_and_roles", "drafts_from_doc"]


def quotes_from_doc(doc, entities: list[Entity], *, models: QuoteModels | None = None) -> list[Quote]:
    """Quotes of a parsed document, in text order, with speakers named as in `entities`
    (`models`: the shipped quote models unless given)."""
    return quotes_and_roles(doc, entities, models=models)[0]


def quotes_and_roles(doc, entities: list[Entity], *, models: QuoteModels | None = None) -> tuple[list[Quote], list[RoleBinding]]:
    """Quotes of a parsed document and the roles it gives named people ("le président russe
    Vladimir Poutine"), which resolve titles across a story's articles."""
    finder, drafts = drafts_from_doc(doc, entities)
    models = models or quote_models()
    drafts = [draft for draft in drafts if is_quotation(draft, models)]
    context = context_for(finder)
    quotes = []
    for draft in drafts:
        speaker = choose_speaker(context, draft, models)
        context.chosen.append((draft, speaker))
        quotes.append(_quote(finder, draft, speaker))
    LOG.debug("%d quotes", len(quotes))
    roles = [RoleBinding(role.key(), person.name, person.start, person.end) for _, role, person in finder.roles]
    return quotes, roles


def drafts_from_doc(doc, entities: list[Entity]) -> tuple[SpeakerFinder, list[Draft]]:
    """Every quote draft of a document before the models choose: quotations and reported clauses."""
    finder = SpeakerFinder(doc, entities)
    marked = find_quote_spans(finder.text)
    finder.set_quoted([(span.open, span.close + 1) for span in marked])
    marked = join_incise_pairs(finder.text, marked, lambda position: incise_after(finder, position) is not None)
    finder.set_quoted([part for span in marked for part in span.marked_parts()])
    clauses = reported_clauses(finder, marked)
    drafts = compose(finder, marked, clauses)
    drafts += interview_drafts(finder, drafts)
    drafts.sort(key=lambda draft: (draft.start, draft.end))
    return finder, drafts


def _quote(finder: SpeakerFinder, draft: Draft, speaker: Speaker | None) -> Quote:
    return Quote(
        text=finder.text[draft.start:draft.end], start=draft.start, end=draft.end, kind=draft.kind,
        speaker=speaker.name if speaker else None,
        speaker_start=speaker.start if speaker else None,
        speaker_end=speaker.end if speaker else None,
        verb=draft.attribution.verb if draft.attribution else None,
        speaker_role=_unresolved_role(finder, draft, speaker),
    )


def _unresolved_role(finder: SpeakerFinder, draft: Draft, speaker: Speaker | None) -> str | None:
    """The role a speaker left as a title ("le nouveau président américain") stands for, so that
    the story's other articles may name them."""
    attribution = draft.attribution
    if speaker is None or speaker.entity is not None or attribution is None or attribution.token is None:
        return None
    token = finder.doc[attribution.token]
    if not speaker.start <= token.idx < speaker.end or not finder.is_role(token) or new_referent(token):
        return None
    return role_of(token).key()
