"""Captions, inline "Lire aussi", station promos, authors versus outlets on small French dumps."""

from __future__ import annotations

import pytest

from recoupe.clean.dump import clean_dump
from recoupe.meta.outlet import author_from_byline, outlet_from_appeals, outlet_from_byline, outlet_from_footer

LEDE = ("Un incendie s'est déclaré dans la nuit de mercredi à jeudi dans un entrepôt de l'usine chimique "
        "de la commune, a annoncé la préfecture, qui a ordonné le confinement des riverains.")
BODY = ("Les pompiers ont lutté toute la nuit contre les flammes et le feu a été circonscrit vers quatre "
        "heures du matin, selon le commandant des opérations de secours présent sur place.")
LAST = ("La préfète doit s'exprimer dans la journée lors d'une conférence de presse organisée à la "
        "préfecture, a indiqué son cabinet dans un communiqué publié jeudi matin.")


def _dump(*middle: str) -> str:
    return "\n\n".join(["Accueil", "Incendie dans une usine chimique de la vallée", *middle, "© Radio Val 2025"])


def test_caption_with_photo_credit_is_removed() -> None:
    caption = "L'entrepôt de l'usine, dans la nuit de mercredi à jeudi. Photo Le Journal du Val / Lecteur"
    result = clean_dump(_dump("Par Camille Roussel", caption, LEDE, BODY, LAST))
    assert caption not in result.paragraphs
    assert result.paragraphs[0] == LEDE
    assert any(block.reason == "caption" for block in result.removed)


def test_verbless_line_under_the_title_is_a_caption() -> None:
    caption = "Le maire et la préfète devant l'usine de la vallée, en juillet 2023."
    result = clean_dump(_dump(caption, LEDE, BODY, LAST))
    assert result.paragraphs[0] == LEDE


def test_standfirst_with_a_verb_under_the_title_is_kept() -> None:
    standfirst = "Des riverains ont été évacués et un confinement a été ordonné."
    result = clean_dump(_dump(standfirst, LEDE, BODY, LAST))
    assert result.paragraphs[0] == standfirst


def test_long_read_also_line_inside_the_body_is_removed() -> None:
    read_also = "Lire aussi : Valmont-sur-Loire : l'usine Norvalis, premier employeur privé du canton depuis trente ans"
    result = clean_dump(_dump(LEDE, BODY, read_also, LAST))
    assert result.paragraphs == [LEDE, BODY, LAST]


def test_station_promo_after_the_body_is_removed() -> None:
    promo = "Écoutez le reportage de notre envoyée spéciale à Valmont dans le journal de 18 heures."
    result = clean_dump(_dump(LEDE, BODY, LAST, promo))
    assert promo not in result.paragraphs


def test_author_line_names_an_author_not_an_outlet() -> None:
    result = clean_dump(_dump("Rédigé par Camille Roussel | 13.11.2025 17:20", LEDE, BODY, LAST))
    assert result.author == "Camille Roussel"
    assert result.outlet == "Radio Val"


@pytest.mark.parametrize(("line", "outlet", "author"), [
    ("Par Camille Roussel", None, "Camille Roussel"),
    ("Par Léa Montagne | Publié le 21/11/2025 à 15:10", None, "Léa Montagne"),
    ("Par la rédaction d’Horizon Régions (avec ACP) | Publié le 13/11/2025", "Horizon Régions", None),
    ("Par Le Figaro avec AFP", "Le Figaro", None),
    ("Par La Rédaction", None, None),
    ("By Emma Whitfield · 20 November 2025", None, "Emma Whitfield"),
])
def test_byline_outlet_and_author(line: str, outlet: str | None, author: str | None) -> None:
    assert outlet_from_byline(line) == outlet
    assert author_from_byline(line) == author


def test_masthead_repeated_in_the_footer_names_the_outlet() -> None:
    page = "Radio Loire Info\nEn direct\n...\nRadio Loire Info - 97.4 FM Castelroux - 101.2 FM Valmont"
    assert outlet_from_footer(["Radio Loire Info - 97.4 FM Castelroux"], page_text=page) == "Radio Loire Info"
    assert outlet_from_footer(["Mentions légales - Nous écrire"], page_text=page) is None


def test_seed_001_caption_under_the_title_is_removed(seed_text) -> None:
    result = clean_dump(seed_text("001"))
    assert not any(p.startswith("Vladimir Poutine et Donald Trump au sommet du G20") for p in result.paragraphs)
    assert "53" not in result.paragraphs
    assert result.paragraphs[0].startswith("Le président russe Vladimir Poutine")


@pytest.mark.parametrize(("block", "page", "outlet"), [
    ("Suivez Le Monde sur Instagram", "", "Le Monde"),
    ("Recevez chaque matin la newsletter de Ouest-France", "", "Ouest-France"),
    ("Abonnez-vous à Mediapart dès 1 €", "Mediapart, le journal en ligne", "Mediapart"),
    ("Faites un don à Reporterre : chaque euro compte", "Reporterre est un média libre", "Reporterre"),
    ("Suivez-nous sur Facebook", "", None),
    ("Soutenez le journalisme indépendant", "", None),
    ("Retrouvez Emmanuel Macron dans notre dossier", "Emmanuel Macron a dit. Emmanuel Macron", None),
    ("Abonnez-vous à Jean Dupont", "", None),  # named once and not shaped like a site
])
def test_a_site_names_itself_in_its_appeals(block: str, page: str, outlet: str | None) -> None:
    assert outlet_from_appeals([block], page_text=f"{block}\n{page}") == outlet


@pytest.mark.parametrize("line", [
    "Copyright © 2019 - 2020", "Foto: Mikko Palonkorpi / stock.adobe.com", "© Deeksha Pahariya auf Unsplash",
])
def test_years_and_photo_credits_are_not_outlets(line: str) -> None:
    assert outlet_from_byline(line) is None


def test_copyright_word_after_the_sign_is_not_the_outlet() -> None:
    assert outlet_from_byline("© Copyright 2024 Le Courrier de la Loire") == "Le Courrier de la Loire"
