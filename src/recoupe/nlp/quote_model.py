"""The two learned parts of quote extraction, shipped in the package and loaded once per process:
the draft model (reported speech, or a label or look-alike?) and the speaker ranker (which candidate speaks?).

Both are trained on the tuning half of the quote gold by `scripts/train_quote_models.py`
(:mod:`recoupe.nlp.quote_training`). Without their files, quotes fall back to hand rules: a
short quotation with no speaker nor reporting verb is a label, and the speaker is the one the
attribution rules found (or the previous quote's, for a direct quote with none).
"""

from __future__ import annotations

import functools
import logging
from dataclasses import dataclass

from recoupe.nlp.linear import LinearModel
from recoupe.nlp.quote_candidates import NOBODY, Candidate, Context, attribution_form, candidates
from recoupe.nlp.quote_compose import Draft
from recoupe.nlp.quote_speakers import Speaker
from recoupe.paths import PACKAGE_DIR

LOG = logging.getLogger(__name__)

MODEL_DIR = PACKAGE_DIR / "nlp" / "data"
MARKS_FILE = MODEL_DIR / "quote_marks.json"
SPEAKERS_FILE = MODEL_DIR / "quote_speakers.json"
KEEP_PROBABILITY = 0.4
LABEL_MAX_WORDS = 3


@dataclass(slots=True)
class QuoteModels:
    marks: LinearModel | None
    speakers: LinearModel | None


@functools.cache
def quote_models() -> QuoteModels:
    """The shipped models (each None when its file is absent)."""
    def load(path):
        if not path.is_file():
            LOG.warning("quote model %s is missing: hand rules are used instead", path.name)
            return None
        return LinearModel.load(path)

    return QuoteModels(load(MARKS_FILE), load(SPEAKERS_FILE))


def is_quotation(draft: Draft, models: QuoteModels) -> bool:
    """True unless a draft is a look-alike: a quotation that is a label (a name, a title, scare
    quotes), a clause that reports no speech."""
    if draft.attribution is not None and draft.attribution.source == "interview":
        return True  # an answer of a Q&A interview, found by its layout
    if models.marks is not None:
        return models.marks.probability(draft.features) >= KEEP_PROBABILITY
    if draft.clause is not None:
        return True
    attributed = draft.attribution is not None and (draft.attribution.verb or draft.attribution.speaker)
    return draft.kind == "direct" or bool(attributed) or draft.words > LABEL_MAX_WORDS


def choose_speaker(context: Context, draft: Draft, models: QuoteModels) -> Speaker | None:
    """The speaker the ranker prefers among the draft's candidates (or the rules' choice)."""
    attribution = draft.attribution
    if attribution is not None and (attribution.source == "interview" or named_attribution(context, draft)):
        return attribution.speaker  # a name the syntax points to: the rules are right 9 times in 10
    found = candidates(context, draft)
    if models.speakers is None:
        return _rule_speaker(found)
    best, _ = models.speakers.best([candidate.features for candidate in found])
    return found[best].speaker if found[best].key != NOBODY else None


def named_attribution(context: Context, draft: Draft) -> bool:
    """True when the attribution's own words name a person or organisation, or a role the rules
    resolved to one (:mod:`recoupe.nlp.roles`): then no ranking is needed."""
    attribution = draft.attribution
    if attribution is None or attribution.speaker is None or attribution.speaker.entity is None:
        return False
    form = attribution_form(context.finder, draft)
    return form in ("name", "role") and attribution.speaker.entity.type in ("PER", "ORG")


def _rule_speaker(found: list[Candidate]) -> Speaker | None:
    for prefix in ("source_attribution", "source_previous_quote_paragraph"):
        for candidate in found:
            if any(name.startswith(prefix) and "&" not in name for name in candidate.features):
                return candidate.speaker
    return None
