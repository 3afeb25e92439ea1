"""Quote checks across outlets: one utterance given to different speakers, or its words altered."""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Sequence
from difflib import SequenceMatcher
from itertools import combinations

from recoupe.stories.check_text import independent, sentence_at
from recoupe.stories.quote_table import Carried, Utterance, citation, normalise_quote, outlet_name, same_speaker
from recoupe.stories.quote_table import utterances
from recoupe.types import Article, Citation, Flag

LOG = logging.getLogger(__name__)

MAX_SPEAKER_GAP = 200  # characters between a quote and its speaker's name for one cited span
MIN_ANCHOR = 2  # words two wordings must share in a row to be aligned on them
MAX_END_SWAP = 2  # words swapped at an end of a quote that still make an alteration
_WORD = re.compile(r"[\w'’-]+")


def quote_flags(articles: Sequence[Article], roots: dict[str, str]) -> list[Flag]:
    """Speaker and wording differences of the story's utterances between independent sources."""
    named = {entity.name for article in articles for entity in article.entities}
    flags = []
    for utterance in utterances(articles):
        flags.extend(_speaker_flags(utterance, named, roots))
        flags.extend(_wording_flags(utterance, roots))
    LOG.debug("%d quote flags over %d articles", len(flags), len(articles))
    return flags


# --------------------------------------------------------------------------- speakers

def _speaker_flags(utterance: Utterance, named: set[str], roots: dict[str, str]) -> list[Flag]:
    """One flag when independent sources give the utterance to two different named speakers."""
    carriers = [c for c in utterance.carriers if _named_speaker(c, named)]
    clashing = [
        (a, b) for a, b in combinations(carriers, 2)
        if not same_speaker(a.quote.speaker, b.quote.speaker) and independent(a.article, b.article, roots)
        and not _names_nearby(a, b.quote.speaker) and not _names_nearby(b, a.quote.speaker)
    ]
    return [_speaker_flag(clashing)] if clashing else []


def _named_speaker(item: Carried, named: set[str]) -> bool:
    """A speaker the article names (an entity), not a title or a group ("les observateurs")."""
    return item.quote.speaker in named and item.quote.speaker_role is None


def _names_nearby(item: Carried, speaker: str | None) -> bool:
    """True when the article also names `speaker` around the quote, outside its words: "Norvalis,
    par la voix de sa directrice Claire Dumoulin, a affirmé que ..." gives the words to both."""
    quote, article = item.quote, item.article
    speaker_start = quote.speaker_start if quote.speaker_start is not None else quote.start
    start = min(sentence_at(article, quote.start)[0], speaker_start)
    end = sentence_at(article, max(quote.start, quote.end - 1))[1]
    return any(
        same_speaker(entity.name, speaker) and (start <= m.start < quote.start or quote.end <= m.start < end)
        for entity in article.entities for m in entity.mentions
    )


def _speaker_flag(pairs: list[tuple[Carried, Carried]]) -> Flag:
    """A flag citing each (speaker, article) once, the speaker's name within the cited span."""
    carriers = list({(c.quote.speaker, c.article.id): c for pair in pairs for c in pair}.values())
    speakers = list(dict.fromkeys(c.quote.speaker or "" for c in carriers))
    outlets = {s: ", ".join(dict.fromkeys(outlet_name(c.article) for c in carriers if c.quote.speaker == s))
               for s in speakers}
    said = " / ".join(f"{speaker} ({outlets[speaker]})" for speaker in speakers)
    wording = pairs[0][0].quote.text.strip()
    return Flag(
        kind="conflicting-speakers",
        message=f"Citation attribuée à des personnes différentes : « {wording} » = {said}",
        evidence=[_speaker_citation(c) for c in carriers],
        details={"quote": wording, "speakers": ", ".join(speakers)},
    )


def _speaker_citation(item: Carried) -> Citation:
    """The quote's span, stretched to its speaker's name when that name is close by."""
    quote = item.quote
    if quote.speaker_start is None or quote.speaker_end is None:
        return citation(item)
    start, end = min(quote.start, quote.speaker_start), max(quote.end, quote.speaker_end)
    if end - start - (quote.end - quote.start) > MAX_SPEAKER_GAP:
        return citation(item)
    return Citation(item.article.id, start, end, item.article.outlet)


