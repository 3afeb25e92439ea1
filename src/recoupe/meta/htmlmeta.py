"""Publication date from HTML markup (JSON-LD, meta tags, <time>) or the URL, with evidence."""

from __future__ import annotations

import json
import logging
import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime

from lxml import etree

from recoupe.types import Published

LOG = logging.getLogger(__name__)

# Meta tags naming the publication (never the modification) date, by name/property/itemprop.
PUBLISHED_META_KEYS = (
    "article:published_time", "og:article:published_time", "og:published_time",
    "datepublished", "publishdate", "publish-date", "publish_date", "pubdate", "published_time",
    "article.published", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date",
    "sailthru.date", "parsely-pub-date", "date", "citation_publication_date",
)
_META_RANK = {key: rank for rank, key in enumerate(PUBLISHED_META_KEYS)}
_URL_DATE = re.compile(r"/((?:19|20)\d{2})[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\d|3[01])(?:[/_-]|$|\D)")
_MIN_YEAR = 1990


def published_from_html(tree: etree._Element | None, *, url: str | None = None) -> Published | None:
    """The page's publication date from structured markup, then from its URL; None if absent."""
    if tree is not None:
        for finder in (_from_json_ld, _from_meta, _from_time_element):
            found = finder(tree)
            if found:
                return found
    return published_from_url(url)


def published_from_url(url: str | None) -> Published | None:
    """A date written in a URL path (``/2024/11/08/``), at day resolution."""
    if not url:
        return None
    match = _URL_DATE.search(url)
    if not match:
        return None
    try:
        day = date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None
    return Published(day.isoformat(), origin="url", evidence=url) if _plausible(day.year) else None


def _from_json_ld(tree: etree._Element) -> Published | None:
    """``datePublished`` from JSON-LD scripts (also inside ``@graph`` lists)."""
    for script in tree.iterfind(".//script[@type='application/ld+json']"):
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue
        for value in _json_values(data, "datePublished"):
            normalised = normalise_date(value)
            if normalised:
                return Published(normalised, origin="html-meta", evidence=f"JSON-LD datePublished: {value}")
    return None


def _json_values(data: object, key: str, depth: int = 0):
    """Every value of `key` in nested JSON, shallow first."""
    if depth > 6:
        return
    if isinstance(data, dict):
        if isinstance(data.get(key), str):
            yield data[key]
        for value in data.values():
            yield from _json_values(value, key, depth + 1)
    elif isinstance(data, list):
        for item in data:
            yield from _json_values(item, key, depth + 1)


def _from_meta(tree: etree._Element) -> Published | None:
    """The best-ranked publication meta tag."""
    found: list[tuple[int, str, str]] = []
    for meta in tree.iterfind(".//meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").strip().lower()
        content = meta.get("content") or meta.get("datetime") or ""
        if key in _META_RANK and content.strip():
            found.append((_META_RANK[key], key, content.strip()))
    for _, key, content in sorted(found):
        normalised = normalise_date(content)
        if normalised:
            return Published(normalised, origin="html-meta", evidence=f'meta {key}="{content}"')
    return None


def _from_time_element(tree: etree._Element) -> Published | None:
    """A ``<time>`` marked as the publication date (itemprop or pubdate attribute)."""
    for element in tree.iterfind(".//time[@datetime]"):
        if element.get("itemprop", "").lower() == "datepublished" or element.get("pubdate") is not None:
            value = element.get("datetime", "")
            normalised = normalise_date(value)
            if normalised:
                return Published(normalised, origin="html-meta", evidence=f'time datetime="{value}"')
    return None


def normalise_date(value: str) -> str | None:
    """ISO 8601 (date, or datetime with its offset) from ISO or RFC 2822 strings; None if not one."""
    value = value.strip()
    moment = _parse_iso(value)
    if moment is None:
        try:
            moment = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
    if moment is None or not _plausible(moment.year):
        return None
    if len(value) <= 10 and (moment.hour, moment.minute, moment.second) == (0, 0, 0):
        return moment.date().isoformat()
    return moment.isoformat()


def _parse_iso(value: str) -> datetime | None:
    """datetime.fromisoformat, tolerant of a trailing Z and of a bare date."""
    candidate = value.replace("Z", "+00:00") if value.endswith("Z") else value
    try:
        return datetime.fromisoformat(candidate)
    except ValueError:
        return None


def _plausible(year: int) -> bool:
    """News pages are not from before 1990 nor from the far future."""
    return _MIN_YEAR <= year <= datetime.now().year + 1
