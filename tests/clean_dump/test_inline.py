"""The dump cleaner, dates, titles and repeated blocks on small French and English dumps."""

from __future__ import annotations

import pytest

from recoupe.clean.dump import clean_dump
from recoupe.clean.paragraphs import drop_repeated_blocks
from recoupe.meta.dates import date_from_byline, is_date_line
from recoupe.meta.title import title_from_lines

FRENCH_DUMP = """Accueil
Politique
International
Économie
La Banque de France relève sa prévision de croissance pour 2025
Par Jeanne Martin
Mis à jour le 9 novembre 2024 à 10h12
Publié le 8 novembre 2024 à 14h05
Partager sur Facebook
La Banque de France a relevé vendredi sa prévision de croissance pour l'an prochain, portée par une consommation des ménages plus solide qu'attendu au troisième trimestre.
Le gouverneur a toutefois mis en garde contre « des incertitudes fortes » liées au commerce mondial et aux tensions budgétaires.
Une reprise encore fragile
Selon l'institution, l'investissement des entreprises resterait atone jusqu'au printemps, avant de repartir lentement à mesure que les taux d'intérêt baissent.
Lire aussi
Le chômage repart à la hausse au troisième trimestre
Les chiffres publiés jeudi par l'Insee montrent une légère remontée du taux de chômage…
Nous utilisons des cookies pour améliorer votre expérience. En poursuivant votre navigation, vous acceptez les cookies.
Tout accepter
"""

ENGLISH_DUMP = """Home
News
Sport
Share this article
Council approves new cycle lanes for the city centre | Daily Example
Council approves new cycle lanes for the city centre
By Sam Carter
Published November 8, 2024
The city council voted on Thursday to build six kilometres of protected cycle lanes through the centre, a plan that had been debated for more than two years.
Supporters said the lanes would make cycling safer for children and older residents, while shop owners worried about losing parking spaces.
"This is a long overdue change," said councillor Maria Lopez.
Work is expected to begin in the spring and to last about eighteen months.
Advertisement
Related articles
Bus fares frozen for another year
We use cookies to give you the best experience. By continuing to browse you agree to our cookie policy.
Leave a comment
Your email address will not be published. Required fields are marked *
© 2024 Daily Example. All rights reserved.
"""


def test_french_dump_keeps_body_and_subheading_in_order():
    result = clean_dump(FRENCH_DUMP)
    assert result.title == "La Banque de France relève sa prévision de croissance pour 2025"
    assert [p[:30] for p in result.paragraphs] == [
        "La Banque de France a relevé v",
        "Le gouverneur a toutefois mis ",
        "Une reprise encore fragile",
        "Selon l'institution, l'investi",
    ]


def test_french_dump_removes_menu_share_read_also_and_consent_with_reasons():
    result = clean_dump(FRENCH_DUMP)
    reasons = {block.text.split("\n")[0]: block.reason for block in result.removed}
    assert reasons["Accueil"] == "crumb"
    assert reasons["Politique"] == "navigation"
    assert reasons["Partager sur Facebook"] == "share-links"
    assert reasons["Lire aussi"] == "read-also"
    assert "Le chômage repart à la hausse" in next(b.text for b in result.removed if b.reason == "read-also")
    assert reasons["Nous utilisons des cookies pour améliorer votre expérience. En poursuivant votre navigation, vous acceptez les cookies."] == "cookie-banner"


def test_publication_wins_over_update_in_french_byline():
    result = clean_dump(FRENCH_DUMP)
    assert result.published is not None
    assert result.published.value == "2024-11-08T14:05"
    assert result.published.evidence == "Publié le 8 novembre 2024 à 14h05"


def test_english_dump_is_cleaned_with_english_vocabulary():
    result = clean_dump(ENGLISH_DUMP)
    assert result.title == "Council approves new cycle lanes for the city centre"
    assert result.published is not None and result.published.value == "2024-11-08"
    assert result.paragraphs[0].startswith("The city council voted on Thursday")
    assert result.paragraphs[-1] == "Work is expected to begin in the spring and to last about eighteen months."
    assert '"This is a long overdue change," said councillor Maria Lopez.' in result.paragraphs
    text = result.text
    for gone in ("Share this article", "Advertisement", "Bus fares frozen", "We use cookies",
                 "Leave a comment", "will not be published", "All rights reserved", "By Sam Carter"):
        assert gone not in text


def test_single_newline_dump_without_boilerplate_is_kept_whole():
    paragraphs = [
        "Le gouvernement a présenté mercredi un projet de loi sur la rénovation énergétique des logements anciens.",
        "Le texte prévoit des aides renforcées pour les ménages modestes et un calendrier sur dix ans.",
        "Les associations de locataires saluent une avancée mais jugent les montants insuffisants.",
    ]
    result = clean_dump("\n".join(paragraphs))
    assert result.paragraphs == paragraphs
    assert result.title is None and result.published is None


