"""Layout and language cues of dump units: prose shape, counters, timestamps, boilerplate words."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from recoupe.clean.dump_blocks import Unit, strip_bullet
from recoupe.lang.en import boilerplate as en_cues
from recoupe.lang.en import byline as en_byline
from recoupe.lang.fr import boilerplate as fr_cues
from recoupe.lang.fr import byline as fr_byline
from recoupe.meta.dates import is_date_line

LOG = logging.getLogger(__name__)

PROSE_MIN_WORDS = 5  # a sentence-like unit (ends with . ! ? » ") of at least this many words
LONG_PROSE_WORDS = 25  # this many words count as prose even without end punctuation
LINE_CUE_MAX_WORDS = 14  # start-of-line cues only apply to short lines
BYLINE_MAX_WORDS = 22  # "Publié le 8 novembre 2024, par <outlet> - <outlet's tagline>."
AUTHOR_MAX_WORDS = 8  # "Par Jean Dupont et Marie Martin"
DATELINE_MAX_WORDS = 9  # "Wednesday November 20, 2019 10:43 AM"
SENTENCE_END = (".", "!", "?", "»", '"', "”", "…", ".)", ".'", "’", "。", "！", "？", "」")
CJK_CHARS_PER_WORD = 2  # scripts written without spaces: count words from characters
LONG_TOKEN_CHARS = 12  # an average "word" this long means the script has no spaces

_WORD = re.compile(r"\w+")
COUNTER_RE = re.compile(
    r"^[\d\s.,kKmM+]{1,12}(\s*(vues?|views?|lectures?|reads?|likes?|j'aime|partages?|shares?"
    r"|comments?|commentaires?|r[ée]actions?|votes?|points?))?$",
    re.IGNORECASE,
)
TIMESTAMP_HEADLINE_RE = re.compile(r"^\d{1,2}[:h]\d{2}\s*(?:[-–—|:]\s*)?\S")
DATE_HEADLINE_RE = re.compile(r"^\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?\s*(?:[-–—|:]\s*)?\D")


# category -> (readable removal reason, most words of a unit matched anywhere); in check order.
# Consent banners and appeals can be a long paragraph; footer words only mark short lines.
CATEGORIES = {
    "COOKIE": ("cookie-banner", 150),
    "CAPTCHA": ("captcha", 60),
    "COMMENT": ("comment-form", 40),
    "DONATION": ("donation-appeal", 70),
    "NEWSLETTER": ("subscription-appeal", 30),
    "SHARE": ("share-links", 0),
    "TAG": ("tags", 0),
    "RELATED": ("related-heading", 0),
    "READ_ALSO": ("read-also", 40),
    "FOOTER": ("footer", 20),
    "SITE_LINKS": ("site-links", 0),
    "CRUMB": ("crumb", 0),
    "CAPTION": ("caption", 45),
    "PROMO": ("station-promo", 35),
    "READING_TIME": ("reading-time", 16),
    "FEED_FOOTER": ("feed-footer", 60),
}


def _fragments(name: str, kind: str) -> tuple[str, ...]:
    """French then English cue fragments of one category and kind (LINE, ANYWHERE, KEYWORDS)."""
    return getattr(fr_cues, f"{name}_{kind}", ()) + getattr(en_cues, f"{name}_{kind}", ())


def _compile(fragments_by_name: dict[str, tuple[str, ...]], *, anchored: bool) -> re.Pattern[str]:
    """One pattern for lowercased text, a named group per category (checked in order).

    Patterns run on lowercased text without IGNORECASE: Unicode case folding makes `re`
    several times slower, and the cleaner must handle hundreds of pages a second.
    """
    groups = "|".join(
        f"(?P<{name}>{'|'.join(f'(?:{fragment})' for fragment in fragments)})"
        for name, fragments in fragments_by_name.items() if fragments
    )
    return re.compile(f"^(?:{groups})" if anchored else groups)


LINE_CUES_RE = _compile({name: _fragments(name, "LINE") for name in CATEGORIES}, anchored=True)


@dataclass(slots=True)
class _AnywhereCue:
    """A category whose cues may sit anywhere in a unit, with its keyword pre-check."""

    reason: str
    max_words: int
    keywords: tuple[str, ...]
    pattern: re.Pattern[str]


def literal_alternation(words: list[str]) -> str:
    """A pattern matching any of `words`, as a trie (shared prefixes tried once: `re` tries
    the branches of a flat alternation one by one at every position, three times slower)."""
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_pattern(trie)


def _trie_pattern(node: dict[str, dict]) -> str:
    """The pattern of one trie node (an empty key marks the end of a word)."""
    branches = [re.escape(char) + _trie_pattern(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


ANY_KEYWORD_RE = re.compile(literal_alternation([k for name in CATEGORIES for k in _fragments(name, "KEYWORDS")]))
ANYWHERE_CUES = [
    _AnywhereCue(reason, max_words, _fragments(name, "KEYWORDS"),
                 re.compile("|".join(_fragments(name, "ANYWHERE"))))
    for name, (reason, max_words) in CATEGORIES.items() if _fragments(name, "ANYWHERE")
]
DATELINE_RE = re.compile(
    "^(?:" + "|".join(fr_byline.PUBLISHED_CUES + fr_byline.UPDATED_CUES + en_byline.PUBLISHED_CUES
                      + en_byline.UPDATED_CUES) + ")"
)
AUTHOR_RE = re.compile("^(?:" + "|".join(fr_byline.AUTHOR_LINE + en_byline.AUTHOR_LINE) + ")", re.IGNORECASE)


@dataclass(slots=True)
class Features:
    """What the classifier knows about one unit."""

    words: int
    sentence_end: bool
    prose: bool
    counter: bool
    timestamped: bool
    cue: str | None  # boilerplate reason from vocabulary, if any
    byline: bool
    dateline: bool  # the line is only a date or a relative time ("20 novembre 2024", "32M ago")


def unit_features(unit: Unit) -> Features:
    """Cues of one unit."""
    text = strip_bullet(unit.text) if unit.bullet else unit.text
    lowered = text.lower()
    words = _word_count(text)
    sentence_end = text.endswith(SENTENCE_END)
    prose = (sentence_end and words >= PROSE_MIN_WORDS) or words >= LONG_PROSE_WORDS
    digit_first = text[:1].isdigit()
    counter = digit_first and bool(COUNTER_RE.match(text))
    timestamped = digit_first and bool(TIMESTAMP_HEADLINE_RE.match(text) or DATE_HEADLINE_RE.match(text))
    byline = words <= BYLINE_MAX_WORDS and (
        bool(DATELINE_RE.match(lowered))
        or (words <= AUTHOR_MAX_WORDS and not sentence_end and bool(AUTHOR_RE.match(text)))
    )
    dateline = words <= DATELINE_MAX_WORDS and is_date_line(text)
    cue = boilerplate_cue(lowered, words)
    return Features(words, sentence_end, prose, counter, timestamped, cue, byline, dateline)


def _word_count(text: str) -> int:
    """Words of a unit; for scripts without spaces (CJK), estimated from its characters."""
    words = len(text.split())
    if words and len(text) > LONG_TOKEN_CHARS * words and not text.isascii():
        return max(words, len(text) // CJK_CHARS_PER_WORD)
    return words


def boilerplate_cue(lowered: str, words: int) -> str | None:
    """The boilerplate category the vocabulary puts a unit (its `lowered` text) in, or None."""
    if words <= LINE_CUE_MAX_WORDS:
        match = LINE_CUES_RE.match(lowered)
        if match is not None:
            return CATEGORIES[match.lastgroup][0]
    if ANY_KEYWORD_RE.search(lowered) is None:
        return None
    for cue in ANYWHERE_CUES:
        if words <= cue.max_words and any(k in lowered for k in cue.keywords) and cue.pattern.search(lowered):
            return cue.reason
    return None


def headline_shape(text: str, features: Features) -> bool:
    """A short line that reads like a headline or menu item rather than a sentence."""
    return not features.prose and 2 <= features.words <= 30 and not text.endswith((".", ":"))
