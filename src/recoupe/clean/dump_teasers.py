"""Lists of other articles' teasers in a dump: "headline + excerpt" items set line after line."""

from __future__ import annotations

import logging
import re

from recoupe.clean.dump_blocks import Unit, strip_bullet
from recoupe.clean.dump_features import Features
from recoupe.lang.en import headlines as en_headlines
from recoupe.lang.fr import headlines as fr_headlines

LOG = logging.getLogger(__name__)

REASON = "teaser-list"
TIGHT_LIST_MIN = 3  # prose items in a row with no blank line between them: a list, not paragraphs
ITEM_MAX_WORDS = 60  # a teaser is a headline and an excerpt of a sentence or two
GLUED_SHARE = 0.5  # at least this share of the items must show a headline glued to its excerpt
GLUED_SHARE_ANYWHERE = 0.8  # ...and this share, in a list that does not stand above the title
TIGHT_LIST_MIN_ANYWHERE = 4  # items needed in a list that does not stand above the title
PAIR_MIN = 2  # above the title, two items both glued headlines are a list too
GAP_REASONS = frozenset({"dateline", "byline"})  # "1 hour ago" under each teaser does not end the list
# capitalised words opening a line before its excerpt starts ("Berrien County Health Department
# officials said ..." is a sentence, with four)
TITLE_CASE_MIN_WORDS = 5
QUOTE_OPENERS = ('"', "“", "«")
MINOR_WORDS = en_headlines.TITLE_CASE_MINOR_WORDS | fr_headlines.TITLE_CASE_MINOR_WORDS
# "... fraud scheme in US NEW YORK: An Indian-origin man ...": an agency dateline inside the line
_INNER_DATELINE = re.compile(r"\S\s+(?:[A-Z][A-Z.'-]+\s+){0,3}[A-Z][A-Z.'-]{2,}\s*(?::|—|–|--)\s+[A-Z]")


def mark_teaser_lists(
    units: list[Unit], features: list[Features], reasons: list[str | None], *, anchor: int | None
) -> list[int]:
    """Mark lists of other articles' teasers: runs of excerpt-sized prose lines with no blank
    line between them (renderers set article paragraphs apart, list items not) whose lines
    are mostly a headline glued to its excerpt. Above the title line `anchor` fewer and less
    surely glued items suffice than elsewhere. Return the marked indexes."""
    marked: list[int] = []
    index = 0
    while index < len(units):
        if not _item(features[index], reasons[index]):
            index += 1
            continue
        items = _tight_run(units, features, reasons, index, stop=anchor)
        above = anchor is not None and bool(items) and items[-1] < anchor
        if _teaser_list([units[i] for i in items], above=above):
            for item in items:
                reasons[item] = REASON
            marked.extend(items)
            LOG.debug("teaser list: units %d-%d", items[0], items[-1])
        index = max(items[-1] + 1 if items else index, index + 1)
    return marked


def _tight_run(
    units: list[Unit], features: list[Features], reasons: list[str | None], start: int, *, stop: int | None
) -> list[int]:
    """Indexes of the prose items of the tight run opening at `start` (none when it is not an
    item); a date line ("1 hour ago") between two items does not end the run."""
    items: list[int] = []
    index = start
    while index < len(units) and index != stop:
        if items and units[index].blank_before:
            break
        if _item(features[index], reasons[index]):
            items.append(index)
        elif not (items and reasons[index] in GAP_REASONS):
            break
        index += 1
    return items


def _item(features: Features, reason: str | None) -> bool:
    """An excerpt-sized prose unit not yet given a reason."""
    return reason is None and features.prose and features.words <= ITEM_MAX_WORDS


def _teaser_list(items: list[Unit], *, above: bool) -> bool:
    """Enough items, enough of them glued headlines, for where the run stands."""
    if len(items) < PAIR_MIN:
        return False
    glued = sum(1 for unit in items if glued_headline(unit.text))
    if above and len(items) >= PAIR_MIN and glued == len(items):
        return True
    least, share = (TIGHT_LIST_MIN, GLUED_SHARE) if above else (TIGHT_LIST_MIN_ANYWHERE, GLUED_SHARE_ANYWHERE)
    return len(items) >= least and glued >= share * len(items)


def glued_headline(text: str) -> bool:
    """A line opening with a Title Case headline, or carrying an agency dateline inside it."""
    text = strip_bullet(text)
    return _title_case_opening(text.split()) or _INNER_DATELINE.search(text) is not None


def _title_case_opening(words: list[str]) -> bool:
    """At least `TITLE_CASE_MIN_WORDS` capitalised words open the line (minor words and
    numbers aside), and lowercase words follow: a headline run into a sentence."""
    capitalised = 0
    for position, word in enumerate(words):
        if word.lower() in MINOR_WORDS and position > 0:
            continue
        if word.startswith(QUOTE_OPENERS):
            return False  # 'the "Rural Water Supply Act," which': a quoted name inside a sentence
        first = next((char for char in word if char.isalnum()), "")
        if first.isdigit():
            continue  # "Top 3", "$690": numbers neither open nor close a headline (nor count in one)
        if not first.isupper():
            return capitalised >= TITLE_CASE_MIN_WORDS
        capitalised += 1
        if word.endswith(",") and capitalised < TITLE_CASE_MIN_WORDS:
            return False  # "Bernhart, D, Buchanan, A.": names in a list, not a headline
    return False
