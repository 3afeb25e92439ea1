"""Which kind of input a file holds, decided from its first bytes (the name only breaks ties)."""

from __future__ import annotations

import json
import logging
import re

LOG = logging.getLogger(__name__)

KINDS = ("dump", "html", "jsonl", "warc", "feed")
HEAD_BYTES = 64 * 1024  # how much of a file detection reads

# Magic numbers of files that are not text pages, with a name a user recognises.
BINARY_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"RIFF", "a RIFF (WebP/WAV/AVI) file"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or DOCX/EPUB)"),
    (b"\x7fELF", "an executable"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"\x28\xb5\x2f\xfd", "a zstd archive"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"\x00\x00\x01\x00", "an icon"),
    (b"wOFF", "a web font"),
    (b"wOF2", "a web font"),
)
GZIP_MAGIC = b"\x1f\x8b"
TEXT_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")
CONTROL_BYTES = frozenset(range(0x00, 0x09)) | frozenset(range(0x0E, 0x20)) | {0x7F}
MAX_CONTROL_RATIO = 0.05  # text has almost none; random bytes have ~12 %

_HTML_START = re.compile(rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title)\b", re.I | re.S)
_HTML_TAGS = re.compile(rb"<(?:p|div|span|a|br|table|li|h[1-6]|article|section|script|img)\b[^>]*>", re.I)
_FEED_ROOT = re.compile(rb"<(?:rss|feed|rdf:RDF)\b", re.I)
_XML_DECL = re.compile(rb"^\s*<\?xml\b", re.I)
_EXTENSION_KINDS = {
    ".html": "html", ".htm": "html", ".xhtml": "html", ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".warc": "warc", ".wet": "warc", ".rss": "feed", ".atom": "feed", ".txt": "dump",
}


def binary_description(data: bytes) -> str | None:
    """What a binary file looks like ("a PNG image"), or None when the bytes look like text."""
    for magic, description in BINARY_SIGNATURES:
        if data.startswith(magic):
            return description
    if data.startswith(TEXT_BOMS) or _looks_like_utf16(data[:4096]):
        return None
    sample = data[:8192]
    if sample and sum(byte in CONTROL_BYTES for byte in sample) / len(sample) > MAX_CONTROL_RATIO:
        return "binary data"
    return None


def _looks_like_utf16(sample: bytes) -> bool:
    """True for BOM-less UTF-16: NUL bytes on one parity only."""
    if len(sample) < 16 or sample.count(0) < len(sample) // 4:
        return False
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    return max(even, odd) > 0.4 * len(sample) / 2 and min(even, odd) < 0.05 * len(sample) / 2


def extension_kind(name: str) -> str | None:
    """The kind a file name suggests (``page.html.gz`` → ``html``), or None."""
    lower = name.lower().removesuffix(".gz")
    for extension, kind in _EXTENSION_KINDS.items():
        if lower.endswith(extension):
            return kind
    return None


def detect_kind(data: bytes, name: str = "") -> str:
    """``dump``, ``html``, ``jsonl``, ``warc`` or ``feed`` from the first (decompressed) bytes."""
    head = data[:HEAD_BYTES].lstrip(b"\xef\xbb\xbf\r\n\t ")
    if head.startswith(b"WARC/"):
        return "warc"
    if (_XML_DECL.match(head) or head.startswith(b"<")) and _FEED_ROOT.search(head[:4096]):
        if not _HTML_START.match(head):
            return "feed"
    if head.startswith(b"{") and _first_line_is_json_object(head):
        return "jsonl"
    if _HTML_START.match(head):
        return "html"
    tags = len(_HTML_TAGS.findall(head))
    suggested = extension_kind(name)
    if tags >= 3 or (tags and suggested == "html"):
        return "html"
    if suggested and suggested != "dump":
        LOG.debug("%s: content looks like a text dump although its name says %s", name, suggested)
    return "dump"


def _first_line_is_json_object(head: bytes) -> bool:
    """True when the first line parses as a JSON object (or is cut off by the head limit)."""
    line, newline, _ = head.partition(b"\n")
    if not newline and len(head) >= HEAD_BYTES:
        return True
    try:
        return isinstance(json.loads(line), dict)
    except ValueError:
        return False


def describe_head(data: bytes) -> str:
    """A few words on what the first bytes look like, for error messages."""
    binary = binary_description(data)
    if binary:
        return f"look like {binary}"
    kind = detect_kind(data)
    return {
        "warc": "look like a WARC file", "feed": "look like an RSS/Atom feed",
        "jsonl": "look like JSON Lines", "html": "look like HTML", "dump": "look like plain text",
    }[kind]
