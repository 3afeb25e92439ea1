"""Per-outlet templates: the lines that pages of one outlet share, learned and then removed.

Menus, footers, legal lines and "Supported by"-style labels come back on every page of a site;
the article does not. A template is the set of line keys (a hash of the whitespace-collapsed,
case-folded line with digits folded, so "il y a 3 heures" and "il y a 5 heures" match) that
enough *distinct* articles of the outlet share:

* a short label (few words, no sentence-final punctuation) shared by two distinct articles;
* a sentence kept as body text in three distinct articles or more (a newsletter pitch, a
  disclaimer), removed wherever it is;
* a sentence kept as body text in two distinct articles, removed only from the edges of an
  article (before its first own line or after its last): inside a body, such a sentence may
  be the story's own words, like a background paragraph the outlet reuses.

A sentence only ever seen in other pages' sidebars is never a template line: it may be this
article's lede teased elsewhere.

Two captures or versions of the same article are one article here: pages whose kept lines
mostly coincide are grouped before lines are counted, so a body never becomes a template.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from recoupe.disjoint import DisjointSets
from recoupe.types import RemovedBlock

LOG = logging.getLogger(__name__)

LABEL_MAX_WORDS = 12  # a line this short without final punctuation is a label, not a sentence
LABEL_SUPPORT = 2  # distinct articles that must share a label
SENTENCE_SUPPORT = 3  # distinct articles that must keep a sentence in their body
EDGE_SUPPORT = 2  # ... or this many, for a sentence removed only at an article's edges
VERSION_OVERLAP = 0.5  # share of kept lines two pages must have in common to be one article
COMMON_LINE_PAGES = 8  # a kept line on more pages than this is shared furniture, not a body
MAX_REMOVED_SHARE = 0.5  # a template that would remove more of a body than this is not applied
REMOVED_REASON = "outlet-template"

_DIGITS = re.compile(r"\d+")
_WORD = re.compile(r"\w+")
_SENTENCE_END = re.compile(r"[.!?…»\"”:;)]\s*$")


def line_key(line: str) -> int:
    """Stable signed 64-bit key of a line (whitespace, case and digits folded)."""
    folded = _DIGITS.sub("0", " ".join(line.split()).casefold())
    return int.from_bytes(hashlib.blake2b(folded.encode("utf-8"), digest_size=8).digest(), "big", signed=True)


def is_label(line: str) -> bool:
    """A short line that does not end like a sentence: a menu item, a widget title, a credit."""
    return len(_WORD.findall(line)) <= LABEL_MAX_WORDS and not _SENTENCE_END.search(line)


@dataclass(slots=True)
class PageLines:
    """The visible lines of one page and which of them its cleaner kept as article text."""

    article_id: str
    lines: list[str]
    kept: list[bool]
    _keys: list[int] | None = field(default=None, repr=False, compare=False)

    def keys(self) -> list[int]:
        """The lines' keys (computed once)."""
        if self._keys is None:
            self._keys = [line_key(line) for line in self.lines]
        return self._keys


@dataclass(slots=True)
class Template:
    """What an outlet's pages share: line key → (one text of the line, distinct articles)."""

    outlet: str
    lines: dict[int, tuple[str, int]] = field(default_factory=dict)  # removed anywhere
    edge_lines: dict[int, tuple[str, int]] = field(default_factory=dict)  # removed at the edges
    articles: int = 0  # distinct articles it was learned from

    @property
    def keys(self) -> TemplateKeys:
        return TemplateKeys(frozenset(self.lines), frozenset(self.edge_lines))


@dataclass(slots=True, frozen=True)
class TemplateKeys:
    """The keys a template removes: anywhere in an article, or only at its edges."""

    anywhere: frozenset[int] = frozenset()
    edges: frozenset[int] = frozenset()

    def __bool__(self) -> bool:
        return bool(self.anywhere or self.edges)


def page_lines(article_id: str, lines: Sequence[str], paragraphs: Sequence[str]) -> PageLines:
    """A page's lines with the cleaner's verdict: kept when the line is in a kept paragraph."""
    kept_keys = {line_key(line) for paragraph in paragraphs for line in paragraph.split("\n") if line.strip()}
    clean = [" ".join(line.split()) for line in lines]
    clean = [line for line in clean if _WORD.search(line)]
    return PageLines(article_id, clean, [line_key(line) in kept_keys for line in clean])


