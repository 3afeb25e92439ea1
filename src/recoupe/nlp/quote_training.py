"""Fit the draft model and the speaker ranker on annotated articles (the tuning half of the gold).

Draft model: every quotation and reported clause the rules draft is an example, positive when a
gold quote holds most of it. Speaker ranker: every draft that matches a gold quote (the scorer's
matching at 0.3) is a group of candidates, the right ones being those that name the gold speaker;
earlier quotes' speakers are the gold ones (teacher forcing), as the ranker's own choices would
be at their best.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass

from recoupe.eval.quote_scoring import Span, match, same_speaker
from recoupe.nlp.linear import LinearModel, train_logistic, train_ranker
from recoupe.nlp.quote_candidates import NOBODY, Candidate, candidates, context_for
from recoupe.nlp.quote_compose import Draft
from recoupe.nlp.quote_model import named_attribution
from recoupe.nlp.quotes import drafts_from_doc

LOG = logging.getLogger(__name__)

MARK_L2 = 1.0
SPEAKER_L2 = 1.0
HELD_SHARE = 0.5  # a quotation is positive when a gold quote holds this share of it


@dataclass(slots=True)
class TrainingSet:
    marks: list[tuple[dict[str, float], int]]
    speakers: list[tuple[list[dict[str, float]], list[int]]]


def training_set(docs: Iterable, gold_quotes: Iterable[list]) -> TrainingSet:
    """Examples of both models from parsed docs and their gold quotes (objects with start, end,
    kind, speaker)."""
    from recoupe.nlp.entities import entities_from_doc

    data = TrainingSet([], [])
    for doc, gold in zip(docs, gold_quotes):
        finder, drafts = drafts_from_doc(doc, entities_from_doc(doc))
        spans = [Span(q.start, q.end, q.kind, q.speaker) for q in gold]
        data.marks += [(d.features, int(_held(d, spans))) for d in drafts if d.features]
        data.speakers += _speaker_groups(finder, drafts, spans)
    return data


def _held(draft: Draft, gold: list[Span]) -> bool:
    size = max(1, draft.end - draft.start)
    return any(min(draft.end, g.end) - max(draft.start, g.start) >= HELD_SHARE * size for g in gold)


def _speaker_groups(finder, drafts: list[Draft], gold: list[Span]):
    predicted = [Span(d.start, d.end, d.kind) for d in drafts]
    owner = {id(span): draft for span, draft in zip(predicted, drafts)}
    matched = {id(owner[id(found)]): quote for quote, found in match(gold, predicted, threshold=0.3) if found is not None}
    context = context_for(finder)
    groups = []
    for draft in drafts:
        quote = matched.get(id(draft))
        if quote is None:
            continue
        found = candidates(context, draft)
        right = [i for i, c in enumerate(found) if _names(c, quote.speaker)]
        if not named_attribution(context, draft):  # named attributions are the rules' to decide
            groups.append(([c.features for c in found], right))
        chosen = found[right[0]].speaker if right else None
        context.chosen.append((draft, chosen))
    return groups


def _names(candidate: Candidate, speaker: str | None) -> bool:
    if candidate.key == NOBODY:
        return speaker is None
    return speaker is not None and candidate.speaker is not None and same_speaker(speaker, candidate.speaker.name)


def fit(data: TrainingSet, *, source: str) -> tuple[LinearModel, LinearModel]:
    """Both models from a training set; `source` says what they were trained on."""
    marks = train_logistic([f for f, _ in data.marks], [label for _, label in data.marks], l2=MARK_L2)
    speakers = train_ranker(data.speakers, l2=SPEAKER_L2)
    for model in (marks, speakers):
        model.meta["trained_on"] = source
    LOG.info("draft model: %d examples; speaker ranker: %d groups", len(data.marks), len(data.speakers))
    return marks, speakers
