"""What a figure measures, read from the parse of its sentence: event predicates, dates, claimant.

"38 personnes ... ont été évacuées" and "Les 45 personnes évacuées" share the predicate
"évacuer"; "qui emploie 260 personnes" has "employer". A figure whose predicate cannot be read
(no parser, no verb) keeps an empty set and is never claimed to conflict with another.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from recoupe.lang.fr.checks import (
    ATTRIBUTION_PATTERN,
    CLAIM_VERB_FORMS,
    CLAIM_VERBS,
    LIGHT_PREDICATES,
    PREDICATE_SYNONYMS,
)
from recoupe.lang.fr.quotes import REPORTING_VERBS
from recoupe.stories.timeline import event_value, parse_day

if TYPE_CHECKING:
    from recoupe.stories.check_figures import Figure

LOG = logging.getLogger(__name__)

MAX_CLIMB = 4  # head steps from the counted noun up to its governing verb
_MODIFIER_DEPS = ("acl", "acl:relcl", "amod")
_NOT_EVENTS = LIGHT_PREDICATES | CLAIM_VERBS | REPORTING_VERBS
_CLOCK = re.compile(r"T(\d{2}:\d{2})")


def read_contexts(figures: Sequence[Figure]) -> None:
    """Fill `predicates`, `participles`, `dates` and `claimant` of each figure (in place)."""
    for figure in figures:
        figure.dates = _sentence_dates(figure)
        figure.times = _sentence_times(figure)
        figure.claimant = _quoted_speaker(figure) or _attribution(figure)
    nlp = _parser()
    if nlp is None or not figures:
        return
    by_sentence: dict[tuple[str, int], list[Figure]] = {}
    for figure in figures:
        by_sentence.setdefault((figure.article.id, figure.start), []).append(figure)
    groups = list(by_sentence.values())
    texts = [g[0].article.text[g[0].start:g[0].end] for g in groups]
    for group, doc in zip(groups, nlp.pipe(texts, disable=["ner"])):
        for figure in group:
            _read_parse(figure, doc)


def _parser() -> Any | None:
    """The shared spaCy pipeline, or None (with a warning) when it cannot be loaded."""
    from recoupe.nlp.models import load_spacy

    try:
        return load_spacy()
    except (RuntimeError, ImportError, OSError) as error:
        LOG.warning("figures compared without predicates (no conflict claimed): %s", error)
        return None


def _read_parse(figure: Figure, doc: Any) -> None:
    """Predicates of the counted noun and, when none was found yet, a claimant from the parse."""
    head = _token_at(doc, figure.head_start - figure.start)
    if head is None:
        return
    predicates: dict[str, str] = {}
    for child in head.children:
        if child.dep_ in _MODIFIER_DEPS and child.pos_ == "VERB":
            predicates.setdefault(child.lemma_.lower(), child.text)
    node = head
    for _ in range(MAX_CLIMB):
        if node.head.i == node.i:
            break
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            predicates.setdefault(node.lemma_.lower(), node.text)
            if node.lemma_.lower() not in _NOT_EVENTS:
                break
    events = {lemma: text for lemma, text in predicates.items() if lemma not in _NOT_EVENTS}
    figure.predicates = frozenset(PREDICATE_SYNONYMS.get(lemma, lemma) for lemma in events)
    figure.participles = {
        PREDICATE_SYNONYMS.get(lemma, lemma): token.text
        for token in doc if (lemma := token.lemma_.lower()) in events
        and token.pos_ == "VERB" and "Part" in token.morph.get("VerbForm") and "Past" in token.morph.get("Tense")
    }
    if figure.claimant is None:
        figure.claimant = _claimant_from_parse(_token_at(doc, figure.number_start - figure.start) or head)


def _token_at(doc: Any, offset: int) -> Any | None:
    """The token covering a character offset of the parsed sentence."""
    for token in doc:
        if token.idx <= offset < token.idx + max(len(token.text), 1):
            return token
    return None


def _claimant_from_parse(token: Any) -> str | None:
    """The subject of the claim verb governing a figure ("la direction évoque 21 %"), or "selon X"."""
    node = token
    for _ in range(MAX_CLIMB + 2):
        for child in node.children:
            if child.dep_.startswith(("obl", "nmod")) and any(c.dep_ == "case" and c.lemma_.lower() == "selon"
                                                               for c in child.children):
                return _phrase(child)
        if _is_claim_verb(node):
            subject = next((c for c in node.children if c.dep_ == "nsubj"), None)
            return _phrase(subject) if subject is not None and subject.pos_ != "PRON" else None
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def _is_claim_verb(token: Any) -> bool:
    """A verb of claim or report, also when the tagger mistook its present form for a noun ("avance")."""
    if token.pos_ == "VERB" and token.lemma_.lower() in CLAIM_VERBS | REPORTING_VERBS:
        return True
    return token.text.lower() in CLAIM_VERB_FORMS and any(c.dep_ == "nsubj" for c in token.children)


def _phrase(token: Any) -> str:
    """The words of a token's subtree, without the leading preposition."""
    clauses = [c for c in token.children if c.dep_.startswith("acl") or c.dep_ == "appos"]
    inside = {t.i for c in clauses for t in c.subtree}
    words = [t for t in token.subtree if t.i not in inside
             and not (t.dep_ == "case" and t.head.i == token.i and t.i < token.i)]
    return " ".join(t.text for t in words).replace(" ,", ",").strip(" ,")


def _quoted_speaker(figure: Figure) -> str | None:
    """The speaker of a quote that contains the figure."""
    for quote in figure.article.quotes:
        if quote.start <= figure.number_start < quote.end and quote.speaker:
            return quote.speaker
    return None


def _attribution(figure: Figure) -> str | None:
    """"Selon X, ..." or ", d'après X" in the figure's sentence (the nearest before it first)."""
    before = figure.article.text[figure.start:figure.number_start]
    matches = list(ATTRIBUTION_PATTERN.finditer(before))
    if matches:
        return matches[-1]["claimant"].strip()
    after = figure.article.text[figure.number_start:figure.end]
    match = ATTRIBUTION_PATTERN.search(after)
    return match["claimant"].strip() if match else None


def _sentence_times(figure: Figure) -> frozenset[str]:
    """Clock times written in the figure's sentence ("à 18 heures" -> "18:00")."""
    return frozenset(
        match.group(1) for timex in figure.article.timexes
        if figure.start <= timex.start < figure.end and (match := _CLOCK.search(timex.value or ""))
    )


def _sentence_dates(figure: Figure) -> frozenset[str]:
    """Day values of the dates written in the figure's sentence (resolved against publication)."""
    days = set()
    for timex in figure.article.timexes:
        if figure.start <= timex.start < figure.end and timex.type == "DATE":
            day = parse_day(event_value(timex.value, None))
            if day:
                days.add(day.isoformat())
    return frozenset(days)