def learn_template(outlet: str, pages: Sequence[PageLines]) -> Template:
    """The lines that distinct articles of `outlet` share (see the module docstring)."""
    keyed = [(page, page.keys()) for page in pages]
    group_of = _article_groups([{k for k, kept in zip(keys, page.kept) if kept} for page, keys in keyed])
    support: dict[int, set[int]] = defaultdict(set)
    kept_in: dict[int, set[int]] = defaultdict(set)
    text: dict[int, str] = {}
    for index, (page, keys) in enumerate(keyed):
        for key, line, kept in zip(keys, page.lines, page.kept):
            support[key].add(group_of[index])
            text.setdefault(key, line)
            if kept:
                kept_in[key].add(group_of[index])
    template = Template(outlet, articles=len(set(group_of)))
    for key, groups in support.items():
        where = _template_place(text[key], len(groups), len(kept_in.get(key, ())))
        if where:
            (template.lines if where == "anywhere" else template.edge_lines)[key] = (text[key], len(groups))
    return template


def _template_place(line: str, support: int, kept_support: int) -> str | None:
    """"anywhere", "edges" or None: where a shared line is removed from an article."""
    if is_label(line):
        return "anywhere" if support >= LABEL_SUPPORT else None
    if kept_support >= SENTENCE_SUPPORT:
        return "anywhere"
    return "edges" if kept_support >= EDGE_SUPPORT else None


def _article_groups(kept_sets: list[set[int]]) -> list[int]:
    """Group index of each page: pages whose kept lines mostly coincide are one article."""
    kept_sets = _without_common_lines(kept_sets)
    sets = DisjointSets(len(kept_sets))
    for i, j in _overlapping_pairs(kept_sets):
        smaller = min(len(kept_sets[i]), len(kept_sets[j]))
        if smaller and len(kept_sets[i] & kept_sets[j]) >= VERSION_OVERLAP * smaller:
            sets.union(i, j)
    return [sets.find(i) for i in range(len(kept_sets))]


def _without_common_lines(kept_sets: list[set[int]]) -> list[set[int]]:
    """Kept lines minus those most pages keep: they say nothing about two pages being one article."""
    counts: dict[int, int] = defaultdict(int)
    for keys in kept_sets:
        for key in keys:
            counts[key] += 1
    return [{key for key in keys if counts[key] <= COMMON_LINE_PAGES} for keys in kept_sets]


def _overlapping_pairs(kept_sets: list[set[int]]) -> Iterable[tuple[int, int]]:
    """Pairs of pages that share at least one kept line (through an inverted index)."""
    postings: dict[int, list[int]] = defaultdict(list)
    for index, keys in enumerate(kept_sets):
        for key in keys:
            postings[key].append(index)
    pairs: set[tuple[int, int]] = set()
    for pages in postings.values():
        if len(pages) > 1:
            pairs.update((a, b) for position, a in enumerate(pages) for b in pages[position + 1:])
    return sorted(pairs)


def apply_template(paragraphs: Sequence[str], keys: TemplateKeys) -> tuple[list[str], list[RemovedBlock]]:
    """Remove the template's lines from the paragraphs; nothing when it would gut the body."""
    if not keys:
        return list(paragraphs), []
    lines = [(line, line_key(line), index) for index, paragraph in enumerate(paragraphs)
             for line in paragraph.split("\n")]
    drop = {position for position, (_, key, _) in enumerate(lines) if key in keys.anywhere}
    for order in (range(len(lines)), range(len(lines) - 1, -1, -1)):
        for position in order:  # from each edge, while lines are template lines
            if position not in drop and lines[position][1] not in keys.edges:
                break
            drop.add(position)
    removed = [RemovedBlock(lines[p][0], REMOVED_REASON) for p in sorted(drop)]
    before = sum(len(p) for p in paragraphs)
    if before and sum(len(block.text) for block in removed) > MAX_REMOVED_SHARE * before:
        LOG.info("outlet template not applied: it would remove more than %.0f%% of the text",
                 100 * MAX_REMOVED_SHARE)
        return list(paragraphs), []
    kept: dict[int, list[str]] = {}
    for position, (line, _, index) in enumerate(lines):
        if position not in drop:
            kept.setdefault(index, []).append(line)
    return ["\n".join(own) for own in kept.values()], removed
