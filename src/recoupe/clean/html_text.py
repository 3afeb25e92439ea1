"""Paragraph texts of trafilatura's output tree (``<p>``, ``<head>``, ``<list>``, ``<table>`` ...).

trafilatura's body mixes block children with loose text (the body's own text, children's tails,
``<lb/>`` breaks); all of it is article text, so loose runs become paragraphs too.
"""

from __future__ import annotations

import logging

from lxml import etree

from recoupe.clean.html_blocks import squash

LOG = logging.getLogger(__name__)

# Output elements that stay inside a paragraph's line (formatting, links, deletions).
INLINE_TAGS = frozenset({"hi", "ref", "del", "span", "code"})
# Output elements whose text is set apart from its neighbours' inside a paragraph.
SEPARATED_TAGS = frozenset({"p", "head", "cell", "row", "item", "list", "quote", "table", "graphic"})
CELL_SEPARATOR = " | "


def body_paragraphs(body: etree._Element | None) -> list[str]:
    """Paragraphs of an output body: one per block child, list item or table row, plus loose text."""
    paragraphs: list[str] = []
    if body is None:
        return paragraphs
    loose: list[str] = [body.text or ""]
    for child in body:
        if child.tag == "lb":
            _flush(loose, paragraphs)
        elif child.tag in INLINE_TAGS:
            loose.append(element_text(child))
        else:
            _flush(loose, paragraphs)
            paragraphs.extend(_block_paragraphs(child))
        loose.append(child.tail or "")
    _flush(loose, paragraphs)
    return paragraphs


def _flush(loose: list[str], paragraphs: list[str]) -> None:
    """Turn the pending loose text into a paragraph (if any) and empty the buffer."""
    text = squash("".join(loose))
    if text:
        paragraphs.append(text)
    loose.clear()


def _block_paragraphs(element: etree._Element) -> list[str]:
    """A block child: list items and table rows one paragraph each, anything else one."""
    if element.tag == "list":
        parts = [element_text(item) for item in element.iterfind("item")] or [element_text(element)]
    elif element.tag == "table":
        parts = [row_text(row) for row in element.iter("row")] or [element_text(element)]
    else:
        parts = [element_text(element)]
    return [part for part in parts if part]


def row_text(row: etree._Element) -> str:
    """Cells of a table row joined by ' | ' (empty cells left out)."""
    cells = (squash(element_text(cell)) for cell in row.iterfind("cell"))
    return CELL_SEPARATOR.join(cell for cell in cells if cell)


def element_text(element: etree._Element) -> str:
    """Text of an output element; <lb/> becomes a line break, nested blocks are spaced apart."""
    parts: list[str] = []
    _walk(element, parts)
    lines = (squash(line) for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


def _walk(element: etree._Element, parts: list[str]) -> None:
    """Append the text under `element` in document order (tails after their element's subtree)."""
    parts.append(element.text or "")
    for child in element:
        if child.tag == "lb":
            parts.append("\n")
        else:
            separated = child.tag in SEPARATED_TAGS
            parts.append(" " if separated else "")
            _walk(child, parts)
            parts.append(" " if separated else "")
        parts.append(child.tail or "")
