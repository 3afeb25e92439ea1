"""Teaser lists above the title ("headline + excerpt" items line after line) and copies of the
article inside the page (a truncated teaser, the whole text again on one line)."""

from __future__ import annotations

from recoupe.clean.dump import clean_dump
from recoupe.clean.dump_teasers import glued_headline
from recoupe.clean.paragraphs import drop_repeated_blocks

TITLE = "Des pistes cyclables pour le centre-ville"
ARTICLE = [
    "Le conseil municipal a voté jeudi la création de six kilomètres de pistes cyclables protégées "
    "dans le centre-ville, un projet débattu depuis plus de deux ans.",
    "La maire a salué « un tournant pour la ville » et promis que les travaux commenceraient au printemps, "
    "rue par rue, pour limiter la gêne des riverains.",
    "L'opposition a dénoncé un coût mal évalué et réclamé une consultation des commerçants.",
]
TEASERS = [
    "Police Arrest Two After Death Of Student-Athlete A 24-year-old woman and a 28-year-old man have been "
    "arrested in connection with the death of a student.",
    "Customers Leave Without Paying Big Bill At Steakhouse A party of six left the restaurant without "
    "paying their bill after a fight in the dining room.",
    "State To Mail Redistricting Panel Applications To Voters The state will mail applications encouraging "
    "voters to apply to serve on a new commission.",
    "Grève à la SNCF PARIS : Les syndicats de cheminots appellent à une grève reconductible à partir de "
    "jeudi, la direction promet un service minimum.",
]


def _page(before_title: list[str], body: list[str], after: list[str] = ()) -> str:
    """A dump: title copy, menu, `before_title` lines set one under the other, title, byline, `body`."""
    menu = ["Accueil", "Politique", "Société", "Économie", "Culture", "Sports", "Météo", "Vidéos", "Dernières infos"]
    head = [f"{TITLE} - La Gazette", *menu, "\n".join(before_title), TITLE, "Publié le 8 novembre 2024"]
    return "\n\n".join(head + body + list(after)) + "\n"


def test_teaser_list_above_the_title_is_not_the_body():
    result = clean_dump(_page(TEASERS, ARTICLE))
    assert result.paragraphs == ARTICLE
    assert any(block.reason == "teaser-list" for block in result.removed)


def test_two_teasers_each_under_a_time_line_above_the_title_are_a_list():
    pair = [TEASERS[0], "1 hour ago", TEASERS[1], "3 hours ago"]
    result = clean_dump(_page(pair, ARTICLE))
    assert result.paragraphs == ARTICLE


def test_paragraphs_set_apart_above_the_title_are_not_a_teaser_list():
    page = "\n\n".join([*TEASERS[:3], TITLE, *ARTICLE]) + "\n"
    result = clean_dump(page)
    assert not any(block.reason == "teaser-list" for block in result.removed)


def test_plain_sentences_in_a_list_are_not_glued_headlines():
    assert not glued_headline("The White House webpage can give fairly up to date information on this.")
    assert not glued_headline("Berrien County Health Department officials said Monday the victim was one of two.")
    assert not glued_headline("DL Larry Ogunjobi 63 85% 1 tackle (1 combined). 1 sack, 1 TFL, 2 QH.")
    assert not glued_headline("Bernhart, D, Buchanan, A., and Moss, P.J., Effect of top reinforcing on beams.")
    assert not glued_headline('S. 214, the "United States-Mexico Transboundary Aquifer Assessment Act," which maps.')
    assert glued_headline(TEASERS[0])
    assert glued_headline("Indian-origin man pleads guilty to fraud in US NEW YORK: An Indian-origin man has pleaded.")


def test_whole_article_copied_on_one_line_is_dropped():
    copy = " ".join(ARTICLE)
    result = clean_dump(_page([], [*ARTICLE, "Partager", copy]))
    assert result.paragraphs == ARTICLE
    assert any(block.reason == "repeated-block" and block.text == copy for block in result.removed)


def test_truncated_copy_of_the_first_paragraph_is_a_repeat_only_when_asked():
    teaser = "Le conseil municipal a voté jeudi la création de six kilomètres de pistes..."
    kept, removed = drop_repeated_blocks([*ARTICLE, teaser], contained=True)
    assert kept == ARTICLE and removed[0].text == teaser
    kept, _ = drop_repeated_blocks([*ARTICLE, teaser])
    assert kept == [*ARTICLE, teaser]
