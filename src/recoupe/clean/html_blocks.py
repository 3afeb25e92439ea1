"""Visible text blocks of an HTML tree, and the ones an extraction left out (with why)."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass

from lxml import etree

from recoupe.clean.html_cues import (
    BLOCK_TAGS,
    DEFAULT_REASON,
    INVISIBLE_TAGS,
    MAX_ANCESTORS_FOR_REASON,
    REASON_BY_ATTRIBUTE,
    REASON_BY_TAG,
)
from recoupe.types import RemovedBlock

LOG = logging.getLogger(__name__)

MIN_BLOCK_CHARS = 2


@dataclass(slots=True)
class Block:
    """The own text of a block element (its inline content, not its nested blocks)."""

    element: etree._Element
    text: str


def squash(text: str) -> str:
    """Collapse whitespace to single spaces."""
    return " ".join(text.split())


def _tag(element: etree._Element) -> str:
    """Lower-case tag name; '' for comments and processing instructions."""
    tag = element.tag
    return tag.lower() if isinstance(tag, str) else ""


def _is_hidden(element: etree._Element, tag: str) -> bool:
    """True for elements a reader never sees."""
    if tag in INVISIBLE_TAGS or element.get("hidden") is not None:
        return True
    style = element.get("style")
    if not style:
        return False
    style = style.replace(" ", "").lower()
    return "display:none" in style or "visibility:hidden" in style


def visible_blocks(root: etree._Element) -> list[Block]:
    """Every block element with visible own text, in document order."""
    blocks: list[Block] = []
    body = root.find(".//body") if _tag(root) != "body" else root
    _collect(body if body is not None else root, blocks)
    return blocks


def _collect(element: etree._Element, blocks: list[Block]) -> None:
    """Walk the tree; each block gets the text of its inline descendants."""
    parts: list[str] = []
    _inline_text(element, parts, blocks)
    text = squash("".join(parts))
    if len(text) >= MIN_BLOCK_CHARS:
        blocks.append(Block(element, text))


def _inline_text(element: etree._Element, parts: list[str], blocks: list[Block]) -> None:
    """Append the inline text under `element`; recurse into nested blocks separately."""
    if element.text and _tag(element):
        parts.append(element.text)
    for child in element:
        tag = _tag(child)
        if not tag or _is_hidden(child, tag):
            pass
        elif tag in BLOCK_TAGS:
            parts.append(" ")
            _collect(child, blocks)
        elif tag == "br":
            parts.append(" ")
        else:
            _inline_text(child, parts, blocks)
        if child.tail:
            parts.append(child.tail)


def removed_blocks(blocks: list[Block], kept_text: str) -> list[RemovedBlock]:
    """Blocks whose text is not in the kept article, grouped by parent, each with a reason."""
    kept = squash(kept_text)
    reasons: dict[etree._Element, str | None] = {}
    removed: list[RemovedBlock] = []
    for group in _groups(block for block in blocks if block.text not in kept):
        first = group[0].element
        removed.append(RemovedBlock(text="\n".join(block.text for block in group),
                                    reason=removal_reason(first, memo=reasons), line=first.sourceline))
    return removed


def _groups(blocks: Iterator[Block]) -> Iterator[list[Block]]:
    """Runs of consecutive blocks that share a parent (menu items, footer links)."""
    group: list[Block] = []
    for block in blocks:
        if group and block.element.getparent() is not group[-1].element.getparent():
            yield group
            group = []
        group.append(block)
    if group:
        yield group


def removal_reason(element: etree._Element, *, memo: dict | None = None) -> str:
    """Why a block is boilerplate, from its own and its ancestors' tags, classes and ids."""
    memo = {} if memo is None else memo
    current: etree._Element | None = element
    for _ in range(MAX_ANCESTORS_FOR_REASON):
        if current is None or _tag(current) in ("body", "html"):
            break
        if current not in memo:
            memo[current] = REASON_BY_TAG.get(_tag(current)) or _attribute_reason(current)
        if memo[current]:
            return memo[current]
        current = current.getparent()
    return DEFAULT_REASON


def _attribute_reason(element: etree._Element) -> str | None:
    """The first cue found in the element's class or id."""
    attributes = f"{element.get('class') or ''} {element.get('id') or ''}".lower()
    if not attributes.strip():
        return None
    for tokens, reason in REASON_BY_ATTRIBUTE:
        if any(token in attributes for token in tokens):
            return reason
    return None
