"""French time expressions: detection and resolution against the page's date."""

from __future__ import annotations

import pytest

from recoupe.nlp.timexes import extract_timexes, sentence_tense

FRIDAY = "2024-11-08"


def only(text: str, *, anchor: str | None = FRIDAY):
    """The single timex of a short text."""
    found = extract_timexes(text, anchor=anchor)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "anchor", "value", "kind"),
    [
        ("Il a parlé le 7 novembre à la presse.", FRIDAY, "2024-11-07", "DATE"),
        ("Le président s'est exprimé ce lundi devant les députés.", FRIDAY, "2024-11-04", "DATE"),
        ("Hier, le Kremlin a réagi.", FRIDAY, "2024-11-07", "DATE"),
        ("Les ventes ont chuté en juillet.", FRIDAY, "2024-07", "DATE"),
        ("Il a été arrêté il y a deux semaines.", FRIDAY, "2024-10-25", "DATE"),
        ("Le dernier entretien remonte au 12 février 2022.", FRIDAY, "2022-02-12", "DATE"),
        ("L'usine a fermé en 1991.", FRIDAY, "1991", "DATE"),
        ("Il a démissionné vendredi dernier.", FRIDAY, "2024-11-01", "DATE"),
        ("Il reviendra lundi prochain.", FRIDAY, "2024-11-11", "DATE"),
        ("Le sommet aura lieu en juillet.", FRIDAY, "2025-07", "DATE"),
        ("La réunion s'est tenue la semaine dernière.", FRIDAY, "2024-W44", "DATE"),
        ("Les recettes ont baissé l'an dernier.", FRIDAY, "2023", "DATE"),
        ("Les taux resteront bas le mois prochain.", FRIDAY, "2024-12", "DATE"),
        ("La décision sera rendue dans deux mois.", FRIDAY, "2025-01", "DATE"),
        ("Il a été libéré il y a 3 jours.", FRIDAY, "2024-11-05", "DATE"),
        ("Les faits remontent au 7/11/2024.", FRIDAY, "2024-11-07", "DATE"),
        ("La crise a marqué les années 1990.", FRIDAY, "199X", "DATE"),
        ("Il a vu des progrès depuis le XIXe siècle.", FRIDAY, "18XX", "DATE"),
        ("La loi entrera en vigueur début 2023.", FRIDAY, "2023", "DATE"),
        ("Il a été opéré avant-hier.", FRIDAY, "2024-11-06", "DATE"),
        ("Le procès s'ouvrira après-demain.", FRIDAY, "2024-11-10", "DATE"),
        ("Ils ont marché pendant deux semaines.", FRIDAY, "P2W", "DURATION"),
        ("Le village existe depuis 200 ans.", FRIDAY, "P200Y", "DURATION"),
        ("Le conflit dure depuis vingt-quatre mois.", FRIDAY, "P24M", "DURATION"),
        ("Il a devancé Irvine de 30,4 secondes.", FRIDAY, "PT30.4S", "DURATION"),
        ("Il appelait chaque semaine.", FRIDAY, "P1W", "SET"),
        ("Le marché ouvre tous les jours.", FRIDAY, "P1D", "SET"),
        ("Le club se réunit tous les jeudis.", FRIDAY, "XXXX-WXX-4", "SET"),
        ("Le vote a eu lieu à 14h05.", FRIDAY, "2024-11-08T14:05", "TIME"),
        ("Le vote a eu lieu à 14 h.", FRIDAY, "2024-11-08T14:00", "TIME"),
        ("Le cortège est parti à midi.", FRIDAY, "2024-11-08T12:00", "TIME"),
        ("Il est arrivé ce matin à la gare.", FRIDAY, "2024-11-08TMO", "TIME"),
        ("Le magasin ferme à Noël 2023.", FRIDAY, "2023-12-25", "DATE"),
        ("Le film est sorti à Pâques 2024.", FRIDAY, "2024-03-31", "DATE"),
    ],
)
def test_expression_resolves_against_the_anchor(text, anchor, value, kind):
    timex = only(text, anchor=anchor)
    assert (timex.value, timex.type) == (value, kind)


def test_relative_expression_records_its_anchor_and_absolute_one_does_not():
    relative, absolute = extract_timexes("Hier, il a rappelé le 12 février 2022.", anchor=FRIDAY)
    assert relative.anchor == FRIDAY
    assert absolute.anchor is None


@pytest.mark.parametrize("text", ["hier", "le 7 novembre", "ce lundi", "en juillet", "il y a deux semaines"])
def test_relative_expression_without_anchor_keeps_its_text_and_no_value(text):
    timex = only(text, anchor=None)
    assert timex.value is None
    assert timex.text.lower() in text


def test_spans_point_at_the_expression_in_the_text():
    text = "Selon l'AFP, le vote a eu lieu le 5 novembre 2024 à Washington."
    (timex,) = extract_timexes(text, anchor=FRIDAY)
    assert text[timex.start:timex.end] == timex.text == "le 5 novembre 2024"


def test_preposition_stays_outside_the_span_of_a_year():
    assert only("en 1991").text == "1991"


