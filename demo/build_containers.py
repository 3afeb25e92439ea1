"""Build the demo's container files and bad inputs from the texts in ``demo/sources/``.

Run ``python demo/build_containers.py`` after editing a source. The output is byte-for-byte
reproducible (fixed dates, record ids derived from URLs, gzip mtime 0), so a test can rebuild
everything into a temporary folder and compare it with the committed files.

Writes, under ``demo/pages/``: ``export-2025-11.jsonl`` (3 pages), ``crawl-2025-11.warc.gz``
(warcinfo + 2 HTML responses + 1 WET-style text conversion), ``courrier-loire-rss.xml``
(RSS 2.0, 3 items with full ``content:encoded``) and
``11-journal-castelroux-valmont-vivre-avec-usine.html.gz``; under ``demo/bad/``: the inputs of
the robustness demo.
"""

from __future__ import annotations

import argparse
import gzip
import json
import logging
import struct
import uuid
import zlib
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path
from xml.sax.saxutils import escape

LOG = logging.getLogger(__name__)

DEMO_DIR = Path(__file__).resolve().parent
SOURCES = DEMO_DIR / "sources"
RECORD_NAMESPACE = uuid.UUID("6f1c3d2e-8a4b-4f0e-9c1d-5e2a7b8c9d01")  # fixed: ids stay stable
CAPTURED_BY = "recoupe demo corpus builder"


@dataclass(slots=True, frozen=True)
class JsonlPage:
    """One line of the JSONL export: a page with its container metadata."""

    id: str
    url: str
    outlet: str
    title: str
    published: str
    source: str  # file under sources/jsonl/; `.html` goes to the `html` field, else `text`


@dataclass(slots=True, frozen=True)
class WarcPage:
    """One WARC record: an HTTP `response` (HTML) or a WET-style `conversion` (text dump)."""

    url: str
    captured: str  # WARC-Date, ISO 8601 UTC
    record_type: str  # "response" | "conversion"
    source: str  # file under sources/warc/


@dataclass(slots=True, frozen=True)
class FeedItem:
    """One RSS item carrying a full article in `content:encoded`."""

    guid: str
    link: str
    title: str
    pub_date: str  # RFC 822, as feeds write it
    creator: str
    description: str
    category: str
    source: str  # HTML fragment under sources/feed/


JSONL_PAGES = (
    JsonlPage(
        id="jdc-20251115-analyses-suies",
        url="https://journal-castelroux.fr/2025/11/15/incendie-de-valmont-les-premieres-analyses-de-suies-rassurantes/",
        outlet="Le Journal de Castelroux",
        title="Incendie de Valmont : les premières analyses de suies rassurantes, les potagers toujours sous surveillance",
        published="2025-11-15T16:40:00+01:00",
        source="journal-castelroux-analyses-suies.txt",
    ),
    JsonlPage(
        id="cdl-20251117-reunion-publique",
        url="https://www.courrierdelaloire.fr/valmont-sur-loire/reunion-publique-les-habitants-interpellent-norvalis_48301",
        outlet="Le Courrier de la Loire",
        title="Réunion publique à Valmont-sur-Loire : les habitants interpellent Norvalis et l'État",
        published="2025-11-17T22:40:00+01:00",
        source="courrier-loire-reunion-publique.txt",
    ),
    JsonlPage(
        id="ddc-20251118-greve-deuxieme-jour",
        url="https://www.ladepecheducentre.fr/ligerie/transports/greve-sur-le-reseau-relia-deuxieme-journee-de-perturbations-20251118.html",
        outlet="La Dépêche du Centre",
        title="Grève sur le réseau Rélia : deuxième journée de perturbations, la région convoque une table ronde",
        published="2025-11-18T12:15:00+01:00",
        source="depeche-centre-greve-deuxieme-jour.html",
    ),
)

WARC_PAGES = (
    WarcPage(
        url="https://journal-castelroux.fr/2025/11/19/greve-relia-la-table-ronde-echoue/",
        captured="2025-11-19T09:12:44Z",
        record_type="response",
        source="journal-castelroux-table-ronde-echoue.html",
    ),
    WarcPage(
        url="https://www.ladepecheducentre.fr/loire-moyenne/valmont-sur-loire/norvalis-la-prefete-suspend-l-activite-de-stockage-20251119.html",
        captured="2025-11-19T16:03:10Z",
        record_type="response",
        source="depeche-centre-norvalis-suspension.html",
    ),
    WarcPage(
        url="https://www.horizon-regions.fr/centre-loire/apres-l-incendie-de-valmont-sur-loire-norvalis-annonce-un-audit-independant",
        captured="2025-11-20T19:40:27Z",
        record_type="conversion",
        source="horizon-regions-norvalis-audit.txt",
    ),
)

