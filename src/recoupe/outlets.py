"""Per-outlet templates over the store: learned from each window of new pages, applied to them,
and applied again to the outlet's earlier articles when the template grew."""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Sequence

from recoupe.clean.page import apply_outlet_template
from recoupe.clean.templates import PageLines, TemplateKeys, learn_template
from recoupe.runners.local import PageOutcome
from recoupe.store import Store
from recoupe.types import PageError

LOG = logging.getLogger(__name__)

LEARN_PAGES = 400  # an outlet's template is learned from its most recent pages


class TemplateLearner:
    """The `learn` callback of :func:`recoupe.runners.local.run_pages`, backed by the store."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.templates: dict[str, TemplateKeys] = store.template_keys()
        self.changed: set[str] = set()  # outlets whose template changed during this run
        self._pages: dict[str, list[PageLines]] = {}  # recent pages per outlet, keys computed once

    def __call__(self, outcomes: Sequence[PageOutcome]) -> dict[str, TemplateKeys]:
        """Learn again the templates of the outlets these pages belong to; every outlet's keys."""
        fresh: dict[str, list[PageLines]] = defaultdict(list)
        for outcome in outcomes:
            if outcome.fresh and outcome.lines is not None and outcome.article.outlet:
                fresh[outcome.article.outlet].append(outcome.lines)
        for outlet, pages in fresh.items():
            try:
                self._learn(outlet, pages)
            except Exception:  # a template is an improvement; failing to learn one must not stop the batch
                LOG.exception("could not learn the template of outlet %s; its pages are kept as cleaned", outlet)
        return self.templates

    def _learn(self, outlet: str, new_pages: list[PageLines]) -> None:
        if outlet not in self._pages:
            self._pages[outlet] = self.store.page_lines(outlet, limit=LEARN_PAGES)
        pages = self._pages[outlet] = [*self._pages[outlet], *new_pages][-LEARN_PAGES:]
        template = learn_template(outlet, pages)
        if template.keys == self.templates.get(outlet, TemplateKeys()):
            return
        self.store.save_template(template)
        self.templates[outlet] = template.keys
        self.changed.add(outlet)
        LOG.info("outlet %s: template of %d lines learned from %d articles", outlet,
                 len(template.lines) + len(template.edge_lines), template.articles)


def reapply_templates(store: Store, outlets: set[str], templates: dict[str, TemplateKeys], *,
                      model: str) -> tuple[list[str], list[PageError]]:
    """Remove new template lines from the outlets' stored articles and annotate those again.

    Returns the ids of the articles that changed, and the errors of those whose annotation failed
    (their text is then left as it was).
    """
    if not outlets:
        return [], []
    changed = [article for article in store.articles(store.article_ids_of_outlets(sorted(outlets)))
               if apply_outlet_template(article, templates.get(article.outlet or "", TemplateKeys()))]
    if not changed:
        return [], []
    from recoupe.nlp.annotate import annotate_articles

    LOG.info("outlet templates changed %d stored articles; annotating them again", len(changed))
    updated, errors = [], []
    for result in annotate_articles(changed, model=model):
        if isinstance(result, PageError):
            errors.append(result)
        else:
            store.update_article_text(result)
            updated.append(result.id)
    return updated, errors
