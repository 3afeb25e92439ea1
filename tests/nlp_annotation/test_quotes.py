"""Quote extraction and attribution on the seeds and on small French texts."""

from __future__ import annotations

import pytest

from recoupe.nlp.quote_marks import find_quote_spans


def _quote_containing(article_or_quotes, fragment: str):
    quotes = getattr(article_or_quotes, "quotes", article_or_quotes)
    found = [quote for quote in quotes if fragment in quote.text]
    assert found, f"no quote contains {fragment!r}: {[q.text[:40] for q in quotes]}"
    return min(found, key=lambda quote: len(quote.text))


def test_seed_004_je_pense_is_donald_trump_once_names_are_canonical(seed_articles):
    quote = _quote_containing(seed_articles["004"], "Je pense que nous allons nous parler")
    assert quote.kind == "direct"
    assert quote.speaker == "Donald Trump"


def test_seed_004_postposed_a_t_il_explique_resolves_to_vladimir_poutine(seed_articles):
    quote = _quote_containing(seed_articles["004"], "Je ne le fais pas")
    assert (quote.speaker, quote.verb, quote.kind) == ("Vladimir Poutine", "expliquer", "direct")
    article = seed_articles["004"]
    assert article.text[quote.speaker_start:quote.speaker_end] in ("Vladimir Poutine", "Poutine")


def test_seed_000_preposed_participle_declarant_gives_poutine(seed_articles):
    quote = _quote_containing(seed_articles["000"], "Si quelqu'un veut reprendre contact")
    assert quote.speaker == "Vladimir Poutine"
    assert quote.verb == "déclarer"
    assert quote.text.endswith("Je suis prêt.")


def test_seed_001_a_t_il_ajoute_resolves_to_poutine(seed_articles):
    quote = _quote_containing(seed_articles["001"], "Nous travaillerons avec tout chef")
    assert (quote.speaker, quote.verb) == ("Vladimir Poutine", "ajouter")


def test_quote_offsets_index_the_article_text(seed_articles):
    for article in seed_articles.values():
        for quote in article.quotes:
            assert article.text[quote.start:quote.end] == quote.text


def test_indirect_speech_is_the_clause_after_que(annotate):
    _, quotes = annotate("Le ministre Bruno Le Maire a affirmé mardi que la croissance resterait faible cette année.")
    quote = _quote_containing(quotes, "la croissance")
    assert quote.kind == "indirect"
    assert quote.text == "la croissance resterait faible cette année"
    assert quote.speaker == "Bruno Le Maire" and quote.verb == "affirmer"


def test_inline_selon_x_attributes_the_clause(annotate):
    _, quotes = annotate("Selon Jean Dupont, la grève devrait durer jusqu'à la fin de la semaine.")
    quote = _quote_containing(quotes, "la grève")
    assert (quote.kind, quote.speaker, quote.verb) == ("indirect", "Jean Dupont", "selon")


def test_postposed_selon_after_a_quote_names_the_speaker(annotate):
    _, quotes = annotate("Marie Martin est arrivée. « Nous ne céderons rien sur les salaires », selon la syndicaliste Sophie Binet.")
    quote = _quote_containing(quotes, "Nous ne céderons rien")
    assert quote.speaker == "Sophie Binet" and quote.verb == "selon"


def test_scare_quoted_word_with_a_speaker_is_mixed(annotate):
    _, quotes = annotate("Emmanuel Macron a affirmé être « prêt » à discuter avec les syndicats.")
    quote = _quote_containing(quotes, "prêt")
    assert (quote.kind, quote.speaker) == ("mixed", "Emmanuel Macron")


def test_pronoun_in_incise_goes_to_the_previous_subject(annotate):
    text = ("Angela Merkel a rencontré les ouvriers jeudi. Elle a salué leur courage. "
            "« Vous êtes l'avenir de ce pays », a-t-elle lancé.")
    _, quotes = annotate(text)
    assert _quote_containing(quotes, "Vous êtes l'avenir").speaker == "Angela Merkel"


@pytest.mark.parametrize(("text", "fragment", "speaker"), [
    # the parser reads the inverted subject of an incise as an object
    ("Le ministre a parlé d'un retard. Un décalage dû à « une remontée d'informations tardive », "
     "explique une source au quotidien.", "une remontée", "une source au quotidien"),
    # any verb right after the quotation is an incise, its subject after it
    ("Le marché est resté fermé. « Tout est fermé », se désespéraient ainsi mercredi deux touristes "
     "espagnols interrogés par l'AFP.", "Tout est fermé", "deux touristes espagnols"),
    # a name after "à l'" is a complement, not the speaker
    ("La police a compté 10 000 manifestants. « Le grand débat n'aboutira à rien », a dit à l'AFP "
     "Paul Merluzzo, 56 ans, manifestant à Nancy.", "Le grand débat", "Paul Merluzzo"),
])
def test_inverted_subject_of_an_incise_is_the_speaker(annotate, text, fragment, speaker):
    _, quotes = annotate(text)
    assert _quote_containing(quotes, fragment).speaker == speaker


def test_a_role_names_the_one_person_bound_to_a_more_general_form_of_it(annotate):
    text = ("Le président Emmanuel Macron a réuni les maires à l'Élysée jeudi. "
            "« Notre pays a besoin de calme », a déclaré vendredi à Bruxelles le président français.")
    _, quotes = annotate(text)
    assert _quote_containing(quotes, "Notre pays").speaker == "Emmanuel Macron"


def test_quoted_label_without_speaker_is_not_a_quote(annotate):
    _, quotes = annotate('Des "gilets jaunes" ont bloqué un rond-point près de Rouen samedi matin.')
    assert not any("gilets jaunes" in quote.text for quote in quotes)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Il a dit « bonjour » puis « au revoir ».", ["bonjour", "au revoir"]),
        ("« Le mot “crise” est trop fort », dit-il.", ["Le mot “crise” est trop fort"]),
        ('Il a lancé "Allez !" et "Vite".', ["Allez !", "Vite"]),
        ("Une marque « ouverte\nsur deux lignes » est ignorée.", []),
    ],
)
def test_quote_marks_pair_outermost_within_a_line(text, expected):
    assert [text[span.start:span.end] for span in find_quote_spans(text)] == expected


@pytest.mark.shared
def test_a_document_whose_author_is_a_role_pointing_back_does_not_recurse_forever(annotate, corpora):
    """Le Figaro, gilets jaunes: a document noun's complement is a role whose pronoun resolution
    reached the document again; the speaker search has to stop (it raised RecursionError)."""
    from recoupe.eval.press_fr import articles_by_key

    key = "press-fr:Francais/France/Corpus/GJLeFigURL#34"
    _, quotes = annotate(articles_by_key(corpora, {key})[key].text)
    assert len(quotes) >= 20
