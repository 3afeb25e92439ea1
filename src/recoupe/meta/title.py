"""The title of a text dump, from the position and shape of its lines."""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass, field

from recoupe.lang.en import boilerplate as en_cues
from recoupe.lang.en import byline as en_byline
from recoupe.lang.fr import boilerplate as fr_cues
from recoupe.lang.fr import byline as fr_byline

LOG = logging.getLogger(__name__)

MIN_WORDS = 3
PREFERRED_WORDS = 5  # the first headline of this many words wins over shorter ones before it
MAX_WORDS = 30
MIN_CHARS = 12
MAX_CHARS = 250
HEAD_LINES = 40  # where to look when the body start is unknown
PAIR_CANDIDATES = 60  # repeated titles are looked for among this many first candidates...
PAGE_TITLE_CANDIDATES = 3  # ...or, further down, as the bare copy of one of these first lines
SITE_SUFFIX_MAX_WORDS = 5  # "Title | VentureBeat", "Title - Le Monde"
SITE_SEPARATORS = ("|", "-", "–", "—", ":", "·", "•", "»", "::")
_WORD = re.compile(r"\w+")
_SPLIT = re.compile(r"\s+(\||-|–|—|·|•|::)\s+")
_BREADCRUMB_SEPARATOR = re.compile(r"\s*[>›»/|]\s*")
_AUTHOR = re.compile("^(?:" + "|".join(fr_byline.AUTHOR_LINE + en_byline.AUTHOR_LINE) + ")", re.IGNORECASE)
_HOME = re.compile(r"^(?:" + "|".join(fr_cues.BREADCRUMB_HOME + en_cues.BREADCRUMB_HOME) + r")\b", re.IGNORECASE)


@dataclass(slots=True)
class TitleMatch:
    """The title, the line it was read from, and lines that only repeat it."""

    text: str
    index: int  # line holding the title
    breadcrumb: str | None = None  # prefix dropped from the title line ("Accueil DÉBATS Invités")
    repeats: list[int] = field(default_factory=list)  # other lines carrying the same title


def headline_like(line: str) -> bool:
    """A line shaped like a headline: a few words, no closing full stop, mostly letters."""
    if not MIN_CHARS <= len(line) <= MAX_CHARS:
        return False
    words = len(_WORD.findall(line))
    if not MIN_WORDS <= words <= MAX_WORDS:
        return False
    if line.endswith(".") and not line.endswith("..."):
        return False
    letters = sum(map(str.isalpha, line))
    return letters >= 0.6 * len(line.replace(" ", ""))


def title_from_lines(
    lines: list[str], *, body_start: int | None = None, excluded: Collection[int] = ()
) -> TitleMatch | None:
    """The title among the lines before the body (`body_start`), skipping `excluded` lines.

    A title repeated in another line (as "Title | Site", "Accueil RUBRIQUE Title" or verbatim)
    is read from its cleanest copy; otherwise the headline-like line of five words or more
    nearest the body wins (site names and taglines sit higher, in the header), then the
    nearest of three or more.
    """
    end = min(len(lines), body_start if body_start is not None else HEAD_LINES)
    if end == 0 and lines:
        end = min(len(lines), HEAD_LINES)  # no body: look at the top of the page
    candidates = [i for i in range(end) if i not in excluded and headline_like(lines[i])
                  and not _AUTHOR.match(lines[i])]
    if not candidates:
        return None
    paired = _paired_title(lines, candidates[:PAIR_CANDIDATES])
    if paired is not None:
        return paired
    preferred = [i for i in candidates if len(_WORD.findall(lines[i])) >= PREFERRED_WORDS]
    index = (preferred or candidates)[-1 if body_start else 0]
    text, breadcrumb = _strip_decorations(lines[index])
    return TitleMatch(text, index, breadcrumb)


def repeated_title(lines: list[str], *, excluded: Collection[int] = ()) -> TitleMatch | None:
    """A title the page carries twice (bare and decorated, or verbatim), wherever it stands."""
    candidates = [i for i in range(len(lines)) if i not in excluded and headline_like(lines[i])]
    heads = _site_title_heads([lines[i] for i in candidates[:PAGE_TITLE_CANDIDATES]])
    late = [i for i in candidates[PAIR_CANDIDATES:] if lines[i].strip().casefold() in heads]
    return _paired_title(lines, candidates[:PAIR_CANDIDATES] + late[:1])


