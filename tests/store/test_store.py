"""The SQLite store: migrations, WAL, idempotent writes, round trips."""

from __future__ import annotations

import sqlite3

from recoupe.store import Store
from recoupe.types import Article, Entity, Mention, PageError, Published, Quote, RawPage, RemovedBlock, Source, Story, Timex

TEXT = (
    "Le président russe Vladimir Poutine a adressé ses félicitations à Donald Trump.\n\n"
    "« Je suis prêt », a-t-il déclaré le 7 novembre 2024 à Sotchi."
)


def _article() -> Article:
    return Article(
        id="a1", source="seed.txt", text=TEXT, title="Poutine félicite Trump", outlet="Exemple",
        published=Published("2024-11-08", "byline", "Publié le 08 novembre 2024"), lang="fr",
        removed=[RemovedBlock("Partager :", "share", 3)],
        entities=[Entity("Vladimir Poutine", "PER", [Mention(19, 35, "Vladimir Poutine")], ["Poutine"])],
        quotes=[Quote("Je suis prêt", 83, 95, "direct", "Vladimir Poutine", 19, 35, "déclarer")],
        timexes=[Timex("le 7 novembre 2024", 114, 132, "2024-11-07", "DATE", "2024-11-08")],
        title_origin="page",
    )


def test_store_uses_wal_and_applies_migrations(tmp_path):
    path = tmp_path / "r.db"
    with Store(path) as store:
        assert store.schema_version >= 1
    assert sqlite3.connect(path).execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    with Store(path) as store:  # reopening applies nothing twice
        assert store.schema_version >= 1


def test_adding_the_same_page_twice_adds_nothing(tmp_path):
    page = RawPage(source="seed.txt", kind="dump", text="raw " + TEXT)
    with Store(tmp_path / "r.db") as store:
        assert store.add_article(page, _article()) is True
        assert store.add_article(page, _article()) is False
        assert store.article_count() == 1
        assert store.raw_page("a1") == "raw " + TEXT


def test_article_round_trips_with_annotations(tmp_path):
    with Store(tmp_path / "r.db") as store:
        store.add_article(RawPage(source="seed.txt", kind="dump", text=TEXT), _article())
    with Store(tmp_path / "r.db") as store:
        (article,) = store.articles()
    assert article == _article()
    assert article.text[article.quotes[0].start:article.quotes[0].end] == "Je suis prêt"


def test_a_derived_title_keeps_its_origin(tmp_path):
    article = _article()
    article.title, article.title_origin = "Le président russe Vladimir Poutine a adressé ses félicitations", "lede"
    with Store(tmp_path / "r.db") as store:
        store.add_article(RawPage(source="seed.txt", kind="dump", text=TEXT), article)
    with Store(tmp_path / "r.db") as store:
        (stored,) = store.articles()
    assert (stored.title, stored.title_origin) == (article.title, "lede")


def test_full_text_search_finds_an_article(tmp_path):
    with Store(tmp_path / "r.db") as store:
        store.add_article(RawPage(source="seed.txt", kind="dump", text=TEXT), _article())
        assert store.search("Sotchi") == ["a1"]
        assert store.search("Washington") == []


def test_stories_relations_and_failures_persist(tmp_path):
    with Store(tmp_path / "r.db") as store:
        store.add_article(RawPage(source="seed.txt", kind="dump", text=TEXT), _article())
        store.save_relations([Source("a1", "t", "o", "2024-11-08", "original")])
        store.save_story(Story("s-1", "Poutine et Trump", ["a1"], "2024-11-08", "2024-11-08", ["Vladimir Poutine"], 1))
        store.add_failure(PageError("bad.bin", "ingest", "binary file"))
        store.set_state("k", {"x": [1, 2]})
    with Store(tmp_path / "r.db") as store:
        assert store.relations() == {"a1": ("original", None, None)}
        (story,) = store.stories()
        assert story.article_ids == ["a1"] and story.flags == 1
        assert store.failures()[0].reason == "binary file"
        assert store.get_state("k") == {"x": [1, 2]}


def test_a_failed_write_leaves_stored_data_untouched(tmp_path):
    with Store(tmp_path / "r.db") as store:
        store.add_article(RawPage(source="seed.txt", kind="dump", text=TEXT), _article())
        broken = _article()
        broken.id = "a2"
        broken.text = None  # NOT NULL violation inside the transaction
        try:
            store.add_article(RawPage(source="other.txt", kind="dump", text=TEXT), broken)
        except sqlite3.IntegrityError:
            pass
        assert [a.id for a in store.articles()] == ["a1"]
        assert store.raw_page("a2") is None


def test_an_absorbed_story_is_deleted_and_its_articles_stay_with_the_survivor(tmp_path):
    with Store(tmp_path / "r.db") as store:
        store.add_article(RawPage(source="seed.txt", kind="dump", text=TEXT), _article())
        store.save_story(Story("s-old", "Ancienne", ["a1"]))
        store.save_dossier("s-old", {"story": {"id": "s-old"}})
        store.save_story(Story("s-new", "Nouvelle", ["a1"]))
        store.delete_story("s-old")
        assert [(s.id, s.article_ids) for s in store.stories()] == [("s-new", ["a1"])]
        assert store.dossier_data("s-old") is None


def test_roles_and_reference_dates_round_trip_through_the_store(tmp_path):
    from recoupe.store import Store
    from recoupe.types import Article, Published, RawPage, RoleBinding

    article = Article(id="r1", source="page.txt", text="Texte.", roles=[RoleBinding("président|russie", "Vladimir Poutine", 0, 16)],
                      reference=Published("2024-11-08", "story", "date médiane"))
    with Store(tmp_path / "r.db") as store:
        store.add_article(RawPage(source="page.txt", kind="dump", text="Texte."), article)
        (loaded,) = store.articles(["r1"])
    assert loaded.roles == article.roles and loaded.reference == article.reference and loaded.published is None
