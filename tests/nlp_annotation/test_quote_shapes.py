"""Quote spans and kinds on small French texts: incises, continuations, reported clauses, labels."""

from __future__ import annotations

import pytest

from recoupe.nlp.quote_marks import find_quote_spans, join_incise_pairs


def _texts(quotes):
    return [(quote.kind, quote.text) for quote in quotes]


def test_a_quotation_split_by_an_incise_is_one_quote(annotate):
    _, quotes = annotate("« Nous ne céderons pas », a déclaré Jean Dupont, « ni demain ni après ».")
    assert _texts(quotes) == [("direct", "Nous ne céderons pas », a déclaré Jean Dupont, « ni demain ni après")]
    assert quotes[0].speaker == "Jean Dupont"


def test_a_paragraph_opened_and_not_closed_continues_the_quotation():
    text = "« Nous sommes là et nous resterons là jusqu'au bout.\n\n« Et personne ne nous fera partir. »"
    assert [text[s.start:s.end] for s in find_quote_spans(text)] == [
        "Nous sommes là et nous resterons là jusqu'au bout.", "Et personne ne nous fera partir."]


def test_two_sentences_with_their_own_incises_stay_two_quotes():
    text = "« C'est fini. », dit-il. « Vraiment », ajoute-t-il."
    spans = find_quote_spans(text)
    assert len(join_incise_pairs(text, spans, lambda position: True)) == 2


@pytest.mark.parametrize(("text", "clause", "speaker"), [
    ("Marie Durand affirme avoir reçu des menaces depuis lundi.", "avoir reçu des menaces depuis lundi", "Marie Durand"),
    ("Le ministre Paul Martin s'est dit prêt à rencontrer les syndicats.", "prêt à rencontrer les syndicats", "Paul Martin"),
    ("Le parquet a réitéré sa position selon laquelle l'enquête doit se poursuivre.", "l'enquête doit se poursuivre", "parquet"),
    ("La manifestation a réuni 5 000 personnes, a indiqué la préfecture.", "La manifestation a réuni 5 000 personnes", "préfecture"),
    ("Pour Jean Dupont, la réforme est une erreur.", "la réforme est une erreur", "Jean Dupont"),
])
def test_reported_clauses_without_marks_are_indirect_quotes(annotate, text, clause, speaker):
    _, quotes = annotate(text)
    found = [quote for quote in quotes if quote.text == clause]
    assert found and found[0].kind == "indirect", _texts(quotes)
    assert speaker.lower() in (found[0].speaker or "").lower()


def test_quoted_words_inside_a_reported_clause_make_one_mixed_quote(annotate):
    _, quotes = annotate("Le syndicat estime que la réforme « n'est pas acceptable » en l'état.")
    assert _texts(quotes) == [("mixed", "la réforme « n'est pas acceptable » en l'état")]


def test_a_direct_quote_after_an_indirect_clause_and_a_colon_is_its_own_quote(annotate):
    _, quotes = annotate("Jean Dupont a laissé entendre qu'une rencontre aurait lieu : « Je pense que nous allons nous voir ».")
    assert _texts(quotes) == [("indirect", "une rencontre aurait lieu"), ("direct", "Je pense que nous allons nous voir")]
    assert {quote.speaker for quote in quotes} == {"Jean Dupont"}


def test_a_name_in_quote_marks_is_no_quote(annotate):
    _, quotes = annotate("Le mouvement des « gilets jaunes » a manifesté samedi à Paris.")
    assert quotes == []


def test_an_incise_verb_of_manner_with_inversion_attributes_the_quote(annotate):
    _, quotes = annotate("Isabelle Morel est venue place de la Concorde. « C'est le peuple », sourit-elle.")
    assert quotes[0].speaker == "Isabelle Morel"


def test_a_role_names_the_person_the_article_gave_it(annotate):
    text = ("Le président élu des États-Unis, Donald Trump, a parlé à Vladimir Poutine. "
            "Le président russe Vladimir Poutine a répondu. Le président américain élu a déclaré qu'il avait de bonnes relations avec Moscou.")
    _, quotes = annotate(text)
    assert [q.speaker for q in quotes if "bonnes relations" in q.text] == ["Donald Trump"]


def test_a_typo_of_a_name_joins_the_name_within_the_article(annotate):
    entities, quotes = annotate("Donald Trump a gagné. Donald Trump a parlé. Dolnald Trump affirme avoir eu des discussions avec 70 dirigeants.")
    assert [e.name for e in entities if "rump" in e.name] == ["Donald Trump"]
    assert quotes[0].speaker == "Donald Trump"