@pytest.mark.parametrize(
    "text",
    [
        "Il totalise 295 grands électeurs sur les 270 nécessaires.",
        "La sonde a photographié Mars depuis son orbite.",
        "Le budget atteint 2000 euros par an et par personne.",
        "Jean Burget, 87 ans, a été heurté par une voiture.",
        "Un chauffeur de 38 ans a été agressé.",
        "Il a été élu en mai 2022.",
    ],
)
def test_false_friends_are_not_taken_for_dates(text):
    found = [t.text for t in extract_timexes(text, anchor=FRIDAY)]
    assert "Mars" not in found and "295" not in found and "2000" not in found
    assert not any("ans" in f for f in found)


def test_month_alone_needs_a_cue_when_it_is_ambiguous():
    assert [t.value for t in extract_timexes("Le robot roule sur Mars.", anchor=FRIDAY)] == []
    assert [t.value for t in extract_timexes("Les travaux ont commencé en mars.", anchor=FRIDAY)] == ["2024-03"]


def test_clock_time_takes_the_day_mentioned_before_it():
    found = extract_timexes("Il a été agressé mardi vers 21 h 45 place de la Mairie.", anchor="1999-05-20")
    assert [(t.text, t.value) for t in found] == [("mardi", "1999-05-18"), ("21 h 45", "1999-05-18T21:45")]


def test_weekday_in_a_full_date_picks_the_year_where_it_fits():
    timex = only("La reprise est fixée au jeudi 16 septembre.", anchor="1999-09-04")
    assert timex.value == "1999-09-16"


@pytest.mark.parametrize(
    ("sentence", "tense"),
    [
        ("Il viendra le 5 décembre.", "future"),
        ("Il va rencontrer le ministre le 5 décembre.", "future"),
        ("Il a rencontré le ministre le 5 décembre.", "past"),
        ("Le 5 décembre, la commission examine le texte.", None),
    ],
)
def test_sentence_tense_reads_the_nearest_verb(sentence, tense):
    start = sentence.index("5 décembre")
    assert sentence_tense(sentence, start, start + len("5 décembre")) == tense


def test_future_tense_moves_a_day_month_date_to_the_coming_year():
    assert only("Il a été élu et prendra ses fonctions le 20 janvier.", anchor=FRIDAY).value == "2025-01-20"
    assert only("Il a été élu le 20 janvier.", anchor=FRIDAY).value == "2024-01-20"


def test_unreadable_anchor_leaves_relative_values_unresolved():
    assert only("hier", anchor="not a date").value is None


def test_seed_004_expressions_are_found_and_resolved(seed_text):
    text = seed_text("004")
    found = {(t.text, t.value, t.type) for t in extract_timexes(text, anchor="2024-11-09")}
    assert ("le 7 novembre", "2024-11-07", "DATE") in found
    assert ("Le 5 novembre", "2024-11-05", "DATE") in found
    assert ("le 12 février 2022", "2022-02-12", "DATE") in found
    assert ("chaque semaine", "P1W", "SET") in found
    assert ("deux semaines", "P2W", "DURATION") in found
    assert not any("295" in text_ for text_, _, _ in found)


def test_the_bare_first_member_of_a_range_borrows_from_the_second():
    from recoupe.nlp.timexes import extract_timexes

    found = lambda text: [(t.text, t.value) for t in extract_timexes(text, anchor="1999-07-16")]  # noqa: E731
    assert found("Le centre accueillera les enfants du 19 au 23 juillet.") == [("19", "1999-07-19"), ("23 juillet", "1999-07-23")]
    assert found("des peines de 8 à 24 mois de prison") == [("8", "P8M"), ("24 mois", "P24M")]
    assert found("la période 1982-1990, note l'Insee") == [("1982", "1982"), ("1990", "1990")]


def test_a_month_without_its_year_takes_the_year_named_before_it_in_the_sentence():
    from recoupe.nlp.timexes import extract_timexes

    found = [(t.text, t.value) for t in extract_timexes("deux ruptures en 97 (en janvier, en octobre), rien en 98.", anchor="1999-07-29")]
    assert found == [("97", "1997"), ("janvier", "1997-01"), ("octobre", "1997-10"), ("98", "1998")]


def test_anchored_rule_windows_find_what_a_whole_text_scan_finds():
    from recoupe.nlp import timex_patterns
    from recoupe.nlp.timexes import extract_timexes

    text = "Mi-janvier, puis le 3 février 2019 et jusqu'en mars ; depuis plus de vingt ans, le 01/02/2019."
    windowed = [(t.start, t.end, t.value) for t in extract_timexes(text, anchor="2019-02-10")]
    saved = dict(timex_patterns.RULE_ANCHORS)
    timex_patterns.RULE_ANCHORS.clear()
    try:
        whole = [(t.start, t.end, t.value) for t in extract_timexes(text, anchor="2019-02-10")]
    finally:
        timex_patterns.RULE_ANCHORS.update(saved)
    assert windowed == whole and len(whole) >= 5


def test_the_starting_point_of_d_ici_is_the_reference_date_and_dates_no_event():
    from recoupe.stories.timeline import build_timeline
    from recoupe.types import Article

    text = "Les résultats du recensement seront affinés d'ici la fin de l'année par l'Insee."
    found = extract_timexes(text, anchor=FRIDAY)
    here = next(t for t in found if t.text == "ici")
    assert (here.value, here.type) == (FRIDAY, "DATE")
    article = Article(id="a", source="inline", text=text, timexes=found)
    assert build_timeline([article]) == []
    assert all(t.text != "ici" for t in extract_timexes("Il habite ici depuis 1991.", anchor=FRIDAY))
