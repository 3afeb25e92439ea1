"""Picture captions of a dump: the verbless line between the title and the article's first lines."""

from __future__ import annotations

import logging
import re

from recoupe.clean.dump_blocks import Unit
from recoupe.clean.dump_features import Features
from recoupe.lang.en import boilerplate as en_cues
from recoupe.lang.fr import boilerplate as fr_cues

LOG = logging.getLogger(__name__)

REASON = "caption"
CAPTION_MAX_WORDS = 30
TITLE_REACH = 6  # units after the title where a caption can stand (byline, share bar, "Image")
_VERB = re.compile(r"\b(?:" + fr_cues.VERB_FORMS + "|" + en_cues.VERB_FORMS + r")\b")
_SENTENCE_BREAK = re.compile(r"[.!?]\s+\S")


def mark_caption_under_title(
    units: list[Unit], features: list[Features], reasons: list[str | None], title_index: int
) -> int | None:
    """Mark the first kept unit under the title as a caption when it is one verbless sentence
    followed by longer prose; return its index, or None."""
    kept = [i for i in range(title_index + 1, min(len(units), title_index + 1 + TITLE_REACH)) if reasons[i] is None]
    if len(kept) < 2 or kept[0] > title_index + TITLE_REACH:
        return None
    candidate, following = kept[0], kept[1]
    if not _caption_shaped(units[candidate].text, features[candidate]):
        return None
    if not features[following].prose or features[following].words <= features[candidate].words:
        return None
    reasons[candidate] = REASON
    LOG.debug("caption under the title: %r", units[candidate].text)
    return candidate


def _caption_shaped(text: str, features: Features) -> bool:
    """One short sentence ending with a full stop and without a finite verb."""
    if not (4 <= features.words <= CAPTION_MAX_WORDS and text.endswith(".")):
        return False
    if _SENTENCE_BREAK.search(text[:-1]):
        return False
    return _VERB.search(text.lower()) is None
