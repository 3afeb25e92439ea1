"""The whole pipeline on the five seed pages: clean texts, one story, a dossier that reads right."""

from __future__ import annotations

import json

import pytest

from recoupe import api
from recoupe.store import Store

pytestmark = pytest.mark.slow


def test_every_seed_becomes_an_article_and_the_run_is_clean(seeds_run, seeds_articles):
    report, _, _ = seeds_run
    assert report.failures == []
    assert report.exit_code == 0
    assert sorted(seeds_articles) == ["000", "001", "002", "003", "004"]


def test_boilerplate_lines_are_gone_and_the_repeated_block_is_kept_once(seeds_articles):
    texts = "\n".join(a.text for a in seeds_articles.values())
    for line in ("Captcha verification failed!", "Ce site utilise des cookies", "Suivez-nous sur Facebook",
                 "Partager :", "Commentaires (0)", "LAISSER UN COMMENTAIRE", "Soutenez ThinkerViz"):
        assert line not in texts
    seed0 = seeds_articles["000"].text
    assert seed0.count("Un livre de Bob Woodward affirmait") == 1
    assert "Kamala Harris, la nouvelle tête d'affiche" not in seed0


def test_the_seeds_form_one_story(seeds_run):
    _, db, _ = seeds_run
    with Store(db) as store:
        stories = store.stories()
    assert max(len(s.article_ids) for s in stories) >= 4
    biggest = max(stories, key=lambda s: len(s.article_ids))
    assert biggest.first and biggest.first.startswith("2024-11")


def _dossier(seeds_run):
    _, db, _ = seeds_run
    with Store(db) as store:
        biggest = max(store.stories(), key=lambda s: len(s.article_ids))
    return api.dossier(biggest.id, db=db)


def test_the_2016_article_is_flagged_out_of_time(seeds_run, seeds_articles):
    dossier = _dossier(seeds_run)
    old = seeds_articles["002"].id
    flagged = {f.details["article_id"] for f in dossier.flags if f.kind == "out-of-time"}
    assert flagged == {old}
    flag = next(f for f in dossier.flags if f.kind == "out-of-time")
    assert any(c.article_id == old for c in flag.evidence)


def test_every_summary_sentence_cites_its_source_span(seeds_run, seeds_articles):
    dossier = _dossier(seeds_run)
    by_id = {a.id: a for a in seeds_articles.values()}
    assert 2 <= len(dossier.summary) <= 8
    for sentence in dossier.summary:
        assert sentence.citations
        first = sentence.citations[0]
        assert by_id[first.article_id].text[first.start:first.end].strip() == sentence.text.strip()


def test_shared_quote_has_its_speaker_and_several_outlets(seeds_run):
    dossier = _dossier(seeds_run)
    rows = [r for r in dossier.quotes if "nous allons nous parler" in r.wording]
    assert rows and rows[0].speaker == "Donald Trump"
    assert len(rows[0].outlets) >= 2


def test_misspelt_name_is_merged(seeds_articles):
    names = {e.name for a in seeds_articles.values() for e in a.entities}
    assert "Donald Trump" in names and "Dolnald Trump" not in names
    seed4 = seeds_articles["004"]
    trump = next(e for e in seed4.entities if e.name == "Donald Trump")
    assert any(m.text == "Dolnald Trump" for m in trump.mentions)


def test_dossier_files_are_written_in_three_formats(seeds_run):
    _, _, out = seeds_run
    index = json.loads((out / "index.json").read_text(encoding="utf-8"))
    assert index
    story = index[0]["id"]
    assert json.loads((out / f"{story}.json").read_text(encoding="utf-8"))["story"]["id"] == story
    assert (out / f"{story}.md").read_text(encoding="utf-8").startswith("#")
    assert "<html" in (out / f"{story}.html").read_text(encoding="utf-8").lower()


def test_a_second_run_adds_nothing(seeds_run, seeds):
    _, db, out = seeds_run
    again = api.run([str(seeds)], db=db, out=out)
    assert again.added == 0 and again.known == 5 and again.exit_code == 0
