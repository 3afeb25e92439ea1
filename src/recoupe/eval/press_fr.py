"""Whole French articles of `../shared/corpora` under stable keys, for gold sets built on them.

A key names the corpus file and the article's position in it (`press-fr:Francais/Belgique/DH.xml#12`,
`rpm2:T01_C1_01`), so a gold file stores keys and offsets, never copies of the articles. The text of
an article is its title (when the corpus gives one) and its paragraphs, separated by blank lines:
the shape of `Article.text`.
"""

from __future__ import annotations

import hashlib
import html
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

GJ_DIR = Path("press-fr") / "gilets-jaunes"
_ARTICLE = re.compile(r'<ARTICLE url="([^"]*)" date="([^"]*)">\n(.*?)</ARTICLE>', re.S)
_PSEUDO_DOC = re.compile(r"<doc url=(\S+)\s*>(.*?)</doc>", re.S)
FRANCE_FILES = ("Francais/France/Corpus/GJLHumaURL", "Francais/France/Corpus/GJLeFigURL",
                "Francais/France/Corpus/GJLePointURL")
PSEUDO_XML_FILES = ("Francais/Corpus/fr_CA_corpus.xml", "Francais/Corpus/fr_CA_corpus_contraste.xml",
                    "Francais/Corpus/fr_CH_corpus.xml", "Francais/Corpus/fr_CH_corpus_contraste.xml")
DOC_XML_FILES = ("Francais/Belgique/DH.xml", "Francais/Belgique/DH_CONTRAST.xml",
                 "Francais/Belgique/LaLibre.xml", "Francais/Belgique/LaLibreContrast.xml",
                 "Francais/Corpus/JDQ.xml")
ALGERIAN_FILES = ("Francais_DZ/gilets_jaunes.xml", "Francais_DZ/contrast_gilets.xml")
FRANCE_OUTLETS = {"GJLHumaURL": "L'Humanité", "GJLeFigURL": "Le Figaro", "GJLePointURL": "Le Point"}


@dataclass(slots=True)
class CorpusArticle:
    """One article of a shared corpus: stable key, outlet, text (title first when known)."""

    key: str
    outlet: str
    text: str
    title: str | None = None
    url: str | None = None
    published: str | None = None

    @property
    def digest(self) -> str:
        """Short hash of the text, stored with gold annotations to detect a changed corpus."""
        return hashlib.sha1(self.text.encode("utf-8")).hexdigest()[:12]


def iter_articles(corpora: Path) -> Iterator[CorpusArticle]:
    """Every article of press-fr (gilets jaunes and contrast files) and RPM2, in file order."""
    yield from _france(corpora)
    yield from _pseudo_xml(corpora)
    yield from _doc_xml(corpora)
    yield from _algerian(corpora)
    yield from _rpm2(corpora)


def articles_by_key(corpora: Path, keys: set[str]) -> dict[str, CorpusArticle]:
    """The articles whose keys are asked for (one pass over the corpora)."""
    return {article.key: article for article in iter_articles(corpora) if article.key in keys}


def _text(title: str | None, lines: list[str]) -> str:
    paragraphs = [line.strip() for line in lines if line.strip()]
    if title and title.strip():
        paragraphs.insert(0, title.strip())
    return "\n\n".join(paragraphs)


def _host(url: str | None) -> str:
    name = urlsplit(url or "").hostname or "unknown"
    return name.removeprefix("www.")


def _france(corpora: Path) -> Iterator[CorpusArticle]:
    for relative in FRANCE_FILES:
        raw = (corpora / GJ_DIR / relative).read_text(encoding="utf-8")
        outlet = FRANCE_OUTLETS[Path(relative).name]
        for n, (url, date, body) in enumerate(_ARTICLE.findall(raw)):
            title, _, rest = body.strip().partition("\n")
            yield CorpusArticle(f"press-fr:{relative}#{n}", outlet, _text(title, rest.splitlines()),
                                title=title.strip(), url=url, published=date)


def _pseudo_xml(corpora: Path) -> Iterator[CorpusArticle]:
    for relative in PSEUDO_XML_FILES:
        raw = (corpora / GJ_DIR / relative).read_text(encoding="utf-8")
        for n, (url, body) in enumerate(_PSEUDO_DOC.findall(raw)):
            yield CorpusArticle(f"press-fr:{relative}#{n}", _host(url),
                                _text(None, html.unescape(body).splitlines()), url=url)


def _doc_xml(corpora: Path) -> Iterator[CorpusArticle]:
    for relative in DOC_XML_FILES:
        root = ET.parse(corpora / GJ_DIR / relative).getroot()
        for n, doc in enumerate(root.iter("doc")):
            title = doc.get("title")
            yield CorpusArticle(f"press-fr:{relative}#{n}", doc.get("source") or Path(relative).stem,
                                _text(title, (doc.text or "").splitlines()), title=title)


def _algerian(corpora: Path) -> Iterator[CorpusArticle]:
    for relative in ALGERIAN_FILES:
        root = ET.parse(corpora / GJ_DIR / relative).getroot()
        for article in root.iter("article"):
            title = (article.findtext("title") or "").strip() or None
            yield CorpusArticle(f"press-fr:{relative}#{article.get('id')}", "presse algérienne",
                                _text(title, (article.findtext("content") or "").splitlines()), title=title)


def _rpm2(corpora: Path) -> Iterator[CorpusArticle]:
    for path in sorted((corpora / "rpm2" / "documents").glob("T*_C*_*.txt")):
        lines = path.read_text(encoding="utf-8-sig").splitlines()
        title = lines[0].strip() if lines else None
        yield CorpusArticle(f"rpm2:{path.stem}", "rpm2", _text(title, lines[1:]), title=title)
