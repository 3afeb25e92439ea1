"""Per-outlet templates measured on pages grouped by site.

The extraction corpora hold several pages of some sites (scrapinghub: 55 sites with two pages;
CLEANEVAL: 31 sites with two to seven). For each such site, every page is cleaned, a template
is learned from the site's pages (as recoupe does when it ingests them together), and each page
is scored with and without the template: rows ``<mode>.recoupe`` and ``<mode>.recoupe_templates``
of the corpus ``<name>_sites``, beside trafilatura on the same pages.
"""

from __future__ import annotations

import logging
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from functools import partial
from urllib.parse import urlparse

from recoupe.clean.result import CleanResult
from recoupe.clean.templates import apply_template, learn_template, page_lines
from recoupe.eval.extraction_corpora import EvalPage, read_html
from recoupe.eval.extraction_scoring import PageOutcome, RowOutcome, score_text, run_timed
from recoupe.eval.extraction_systems import trafilatura_default
from recoupe.eval.render import RENDERERS

LOG = logging.getLogger(__name__)

SITE_CORPORA = ("scrapinghub", "cleaneval")
TEMPLATES = "recoupe_templates"


def site_groups(pages: Iterable[EvalPage]) -> list[list[EvalPage]]:
    """Pages of the site corpora grouped by URL host; only hosts with two pages or more."""
    groups: dict[tuple[str, str], list[EvalPage]] = defaultdict(list)
    for page in pages:
        host = urlparse(page.url).hostname if page.url else None
        if page.corpus in SITE_CORPORA and host:
            groups[(page.corpus, host.removeprefix("www."))].append(page)
    return [group for _, group in sorted(groups.items()) if len(group) >= 2]


def score_sites(groups: Sequence[list[EvalPage]], *, modes: Sequence[str] = ("html", "dump"),
                workers: int = 2) -> list[PageOutcome]:
    """Outcomes of every page of every group, with and without the site's template."""
    task = partial(score_site, modes=tuple(modes))
    if workers <= 1:
        return [outcome for group in groups for outcome in task(group)]
    with ProcessPoolExecutor(max_workers=workers) as pool:
        return [outcome for outcomes in pool.map(task, groups) for outcome in outcomes]


def score_site(group: list[EvalPage], *, modes: Sequence[str] = ("html", "dump")) -> list[PageOutcome]:
    """Clean the site's pages in every mode, learn a template per mode, score both ways."""
    outcomes = {page.page_id: PageOutcome(f"{page.corpus}_sites", page.page_id, page.lang) for page in group}
    htmls = {}
    for page in group:
        try:
            htmls[page.page_id] = read_html(page)
        except (OSError, EOFError, ValueError) as error:
            outcomes[page.page_id].error = f"cannot read {page.path.name}: {error}"
    readable = [page for page in group if page.page_id in htmls]
    for page in readable:
        text, seconds, error = run_timed(trafilatura_default, htmls[page.page_id], page)
        outcomes[page.page_id].rows.append(score_text("html.trafilatura", text, seconds, error, page))
    for mode, clean in _cleaners().items():
        if mode.split(".")[0] not in modes:
            continue
        for row in _template_rows(mode, clean, readable, htmls):
            outcomes[row[0].page_id].rows.append(row[1])
    return list(outcomes.values())


def _cleaners() -> dict[str, Callable[[str], CleanResult]]:
    """recoupe's cleaner per mode: HTML as is, or the page rendered by each renderer first."""
    from recoupe.clean.dump import clean_dump
    from recoupe.clean.html import clean_html

    cleaners: dict[str, Callable[[str], CleanResult]] = {"html": clean_html}
    for name, render in RENDERERS.items():
        cleaners[f"dump.{name}"] = lambda html, render=render: clean_dump(render(html))
    return cleaners


def _template_rows(mode: str, clean: Callable[[str], CleanResult], pages: list[EvalPage],
                   htmls: dict[str, str]) -> list[tuple[EvalPage, RowOutcome]]:
    """Score each page's cleaning without, then with, the template learned from all of them."""
    results: dict[str, CleanResult] = {}
    seconds: dict[str, float] = {}
    rows: list[tuple[EvalPage, RowOutcome]] = []
    for page in pages:
        started = time.perf_counter()
        try:
            results[page.page_id] = clean(htmls[page.page_id])
        except Exception as error:  # a failing cleaner is a scored miss, as in the main suite
            rows.append((page, score_text(f"{mode}.recoupe", "", 0.0, f"{type(error).__name__}: {error}", page)))
        seconds[page.page_id] = time.perf_counter() - started
    template = learn_template(mode, [page_lines(pid, r.page_lines, r.paragraphs) for pid, r in results.items()])
    for page in pages:
        result = results.get(page.page_id)
        if result is None:
            continue
        kept, _ = apply_template(result.paragraphs, template.keys)
        rows.append((page, score_text(f"{mode}.recoupe", result.text, seconds[page.page_id], None, page)))
        rows.append((page, score_text(f"{mode}.{TEMPLATES}", "\n\n".join(kept), seconds[page.page_id], None, page)))
    return rows
