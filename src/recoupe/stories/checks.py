"""Cross-source checks: conflicting and disputed figures, conflicting statements, out-of-time articles,
quotes given to different speakers or altered between outlets."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

from recoupe.stories.check_figures import figure_flags
from recoupe.stories.check_statements import conflicting_contacts, conflicting_roles
from recoupe.stories.check_text import lineage_roots
from recoupe.stories.check_time import out_of_time
from recoupe.stories.quote_flags import quote_flags
from recoupe.types import Article, Flag, Source

LOG = logging.getLogger(__name__)

Check = Callable[[Sequence[Article], dict[str, str]], list[Flag]]

CHECKS: dict[str, Check] = {
    "out-of-time": out_of_time,
    "figures": figure_flags,  # conflicting-figures and disputed-figures, from one parse
    "conflicting-roles": conflicting_roles,
    "conflicting-contacts": conflicting_contacts,
    "quotes": quote_flags,  # conflicting-speakers and altered-quote, from the quote table's utterances
}


def find_flags(articles: Sequence[Article], sources: Sequence[Source] = ()) -> list[Flag]:
    """Run every check over a story's articles; a check that fails becomes a `check-failed` flag.

    `sources` gives the copy relations, so that an article and its copy never count as two
    sources. Figures and statements are compared between articles of the story's own time only:
    an article flagged out of time is left out of the other checks (its differences are explained
    by its date, not by a disagreement between sources).
    """
    roots = lineage_roots(sources)
    flags = _run("out-of-time", articles, roots)
    late = {f.details.get("article_id") for f in flags}
    current = [a for a in articles if a.id not in late]
    for name in ("figures", "conflicting-roles", "conflicting-contacts", "quotes"):
        flags.extend(_run(name, current, roots))
    LOG.info("%d flags over %d articles", len(flags), len(articles))
    return flags


def _run(name: str, articles: Sequence[Article], roots: dict[str, str]) -> list[Flag]:
    """One check; its failure is reported as a flag with the reason instead of stopping the dossier."""
    try:
        return CHECKS[name](articles, roots)
    except Exception as error:  # a faulty check must not lose the rest of the dossier
        LOG.warning("check %s failed: %s", name, error, exc_info=True)
        return [Flag(kind="check-failed", message=f"la vérification {name} a échoué : {error}", evidence=[],
                     details={"check": name, "error": repr(error)})]


def out_of_time_ids(flags: Sequence[Flag]) -> set[str]:
    """Ids of the articles flagged out of time."""
    return {f.details["article_id"] for f in flags if f.kind == "out-of-time" and "article_id" in f.details}
