"""Entities per article and canonical names across a corpus."""

from __future__ import annotations

import random

from recoupe.nlp.entities import canonicalize, entities_from_doc
from recoupe.types import Article, Entity, Mention, Quote


def _names(entities):
    return {entity.name: entity for entity in entities}


def test_surname_joins_the_full_name_within_an_article(fr_nlp):
    doc = fr_nlp("Emmanuel Macron est arrivé à Berlin. Macron a ensuite rencontré Olaf Scholz.")
    entities = _names(entities_from_doc(doc))
    assert "Macron" not in entities
    macron = entities["Emmanuel Macron"]
    assert macron.type == "PER" and [m.text for m in macron.mentions] == ["Emmanuel Macron", "Macron"]
    assert macron.aliases == ["Macron"]


def test_titles_and_honorifics_are_not_part_of_the_name(fr_nlp):
    doc = fr_nlp("« Rien ne va », affirme M. Dupont. Le ministre de l'Intérieur, Gérald Darmanin, a réagi.")
    names = {entity.name for entity in entities_from_doc(doc)}
    assert "Dupont" in names and "Gérald Darmanin" in names
    assert not any(name.startswith(("M.", "ministre", "le ")) for name in names)


def test_kremlin_speaking_is_an_organisation(fr_nlp):
    doc = fr_nlp("Le Kremlin a annoncé vendredi une rencontre avec Washington.")
    assert _names(entities_from_doc(doc))["Kremlin"].type == "ORG"


def test_dolnald_trump_is_canonicalised_to_donald_trump_across_seeds(seed_articles):
    names = {entity.name for entity in seed_articles["004"].entities}
    assert "Dolnald Trump" not in names
    trump = next(e for e in seed_articles["004"].entities if e.name == "Donald Trump")
    assert "Dolnald Trump" in trump.aliases


def test_poutine_is_merged_into_vladimir_poutine_across_seeds(seed_articles):
    for article in seed_articles.values():
        names = {entity.name for entity in article.entities}
        assert "Poutine" not in names
    assert any("Poutine" in e.aliases for e in seed_articles["001"].entities if e.name == "Vladimir Poutine")


def _article(key: str, *entities: tuple[str, str, int], quotes=()) -> Article:
    built = [
        Entity(name=name, type=kind, mentions=[Mention(i * 10, i * 10 + len(name), name) for i in range(count)])
        for name, kind, count in entities
    ]
    return Article(id=key, source=key, text="", entities=built, quotes=list(quotes))


def test_two_frequent_people_sharing_a_surname_stay_apart():
    articles = [
        _article("a", ("Marine Le Pen", "PER", 4), ("Jean-Marie Le Pen", "PER", 3)),
        _article("b", ("Jean Dupont", "PER", 4)),
        _article("c", ("Jeanne Dupont", "PER", 4), ("Le Pen", "PER", 1)),
    ]
    canonicalize(articles)
    names = {entity.name for article in articles for entity in article.entities}
    assert {"Marine Le Pen", "Jean-Marie Le Pen", "Jean Dupont", "Jeanne Dupont", "Le Pen"} == names


def test_rare_typo_joins_a_much_more_frequent_name_and_quotes_follow():
    quote = Quote("Nous verrons", 0, 12, "direct", speaker="Dolnald Trump")
    articles = [
        _article("a", ("Donald Trump", "PER", 6)),
        _article("b", ("Dolnald Trump", "PER", 1), quotes=[quote]),
    ]
    canonicalize(articles)
    assert articles[1].entities[0].name == "Donald Trump"
    assert quote.speaker == "Donald Trump"


def test_accent_and_case_variants_join_under_the_most_frequent_spelling():
    articles = [
        _article("a", ("Etats-Unis", "LOC", 1)),
        _article("b", ("États-Unis", "LOC", 5)),
        _article("c", ("ÉTATS-UNIS", "LOC", 1)),
    ]
    canonicalize(articles)
    assert {article.entities[0].name for article in articles} == {"États-Unis"}


def test_canonical_names_do_not_depend_on_article_order():
    def build():
        return [
            _article("a", ("Vladimir Poutine", "PER", 5)),
            _article("b", ("Poutine", "PER", 3)),
            _article("c", ("Dolnald Trump", "PER", 1), ("Trump", "PER", 2)),
            _article("d", ("Donald Trump", "PER", 7)),
        ]

    reference = build()
    canonicalize(reference)
    expected = {a.id: sorted(e.name for e in a.entities) for a in reference}
    for seed in range(5):
        shuffled = build()
        random.Random(seed).shuffle(shuffled)
        canonicalize(shuffled)
        assert {a.id: sorted(e.name for e in a.entities) for a in shuffled} == expected
    assert expected == {"a": ["Vladimir Poutine"], "b": ["Vladimir Poutine"], "c": ["Donald Trump"], "d": ["Donald Trump"]}


def test_a_one_letter_slip_in_a_surname_joins_the_frequent_spelling(fr_nlp):
    from recoupe.nlp.entities import canonicalize, entities_from_doc
    from recoupe.types import Article

    texts = ["La préfète Hélène Marchais a visité le site jeudi."] * 4 + [
        "La préfète Hélène Marchait a assuré jeudi que la situation était maîtrisée."]
    articles = []
    for index, text in enumerate(texts):
        article = Article(id=f"a{index}", source=f"s{index}", text=text, lang="fr")
        article.entities = entities_from_doc(fr_nlp(text))
        articles.append(article)
    canonicalize(articles)
    names = {entity.name for article in articles for entity in article.entities if entity.type == "PER"}
    assert names == {"Hélène Marchais"}
