"""Loaders for the extraction corpora in ``shared/corpora/extraction`` and robust page decoding.

Every loader yields :class:`EvalPage` items that point to the gzipped HTML file (read later, in a
worker process) and carry the gold: a body text (token scoring) or `with`/`without` segments
(segment scoring). See ``shared/corpora/README.md`` for the formats.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

LOG = logging.getLogger(__name__)

CORPUS_NAMES = ("trafilatura_eval", "scrapinghub", "cleaneval")
CLEANEVAL_WRAPPER = re.compile(rb"^\s*<text\b([^>]*)>", re.I)
CLEANEVAL_ATTRIBUTE = re.compile(rb'(\w+)="([^"]*)"')
CLEANEVAL_GOLD_TAG = re.compile(r"<[phl]>", re.I)
META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.I)
UNKNOWN_CHARSETS = frozenset({"", "unset", "none", "unknown"})
# NUL and C0 controls (but tab, newline, carriage return): browsers ignore them, lxml refuses them.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


@dataclass(slots=True)
class EvalPage:
    """One evaluation page: where its HTML is and what the gold says."""

    corpus: str
    page_id: str
    path: Path
    url: str | None = None
    lang: str | None = None  # language of the gold text, when known or detected
    gold: str = ""  # gold body for token scoring
    with_segments: list[str] = field(default_factory=list)
    without_segments: list[str] = field(default_factory=list)
    encoding: str | None = None  # declared by the corpus (cleaneval wrapper)
    language_sample: str = ""  # gold text the language is detected from when `lang` is unset

    @property
    def scoring(self) -> str:
        return "segments" if self.with_segments or self.without_segments else "tokens"


# ---------------------------------------------------------------------------- decoding

def decode_bytes(data: bytes, *, declared: str | None = None) -> str:
    """Decode page bytes (BOM, strict UTF-8, declared or meta charset, detection), minus controls."""
    return CONTROL_CHARACTERS.sub("", _decode(data, declared))


def _decode(data: bytes, declared: str | None) -> str:
    """Decode page bytes: BOM, strict UTF-8, declared or meta charset, charset detection."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    for candidate in (declared, _meta_charset(data)):
        if candidate and candidate.lower() not in UNKNOWN_CHARSETS:
            try:
                return data.decode(_legacy_superset(candidate))
            except (LookupError, UnicodeDecodeError):
                LOG.debug("declared charset %s does not decode the page", candidate)
    return _detect_and_decode(data)


def _meta_charset(data: bytes) -> str | None:
    """Charset named in the first `<meta>` of the page head."""
    match = META_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii", errors="ignore") if match else None


def _legacy_superset(charset: str) -> str:
    """Browsers read latin-1 and ascii labels as windows-1252; so do we."""
    lowered = charset.lower().replace("_", "-")
    return "cp1252" if lowered in {"iso-8859-1", "latin-1", "latin1", "us-ascii", "ascii"} else charset


def _detect_and_decode(data: bytes) -> str:
    """Decode with charset-normalizer's best guess, else windows-1252 with replacements."""
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data[:200_000]).best()
        if best is not None and best.encoding:
            return data.decode(best.encoding, errors="replace")
    except (ImportError, LookupError):  # the fallback below always works
        LOG.debug("charset detection unavailable or failed")
    return data.decode("cp1252", errors="replace")


def read_html(page: EvalPage) -> str:
    """The decoded HTML of `page` (cleaneval's `<text ...>` wrapper removed)."""
    data = gzip.decompress(page.path.read_bytes())
    declared = page.encoding
    if page.corpus == "cleaneval":
        data, declared = strip_cleaneval_wrapper(data)
    return decode_bytes(data, declared=declared)


def strip_cleaneval_wrapper(data: bytes) -> tuple[bytes, str | None]:
    """Remove the `<text id=.. title=.. encoding=..>` line; return the rest and its encoding."""
    match = CLEANEVAL_WRAPPER.match(data)
    if not match:
        return data, None
    attributes = {k.decode().lower(): v.decode("ascii", errors="ignore")
                  for k, v in CLEANEVAL_ATTRIBUTE.findall(match.group(1))}
    body = data[match.end():]
    if body.rstrip().lower().endswith(b"</text>"):
        body = body.rstrip()[: -len(b"</text>")]
    return body, attributes.get("encoding")


# ---------------------------------------------------------------------------- loaders