# --------------------------------------------------------------------------- wordings

def _wording_flags(utterance: Utterance, roots: dict[str, str]) -> list[Flag]:
    """A flag for each direct wording whose words differ from the usual one inside the quote.

    Only direct quotes are compared: a mixed quote mixes the journalist's words with the speaker's,
    and indirect speech is a paraphrase. A wording that is only shorter (cut at either end) is a
    truncation, not an alteration.
    """
    direct = [c for c in utterance.carriers if c.quote.kind == "direct"]
    keys = Counter(c.key for c in direct)
    if len(keys) < 2:
        return []
    usual = max(keys, key=lambda key: (keys[key], len(key)))
    flags = []
    for key in keys:
        if key == usual:
            continue
        pair = _independent_pair([c for c in direct if c.key == usual], [c for c in direct if c.key == key], roots)
        if pair and (changes := altered_words(pair[0].quote.text, pair[1].quote.text)):
            flags.append(_wording_flag(*pair, changes))
    return flags


def _independent_pair(first: list[Carried], second: list[Carried],
                      roots: dict[str, str]) -> tuple[Carried, Carried] | None:
    """The first carriers of two wordings that are independent sources, if any."""
    return next(((a, b) for a in first for b in second if independent(a.article, b.article, roots)), None)


def altered_words(usual: str, other: str) -> list[str]:
    """What `other` changes inside the words of `usual`, in French ("« et » omis").

    The two are aligned on the runs of words they share (at least MIN_ANCHOR words). Words
    changed, added or removed between two shared runs are alterations; so is a word or two
    swapped at either end ("Cela fait deux ans" / "Depuis deux ans"). Words only one side has at
    an end are a cut (truncation), and longer different ends are different continuations: neither
    is an alteration. Empty when the two differ only by punctuation, accents or case.
    """
    mine, theirs = _WORD.findall(usual), _WORD.findall(other)
    anchors = _anchors([normalise_quote(w) for w in mine], [normalise_quote(w) for w in theirs])
    if not anchors:
        return []
    bounds = [(0, 0, 0), *anchors, (len(mine), len(theirs), 0)]
    changes = []
    for index, (before, after) in enumerate(zip(bounds, bounds[1:])):
        removed = mine[before[0] + before[2]:after[0]]
        added = theirs[before[1] + before[2]:after[1]]
        if _alters(removed, added, at_end=index in (0, len(bounds) - 2)):
            changes.append(_change(" ".join(removed), " ".join(added)))
    return changes


def _alters(removed: list[str], added: list[str], *, at_end: bool) -> bool:
    """Between shared runs any difference alters the quote; at an end only a short swap does."""
    if not at_end:
        return bool(removed or added)
    return bool(removed and added) and max(len(removed), len(added)) <= MAX_END_SWAP


def _anchors(first: list[str], second: list[str]) -> list[tuple[int, int, int]]:
    """The runs of words two wordings share, in order, as (start in first, start in second, size):
    runs of MIN_ANCHOR words or more, and any run both wordings start or end with."""
    blocks = SequenceMatcher(None, first, second, autojunk=False).get_matching_blocks()
    return [
        (a, b, size) for a, b, size in blocks
        if size and (size >= MIN_ANCHOR or a == b == 0 or (a + size, b + size) == (len(first), len(second)))
    ]


def _change(removed: str, added: str) -> str:
    if not added:
        return f"« {removed} » omis"
    if not removed:
        return f"« {added} » ajouté"
    return f"« {removed} » devenu « {added} »"


def _wording_flag(usual: Carried, other: Carried, changes: list[str]) -> Flag:
    """A flag citing the usual wording and the altered one."""
    speaker = usual.quote.speaker or other.quote.speaker
    who = f" de {speaker}" if speaker else ""
    return Flag(
        kind="altered-quote",
        message=(
            f"Citation{who} modifiée d'une source à l'autre : « {usual.quote.text.strip()} » "
            f"({outlet_name(usual.article)}) / « {other.quote.text.strip()} » ({outlet_name(other.article)}) ; "
            + ", ".join(changes)
        ),
        evidence=[citation(usual), citation(other)],
        details={"quote": usual.quote.text.strip(), "variant": other.quote.text.strip(),
                 "changes": "; ".join(changes), "speaker": speaker or ""},
    )
