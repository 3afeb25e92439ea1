"""Which outlet published a page: from its URL host or from a French byline line."""

from __future__ import annotations

import ipaddress
import logging
import re
from urllib.parse import urlsplit

from recoupe.lang.fr.outlet import (
    BYLINE_CUE_PATTERNS,
    HOST_PREFIXES_TO_DROP,
    MAX_OUTLET_WORDS,
    NOT_AN_OUTLET,
    OUTLET_NAME_END,
)

LOG = logging.getLogger(__name__)

_LOCAL_HOSTS = frozenset({"localhost", "localhost.localdomain"})


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


def _is_ip_address(host: str) -> bool:
    """True when `host` is an IPv4 or IPv6 literal."""
    try:
        ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return False
    return True


def outlet_from_byline(line: str | None) -> str | None:
    """The outlet named in a French byline, or None.

    ``"Publié le 08 novembre 2024, par Cheetah.News - Site d'information et d'Analyses."``
    gives ``"Cheetah.News"``; ``"Par X"``, ``"Source : X"`` and ``"© X 2024"`` give ``"X"``.
    """
    if not line:
        return None
    line = " ".join(line.split())
    for pattern in BYLINE_CUE_PATTERNS:
        match = pattern.search(line)
        if match:
            name = _name_after(line[match.end():])
            if name:
                return name
    return None


def _name_after(rest: str) -> str | None:
    """The outlet name at the start of `rest`, cut where a description or date begins."""
    rest = re.sub(r"^(?:©\s*)?(?:\d{4}\s*)?", "", rest.strip())
    end = OUTLET_NAME_END.search(rest)
    name = (rest[: end.start()] if end else rest).strip(" .'\"«»“”")
    if not name or not name[0].isupper() and not name[0].isdigit():
        return None
    if name.lower() in NOT_AN_OUTLET or len(name.split()) > MAX_OUTLET_WORDS:
        return None
    return name