@pytest.mark.parametrize("text", ["", "\n\n\n", "Partager :\nImage\n974\n", "Menu\nAccueil\nContact"])
def test_empty_or_all_boilerplate_page_does_not_raise(text):
    result = clean_dump(text)
    assert result.paragraphs == []
    assert all(block.reason for block in result.removed)


def test_sidebar_headlines_with_view_counters_are_removed():
    body = " ".join(["Les négociations ont repris lundi à Genève entre les deux délégations."] * 4)
    dump = f"{body}\n\nPremière brève de la colonne latérale\n812\n\nDeuxième brève de la colonne latérale\n640\n"
    result = clean_dump(dump)
    assert result.paragraphs == [body]
    assert [b.reason for b in result.removed if b.reason != "blank-lines"] == [
        "sidebar-headline", "counter", "sidebar-headline", "counter"]


def test_repeated_block_with_short_separator_is_dropped_once():
    block = ["Premier paragraphe assez long pour compter comme un vrai paragraphe.", "•",
             "Second paragraphe lui aussi assez long pour être comparé sans risque."]
    kept, removed = drop_repeated_blocks(block + block + ["Conclusion."], lines=list(range(1, 8)))
    assert kept == block + ["Conclusion."]
    assert len(removed) == 1 and removed[0].reason == "repeated-block" and removed[0].line == 4


def test_short_repeated_paragraph_alone_is_kept():
    kept, removed = drop_repeated_blocks(["Oui.", "Un long paragraphe qui sépare les deux réponses courtes.", "Oui."])
    assert kept == ["Oui.", "Un long paragraphe qui sépare les deux réponses courtes.", "Oui."]
    assert removed == []


@pytest.mark.parametrize(
    ("lines", "value"),
    [
        (["Publié le 08 novembre 2024, par Cheetah.News"], "2024-11-08"),
        (["Publié le 8 novembre 2024 à 14h05"], "2024-11-08T14:05"),
        (["Mis à jour le 9 novembre 2024", "Publié le 8 novembre 2024"], "2024-11-08"),
        (["08/11/2024 14:05"], "2024-11-08T14:05"),
        (["Published November 8, 2024"], "2024-11-08"),
        (["Updated: 2024-11-08T14:05:00Z"], "2024-11-08T14:05"),
    ],
)
def test_byline_dates_are_read(lines, value):
    published = date_from_byline(lines)
    assert published is not None and published.value == value and published.origin == "byline"


def test_relative_byline_needs_the_capture_time():
    assert date_from_byline(["il y a 3 heures"]) is None
    published = date_from_byline(["il y a 3 heures"], captured="2024-11-09T12:00:00")
    assert published is not None and published.value == "2024-11-09T09:00"


@pytest.mark.parametrize(
    "lines",
    [
        ["Le 7 novembre 2024, lors du forum Valdaï à Sotchi, Poutine a lancé un appel au dialogue avec Washington."],
        ["Publié le 31 février 2024"],
        ["Publié le 8 novembre 2024"],  # after the capture time below
    ],
)
def test_no_date_is_invented(lines):
    assert date_from_byline(lines, captured="2020-01-01T00:00:00") is None


def test_date_lines_are_recognised_but_sentences_are_not():
    assert is_date_line("Wednesday November 20, 2019")
    assert is_date_line("2 days ago at 07:47 am")
    assert not is_date_line("Le 5 novembre, Donald Trump a été réélu président des États-Unis pour un second mandat.")


def test_title_with_site_suffix_is_read_from_its_bare_copy():
    lines = ["Storm closes schools across the region | Example News", "Menu", "Storm closes schools across the region",
             "Schools across the region were closed on Monday as a storm brought heavy snow and strong winds."]
    title = title_from_lines(lines, body_start=3)
    assert title is not None and title.text == "Storm closes schools across the region" and title.index == 2


def test_title_is_the_headline_nearest_the_body_not_the_site_name_or_tagline():
    dump = "\n".join([
        "ACTU-FLASH 24",
        "L'info en continu, partout, tout le temps",
        "Faits divers",
        "Incendie dans une usine chimique : douze salariés évacués par précaution",
        "Par La Rédaction",
        "Temps de lecture : 3 min",
        "Un incendie s'est déclaré jeudi en fin de matinée dans un atelier de l'usine chimique. "
        "Douze salariés ont été évacués par précaution, selon les pompiers.",
        "Le feu a été maîtrisé en un peu plus d'une heure, sans blessé grave. Les mesures de la "
        "qualité de l'air n'ont révélé aucune substance toxique, selon la préfecture.",
    ])
    result = clean_dump(dump)
    assert result.title == "Incendie dans une usine chimique : douze salariés évacués par précaution"
    assert any(block.reason == "reading-time" for block in result.removed)
