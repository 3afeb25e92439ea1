"""Our post-processing of trafilatura's output: boilerplate left at the article's edges."""

from __future__ import annotations

import logging
import re

from recoupe.clean.dump_features import boilerplate_cue
from recoupe.types import RemovedBlock

LOG = logging.getLogger(__name__)

_WORD = re.compile(r"\w+")
FINE_PRINT_MAX_WORDS = 30  # a <small> paragraph longer than this is content, not fine print


def fine_print(tree) -> set[str]:
    """Texts of paragraphs written wholly in <small>: credits, legal lines, feed footers."""
    found = set()
    for small in tree.iter("small"):
        parent = small.getparent()
        text = " ".join("".join(small.itertext()).split())
        if parent is None or not text or len(_WORD.findall(text)) > FINE_PRINT_MAX_WORDS:
            continue
        if " ".join("".join(parent.itertext()).split()) == text:
            found.add(text)
    return found


def trim_edges(paragraphs: list[str], *, fine: set[str] = frozenset()) -> tuple[list[str], list[RemovedBlock]]:
    """Drop boilerplate paragraphs at the start and end of an extraction.

    Only the edges are trimmed: a cue word inside the article body is left alone, because
    there it is more often the story's own words than a widget. Repeated blocks are left as
    trafilatura gives them: in HTML they are mostly the page's own (recipe steps, Q&A), and
    dropping them lowered token F1 on the scrapinghub benchmark.
    """
    kept = list(paragraphs)
    removed: list[RemovedBlock] = []
    while kept and (reason := _edge_reason(kept[-1], fine)):
        removed.insert(0, RemovedBlock(kept.pop(), reason))
    while kept and (reason := _edge_reason(kept[0], fine)):
        removed.append(RemovedBlock(kept.pop(0), reason))
    return kept, removed


def _edge_reason(paragraph: str, fine: set[str]) -> str | None:
    text = " ".join(paragraph.split())
    if text in fine:
        return "fine-print"
    return boilerplate_cue(text.lower(), len(_WORD.findall(text)))
