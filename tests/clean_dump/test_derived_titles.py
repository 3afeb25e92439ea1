"""Titles derived from the lede of a page that has none."""

from __future__ import annotations

import pytest

from recoupe.meta.title import title_from_lede


@pytest.mark.parametrize(("text", "title"), [
    ("Le Sénat a adopté le budget. Les débats ont duré trois jours.", "Le Sénat a adopté le budget"),
    ("La grève des contrôleurs aériens, entamée jeudi à l'appel de trois syndicats, perturbe encore "
     "le trafic dans les aéroports de Paris et de Marseille.", "La grève des contrôleurs aériens"),
    ("Selon les chiffres publiés mardi par le ministère de l'Intérieur qui les a communiqués à la presse "
     "dans la soirée avant le conseil des ministres.",
     "Selon les chiffres publiés mardi par le ministère de l'Intérieur qui les a communiqués …"),
    ("Vu.\n\nLe reste du texte.", None),  # too short to stand for the article
])
def test_title_from_the_first_sentence_or_its_first_clause(text: str, title: str | None) -> None:
    assert title_from_lede(text) == title
