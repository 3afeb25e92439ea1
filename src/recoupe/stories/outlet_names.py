"""One name per outlet within a story: a page known only by its URL host ("courrierdelaloire.fr",
from a feed or a crawl) takes the name another page of the story gives that outlet ("Le Courrier
de la Loire", from its byline), so that sources, quote carriers and checks count it once."""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Sequence

from recoupe.meta.outlet import host_like, names_host
from recoupe.types import Article

LOG = logging.getLogger(__name__)


def unify_outlets(articles: Sequence[Article]) -> dict[str, str]:
    """Rename host-only outlets to the one name the story's other pages give them; returns the
    renamings (host -> name). A host two different names fit is left as it is."""
    names = Counter(a.outlet for a in articles if a.outlet and not host_like(a.outlet))
    renamed: dict[str, str] = {}
    for host in {a.outlet for a in articles if a.outlet and host_like(a.outlet)}:
        fitting = [name for name in names if names_host(name, host)]
        if len(fitting) == 1:
            renamed[host] = fitting[0]
    for article in articles:
        if article.outlet in renamed:
            article.outlet = renamed[article.outlet]
    if renamed:
        LOG.debug("outlets named after their pages: %s", renamed)
    return renamed