FEED_ITEMS = (
    FeedItem(
        guid="https://www.courrierdelaloire.fr/?p=48419",
        link="https://www.courrierdelaloire.fr/valmont-sur-loire/les-restrictions-sur-les-potagers-levees_48419",
        title="Incendie de Norvalis : les restrictions sur les potagers levées à Valmont-sur-Loire",
        pub_date="Fri, 21 Nov 2025 11:30:00 +0100",
        creator="Le Courrier de la Loire",
        description="La préfète a levé vendredi la recommandation de ne pas consommer les légumes des potagers.",
        category="Valmont-sur-Loire",
        source="courrier-loire-potagers-restrictions-levees.html",
    ),
    FeedItem(
        guid="https://www.courrierdelaloire.fr/?p=48402",
        link="https://www.courrierdelaloire.fr/ligerie/greve-relia-un-accord-trouve-dans-la-nuit_48402",
        title="Grève Rélia : un accord trouvé dans la nuit, les trains reviennent vendredi",
        pub_date="Thu, 20 Nov 2025 09:05:00 +0100",
        creator="Le Courrier de la Loire",
        description="Après quatre jours de grève, direction et syndicat ont signé un accord sous l'égide d'un médiateur.",
        category="Transports",
        source="courrier-loire-greve-accord.html",
    ),
    FeedItem(
        guid="https://www.courrierdelaloire.fr/?p=48377",
        link="https://www.courrierdelaloire.fr/montrevel-en-coteaux/le-village-se-prend-a-rever_48377",
        title="Montrevel-en-Coteaux : le village se prend à rêver du retour de son Annonciation",
        pub_date="Wed, 19 Nov 2025 18:10:00 +0100",
        creator="Le Courrier de la Loire",
        description="Les habitants attendent le retour du tableau volé en 2023 et retrouvé aux Pays-Bas.",
        category="Patrimoine",
        source="courrier-loire-montrevel-reve-retour.html",
    ),
)

GZIPPED_PAGE = "11-journal-castelroux-valmont-vivre-avec-usine.html"


def read_source(folder: str, name: str) -> str:
    """The text of one source file, as UTF-8."""
    return (SOURCES / folder / name).read_text(encoding="utf-8")


def jsonl_line(page: JsonlPage) -> str:
    """One JSONL line; the body goes to `html` or `text` depending on the source's kind."""
    body_field = "html" if page.source.endswith(".html") else "text"
    record = {
        "id": page.id,
        "url": page.url,
        "outlet": page.outlet,
        "title": page.title,
        "published": page.published,
        body_field: read_source("jsonl", page.source),
    }
    return json.dumps(record, ensure_ascii=False)


def build_jsonl(path: Path) -> Path:
    """Write the JSONL export, one page a line."""
    path.write_text("".join(jsonl_line(page) + "\n" for page in JSONL_PAGES), encoding="utf-8")
    return path


def record_id(url: str, record_type: str) -> str:
    """A WARC-Record-ID derived from the URL, so rebuilding gives the same bytes."""
    return f"<urn:uuid:{uuid.uuid5(RECORD_NAMESPACE, record_type + ' ' + url)}>"


def warc_record(writer, page: WarcPage):  # type: ignore[no-untyped-def]
    """A warcio record for one page (response with HTTP headers, or text conversion)."""
    from warcio.statusandheaders import StatusAndHeaders

    body = read_source("warc", page.source).encode("utf-8")
    headers = {"WARC-Date": page.captured, "WARC-Record-ID": record_id(page.url, page.record_type)}
    if page.record_type == "conversion":
        headers["WARC-Refers-To"] = record_id(page.url, "response")
        headers["WARC-Identified-Content-Language"] = "fra"
        return writer.create_warc_record(
            page.url, "conversion", payload=BytesIO(body), length=len(body),
            warc_content_type="text/plain", warc_headers_dict=headers,
        )
    http_headers = StatusAndHeaders(
        "200 OK",
        [("Content-Type", "text/html; charset=UTF-8"), ("Content-Length", str(len(body)))],
        protocol="HTTP/1.1",
    )
    return writer.create_warc_record(
        page.url, "response", payload=BytesIO(body), length=len(body),
        http_headers=http_headers, warc_headers_dict=headers,
    )


def warcinfo_record(writer, filename: str):  # type: ignore[no-untyped-def]
    """The leading warcinfo record, with a fixed date and id."""
    fields = f"software: {CAPTURED_BY}\r\nformat: WARC File Format 1.0\r\nisPartOf: recoupe-demo\r\n"
    payload = fields.encode("utf-8")
    headers = {"WARC-Date": "2025-11-20T20:00:00Z", "WARC-Record-ID": record_id(filename, "warcinfo"),
               "WARC-Filename": filename}
    return writer.create_warc_record(
        "", "warcinfo", payload=BytesIO(payload), length=len(payload),
        warc_content_type="application/warc-fields", warc_headers_dict=headers,
    )


