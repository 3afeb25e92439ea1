"""The dump cleaner on the five seed pages: boilerplate gone, body whole, title/date/outlet right."""

from __future__ import annotations

import importlib.util

import pytest

from recoupe.clean.dump import clean_dump

pytestmark = pytest.mark.shared


@pytest.fixture(scope="module")
def cleaned(seed_text):
    """`cleaned("000")`: the CleanResult of a seed, computed once per module."""
    cache = {}

    def run(prefix: str):
        if prefix not in cache:
            cache[prefix] = clean_dump(seed_text(prefix))
        return cache[prefix]

    return run


def _text(result) -> str:
    return "\n\n".join(result.paragraphs)


@pytest.mark.parametrize(
    ("prefix", "gone"),
    [
        ("000", ["Partager :", "Tag: #États-Unis", "Image", "Kamala Harris, la nouvelle tête d'affiche", "974"]),
        ("001", ["Captcha verification failed!", "LAISSER UN COMMENTAIRE", "Soutenez ThinkerViz",
                 "S'il vous plaît entrez votre commentaire!"]),
        ("002", ["Ce site utilise des cookies", "Consulter aussi", "Les Insoumis tacticiens", "Close",
                 "The cookie settings on this website"]),
        ("003", ["Suivez-nous sur Facebook", "Commentaires (0)", "08:39France", "Ryad au cœur de la diplomatie"]),
    ],
)
def test_named_boilerplate_lines_are_gone(cleaned, prefix, gone):
    text = _text(cleaned(prefix))
    for fragment in gone:
        assert fragment not in text


@pytest.mark.parametrize(
    ("prefix", "kept"),
    [
        ("000", ["Suite à la victoire de Donald Trump", "Un livre de Bob Woodward affirmait",
                 "Comme un homme\". Cette déclaration pourrait annoncer"]),
        ("001", ["Le président russe Vladimir Poutine a adressé ses félicitations",
                 "Trump prêt à reprendre contact avec Poutine",
                 "Avant cette élection, Poutine avait publiquement indiqué préférer Joe Biden"]),
        ("002", ["Le nouveau président américain a parlé ce lundi",
                 "IIs ont discuté d’un «éventail de questions",
                 "Les relations entre la Russie et les États-Unis sont à un niveau historiquement bas"]),
        ("003", ["Le Kremlin a annoncé vendredi que le président russe",
                 "Alors que le monde attend de voir si ces promesses"]),
        ("004", ["Donald Trump n’écarte pas la possibilité d’un dialogue",
                 "Le 5 novembre, Donald Trump a été réélu président",
                 "qu’il considérait comme «un élément positif»."]),
    ],
)
def test_every_body_paragraph_is_kept(cleaned, prefix, kept):
    text = _text(cleaned(prefix))
    for sentence in kept:
        assert sentence in text


def test_body_paragraph_counts_match_the_articles(cleaned):
    assert len(cleaned("000").paragraphs) == 4
    assert len(cleaned("003").paragraphs) == 6
    assert len(cleaned("004").paragraphs) == 7


def test_subheading_inside_the_body_stays_in_order(cleaned):
    paragraphs = cleaned("001").paragraphs
    index = paragraphs.index("Trump prêt à reprendre contact avec Poutine")
    assert paragraphs[index - 1].startswith("Dans son discours, Poutine")
    assert paragraphs[index + 1].startswith("Donald Trump a rapidement répondu")


def test_repeated_paragraph_block_is_kept_once(cleaned):
    result = cleaned("000")
    assert _text(result).count("Les relations entre Donald Trump et Vladimir Poutine ont été sujettes") == 1
    repeated = [block for block in result.removed if block.reason == "repeated-block"]
    assert len(repeated) == 1 and repeated[0].line == 20
    assert repeated[0].text.count("\n\n") == 3


@pytest.mark.parametrize(
    ("prefix", "title"),
    [
        ("000", "Donald Trump et Vladimir Poutine prêts à reprendre le contact après l'élection présidentielle américaine"),
        ("001", "Poutine félicite Trump et appelle à un dialogue avec les États-Unis"),
        ("002", "Trump et Poutine s’engagent à «normaliser» les relations entre la Russie et les États-Unis"),
        ("003", "Poutine prêt à dialoguer avec Trump sans conditions préalables"),
        ("004", None),
    ],
)
def test_titles_are_read_from_position_and_shape(cleaned, prefix, title):
    result = cleaned(prefix)
    assert result.title == title
    if title:
        assert title not in result.paragraphs


def test_breadcrumb_prefix_of_the_title_is_removed_as_breadcrumb(cleaned):
    breadcrumbs = [block for block in cleaned("002").removed if block.reason == "breadcrumb"]
    assert breadcrumbs and breadcrumbs[0].text.startswith("Accueil DÉBATS Invités")


def test_seed_000_is_dated_from_its_byline(cleaned):
    published = cleaned("000").published
    assert published is not None
    assert (published.value, published.origin) == ("2024-11-08", "byline")
    assert published.evidence.startswith("Publié le 08 novembre 2024")


@pytest.mark.skipif(importlib.util.find_spec("recoupe.meta.outlet") is None, reason="meta.outlet not written yet")
def test_seed_000_outlet_comes_from_its_byline(cleaned):
    assert cleaned("000").outlet == "Cheetah.News"


def test_seed_001_outlet_comes_from_its_donation_appeal(cleaned):
    assert cleaned("001").outlet == "ThinkerViz"
    appeal = next(b for b in cleaned("001").removed if b.text.startswith("Soutenez ThinkerViz"))
    assert appeal.reason == "donation-appeal"


def test_seeds_that_never_name_themselves_get_no_outlet(cleaned):
    assert [cleaned(prefix).outlet for prefix in ("002", "003", "004")] == [None, None, None]


def test_seed_004_without_a_title_gets_one_from_its_lede_marked_as_derived(seed_text):
    from recoupe.clean.page import clean_page
    from recoupe.types import RawPage

    untitled = clean_page(RawPage("004.txt", "dump", seed_text("004")))
    assert untitled.title == "Donald Trump n’écarte pas la possibilité d’un dialogue avec Vladimir Poutine"
    assert untitled.title_origin == "lede"
    titled = clean_page(RawPage("001.txt", "dump", seed_text("001")))
    assert (titled.title, titled.title_origin) == ("Poutine félicite Trump et appelle à un dialogue avec les États-Unis", "page")


def test_seed_002_written_in_2016_gets_no_invented_date(cleaned):
    assert cleaned("002").published is None


def test_removed_blocks_carry_reasons_and_line_numbers(cleaned):
    for prefix in ("000", "001", "002", "003"):
        removed = cleaned(prefix).removed
        assert removed
        assert all(block.reason and block.line and block.line >= 1 for block in removed)
    reasons = {block.text.split("\n")[0]: block.reason for block in cleaned("001").removed}
    assert reasons["Captcha verification failed!"] == "captcha"
    assert reasons["LAISSER UN COMMENTAIRE"] == "comment-form"
    assert reasons["53"] == "counter"
    sidebar = [b for b in cleaned("000").removed if b.reason == "sidebar-headline"]
    assert any(b.text.startswith("Kamala Harris, la nouvelle tête d'affiche") for b in sidebar)
    blank_runs = [b for b in cleaned("000").removed if b.reason == "blank-lines"]
    assert blank_runs and all(not b.text.strip() for b in blank_runs)
