"""The whole pipeline on the bundled demo corpus: the planted defects are found."""

from __future__ import annotations

import json

import pytest

from recoupe import api
from recoupe.store import Store

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def expected(demo):
    return json.loads((demo / "expected.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def demo_run(demo, tmp_path_factory):
    folder = tmp_path_factory.mktemp("demo-run")
    report = api.run([str(demo / "pages")], db=folder / "r.db", out=folder / "out")
    with Store(folder / "r.db") as store:
        articles, stories, relations = store.articles(), store.stories(), store.relations()
    return report, articles, stories, relations, folder


def _page_key(article, expected) -> str | None:
    """The expected.json name of an article: its file name, or the container member matched by URL."""
    name = article.source.split("#")[0].rsplit("/", 1)[-1]
    if name in expected["pages"]:
        return name
    for key, page in expected["pages"].items():
        if page.get("url") and page["url"] == article.url:
            return key
    return None


@pytest.fixture(scope="module")
def by_key(demo_run, expected):
    _, articles, *_ = demo_run
    return {_page_key(a, expected): a for a in articles}


def test_every_demo_page_is_read_without_failure(demo_run, expected):
    report, articles, *_ = demo_run
    assert report.failures == []
    assert len(articles) == len(expected["pages"])


def test_recycled_article_is_flagged_out_of_time(demo_run, expected, by_key):
    report, _, stories, _, folder = demo_run
    recycled = by_key[expected["recycled"]["page"]].id
    flagged = set()
    for story in stories:
        dossier = api.dossier(story.id, db=folder / "r.db")
        flagged |= {f.details["article_id"] for f in dossier.flags if f.kind == "out-of-time"}
    assert recycled in flagged
    current = {by_key[p].id for p in expected["stories"]["A"]["pages"] if p != expected["recycled"]["page"]}
    assert not flagged & current


def test_syndicated_copy_points_to_the_original(demo_run, expected, by_key):
    *_, relations, _ = demo_run
    copy, original = by_key[expected["syndicated"]["copy"]], by_key[expected["syndicated"]["of"]]
    relation, of, _ = relations[copy.id]
    assert relation in {"copy", "rewrite"} and of == original.id


def test_conflicting_figures_are_flagged(demo_run, expected):
    *_, stories, _, folder = demo_run
    figures = set(expected["conflicting_figures"]["figures"])
    found = False
    for story in stories:
        dossier = api.dossier(story.id, db=folder / "r.db")
        for flag in dossier.flags:
            if flag.kind == "conflicting-figures" and all(f in flag.message for f in figures):
                found = True
    assert found


def test_repeated_block_is_kept_once(expected, by_key):
    page = by_key[expected["repeated_block"]["page"]]
    for sentence in expected["repeated_block"]["first_sentences"]:
        assert page.text.count(sentence) == 1


def test_boilerplate_lines_are_removed_and_body_kept(expected, by_key):
    for key, lines in expected["boilerplate_lines"].items():
        if key in by_key:
            for line in lines:
                assert line not in by_key[key].text, (key, line)
    for key, sentences in expected["body_sentences"].items():
        if key in by_key:
            for sentence in sentences:
                assert sentence in by_key[key].text, (key, sentence)


def test_english_page_is_detected(expected, by_key):
    for key in expected["english"]:
        assert by_key[key].lang == "en"


def test_outlet_templates_learn_shared_furniture_and_never_a_body_sentence(demo_run, expected):
    from typer.testing import CliRunner

    from recoupe.cli import app

    *_, folder = demo_run
    result = CliRunner().invoke(app, ["templates", "--db", str(folder / "r.db"), "--format", "jsonl"])
    assert result.exit_code == 0
    templates = {t["outlet"]: t for t in map(json.loads, result.output.splitlines())}
    courrier = {line["line"] for line in templates["Le Courrier de la Loire"]["lines"]}
    assert "© Le Courrier de la Loire 2025 - Tous droits réservés" in courrier
    learned = {" ".join(line["line"].split()) for t in templates.values() for line in t["lines"]}
    body = {" ".join(s.split()) for sentences in expected["body_sentences"].values() for s in sentences}
    assert not learned & body