def build_warc(path: Path) -> Path:
    """Write the gzipped WARC: warcinfo, then one record per page."""
    try:
        from warcio.warcwriter import WARCWriter
    except ImportError as error:  # pragma: no cover - warcio is a dependency of recoupe
        raise SystemExit("build_containers: warcio is missing; run `pip install warcio`") from error
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        writer.write_record(warcinfo_record(writer, path.name))
        for page in WARC_PAGES:
            writer.write_record(warc_record(writer, page))
    return path


def feed_item(item: FeedItem) -> str:
    """One RSS <item>; the article goes in a CDATA section, as WordPress feeds do."""
    content = read_source("feed", item.source)
    return (
        "  <item>\n"
        f"    <title>{escape(item.title)}</title>\n"
        f"    <link>{escape(item.link)}</link>\n"
        f"    <guid isPermaLink=\"false\">{escape(item.guid)}</guid>\n"
        f"    <pubDate>{item.pub_date}</pubDate>\n"
        f"    <dc:creator><![CDATA[{item.creator}]]></dc:creator>\n"
        f"    <category><![CDATA[{item.category}]]></category>\n"
        f"    <description><![CDATA[{item.description}]]></description>\n"
        f"    <content:encoded><![CDATA[{content}]]></content:encoded>\n"
        "  </item>\n"
    )


def build_feed(path: Path) -> Path:
    """Write the RSS 2.0 feed of Le Courrier de la Loire (fictional)."""
    head = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">\n'
        "<channel>\n"
        "  <title>Le Courrier de la Loire</title>\n"
        '  <atom:link href="https://www.courrierdelaloire.fr/feed/" rel="self" type="application/rss+xml"/>\n'
        "  <link>https://www.courrierdelaloire.fr</link>\n"
        "  <description>L'actualité de la Loire-Moyenne et de la Ligérie</description>\n"
        "  <lastBuildDate>Fri, 21 Nov 2025 11:30:00 +0100</lastBuildDate>\n"
        "  <language>fr-FR</language>\n"
    )
    items = "".join(feed_item(item) for item in FEED_ITEMS)
    path.write_text(head + items + "</channel>\n</rss>\n", encoding="utf-8")
    return path


def build_gzipped_page(path: Path) -> Path:
    """Gzip one HTML page the way the shared corpora do (level 9, mtime 0, no stored name)."""
    data = (SOURCES / GZIPPED_PAGE).read_bytes()
    path.write_bytes(gzip.compress(data, compresslevel=9, mtime=0))
    return path


def tiny_png() -> bytes:
    """A valid 8x8 grey PNG: the 'binary file' of the bad inputs."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", 8, 8, 8, 0, 0, 0, 0)
    pixels = b"".join(b"\x00" + bytes(range(0, 256, 32)) for _ in range(8))
    image = chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(pixels, 9)) + chunk(b"IEND", b"")
    return b"\x89PNG\r\n\x1a\n" + image


def build_bad(bad_dir: Path) -> list[Path]:
    """Write the robustness inputs: empty, binary, truncated gzip, bad JSONL line, Windows-1252 text."""
    bad_dir.mkdir(parents=True, exist_ok=True)
    written = []
    empty = bad_dir / "empty.txt"
    empty.write_bytes(b"")
    written.append(empty)
    binary = bad_dir / "photo-enregistree-comme-page.txt"
    binary.write_bytes(tiny_png())
    written.append(binary)
    truncated = bad_dir / "tronque.html.gz"
    whole = gzip.compress((SOURCES / "bad" / "page-pour-gzip-tronque.html").read_bytes(), mtime=0)
    truncated.write_bytes(whole[: len(whole) // 2])
    written.append(truncated)
    jsonl = bad_dir / "export-une-ligne-cassee.jsonl"
    jsonl.write_bytes((SOURCES / "bad" / "export-une-ligne-cassee.jsonl").read_bytes())
    written.append(jsonl)
    latin = bad_dir / "depeche-en-windows-1252.txt"
    latin.write_bytes(read_source("bad", "depeche-en-windows-1252.txt").encode("cp1252"))
    written.append(latin)
    return written


def build_all(pages_dir: Path, bad_dir: Path) -> list[Path]:
    """Build every generated file into the given folders; returns the paths written."""
    pages_dir.mkdir(parents=True, exist_ok=True)
    written = [
        build_jsonl(pages_dir / "export-2025-11.jsonl"),
        build_warc(pages_dir / "crawl-2025-11.warc.gz"),
        build_feed(pages_dir / "courrier-loire-rss.xml"),
        build_gzipped_page(pages_dir / (GZIPPED_PAGE + ".gz")),
    ]
    written.extend(build_bad(bad_dir))
    for path in written:
        LOG.info("wrote %s (%d bytes)", path, path.stat().st_size)
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=Path, default=DEMO_DIR / "pages", help="output folder for pages")
    parser.add_argument("--bad", type=Path, default=DEMO_DIR / "bad", help="output folder for bad inputs")
    options = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    build_all(options.pages, options.bad)


if __name__ == "__main__":
    main()
