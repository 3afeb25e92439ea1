"""From quote marks and reported clauses to quote drafts: one draft per utterance, with its kind.

- A reported clause with quoted words inside is one `mixed` draft over the clause (the quoted
  words are not drafts of their own); a clause that is exactly one quotation gives that quotation.
- A quotation outside every clause stands as `direct` or `mixed`, or is a label (a name, a title,
  scare quotes) that the mark model (:mod:`recoupe.nlp.quote_model`) turns away.
- Quoted fragments that one verb governs, joined by commas or "et", make one draft.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from recoupe.nlp.quote_attribution import Attribution, incise_after, is_reporting_verb, preposed, selon_in_sentence
from recoupe.nlp.quote_clauses import Clause
from recoupe.nlp.quote_marks import MarkedSpan
from recoupe.nlp.quote_speakers import SpeakerFinder
from recoupe.types import QuoteKind

DIRECT_MIN_WORDS = 4
CLAUSE_OWN_WORDS = 2  # a clause needs this many words outside its quotations to stand as the quote
_SENTENCE_END = ".!?…"
_SPACES = " \t\u00a0\u202f"
_COORDINATION = re.compile(r"[\s\u00a0\u202f,]*(?:et|ou|ainsi\s+qu[e'’]|mais|puis|voire|,)?[\s\u00a0\u202f,]*", re.I)
_DETERMINERS = frozenset({"le", "la", "les", "l'", "l’", "un", "une", "des", "du", "de", "d'", "d’", "ce", "cet",
                          "cette", "ces", "son", "sa", "ses", "leur", "leurs", "au", "aux"})


@dataclass(slots=True)
class Draft:
    """A quote before its speaker is chosen: span, kind, attribution, the marks it holds."""

    start: int
    end: int
    kind: QuoteKind
    attribution: Attribution | None
    marks: list[MarkedSpan] = field(default_factory=list)
    clause: Clause | None = None
    features: dict[str, float] = field(default_factory=dict)  # what the draft model reads
    words: int = 0


def compose(finder: SpeakerFinder, marked: list[MarkedSpan], clauses: list[Clause]) -> list[Draft]:
    """Drafts in text order: clauses (with their quotations) and standalone quotations."""
    drafts: list[Draft] = []
    used: set[int] = set()
    for clause in clauses:
        if any(m.open <= clause.start and clause.end <= m.close + 1 for m in marked):
            continue  # a reported clause inside a quotation belongs to the quotation
        inside = [i for i, m in enumerate(marked) if clause.start - 2 <= m.open and m.close <= clause.end + 1]
        used.update(inside)
        drafts.append(_clause_draft(finder, clause, [marked[i] for i in inside]))
    standalone = [_mark_draft(finder, span, marked) for i, span in enumerate(marked) if i not in used]
    drafts.extend(_join_fragments(finder, standalone))
    drafts.sort(key=lambda d: (d.start, d.end))
    return _absorb_trailing_fragments(finder, drafts)


def _absorb_trailing_fragments(finder: SpeakerFinder, drafts: list[Draft]) -> list[Draft]:
    """A quoted fragment right after a reported clause of the same sentence, under the same verb
    ("assurent vouloir œuvrer « … » pour mettre en place une « … »"), belongs to the clause."""
    kept: list[Draft] = []
    for draft in drafts:
        previous = kept[-1] if kept else None
        if previous is not None and previous.clause is not None and draft.clause is None and draft.kind == "mixed" \
                and _same_attribution(previous, draft) and _same_sentence(finder, previous.end, draft.start):
            previous.end = max(previous.end, draft.end)
            previous.kind = "mixed"
            previous.marks.extend(draft.marks)
            continue
        kept.append(draft)
    return kept


def _same_attribution(first: Draft, second: Draft) -> bool:
    if first.attribution is None or second.attribution is None:
        return False
    return (first.attribution.verb, first.attribution.token) == (second.attribution.verb, second.attribution.token)


def _same_sentence(finder: SpeakerFinder, end: int, start: int) -> bool:
    gap = finder.text[end:start]
    return "\n" not in gap and not any(mark in gap for mark in ".!?;")


def _clause_draft(finder: SpeakerFinder, clause: Clause, inside: list[MarkedSpan]) -> Draft:
    own = finder.text[clause.start:clause.end]
    for span in sorted(inside, key=lambda m: -m.open):
        own = own[:span.open - clause.start] + own[span.close + 1 - clause.start:]
    features = clause_features(finder, clause, inside, len(own.split()))
    if not inside:
        draft = Draft(clause.start, clause.end, "indirect", clause.attribution, clause=clause)
    elif len(inside) == 1 and len(own.split()) < CLAUSE_OWN_WORDS:
        draft = Draft(inside[0].start, inside[0].end, "mixed", clause.attribution, inside, clause)
    else:
        draft = Draft(clause.start, clause.end, "mixed", clause.attribution, inside, clause)
    draft.features, draft.words = features, len(finder.text[draft.start:draft.end].split())
    return draft


def clause_features(finder: SpeakerFinder, clause: Clause, inside: list[MarkedSpan], own_words: int) -> dict[str, float]:
    """What tells reported speech from a look-alike: the clause's shape and verb, how its source
    is named, its length, whether it holds quoted words."""
    attribution = clause.attribution
    features = {f"clause_{clause.shape}": 1.0, f"clause_words_{_bucket(own_words)}": 1.0,
                f"clause_verb_{attribution.verb}": 1.0}
    if inside:
        features["clause_with_marks"] = 1.0
    if attribution.speaker is None:
        features["clause_no_speaker"] = 1.0
    elif attribution.speaker.entity is not None:
        features[f"clause_speaker_{attribution.speaker.entity.type}"] = 1.0
    else:
        features["clause_speaker_phrase"] = 1.0
    if attribution.token is not None and finder.doc[attribution.token].pos_ == "PRON":
        features["clause_speaker_pronoun"] = 1.0
    return features


def _mark_draft(finder: SpeakerFinder, span: MarkedSpan, marked: list[MarkedSpan]) -> Draft:
    incise = incise_after(finder, span.incise if span.incise is not None else span.close + 1)
    kind = _kind(finder, span, has_incise=incise is not None)
    attribution = incise or preposed(finder, span.open, span.close, either_side=kind == "mixed") \
        or _incise_inside(finder, span)
    draft = Draft(span.start, span.end, kind, attribution, [span], words=len(finder.text[span.start:span.end].split()))
    draft.features = mark_features(finder, span, marked, attribution)
    return draft


def _incise_inside(finder: SpeakerFinder, span: MarkedSpan) -> Attribution | None:
    """An incise written inside the marks ("« C'est du foutage de gueule, s'agace Alexandre
    Langlois, secrétaire général … »"): a comma or a question mark, a reporting verb, a name."""
    first, last = finder.token_index_at(span.start), finder.token_index_at(span.end)
    for token in finder.doc[first:last]:
        if token.text not in (",", "?", "!") or token.i + 2 >= last:
            continue
        attribution = incise_after(finder, token.idx + 1)
        if attribution is not None and attribution.speaker is not None and attribution.speaker.entity is not None \
                and attribution.token is not None and attribution.token < last:
            return attribution
    return None


def _kind(finder: SpeakerFinder, span: MarkedSpan, *, has_incise: bool) -> QuoteKind:
    """Direct when the quotation stands as an utterance; mixed when the narrator's sentence embeds it."""
    text = finder.text
    inner = text[span.start:span.end]
    before = text[:span.open].rstrip(_SPACES)
    previous = before[-1] if before else "\n"
    if previous == ":":
        return "direct"
    if has_incise and (previous in "\n" + _SENTENCE_END or len(inner.split()) >= DIRECT_MIN_WORDS):
        return "direct"
    if previous in "\n" + _SENTENCE_END:
        return "direct" if len(inner.split()) >= DIRECT_MIN_WORDS or inner[-1] in _SENTENCE_END else "mixed"
    index = finder.token_index_at(span.open) - 1
    if index >= 0 and finder.doc[index].text == ",":
        index -= 1
    if index >= 0 and is_reporting_verb(finder.doc[index]) and inner[:1].isupper():
        return "direct"
    return "mixed"


def mark_features(finder: SpeakerFinder, span: MarkedSpan, marked: list[MarkedSpan], attribution: Attribution | None) -> dict[str, float]:
    """What tells a quotation from a label: its length and shape, what precedes it, whether a
    reporting verb, an incise or "selon" attributes it, whether the same words recur in marks."""
    text = finder.text
    inner = text[span.start:span.end]
    words = inner.split()
    before = text[:span.open].rstrip(_SPACES)
    previous_char = before[-1] if before else "\n"
    previous_word = before.split()[-1].lower() if before.split() else ""
    features = {f"words_{_bucket(len(words))}": 1.0, f"previous_{_char_class(previous_char)}": 1.0}
    if inner[:1].isupper():
        features["upper_start"] = 1.0
    if inner.rstrip()[-1:] in _SENTENCE_END:
        features["ends_sentence"] = 1.0
    if previous_word in _DETERMINERS or previous_word.endswith(("'", "’")):
        features["after_determiner"] = 1.0
    if len(words) >= 2 and sum(w[:1].isupper() for w in words) / len(words) > 0.5:
        features["title_case"] = 1.0
    if sum(text[m.start:m.end].lower() == inner.lower() for m in marked) > 1:
        features["repeated"] = 1.0
    if attribution is not None:
        features[f"attribution_{attribution.source}"] = 1.0
        features["attribution_speaker" if attribution.speaker is not None else "attribution_no_speaker"] = 1.0
    else:
        features["no_attribution"] = 1.0
    features.update(_position_features(finder, span))
    return features


def _position_features(finder: SpeakerFinder, span: MarkedSpan) -> dict[str, float]:
    text = finder.text
    line_start = text.rfind("\n", 0, span.open) + 1
    line_end = text.find("\n", span.close)
    line_end = len(text) if line_end < 0 else line_end
    features = {}
    if line_start == 0:
        features["in_first_paragraph"] = 1.0
    if not text[line_start:span.open].strip(_SPACES + "-–—") and not text[span.close + 1:line_end].strip(_SPACES + ".,"):
        features["whole_paragraph"] = 1.0
    index = finder.token_index_at(span.open)
    if index < len(finder.doc):
        number = finder.sentence_of.get(index, 0)
        sentence = finder.sentences[number]
        if "selon" in finder.text[sentence.start_char:sentence.end_char].lower() \
                and selon_in_sentence(finder, sentence) is not None:
            features["selon_in_sentence"] = 1.0
        if number in finder.reporting_sentences():
            features["reporting_verb_in_sentence"] = 1.0
        previous = finder.doc[index - 1] if index > 0 else None
        if previous is not None and previous.text not in ("«", "“", '"'):
            features[f"previous_pos_{previous.pos_}"] = 1.0
    return features


def _bucket(count: int) -> str:
    return str(count) if count <= 3 else "4-6" if count <= 6 else "7-12" if count <= 12 else "13+"


def _char_class(char: str) -> str:
    if char == "\n":
        return "paragraph"
    if char in _SENTENCE_END:
        return "sentence_end"
    if char in ":,;(":
        return {":": "colon", ",": "comma", ";": "semicolon", "(": "parenthesis"}[char]
    return "word"


def _join_fragments(finder: SpeakerFinder, drafts: list[Draft]) -> list[Draft]:
    """Quoted fragments of one sentence that the same verb governs ("« A », « B » et « C »") as one."""
    joined: list[Draft] = []
    for draft in drafts:
        previous = joined[-1] if joined else None
        if previous is not None and _same_utterance(finder, previous, draft):
            previous.end = draft.end
            previous.marks.extend(draft.marks)
            continue
        joined.append(draft)
    return joined


def _same_utterance(finder: SpeakerFinder, first: Draft, second: Draft) -> bool:
    if first.kind != "mixed" or second.kind != "mixed" or not _same_attribution(first, second):
        return False
    gap = finder.text[first.marks[-1].close + 1:second.marks[0].open]
    return "\n" not in gap and _COORDINATION.fullmatch(gap) is not None
