"""Lineage on real French articles: copies and rewrites point to the earliest version."""

from __future__ import annotations

from recoupe.reuse.lineage import ReuseItem, analyse_reuse, duplicate_groups, find_relations


def _relations(items: list[ReuseItem]) -> dict[str, tuple[str, str | None]]:
    return {s.article_id: (s.relation, s.of) for s in find_relations(items)}


def test_exact_and_near_copies_point_to_the_earliest_version(article_paragraphs, other_paragraphs):
    text = "\n\n".join(article_paragraphs)
    near = "\n\n".join(article_paragraphs[:-1]).replace("Poutine", "Poutin", 1)
    items = [
        ReuseItem("later-original", text, published="2024-11-09"),
        ReuseItem("exact-copy", text.upper(), published="2024-11-10T08:00:00"),
        ReuseItem("near-copy", near, published=None),
        ReuseItem("first", text, published="2024-11-08T14:05:00"),
        ReuseItem("other", "\n\n".join(other_paragraphs), published="2024-11-01"),
    ]
    relations = _relations(items)
    assert relations["first"] == ("original", None)
    assert relations["later-original"] == ("copy", "first")
    assert relations["exact-copy"] == ("copy", "first")
    assert relations["near-copy"] == ("copy", "first")
    assert relations["other"] == ("original", None)
    assert duplicate_groups(items) == [["first", "later-original", "exact-copy", "near-copy"]]


def test_rewrite_reusing_half_the_paragraphs_is_a_rewrite_with_passages(article_paragraphs, seed_text):
    half = article_paragraphs[: len(article_paragraphs) // 2 + 1]
    new = [p for p in seed_text("003").split("\n") if len(p.split()) >= 25][:2]
    rewrite = "\n\n".join(half + new)
    items = [ReuseItem("source", "\n\n".join(article_paragraphs), published="2024-11-08"),
             ReuseItem("rewrite", rewrite, published="2024-11-09")]
    report = analyse_reuse(items)
    (source,) = [s for s in report.sources if s.article_id == "rewrite"]
    assert (source.relation, source.of) == ("rewrite", "source")
    assert 0.3 <= source.similarity < 0.9
    evidence = report.passages["rewrite"]
    assert evidence and all(rewrite[p.a_start : p.a_end] in "\n\n".join(article_paragraphs) for p in evidence)


def test_an_excerpt_of_an_earlier_article_is_a_copy(article_paragraphs):
    items = [ReuseItem("full", "\n\n".join(article_paragraphs), published="2024-11-08"),
             ReuseItem("excerpt", "\n\n".join(article_paragraphs[:2]), published="2024-11-09")]
    assert _relations(items)["excerpt"] == ("copy", "full")


def test_unrelated_articles_about_the_same_story_are_originals(seed_text):
    items = [ReuseItem(f"seed-{n}", seed_text(n), published=None) for n in ("000", "001", "002", "003", "004")]
    assert {relation for relation, _ in _relations(items).values()} == {"original"}


def test_relations_do_not_depend_on_input_order(article_paragraphs, other_paragraphs):
    text = "\n\n".join(article_paragraphs)
    items = [ReuseItem("a", text), ReuseItem("b", text + "\n\nPublicité"), ReuseItem("c", text.lower()),
             ReuseItem("d", "\n\n".join(other_paragraphs)), ReuseItem("e", "\n\n".join(article_paragraphs[:3]))]
    forward = [(s.article_id, s.relation, s.of, s.similarity) for s in find_relations(items)]
    backward = [(s.article_id, s.relation, s.of, s.similarity) for s in find_relations(items[::-1])]
    assert forward == backward
    # undated ties are broken by id: "a" is the earliest version
    assert {row[0]: row[2] for row in forward}["c"] == "a"


def test_an_article_given_twice_is_reported_once(article_paragraphs):
    item = ReuseItem("same", "\n\n".join(article_paragraphs))
    report = analyse_reuse([item, item])
    assert [s.article_id for s in report.sources] == ["same"]
    assert report.notes == ["same: given 2 times, one kept"]


def test_empty_texts_are_originals_not_copies_of_each_other():
    relations = _relations([ReuseItem("x", ""), ReuseItem("y", "  ")])
    assert relations == {"x": ("original", None), "y": ("original", None)}
