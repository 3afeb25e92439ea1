"""The dossier of the five seeds, built through the real cleaning, annotation and lineage modules."""

from __future__ import annotations

from pathlib import Path

from recoupe.stories.check_text import sentence_spans
from recoupe.stories.timeline import background_flags


def _text(articles, citation) -> str:
    return next(a for a in articles if a.id == citation.article_id).text[citation.start:citation.end]


def test_every_summary_sentence_is_the_span_it_cites(seed_dossier, seed_articles):
    assert 3 <= len(seed_dossier.summary) <= 6
    for sentence in seed_dossier.summary:
        assert _text(seed_articles, sentence.citations[0]) == sentence.text
        assert (sentence.citations[0].start, sentence.citations[0].end) in sentence_spans(
            next(a for a in seed_articles if a.id == sentence.citations[0].article_id).text
        )


def test_summary_uses_several_outlets_and_never_the_out_of_time_seed(seed_dossier, seed_by_prefix):
    cited = {c.article_id for s in seed_dossier.summary for c in s.citations}
    assert seed_by_prefix("002").id not in cited
    assert len({s.citations[0].article_id for s in seed_dossier.summary}) >= 3


def test_seed_002_is_flagged_out_of_time_with_evidence(seed_dossier, seed_by_prefix):
    late = [f for f in seed_dossier.flags if f.kind == "out-of-time"]
    assert [f.details["article_id"] for f in late] == [seed_by_prefix("002").id]
    flag = late[0]
    assert float(flag.details["score"]) >= 2.0
    assert len(flag.details["signals"].split(", ")) >= 2
    evidence = [_text([seed_by_prefix(p) for p in ("000", "001", "002", "003", "004")], c) for c in flag.evidence]
    assert any("45e président" in e for e in evidence)
    assert all(e.strip() for e in evidence)


def test_the_four_current_seeds_are_not_flagged(seed_dossier, seed_by_prefix):
    flagged = {f.details.get("article_id") for f in seed_dossier.flags if f.kind == "out-of-time"}
    for prefix in ("000", "001", "003", "004"):
        assert seed_by_prefix(prefix).id not in flagged


def test_trump_quote_is_one_row_carried_by_two_outlets(seed_dossier):
    rows = [q for q in seed_dossier.quotes if "nous allons nous parler" in q.wording]
    assert len(rows) == 1
    row = rows[0]
    assert row.speaker == "Donald Trump"
    assert len(row.outlets) >= 2 and len(row.citations) >= 2
    assert row.kind == "direct"
    assert seed_dossier.quotes[0].kind == "direct"  # direct quotes come first


def test_timeline_merges_same_day_across_sources_and_marks_background(seed_dossier):
    dates = [e.date for e in seed_dossier.timeline]
    assert dates == sorted(dates)
    valdai = [e for e in seed_dossier.timeline if e.date == "2024-11-07"]
    assert len(valdai) == 1 and len({c.article_id for c in valdai[0].citations}) >= 2
    background = dict(zip(dates, background_flags(seed_dossier.timeline)))
    assert background["2022-02-12"] is True
    assert background["2024-11-07"] is False


def test_dossier_counts_flags_and_sorts_entities_and_sources(seed_dossier, seed_articles):
    assert seed_dossier.story.flags == len(seed_dossier.flags)
    counts = [e["articles"] for e in seed_dossier.entities]
    assert counts == sorted(counts, reverse=True)
    assert {e["name"] for e in seed_dossier.entities[:4]} >= {"Donald Trump", "Vladimir Poutine"}
    assert len(seed_dossier.sources) == len(seed_articles)
    assert seed_dossier.sources[0].published is not None  # dated sources first
    assert Path(seed_dossier.sources[-1].source or "").name.startswith("00")


def test_sources_are_named_by_their_own_pages_or_by_their_file(seed_dossier, seed_articles):
    from recoupe.report import render

    outlets = {Path(s.source).name[:3]: s.outlet for s in seed_dossier.sources}
    assert outlets == {"000": "Cheetah.News", "001": "ThinkerViz", "002": None, "003": None, "004": None}
    markdown = render(seed_dossier, "md", articles=seed_articles)
    assert "**source inconnue** (003\\_4019d1bc32dbaeeb.txt) — Poutine prêt à dialoguer" in markdown
    assert ("Donald Trump n’écarte pas la possibilité d’un dialogue avec Vladimir Poutine "
            "_(titre tiré du premier paragraphe)_") in markdown
    assert markdown.count("titre tiré du premier paragraphe") == 1
