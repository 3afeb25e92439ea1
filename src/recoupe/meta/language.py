"""Language of a text, with py3langid (its model ships inside the package)."""

from __future__ import annotations

import functools
import logging
import re

LOG = logging.getLogger(__name__)

MIN_LETTERS = 20  # below this, any guess is noise
MIN_PROBABILITY = 0.5  # normalised probability under which we say we do not know
MAX_CHARS = 20_000  # the first 20 kB decide; longer texts only cost time

_LETTER = re.compile(r"[^\W\d_]", re.UNICODE)


@functools.cache
def _identifier():  # -> py3langid.langid.LanguageIdentifier
    """Load the py3langid model once per process."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    LOG.debug("loading py3langid model %s", MODEL_FILE)
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str | None) -> str | None:
    """ISO 639-1 code of the text's language (``"fr"``), or None when too short or unsure."""
    if not text:
        return None
    sample = text[:MAX_CHARS]
    if len(_LETTER.findall(sample)) < MIN_LETTERS:
        return None
    lang, probability = _identifier().classify(sample)
    if probability < MIN_PROBABILITY:
        LOG.debug("language unsure: %s at %.2f", lang, probability)
        return None
    return str(lang)
