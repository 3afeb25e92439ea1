"""Language detection and outlet names from URLs and French bylines."""

from __future__ import annotations

import pytest

from recoupe.meta.language import detect_language
from recoupe.meta.outlet import outlet_from_byline, outlet_from_url


def test_french_seed_is_detected_as_french(seed_text) -> None:
    assert detect_language(seed_text("000")) == "fr"


@pytest.mark.parametrize(("text", "expected"), [
    ("Le président russe a adressé ses félicitations au président élu des États-Unis.", "fr"),
    ("The Russian president congratulated the president-elect of the United States.", "en"),
    ("Der russische Präsident gratulierte dem gewählten Präsidenten der Vereinigten Staaten.", "de"),
    ("Accueil", None),
    ("", None),
    ("12:35 — 08/11/2024 — 14:05", None),
])
def test_detect_language(text: str, expected: str | None) -> None:
    assert detect_language(text) == expected


@pytest.mark.parametrize(("url", "expected"), [
    ("https://www.lemonde.fr/international/article/2024/11/08/x.html", "lemonde.fr"),
    ("http://m.lefigaro.fr/politique", "lefigaro.fr"),
    ("https://francais.rt.com/international/1", "francais.rt.com"),
    ("https://WWW.Liberation.FR:443/", "liberation.fr"),
    ("http://127.0.0.1:8000/page", None),
    ("http://localhost/page", None),
    ("pas une url", None),
    (None, None),
])
def test_outlet_from_url(url: str | None, expected: str | None) -> None:
    assert outlet_from_url(url) == expected


@pytest.mark.parametrize(("line", "expected"), [
    ("Publié le 08 novembre 2024, par Cheetah.News - Site d'information et d'Analyses.", "Cheetah.News"),
    ("Par Le Figaro avec AFP", "Le Figaro"),
    ("Source : AFP", "AFP"),
    ("© Le Monde 2024", "Le Monde"),
    ("© 2024 Ouest-France. Tous droits réservés", "Ouest-France"),
    ("Mis à jour le 9 novembre 2024 à 10h12 par Sputnik Afrique", "Sputnik Afrique"),
    ("Par ailleurs, le Kremlin a confirmé l'appel.", None),
    ("Source", None),
    ("Vladimir Poutine a salué la victoire de Donald Trump.", None),
])
def test_outlet_from_french_byline(line: str, expected: str | None) -> None:
    assert outlet_from_byline(line) == expected
