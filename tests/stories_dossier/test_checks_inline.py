"""Cross-source checks on small French articles written here, annotated by the real modules."""

from __future__ import annotations

import pytest

from recoupe.stories.checks import find_flags
from recoupe.types import Article, Published, Source


def _articles(*items: tuple[str, str, str | None]) -> list[Article]:
    from recoupe.nlp.annotate import annotate_articles

    articles = [
        Article(id=f"a{i}", source=f"inline-{i}", text=text, outlet=outlet, lang="fr",
                published=Published(day, "test") if day else None)
        for i, (outlet, text, day) in enumerate(items)
    ]
    return [a for a in annotate_articles(articles) if isinstance(a, Article)]


ELECTORS_A = (
    "Le Monde",
    "Donald Trump a remporté l'élection présidentielle américaine avec 295 grands électeurs, "
    "selon les projections de l'agence Associated Press. Kamala Harris a reconnu sa défaite mercredi.",
    "2024-11-07",
)
ELECTORS_B = (
    "Le Figaro",
    "Selon le décompte final de l'agence Associated Press, Donald Trump a obtenu 312 grands électeurs "
    "à l'élection présidentielle américaine. Kamala Harris l'a félicité.",
    "2024-11-10",
)


@pytest.fixture(scope="module")
def electors(fr_nlp) -> list[Article]:
    return _articles(ELECTORS_A, ELECTORS_B)


def test_different_elector_counts_are_conflicting_figures(electors):
    flags = [f for f in find_flags(electors) if f.kind == "conflicting-figures"]
    assert len(flags) == 1
    assert flags[0].details["values"] == "295, 312"
    assert {c.article_id for c in flags[0].evidence} == {"a0", "a1"}
    for citation in flags[0].evidence:
        text = next(a for a in electors if a.id == citation.article_id).text[citation.start:citation.end]
        assert "grands électeurs" in text


def test_a_copy_never_conflicts_with_its_original(electors):
    sources = [Source("a0", None, "Le Monde", None, "original"), Source("a1", None, "Le Figaro", None, "copy", of="a0")]
    assert not [f for f in find_flags(electors, sources) if f.kind == "conflicting-figures"]


def test_rounded_figure_does_not_conflict(fr_nlp):
    articles = _articles(
        ("Le Monde", "Donald Trump affirme avoir parlé avec environ 70 dirigeants étrangers depuis sa victoire.", None),
        ("RFI", "Donald Trump a parlé avec 72 dirigeants étrangers depuis sa victoire, dont Emmanuel Macron.", None),
    )
    assert not [f for f in find_flags(articles) if f.kind == "conflicting-figures"]


def test_a_lower_bound_agrees_with_any_larger_count(fr_nlp):
    articles = _articles(
        ("Le Monde", "Selon la préfecture, plus de 100 personnes ont été évacuées samedi à Valmont.", "2024-11-09"),
        ("RFI", "Au total, 160 personnes ont été évacuées samedi à Valmont, selon la préfecture.", "2024-11-09"),
    )
    assert not [f for f in find_flags(articles) if f.kind == "conflicting-figures"]
    fewer = _articles(
        ("Le Monde", "Selon la préfecture, plus de 100 personnes ont été évacuées samedi à Valmont.", "2024-11-09"),
        ("RFI", "Au total, 40 personnes ont été évacuées samedi à Valmont, selon la préfecture.", "2024-11-09"),
    )
    assert [f for f in find_flags(fewer) if f.kind == "conflicting-figures"]


def test_counts_of_different_hours_are_a_growing_toll_not_a_conflict(fr_nlp):
    articles = _articles(
        ("Le Monde", "À 17 heures, 30 personnes avaient été évacuées samedi à Valmont.", "2019-01-19"),
        ("RFI", "À 19 heures, 42 personnes avaient été évacuées samedi à Valmont, selon la préfecture.", "2019-01-19"),
    )
    assert not [f for f in find_flags(articles) if f.kind == "conflicting-figures"]
    same_hour = _articles(
        ("Le Monde", "À 19 heures, 30 personnes avaient été évacuées samedi à Valmont.", "2019-01-19"),
        ("RFI", "À 19 heures, 42 personnes avaient été évacuées samedi à Valmont, selon la préfecture.", "2019-01-19"),
    )
    assert [f for f in find_flags(same_hour) if f.kind == "conflicting-figures"]


def test_years_and_dates_are_not_figures(fr_nlp):
    articles = _articles(
        ("Le Monde", "Le 12 février 2022, Vladimir Poutine a parlé à Joe Biden pendant 62 minutes.", None),
        ("RFI", "Le 15 février 2022, Vladimir Poutine a parlé à Joe Biden pendant une heure.", None),
    )
    assert not [f for f in find_flags(articles) if f.kind == "conflicting-figures"]


def test_same_role_given_to_two_people_is_a_conflicting_statement(fr_nlp):
    articles = _articles(
        ("Le Monde", "Donald Trump a été vivement critiqué par la candidate démocrate Kamala Harris lors du débat.", None),
        ("RFI", "Donald Trump a été accusé par la candidate démocrate Hillary Clinton d'être trop proche de Moscou.", None),
    )
    flags = [f for f in find_flags(articles) if f.kind == "conflicting-statements"]
    assert len(flags) == 1 and flags[0].details["role"] == "candidat démocrate"
    assert flags[0].details["people"] == "Hillary Clinton, Kamala Harris"


def test_time_bound_roles_do_not_conflict(fr_nlp):
    articles = _articles(
        ("Le Monde", "Vladimir Poutine a parlé à l'actuel président américain Joe Biden en février.", None),
        ("RFI", "Vladimir Poutine a félicité le futur président américain Donald Trump jeudi.", None),
    )
    assert not [f for f in find_flags(articles) if f.kind == "conflicting-statements"]


def test_publication_far_from_the_story_is_out_of_time(fr_nlp):
    current = "Emmanuel Macron a reçu Olaf Scholz à Paris pour parler de l'Ukraine et de la défense européenne."
    articles = _articles(
        ("Le Monde", current, "2024-11-07"),
        ("RFI", current.replace("reçu", "accueilli"), "2024-11-08"),
        ("France 24", "Emmanuel Macron a reçu Olaf Scholz à Paris pour parler de l'Ukraine.", "2024-11-09"),
        ("Le Point", "Emmanuel Macron a reçu Olaf Scholz à Paris pour parler de l'Ukraine et du budget.", "2023-01-15"),
    )
    late = [f for f in find_flags(articles) if f.kind == "out-of-time"]
    assert [f.details["article_id"] for f in late] == ["a3"]
    assert "publication-date" in late[0].details["signals"]


def test_a_page_is_late_only_when_far_from_most_other_sources(fr_nlp):
    # Le Point's page has one other source of its day and one of 70 days before: the lower median
    # of those two is the old day, which must not make the new page look late.
    articles = _articles(
        ("Le Figaro", "Les gilets jaunes ont de nouveau manifesté samedi à Paris contre la politique du gouvernement.",
         "2019-02-02"),
        ("Le Point", "Des gilets jaunes ont manifesté ce samedi à Paris contre la politique fiscale du gouvernement.",
         "2019-02-02"),
        ("Le Point", "Les gilets jaunes manifestaient samedi à Paris et dans plusieurs villes contre le gouvernement.",
         "2019-02-02"),
        ("Le Figaro", "Les gilets jaunes ont manifesté samedi à Paris contre la hausse des taxes sur le carburant.",
         "2018-11-24"),
    )
    late = [f.details["article_id"] for f in find_flags(articles) if f.kind == "out-of-time"]
    assert late == ["a3"]
