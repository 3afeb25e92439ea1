"""Which outlet published a page (from its URL host, a byline or its footer) and who wrote it."""

from __future__ import annotations

import ipaddress
import logging
import re
import unicodedata
from urllib.parse import urlsplit

from recoupe.lang.fr.outlet import (
    AUTHOR_CUE_PATTERNS,
    AUTHOR_NAME_END,
    CREDIT_WORDS,
    FOOTER_NAME_SEPARATOR,
    HOST_PREFIXES_TO_DROP,
    MAX_AUTHOR_WORDS,
    MAX_OUTLET_WORDS,
    NOT_AN_OUTLET,
    NOT_SELF_NAMES,
    OUTLET_NAME_END,
    PUBLISHER_CUE_PATTERNS,
    SELF_NAMING_CUES,
    SITE_LIKE_PATTERNS,
)

LOG = logging.getLogger(__name__)

_LOCAL_HOSTS = frozenset({"localhost", "localhost.localdomain"})
# Host labels that name no outlet ("blogs.mediapart.fr", "m.lefigaro.fr", "bbc.co.uk").
_GENERIC_LABELS = frozenset({"www", "m", "amp", "mobile", "blogs", "blog", "news", "info", "actu", "co", "com"})
_LEADING_YEAR = re.compile(r"^(?:©\s*)?(?:\d{4}\s*)?")
_NAME_PART = r"[A-ZÀ-Ý0-9][\w.&'’-]*"  # a capitalised word of a site name ("Ouest-France", "Cheetah.News")
_SELF_NAME = rf"(?P<name>{_NAME_PART}(?:\s+(?:{_NAME_PART}|de|du|des|la|le|l['’][\wÀ-ÿ]+))*)"
_SELF_NAMING = tuple(re.compile(cue.replace("{name}", _SELF_NAME)) for cue in SELF_NAMING_CUES)
_NAME_WORD = re.compile(r"^(?:[A-ZÀ-Ý][\wÀ-ÿ'’.-]*|de|du|des|d['’]\w+|la|le|van|von|der|da|di|ben|el|al)$")


def outlet_from_url(url: str | None) -> str | None:
    """The outlet named by a URL's host, without ``www.``: ``https://www.lemonde.fr/x`` → ``lemonde.fr``.

    Returns None for URLs without a host, IP addresses and localhost: they name no outlet.
    """
    if not url:
        return None
    if "://" not in url:
        url = "//" + url
    try:
        host = (urlsplit(url.strip()).hostname or "").rstrip(".").lower()
    except ValueError:
        LOG.debug("cannot parse URL %r", url)
        return None
    if not host or host in _LOCAL_HOSTS or "." not in host or _is_ip_address(host):
        return None
    for prefix in HOST_PREFIXES_TO_DROP:
        if host.startswith(prefix) and host.count(".") > 1:
            return host[len(prefix):]
    return host


def names_host(name: str, host: str) -> bool:
    """True when an outlet name names a URL host: "Le Monde", "Le Monde.fr" or "lemonde.fr" for
    lemonde.fr, "Ouest-France" for ouest-france.fr, "Madame Figaro" for madame.lefigaro.fr, "Club
    de Mediapart" for blogs.mediapart.fr, "Le Journal de Castelroux" for journal-castelroux.fr. A
    host label and the name are equal, or one holds the other (4 letters at least), with or
    without the name's leading article, its particles and its trailing domain."""
    folded = unicodedata.normalize("NFKD", name.casefold())
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    folded = re.sub(r"\.[a-z]{2,6}$", "", folded)
    bare = re.sub(r"\b(?:le|la|les|l'|l’|de|du|des|d'|d’|the|of)\s*", "", folded)  # "journal castelroux"
    keys = {re.sub(r"[^a-z0-9]", "", variant)
            for variant in (folded, re.sub(r"^(?:le|la|les|l'|l’|the)\s*", "", folded), bare)}
    labels = [label for label in host.casefold().split(".")[:-1] if label not in _GENERIC_LABELS]
    labels = [re.sub(r"[^a-z0-9]", "", label) for label in labels]
    return any(part == key or len(part) >= 4 and len(key) >= 4 and (part in key or key in part)
               for key in keys if key for part in [*labels, "".join(labels)])


def host_like(outlet: str) -> bool:
    """An outlet given as a host name ("courrierdelaloire.fr"), not as a name."""
    return " " not in outlet and bool(re.search(r"\.[a-z]{2,6}$", outlet))


def _is_ip_address(host: str) -> bool:
    """True when `host` is an IPv4 or IPv6 literal."""
    try:
        ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return False
    return True


