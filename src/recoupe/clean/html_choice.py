"""Which trafilatura extraction of a page to keep: default, precision, recall or baseline.

trafilatura's default run (tables included, comments left out) is the reference. Its precision
run is kept when it still holds nearly all of the default text: it then dropped only widgets and
link lists; when it cuts more it often cut article text (CLEANEVAL recall falls). When the default
run finds too little, recall mode, then the largest text blocks (trafilatura's baseline) are tried.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from recoupe.clean.html_text import body_paragraphs

LOG = logging.getLogger(__name__)

MIN_ARTICLE_CHARS = 200  # below this, the extraction is retried in recall mode
# The precision run replaces the default one when it keeps at least this share of its text.
MIN_PRECISION_SHARE = 0.9
# htmldate's extensive search is right more often when it disagrees with the markup we read.
DATE_PARAMS = {"extensive_search": True, "original_date": True}


@dataclass(slots=True)
class Choice:
    """The kept extraction: trafilatura's document (metadata), its paragraphs and how."""

    document: object | None
    paragraphs: list[str]
    method: str  # "trafilatura", "trafilatura-precision", "trafilatura-recall", "baseline", "none"
    notes: list[str] = field(default_factory=list)


def choose_article(tree, *, url: str | None) -> Choice:
    """trafilatura default run, its precision run when it agrees, recall and baseline when short."""
    document = run_trafilatura(tree, url=url, mode="default", with_metadata=True)
    paragraphs = body_paragraphs(getattr(document, "body", None))
    if length(paragraphs) < MIN_ARTICLE_CHARS:
        return _short_article(tree, url=url, document=document, paragraphs=paragraphs)
    precise = body_paragraphs(getattr(run_trafilatura(tree, url=url, mode="precision"), "body", None))
    share = length(precise) / length(paragraphs)
    if share >= MIN_PRECISION_SHARE and length(precise) >= MIN_ARTICLE_CHARS:
        return Choice(document, precise, "trafilatura-precision")
    note = f"precision mode kept {share:.0%} of the text; kept the default extraction"
    return Choice(document, paragraphs, "trafilatura", [note])


def _short_article(tree, *, url: str | None, document, paragraphs: list[str]) -> Choice:
    """Recall mode, then the baseline, when the default run found too little."""
    import trafilatura

    notes = [f"trafilatura found {length(paragraphs)} characters; retried in recall mode"]
    recall = body_paragraphs(getattr(run_trafilatura(tree, url=url, mode="recall"), "body", None))
    if length(recall) > length(paragraphs):
        paragraphs = recall
        if length(paragraphs) >= MIN_ARTICLE_CHARS:
            return Choice(document, paragraphs, "trafilatura-recall", notes)
    body, _, size = trafilatura.baseline(tree)
    if size > length(paragraphs):
        notes.append("recall mode found too little; used the largest text blocks (baseline)")
        return Choice(document, body_paragraphs(body), "baseline", notes)
    method = "trafilatura-recall" if paragraphs else "none"
    LOG.info("little article text found (%s): %s", method, "; ".join(notes))
    return Choice(document, paragraphs, method, notes)


def run_trafilatura(tree, *, url: str | None, mode: str, with_metadata: bool = False):
    """trafilatura.bare_extraction in `mode` (default, precision, recall); None when it finds nothing."""
    import trafilatura

    return trafilatura.bare_extraction(
        tree, url=url, favor_precision=mode == "precision", favor_recall=mode == "recall",
        include_comments=False, include_tables=True, include_images=False,
        with_metadata=with_metadata, deduplicate=False, date_extraction_params=DATE_PARAMS)


def length(paragraphs: list[str]) -> int:
    """Total characters of the paragraphs."""
    return sum(len(paragraph) for paragraph in paragraphs)
