"""Per-outlet templates in the pipeline: learned from an outlet's pages, applied to later pages
and, when they grow, to the outlet's pages stored by earlier runs."""

from __future__ import annotations

import json

import pytest

from recoupe import api
from recoupe.store import Store

PITCH = "No spam, we promise."  # in Live Science's newsletter box, which the dump cleaner keeps


@pytest.fixture(scope="module")
def livescience_dumps(corpora, tmp_path_factory):
    """Two Live Science pages of the scrapinghub benchmark as text dumps in JSONL, one per file."""
    pytest.importorskip("html_text")
    from recoupe.eval.extraction_corpora import load_scrapinghub, read_html
    from recoupe.eval.render import render_html_text

    pages = [p for p in load_scrapinghub(corpora, detect_languages=False) if "livescience.com" in (p.url or "")]
    folder = tmp_path_factory.mktemp("livescience")
    files = []
    for number, page in enumerate(sorted(pages, key=lambda p: p.page_id)[:2]):
        record = {"id": page.page_id, "url": page.url, "outlet": "Live Science",
                  "text": render_html_text(read_html(page))}
        files.append(folder / f"page{number}.jsonl")
        files[-1].write_text(json.dumps(record) + "\n", encoding="utf-8")
    assert len(files) == 2
    return files


def _texts(db) -> list[str]:
    with Store(db) as store:
        return [article.text for article in store.articles()]


def test_a_later_page_of_the_outlet_teaches_a_template_that_cleans_the_earlier_one(livescience_dumps, tmp_path):
    db = tmp_path / "r.db"
    first = api.run([str(livescience_dumps[0])], db=db, out=None)
    (before,) = _texts(db)
    assert PITCH in before  # the cleaner alone keeps the box
    second = api.run([str(livescience_dumps[1])], db=db, out=None)
    assert second.added == 1 and second.exit_code == 0
    with Store(db) as store:
        articles = store.articles()
        (template,) = store.templates("Live Science")
    assert second.retouched == [articles[0].id] and first.retouched == []
    assert all(PITCH not in article.text for article in articles)
    assert any(block.reason == "outlet-template" and PITCH in block.text for block in articles[0].removed)
    assert any(PITCH in line for line, _ in [*template.lines.values(), *template.edge_lines.values()])
    assert len(articles[0].text) > 0.8 * len(before)  # the article itself stays


def test_pages_of_one_outlet_in_one_run_are_cleaned_with_the_template_at_once(livescience_dumps, tmp_path):
    db = tmp_path / "r.db"
    report = api.run([str(path) for path in livescience_dumps], db=db, out=None)
    assert report.added == 2 and report.retouched == []
    assert all(PITCH not in text for text in _texts(db))
    again = api.run([str(path) for path in livescience_dumps], db=db, out=None)
    assert again.added == 0 and again.known == 2  # ids do not depend on the template