def outlet_from_byline(line: str | None) -> str | None:
    """The outlet named in a French byline, or None; an author is not an outlet.

    ``"Publié le 08 novembre 2024, par Cheetah.News - Site d'information."`` gives ``"Cheetah.News"``;
    ``"Source : X"``, ``"© X 2024"`` and ``"Par la rédaction de X"`` give ``"X"``; ``"Par X"`` gives
    ``"X"`` only when X looks like a site ("Par Le Figaro"), not a person ("Par Camille Roussel").
    """
    if not line:
        return None
    line = " ".join(line.split())
    for pattern in PUBLISHER_CUE_PATTERNS:
        match = pattern.search(line)
        name = _name_after(line[match.end():]) if match else None
        if name:
            return name
    for pattern in AUTHOR_CUE_PATTERNS:
        match = pattern.search(line)
        name = _name_after(line[match.end():]) if match else None
        if name and site_like(name):
            return name
    return None


def author_from_byline(line: str | None) -> str | None:
    """The person named by an authorship line ("Par Camille Roussel | 13.11.2025"), or None."""
    if not line:
        return None
    line = " ".join(line.split())
    for pattern in AUTHOR_CUE_PATTERNS:
        match = pattern.search(line)
        if match is None:
            continue
        rest = line[match.end():]
        end = AUTHOR_NAME_END.search(rest)
        name = (rest[: end.start()] if end else rest).strip(" .'\"«»“”")
        if _person_shaped(name) and not site_like(name):
            return name
    return None


def outlet_from_footer(lines: list[str], *, page_text: str) -> str | None:
    """A masthead repeated in the footer ("Radio Loire Info - 97.4 FM Castelroux"): the name before
    the separator, when it looks like a site and the page names it elsewhere too."""
    folded_page = page_text.casefold()
    for line in lines:
        parts = FOOTER_NAME_SEPARATOR.split(" ".join(line.split()), maxsplit=1)
        if len(parts) < 2:
            continue
        name = parts[0].strip(" .'\"«»“”©")
        if not name or len(name.split()) > MAX_OUTLET_WORDS or name.lower() in NOT_AN_OUTLET:
            continue
        if site_like(name) and _name_words(name) and folded_page.count(name.casefold()) >= 2:
            return name
    return None


def outlet_from_appeals(blocks: list[str], *, page_text: str) -> str | None:
    """The site a page's removed blocks name as themselves: "Soutenez ThinkerViz à partir de 5 $",
    "Suivez Le Monde sur Instagram", "Abonnez-vous à Mediapart". The name must be short, and
    written twice on the page or shaped like a site."""
    folded_page = page_text.casefold()
    for block in blocks:
        for pattern in _SELF_NAMING:
            for match in pattern.finditer(" ".join(block.split())):
                name = match.group("name").strip(" .'’")
                if not name or name.casefold() in NOT_SELF_NAMES or name.lower() in NOT_AN_OUTLET:
                    continue
                if len(name.split()) > MAX_OUTLET_WORDS:
                    continue
                if folded_page.count(name.casefold()) >= 2 or site_like(name):
                    return name
    return None


def site_like(name: str) -> bool:
    """A name shaped like a site or a publication rather than a person."""
    return any(pattern.search(name) for pattern in SITE_LIKE_PATTERNS)


def _person_shaped(name: str) -> bool:
    """Two to four capitalised words (particles allowed): "Camille Roussel", "Jean de La Fontaine"."""
    words = name.split()
    return 2 <= len(words) <= MAX_AUTHOR_WORDS and words[0][:1].isupper() and _name_words(name)


def _name_words(name: str) -> bool:
    """Every word is capitalised, a number or a name particle."""
    return all(_NAME_WORD.match(word) or word.isdigit() or word.isupper() for word in name.split())


def _name_after(rest: str) -> str | None:
    """The outlet name at the start of `rest`, cut where a description or date begins."""
    rest = _LEADING_YEAR.sub("", rest.strip())
    end = OUTLET_NAME_END.search(rest)
    name = (rest[: end.start()] if end else rest).strip(" .'\"«»“”")
    if not name or not name[0].isupper() and not name[0].isdigit():
        return None
    if name.lower() in NOT_AN_OUTLET or len(name.split()) > MAX_OUTLET_WORDS:
        return None
    if not any(c.isalpha() for c in name) or any(word in name.casefold() for word in CREDIT_WORDS):
        return None  # a year ("© 2019 - 2020") or a photo credit
    return name
