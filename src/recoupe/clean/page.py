"""From a raw page to an Article: pick the cleaner, then settle metadata and the id."""

from __future__ import annotations

import logging

from recoupe.clean.result import CleanResult
from recoupe.clean.templates import PageLines, TemplateKeys, apply_template, page_lines
from recoupe.types import Article, PageError, Published, RawPage, article_id

LOG = logging.getLogger(__name__)

MIN_ARTICLE_CHARS = 80  # below this a page has no article worth annotating


def clean_page(page: RawPage) -> Article | PageError:
    """Clean one page; a page that cannot be cleaned becomes a PageError, never an exception."""
    return clean_page_lines(page)[0]


def clean_page_lines(page: RawPage) -> tuple[Article | PageError, PageLines | None]:
    """Like :func:`clean_page`, plus the page's visible lines and the cleaner's verdict on each."""
    if not page.text or not page.text.strip():
        return PageError(page.source, "clean", "the page is empty; nothing to clean"), None
    try:
        result = _clean(page)
    except Exception as error:  # a cleaner bug must not stop the batch
        LOG.exception("cleaner failed on %s", page.source)
        return PageError(page.source, "clean", f"cleaner failed: {type(error).__name__}: {error}"), None
    text = result.text
    if len(text.strip()) < MIN_ARTICLE_CHARS:
        return PageError(
            page.source, "clean",
            f"no article text found ({len(text.strip())} characters left after removing boilerplate)",
        ), None
    article = _article(page, result)
    return article, page_lines(article.id, result.page_lines, result.paragraphs)


def apply_outlet_template(article: Article, keys: TemplateKeys) -> bool:
    """Remove the outlet's template lines from an article (its id stays); True when it changed."""
    paragraphs, removed = apply_template(article.text.split("\n\n"), keys)
    if not removed:
        return False
    article.text = "\n\n".join(paragraphs)
    article.removed = [*article.removed, *removed]
    return True


def _clean(page: RawPage) -> CleanResult:
    if page.kind == "html":
        from recoupe.clean.html import clean_html

        return clean_html(page.text or "", url=page.url)
    from recoupe.clean.dump import clean_dump

    return clean_dump(page.text or "", captured=page.fetched_at)


def _article(page: RawPage, result: CleanResult) -> Article:
    from recoupe.meta.language import detect_language
    from recoupe.meta.title import title_from_lede

    text = result.text
    title = page.title or result.title
    derived = None if title else title_from_lede(text)
    return Article(
        id=article_id(text, page.source),
        source=page.source,
        text=text,
        title=title or derived,
        title_origin="page" if title else "lede" if derived else None,
        outlet=page.outlet or result.outlet or _outlet_from_url(page.url),
        published=_published(page, result),
        lang=detect_language(text),
        url=page.url,
        kind=page.kind,
        removed=result.removed,
    )


def _published(page: RawPage, result: CleanResult) -> Published | None:
    """The container's date wins (it was given explicitly); else what the page itself says."""
    if page.published:
        from recoupe.meta.dates import normalise_published

        value = normalise_published(page.published)
        evidence = page.published if value != page.published else None
        return Published(value, origin=f"{page.container or 'input'}-metadata", evidence=evidence)
    return result.published


def _outlet_from_url(url: str | None) -> str | None:
    if not url:
        return None
    from recoupe.meta.outlet import outlet_from_url

    return outlet_from_url(url)
