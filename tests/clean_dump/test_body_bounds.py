"""Where the dump body ends and starts: comments, "most read" lists, a title copy far down the
page, and the page lines handed to the per-outlet templates."""

from __future__ import annotations

import re

from recoupe.clean.dump import clean_dump
from recoupe.clean.dump_features import literal_alternation
from recoupe.meta.title import repeated_title

ARTICLE = [
    "Le conseil municipal a voté jeudi la création de six kilomètres de pistes cyclables protégées "
    "dans le centre-ville, un projet débattu depuis plus de deux ans.",
    "La maire a salué « un tournant pour la ville » et promis que les travaux commenceraient au printemps, "
    "rue par rue, pour limiter la gêne des riverains.",
    "L'opposition a dénoncé un coût mal évalué et réclamé une consultation des commerçants avant le début du chantier.",
]
COMMENT = (
    "Franchement je ne comprends pas pourquoi on dépense autant d'argent pour des vélos alors que les routes "
    "sont pleines de trous depuis des années et que personne ne les répare jamais dans notre quartier, "
    "c'est une honte et tout le monde le sait ici depuis longtemps."
)


def _page(body: list[str], after: list[str]) -> str:
    """A dump: menu, title, byline, `body`, then `after`, blocks separated by blank lines."""
    head = ["Des pistes cyclables pour le centre-ville - La Gazette", "Accueil", "Politique", "Société", "Sports", "Des pistes cyclables pour le centre-ville",
            "Par Jeanne Martin", "Publié le 8 novembre 2024 à 14h05"]
    return "\n\n".join(head + body + after) + "\n"


def test_long_comment_thread_after_a_short_article_is_not_the_body():
    thread = []
    for number in range(8):
        thread += [f"lecteur{number} dit :", "8 novembre 2024 à 15h0" + str(number), COMMENT]
    result = clean_dump(_page(ARTICLE, ["12 commentaires", *thread]))
    assert result.paragraphs == ARTICLE
    assert any(block.reason == "comment-form" for block in result.removed)


def test_most_read_heading_followed_by_excerpts_ends_the_body():
    teasers = []
    for number in range(3):  # a longer list could still be kept as a secondary run of prose
        teasers += [f"Le budget de la région adopté après une longue séance numéro {number}.",
                    "Les élus ont voté tard dans la nuit un budget en hausse de trois pour cent."]
    result = clean_dump(_page(ARTICLE, ["Les plus lus", *teasers]))
    assert result.paragraphs == ARTICLE
    assert any(block.reason == "related-heading" for block in result.removed)


def test_related_heading_inside_the_article_does_not_cut_it():
    body = [ARTICLE[0], "Sur le même sujet", ARTICLE[1], ARTICLE[2] + " " + ARTICLE[0]]
    result = clean_dump(_page(body, []))
    assert result.paragraphs == [ARTICLE[0], ARTICLE[1], ARTICLE[2] + " " + ARTICLE[0]]


def test_page_lines_hold_every_non_empty_line_in_order_whitespace_collapsed():
    text = "Accueil\n\n  Des   pistes\u00a0cyclables  \n\n\n" + ARTICLE[0] + "\n\nTout accepter\n"
    result = clean_dump(text)
    assert result.page_lines == ["Accueil", "Des pistes cyclables", ARTICLE[0], "Tout accepter"]


def test_page_lines_keep_hard_wrapped_lines_apart():
    wrapped = "Le conseil municipal a voté jeudi la création de six kilomètres\nde pistes cyclables protégées."
    result = clean_dump(wrapped)
    assert result.page_lines == wrapped.split("\n")
    assert result.paragraphs == [wrapped.replace("\n", " ")]


def test_title_copy_far_below_a_long_menu_pairs_with_the_page_title():
    menu = [f"Rubrique numéro {number} de la ville" for number in range(80)]
    lines = ["Des pistes cyclables pour le centre-ville - La Gazette", *menu,
             "Des pistes cyclables pour le centre-ville", ARTICLE[0]]
    match = repeated_title(lines)
    assert match is not None
    assert (match.text, match.index, match.repeats) == ("Des pistes cyclables pour le centre-ville", 81, [0])


def test_literal_alternation_matches_exactly_the_listed_words():
    pattern = re.compile(literal_alternation(["cookie", "cookies", "consent", "copyright", "c'est"]))
    assert [m.group() for m in pattern.finditer("cookies, consentement, copyleft, c'est")] == [
        "cookies", "consent", "c'est"]
    assert pattern.search("cook book") is None
