"""Names across documents: typos, transliterations, glued words, and people who share a surname."""

from __future__ import annotations

from recoupe.nlp.entities import canonicalize
from recoupe.lang.fr.first_names import gender_of_name
from recoupe.nlp.entity_canon import head_key, transliteration_key
from recoupe.nlp.roles import Role, best_binding, resolve_story_roles
from recoupe.types import Article, Entity, Mention, Quote, RoleBinding


def _article(number: int, *names: tuple[str, str, int]) -> Article:
    entities = [Entity(name, kind, [Mention(0, len(name), name)] * count) for name, kind, count in names]
    return Article(id=f"a{number}", source=f"a{number}", text="", entities=entities)


def _canonical(articles: list[Article]) -> dict[str, str]:
    before = [[e.name for e in a.entities] for a in articles]
    canonicalize(articles)
    return {old: new.name for names, article in zip(before, articles) for old, new in zip(names, article.entities)}


def test_transliterations_share_a_key_but_feminine_forms_do_not():
    assert transliteration_key("poutine") == transliteration_key("putin") == transliteration_key("putine")
    assert transliteration_key("zelensky") == transliteration_key("zelenski")


def test_a_rare_transliteration_joins_the_usual_one():
    articles = [_article(1, ("Vladimir Poutine", "PER", 5)), _article(2, ("Vladimir Putin", "PER", 1)),
                _article(3, ("Vladimir Poutine", "PER", 3))]
    assert _canonical(articles)["Vladimir Putin"] == "Vladimir Poutine"


def test_marine_and_jean_marie_le_pen_stay_two_people_and_le_pen_alone_joins_neither_wrongly():
    articles = [_article(1, ("Marine Le Pen", "PER", 6)), _article(2, ("Jean-Marie Le Pen", "PER", 4)),
                _article(3, ("Marine Le Pen", "PER", 2), ("Le Pen", "PER", 1))]
    names = _canonical(articles)
    assert names["Marine Le Pen"] != names["Jean-Marie Le Pen"]


def test_a_word_glued_before_a_name_joins_the_name_and_never_names_it():
    articles = [_article(1, ("Bruno Le Maire", "PER", 4)), _article(2, ("Économie Bruno Le Maire", "PER", 1)),
                _article(3, ("Colonel Arnaud Beltrame", "PER", 2)), _article(4, ("Arnaud Beltrame", "PER", 1))]
    names = _canonical(articles)
    assert names["Économie Bruno Le Maire"] == "Bruno Le Maire"
    assert names["Colonel Arnaud Beltrame"] == "Arnaud Beltrame"


def test_an_organisation_is_one_with_or_without_its_article_and_elision():
    articles = [_article(1, ("l’Éducation nationale", "ORG", 2)), _article(2, ("Éducation nationale", "ORG", 3)),
                _article(3, ("La Compagnie du Lit", "ORG", 1)), _article(4, ("Compagnie du Lit", "ORG", 1))]
    names = _canonical(articles)
    assert names["l’Éducation nationale"] == names["Éducation nationale"]
    assert names["La Compagnie du Lit"] == names["Compagnie du Lit"]


def test_one_letter_in_a_long_word_is_a_slip_but_not_in_a_first_name():
    articles = [_article(1, ("Franck Sailliot", "PER", 1)), _article(2, ("Franck Saillot", "PER", 1)),
                _article(3, ("Jean Martin", "PER", 1)), _article(4, ("Jeanne Martin", "PER", 1))]
    names = _canonical(articles)
    assert names["Franck Sailliot"] == names["Franck Saillot"]
    assert names["Jean Martin"] != names["Jeanne Martin"]


def test_a_title_fits_the_binding_that_holds_its_modifiers_and_clashes_with_another_country():
    elected = Role.from_key("président|élu|états-unis")
    assert elected.fits(Role.from_key("président|élu|états-unis"))
    assert not elected.fits(Role.from_key("président|actuel|états-unis"))
    assert elected.clashes(Role.from_key("président|actuel|états-unis"))
    assert Role.from_key("président|russie").clashes(Role.from_key("président|états-unis"))
    bindings = [(Role.from_key("président|élu|états-unis"), "Donald Trump"), (Role.from_key("président|russie"), "Vladimir Poutine")]
    assert best_binding(elected, bindings) == "Donald Trump"
    assert best_binding(Role.from_key("président"), bindings) is None  # two people fit: nobody is chosen


def test_a_speaker_left_as_a_title_is_named_by_another_article_of_the_story():
    titled = Article(id="a", source="a", text="", quotes=[
        Quote("…", 0, 1, "mixed", speaker="Le nouveau président américain", speaker_role="président|élu|états-unis")])
    naming = Article(id="b", source="b", text="", roles=[RoleBinding("président|élu|états-unis", "Donald Trump", 0, 12)])
    assert resolve_story_roles([titled, naming]) == [titled]
    assert titled.quotes[0].speaker == "Donald Trump"


def test_person_heads_drop_leading_titles_and_stray_symbols_but_keep_their_article():
    assert head_key("Commissaire Neyret", "PER") == "neyret"
    assert head_key("Lieutenant-colonel Beltrame", "PER") == "beltrame"
    assert head_key("M. Di Maio", "PER") == "di maio"
    assert head_key("Trump+", "PER") == "trump"
    assert head_key("Le Pen", "PER") == "le pen"
    assert head_key("Saint-Exupéry", "PER") == "saint exupery"


def test_titled_surname_joins_the_full_name_across_articles():
    names = _canonical([_article(1, ("Michel Neyret", "PER", 5)), _article(2, ("Commissaire Neyret", "PER", 1))])
    assert names["Commissaire Neyret"] == "Michel Neyret"


def test_first_names_mined_from_the_press_corpus_carry_a_gender():
    assert gender_of_name("Angela Merkel") == "Fem"
    assert gender_of_name("Emmanuel Macron") == "Masc"
    assert gender_of_name("Zzyzx Inconnu") is None