def _site_title_heads(lines: list[str]) -> set[str]:
    """What "Title - Site" lines (the page's <title> at the top) read without their suffix."""
    heads: set[str] = set()
    for line in lines:
        for match in _SPLIT.finditer(line):
            heads.add(line[: match.start()].strip().casefold())
    return heads


def _paired_title(lines: list[str], candidates: list[int]) -> TitleMatch | None:
    """A title that appears twice: bare once and with a site name or breadcrumb once; failing
    that, verbatim exactly twice (a line repeated more often is a menu item)."""
    folded = {index: lines[index].strip().casefold() for index in candidates}
    counts = Counter(folded.values())
    page: str | None = None  # the folded page, built only when a verbatim pair needs it
    verbatim: TitleMatch | None = None
    for position, first in enumerate(candidates):
        for second in candidates[position + 1:]:
            if folded[first] == folded[second]:
                # a site name also stands in bylines and footers: more than two copies in all
                if verbatim is None and counts[folded[first]] == 2:
                    page = "\n".join(lines).casefold() if page is None else page
                    if page.count(folded[first]) == 2:
                        verbatim = TitleMatch(lines[first].strip(), first, None, [second])
                continue
            if folded[first] not in folded[second] and folded[second] not in folded[first]:
                continue
            match = _pair(lines, first, second) or _pair(lines, second, first)
            if match is not None:
                return match
    return verbatim


def _pair(lines: list[str], decorated: int, bare: int) -> TitleMatch | None:
    """`lines[decorated]` is `lines[bare]` plus a site suffix or a breadcrumb prefix."""
    long_line, short_line = lines[decorated].strip(), lines[bare].strip()
    if long_line.casefold().endswith(short_line.casefold()):
        prefix = long_line[: len(long_line) - len(short_line)].strip()
        if prefix and len(_WORD.findall(prefix)) <= len(_WORD.findall(short_line)):
            return TitleMatch(short_line, bare, prefix, [decorated])
    if long_line.casefold().startswith(short_line.casefold()):
        suffix = long_line[len(short_line):].strip()
        if suffix.startswith(SITE_SEPARATORS) and len(_WORD.findall(suffix)) <= SITE_SUFFIX_MAX_WORDS:
            return TitleMatch(short_line, bare, None, [decorated])
    return None


def _strip_decorations(line: str) -> tuple[str, str | None]:
    """The line without a "| Site" suffix and without a breadcrumb trail prefix."""
    text = line.strip()
    parts = _SPLIT.split(text)
    if len(parts) >= 3 and len(_WORD.findall(parts[-1])) <= SITE_SUFFIX_MAX_WORDS and parts[1] == "|":
        text = "".join(parts[:-2]).strip()
    if _HOME.match(text):
        trail = _BREADCRUMB_SEPARATOR.split(text)
        if len(trail) > 1 and len(_WORD.findall(trail[-1])) >= MIN_WORDS:
            return trail[-1], text[: len(text) - len(trail[-1])].strip()
        words = text.split()
        shouting = 1
        while shouting < len(words) - MIN_WORDS and words[shouting].isupper():
            shouting += 1
        if shouting > 1:
            return " ".join(words[shouting:]), " ".join(words[:shouting])
    return text, None


LEDE_TITLE_WORDS = 14  # a derived title keeps at most this many words
LEDE_CLAUSE_MIN_WORDS = 5  # ...and is cut at the first clause end after this many
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+(?=[«\"A-ZÀ-Ý])")
_CLAUSE_END = re.compile(r"\s*(?:[,;:(]|\s[-–—]\s)")


def title_from_lede(text: str) -> str | None:
    """A title for a page that has none, from the first sentence of its first paragraph: whole
    when short, else cut at its first clause end ("Donald Trump n'écarte pas la possibilité d'un
    dialogue avec Vladimir Poutine, mentionnant ..." keeps what is before the comma), else cut
    after a few words with an ellipsis. Callers mark it as derived."""
    paragraph = next((p.strip() for p in text.split("\n\n") if p.strip()), "")
    sentence = _SENTENCE_END.split(paragraph, maxsplit=1)[0].strip()
    if len(_WORD.findall(sentence)) < MIN_WORDS:
        return None
    words = sentence.split()
    if len(words) <= LEDE_TITLE_WORDS:
        return sentence.rstrip(".")
    for match in _CLAUSE_END.finditer(sentence):
        head = sentence[:match.start()].strip()
        count = len(head.split())
        if count > LEDE_TITLE_WORDS:
            break
        if count >= LEDE_CLAUSE_MIN_WORDS:
            return head
    return " ".join(words[:LEDE_TITLE_WORDS]).rstrip(",;:") + " …"
