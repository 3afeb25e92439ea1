"""Store tables of outlet templates: page lines and learned templates survive a reopen."""

from __future__ import annotations

from recoupe.clean.templates import PageLines, Template, line_key
from recoupe.store import Store
from recoupe.types import Article, RawPage, RemovedBlock

TEXT = ("La médiathèque municipale de Valmont a rouvert ses portes samedi.\n\n"
        "Le service jeunesse du Journal du Val")


def _article(article_id: str = "a1") -> Article:
    return Article(id=article_id, source=f"{article_id}.txt", text=TEXT, title="Médiathèque",
                   outlet="Le Journal du Val", lang="fr")


def test_page_lines_are_stored_with_the_article_and_read_back_newest_last(tmp_path):
    with Store(tmp_path / "r.db") as store:
        for number in (1, 2, 3):
            lines = PageLines(f"a{number}", ["Accueil", f"Ligne {number}"], [False, True])
            store.add_article(RawPage(f"a{number}.txt", "dump", "raw"), _article(f"a{number}"), lines=lines)
    with Store(tmp_path / "r.db") as store:
        assert store.schema_version >= 2
        recent = store.page_lines("Le Journal du Val", limit=2)
    assert [page.article_id for page in recent] == ["a2", "a3"]
    assert recent[1].lines == ["Accueil", "Ligne 3"] and recent[1].kept == [False, True]


def test_a_template_round_trips_with_its_lines_and_places(tmp_path):
    template = Template("Le Journal du Val", articles=3,
                        lines={line_key("Accueil"): ("Accueil", 3)},
                        edge_lines={line_key("Abonnez-vous."): ("Abonnez-vous.", 2)})
    with Store(tmp_path / "r.db") as store:
        store.save_template(template)
        store.save_template(template)  # saving again replaces, never duplicates
    with Store(tmp_path / "r.db") as store:
        assert store.template_keys() == {"Le Journal du Val": template.keys}
        (read,) = store.templates("Le Journal du Val")
    assert read.lines == template.lines and read.edge_lines == template.edge_lines and read.articles == 3


def test_updating_an_article_text_rewrites_the_search_index(tmp_path):
    with Store(tmp_path / "r.db") as store:
        article = _article()
        store.add_article(RawPage("a1.txt", "dump", "raw"), article)
        article.text = TEXT.split("\n\n")[0]
        article.removed = [RemovedBlock("Le service jeunesse du Journal du Val", "outlet-template")]
        store.update_article_text(article)
        assert store.search("jeunesse") == []
        assert store.search("médiathèque") == ["a1"]
        (stored,) = store.articles()
    assert stored.text == article.text and stored.removed[0].reason == "outlet-template"
