"""Figure reading and comparison on small French sentences (number words, parts, ranges, rates)."""

from __future__ import annotations

import pytest

from recoupe.stories.check_figures import figures_of, words_value
from recoupe.types import Article


def _figures(text: str) -> list[tuple[float, str]]:
    return [(f.value, f.head) for f in figures_of(Article(id="a", source="inline", text=text))]


@pytest.mark.parametrize(("words", "value"), [
    (["vingt", "huit"], 28), (["quarante", "huit"], 48), (["dix", "huit"], 18), (["soixante", "dix"], 70),
    (["quatre", "vingt", "dix"], 90), (["deux", "cents"], 200), (["trois", "mille", "deux", "cents"], 3200),
    (["vingt", "et", "un"], 21),
])
def test_compound_number_words_have_their_full_value(words, value):
    assert words_value([w for w in words if w != "et"]) == value


def test_compound_number_word_is_read_as_one_figure():
    assert _figures("L'accord prévoit la révision de vingt-huit journées de service.") == [(28.0, "journee")]


def test_part_and_whole_are_not_figures():
    text = "La CFC proposait de réviser douze journées de service sur les quarante-huit contestées."
    assert _figures(text) == []
    assert _figures("23 postes de conducteurs sont vacants sur les 210 que compte le réseau.") == []


def test_range_members_are_not_figures():
    assert _figures("Entre 20 et 30 personnes ont été évacuées.") == []


def test_rate_is_a_different_quantity_from_a_total():
    assert _figures("Il estime le coût à environ 150 000 euros par jour.") == [(150000.0, "€/jour")]


def test_approximate_count_noun_is_an_approximate_figure():
    figures = figures_of(Article(id="a", source="inline", text="Une quarantaine de personnes ont été évacuées."))
    assert [(f.value, f.head, f.approximate) for f in figures] == [(40.0, "personne", True)]
