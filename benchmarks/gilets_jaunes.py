"""Convert the gilets-jaunes press corpus (XML and pseudo-XML files) into a JSONL of pages.

Each output line is ``{"id", "url", "outlet", "title", "published", "text"}``, the container
format ``recoupe`` ingests. The French national press comes from ``Francais/France/Corpus/``
only (the per-paper folders hold older copies of the same articles).

    python benchmarks/gilets_jaunes.py OUT.jsonl [--limit N] [--corpus PATH]
"""

from __future__ import annotations

import argparse
import html
import json
import logging
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from itertools import islice
from pathlib import Path
from urllib.parse import urlsplit

LOG = logging.getLogger(__name__)

ARTICLE = re.compile(r'<ARTICLE url="([^"]*)" date="([^"]*)">\n(.*?)</ARTICLE>', re.S)
PSEUDO_DOC = re.compile(r"<doc url=(\S+)\s*>(.*?)</doc>", re.S)
DAY_MONTH_YEAR = re.compile(r"^(\d{1,2})-(\d{1,2})-(\d{4})$")
FRANCE_FILES = ("GJLHumaURL", "GJLeFigURL", "GJLePointURL")
PSEUDO_XML_FILES = ("fr_CA_corpus.xml", "fr_CA_corpus_contraste.xml", "fr_CH_corpus.xml",
                    "fr_CH_corpus_contraste.xml")
DOC_XML_FILES = ("Belgique/DH.xml", "Belgique/DH_CONTRAST.xml", "Belgique/LaLibre.xml",
                 "Belgique/LaLibreContrast.xml", "Corpus/JDQ.xml")
ALGERIAN_FILES = ("gilets_jaunes.xml", "contrast_gilets.xml")


def iso_day(value: str) -> str | None:
    """`2018-12-07` stays; L'Humanité's `8-1-2019` becomes `2019-01-08`."""
    value = value.strip()
    match = DAY_MONTH_YEAR.match(value)
    if match:
        day, month, year = match.groups()
        return f"{year}-{int(month):02d}-{int(day):02d}"
    return value if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value) else None


def host(url: str | None) -> str | None:
    """Host name of a URL without `www.`."""
    name = urlsplit(url or "").hostname
    return name.removeprefix("www.") if name else None


def _page(page_id: str, text: str, *, url=None, outlet=None, title=None, published=None) -> dict:
    """One JSONL record."""
    return {"id": page_id, "url": url, "outlet": outlet or host(url), "title": title,
            "published": published, "text": text.strip()}


def read_france(root: Path) -> Iterator[dict]:
    """`<ARTICLE url date>` files: a title line, then the text."""
    for name in FRANCE_FILES:
        path = root / "Francais" / "France" / "Corpus" / name
        for n, (url, date, body) in enumerate(ARTICLE.findall(path.read_text(encoding="utf-8"))):
            title, _, text = body.strip().partition("\n")
            yield _page(f"{name}-{n}", text, url=url, title=title.strip(), published=iso_day(date))


def read_pseudo_xml(root: Path) -> Iterator[dict]:
    """Québec and Swiss `<doc url=URL>` files (not well-formed)."""
    for name in PSEUDO_XML_FILES:
        content = (root / "Francais" / "Corpus" / name).read_text(encoding="utf-8")
        for n, (url, body) in enumerate(PSEUDO_DOC.findall(content)):
            yield _page(f"{Path(name).stem}-{n}", html.unescape(body), url=url)


def read_doc_xml(root: Path) -> Iterator[dict]:
    """Belgian and Journal de Québec `<doc title source>` XML files."""
    for name in DOC_XML_FILES:
        tree = ET.parse(root / "Francais" / name)
        for n, doc in enumerate(tree.getroot().iter("doc")):
            yield _page(f"{Path(name).stem}-{n}", doc.text or "", outlet=doc.get("source"),
                        title=doc.get("title"))


def read_algerian(root: Path) -> Iterator[dict]:
    """Algerian `<article><title/><content/></article>` XML files."""
    for name in ALGERIAN_FILES:
        tree = ET.parse(root / "Francais_DZ" / name)
        for article in tree.getroot().iter("article"):
            yield _page(f"{Path(name).stem}-{article.get('id')}", article.findtext("content") or "",
                        title=(article.findtext("title") or "").strip() or None)


def read_corpus(root: Path) -> Iterator[dict]:
    """Every article of the corpus with a non-empty text, file by file."""
    for reader in (read_france, read_pseudo_xml, read_doc_xml, read_algerian):
        try:
            yield from (page for page in reader(root) if page["text"])
        except (OSError, ET.ParseError) as error:
            LOG.warning("%s skipped: %s", reader.__name__, error)


def write_jsonl(root: Path, out: Path, *, limit: int | None = None) -> int:
    """Write the corpus (its first `limit` articles) as JSONL; return the number written."""
    count = 0
    with out.open("w", encoding="utf-8") as handle:
        for page in islice(read_corpus(root), limit):
            handle.write(json.dumps(page, ensure_ascii=False) + "\n")
            count += 1
    return count


def default_root() -> Path:
    """`shared/corpora/press-fr/gilets-jaunes` next to the repository."""
    from recoupe.paths import corpora_dir

    corpora = corpora_dir()
    if corpora is None:
        raise SystemExit("no shared corpora found; pass --corpus PATH or set RECOUPE_SHARED")
    return corpora / "press-fr" / "gilets-jaunes"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--corpus", type=Path, default=None)
    args = parser.parse_args()
    count = write_jsonl(args.corpus or default_root(), args.out, limit=args.limit)
    print(f"{count} articles written to {args.out}")


if __name__ == "__main__":
    main()
