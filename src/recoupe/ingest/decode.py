"""Bytes to text: BOM, declared charset, UTF-8, then charset-normalizer; CRLF becomes LF."""

from __future__ import annotations

import codecs
import logging
import re
from dataclasses import dataclass

LOG = logging.getLogger(__name__)

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.I)
_XML_ENCODING = re.compile(rb"^\s*<\?xml[^>]*encoding\s*=\s*[\"']([A-Za-z0-9_.:-]+)", re.I)
# WHATWG: a page that says latin-1 or ascii is read as windows-1252.
_CHARSET_ALIASES = {"iso-8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252",
                    "us-ascii": "cp1252", "ascii": "cp1252", "iso8859-1": "cp1252"}
_FALLBACK_SINGLE_BYTE = "cp1252"  # French pages that are not UTF-8 are almost always this
_REPAIR_HANDLER = "recoupe-cp1252-repair"


@dataclass(slots=True)
class Decoded:
    """Decoded text and how it was decoded."""

    text: str
    encoding: str
    note: str | None = None  # e.g. "12 bytes were not valid UTF-8 and were read as cp1252"


def _repair_with_cp1252(error: UnicodeDecodeError) -> tuple[str, int]:
    """Codec error handler: read the bytes that are not UTF-8 as windows-1252."""
    bad = error.object[error.start:error.end]
    return bad.decode("cp1252", errors="replace"), error.end


codecs.register_error(_REPAIR_HANDLER, _repair_with_cp1252)


def declared_charset(data: bytes, *, header: str | None = None) -> str | None:
    """The charset a page declares: HTTP header first, then XML declaration, then meta tag."""
    candidates = [header]
    match = _XML_ENCODING.match(data[:1024]) or _META_CHARSET.search(data[:16384])
    candidates.append(match.group(1).decode("ascii", "ignore") if match else None)
    for candidate in candidates:
        name = _known_codec(candidate)
        if name:
            return name
    return None


def _known_codec(name: str | None) -> str | None:
    """Python's name for a charset label, or None when Python does not know it."""
    if not name:
        return None
    label = name.strip().strip("\"'").lower()
    label = _CHARSET_ALIASES.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        LOG.debug("unknown charset %r", name)
        return None


def decode_bytes(data: bytes, *, declared: str | None = None) -> Decoded:
    """Decode robustly and normalise line ends; never raises."""
    decoded = _decode(data, declared=_known_codec(declared) or declared_charset(data))
    text = decoded.text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    decoded.text = text.removeprefix("\ufeff")
    return decoded


def _decode(data: bytes, *, declared: str | None) -> Decoded:
    """Pick the decoding: BOM, strict UTF-8, the declared charset, repaired UTF-8, detection."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return Decoded(data[len(bom):].decode(encoding, errors="replace"), encoding)
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as error:
        first_error = error
    if declared and declared != "utf-8":
        try:
            return Decoded(data.decode(declared), declared)
        except UnicodeDecodeError:
            LOG.debug("declared charset %s does not fit the bytes", declared)
    repaired = _mostly_utf8(data)
    if repaired:
        return repaired
    return _detect(data, first_error)


def _mostly_utf8(data: bytes) -> Decoded | None:
    """UTF-8 with a few stray legacy bytes (mixed encodings): decode, repairing the stray bytes."""
    loose = data.decode("utf-8", errors="surrogateescape")
    invalid = sum(1 for char in loose if "\udc80" <= char <= "\udcff")
    multibyte = sum(1 for char in loose if ord(char) > 0x7F and not "\udc80" <= char <= "\udcff")
    if multibyte == 0 or invalid > multibyte:
        return None
    note = f"{invalid} bytes were not valid UTF-8 and were read as cp1252"
    return Decoded(data.decode("utf-8", errors=_REPAIR_HANDLER), "utf-8", note)


def _detect(data: bytes, first_error: UnicodeDecodeError) -> Decoded:
    """charset-normalizer's best guess, else windows-1252 with replacement characters."""
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data[:200_000]).best()
    except Exception as error:  # a detector failure must not lose the page
        LOG.debug("charset detection failed: %s", error)
        best = None
    encoding = best.encoding if best is not None else _FALLBACK_SINGLE_BYTE
    note = f"not UTF-8 ({first_error.reason} at byte {first_error.start}); decoded as {encoding}"
    return Decoded(data.decode(encoding, errors="replace"), encoding, note)
