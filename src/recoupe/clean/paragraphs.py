"""Paragraph-level clean-up shared by the cleaners: a block repeated within a page is kept once."""

from __future__ import annotations

import logging
import re

from recoupe.types import RemovedBlock

LOG = logging.getLogger(__name__)

REPEAT_MIN_WORDS = 6  # shorter paragraphs repeat legitimately ("Oui.", list items) on their own
CONTAINED_MIN_WORDS = 8  # a paragraph this long found inside the earlier text is a copy of it
REASON = "repeated-block"
_NON_WORD = re.compile(r"\W+")


def paragraph_key(paragraph: str) -> str:
    """Case-, space- and punctuation-insensitive form used to spot repeats."""
    return _NON_WORD.sub(" ", paragraph.casefold()).strip()


def drop_repeated_blocks(
    paragraphs: list[str], *, lines: list[int | None] | None = None, contained: bool = False
) -> tuple[list[str], list[RemovedBlock]]:
    """Keep the first copy of every repeated paragraph block; report each dropped block.

    A paragraph of `REPEAT_MIN_WORDS` words or more seen earlier in the page is dropped; a
    shorter one is dropped only inside a run of such repeats (a repeated block of paragraphs
    carries its short sub-headings and separators with it). `lines` gives each paragraph's
    first line in the raw page, for the removal records. With `contained`, a paragraph of
    `CONTAINED_MIN_WORDS` words or more whose words run inside the earlier paragraphs (a
    teaser cut with "...", the whole article again on one line) is a repeat too.
    """
    keys = [paragraph_key(p) for p in paragraphs]
    repeated = _repeated_flags(keys)
    if contained:
        repeated = [flag or copy for flag, copy in zip(repeated, _contained_flags(keys))]
    kept: list[str] = []
    removed: list[RemovedBlock] = []
    block: list[str] = []
    block_line: int | None = None
    for index, paragraph in enumerate(paragraphs):
        if repeated[index]:
            if not block:
                block_line = lines[index] if lines else None
            block.append(paragraph)
            continue
        if block:
            removed.append(RemovedBlock("\n\n".join(block), REASON, block_line))
            block = []
        kept.append(paragraph)
    if block:
        removed.append(RemovedBlock("\n\n".join(block), REASON, block_line))
    if removed:
        LOG.debug("dropped %d repeated blocks", len(removed))
    return kept, removed


def _repeated_flags(keys: list[str]) -> list[bool]:
    """Which paragraphs repeat an earlier one (short ones only between long repeats)."""
    seen: set[str] = set()
    flags: list[bool | None] = []
    for key in keys:
        long_enough = len(key.split()) >= REPEAT_MIN_WORDS
        if key in seen:
            flags.append(True if long_enough else None)  # None: decided by its neighbours
        else:
            flags.append(False)
        seen.add(key)
    return [_resolve(flags, index) for index in range(len(flags))]


def _contained_flags(keys: list[str]) -> list[bool]:
    """Which paragraphs' words stand, in the same order, inside the earlier paragraphs' words
    taken as one text (a copy may span paragraph breaks)."""
    flags: list[bool] = []
    earlier = " "
    for key in keys:
        long_enough = key.count(" ") + 1 >= CONTAINED_MIN_WORDS
        flags.append(long_enough and f" {key} " in earlier)
        earlier += f"{key} "
    return flags


def _resolve(flags: list[bool | None], index: int) -> bool:
    """A short repeat is dropped when the nearest decided neighbours on both sides are repeats."""
    if flags[index] is not None:
        return bool(flags[index])
    before = next((f for f in reversed(flags[:index]) if f is not None), None)
    after = next((f for f in flags[index + 1:] if f is not None), None)
    return bool(before) and (after is None or bool(after))