def load_trafilatura_eval(corpora: Path, *, detect_languages: bool = True) -> list[EvalPage]:
    """The 990 pages of trafilatura's evaluation set, scored by `with`/`without` segments."""
    base = corpora / "extraction" / "trafilatura-eval"
    gold = json.loads((base / "evaldata.json").read_text(encoding="utf-8"))
    pages = []
    for url, item in gold.items():
        page = EvalPage(
            corpus="trafilatura_eval", page_id=item["file"], path=base / "html" / f"{item['file']}.gz",
            url=url, with_segments=[s for s in item.get("with", []) if s],
            without_segments=[s for s in item.get("without", []) if s],
        )
        if str(item.get("region", "")).upper() == "FR" or url_tld(url) == "fr":
            page.lang = "fr"  # the gold region or the domain says so
        page.language_sample = " ".join([item.get("title") or "", *page.with_segments])
        pages.append(page)
    return fill_languages(pages) if detect_languages else pages


def load_scrapinghub(corpora: Path, *, detect_languages: bool = True) -> list[EvalPage]:
    """The 181 English pages of the scrapinghub article extraction benchmark."""
    base = corpora / "extraction" / "scrapinghub"
    gold = json.loads((base / "ground-truth.json").read_text(encoding="utf-8"))
    return [
        EvalPage(corpus="scrapinghub", page_id=page_id, path=base / "html" / f"{page_id}.html.gz",
                 url=item.get("url"), lang="en", gold=item.get("articleBody") or "")
        for page_id, item in gold.items()
    ]


def load_cleaneval(corpora: Path, *, detect_languages: bool = True) -> list[EvalPage]:
    """CLEANEVAL dev (58) and final (681) pages with their hand-cleaned gold text."""
    base = corpora / "extraction" / "cleaneval"
    pages = []
    for split in ("dev", "final"):
        for gold_path in sorted((base / split / "gold").glob("*.txt")):
            url, text = read_cleaneval_gold(gold_path)
            pages.append(EvalPage(
                corpus="cleaneval", page_id=f"{split}/{gold_path.stem}",
                path=base / split / "input" / f"{gold_path.stem}.html.gz",
                url=url, gold=text, language_sample=text,
            ))
    return fill_languages(pages) if detect_languages else pages


def read_cleaneval_gold(path: Path) -> tuple[str | None, str]:
    """The URL line and the gold text of a CLEANEVAL gold file, block tags removed."""
    text = decode_bytes(path.read_bytes())
    url = None
    first, _, rest = text.partition("\n")
    if first.startswith("URL:"):
        url, text = first.removeprefix("URL:").strip() or None, rest
    return url, CLEANEVAL_GOLD_TAG.sub(" ", text)


LOADERS = {
    "trafilatura_eval": load_trafilatura_eval,
    "scrapinghub": load_scrapinghub,
    "cleaneval": load_cleaneval,
}


def load_pages(corpora: Path, *, names: Iterable[str] = CORPUS_NAMES,
               limit: int | None = None) -> list[EvalPage]:
    """Pages of the named corpora; with `limit`, a deterministic sample of that many per corpus."""
    pages: list[EvalPage] = []
    for name in names:
        loaded = LOADERS[name](corpora, detect_languages=False)
        pages.extend(sample(loaded, limit) if limit is not None else loaded)
    return fill_languages(pages)


def sample(pages: list[EvalPage], limit: int) -> list[EvalPage]:
    """The `limit` pages whose ids hash lowest: stable across runs and machines."""
    return sorted(pages, key=lambda p: hashlib.sha1(p.page_id.encode("utf-8")).hexdigest())[:limit]


# ---------------------------------------------------------------------------- language

def url_tld(url: str | None) -> str | None:
    """Top-level domain of `url` (`fr`, `de`, `com`), or None."""
    host = urlsplit(url or "").hostname or ""
    return host.rsplit(".", 1)[-1].lower() if "." in host else None


def fill_languages(pages: list[EvalPage]) -> list[EvalPage]:
    """Set `lang` from the gold text on the pages whose language is not known yet."""
    for page in pages:
        if page.lang is None:
            page.lang = detect_language(page.language_sample)
    return pages


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of `text` by py3langid, None for too little text."""
    if len(text.strip()) < 20:
        return None
    import py3langid

    return py3langid.classify(text[:20_000])[0]
