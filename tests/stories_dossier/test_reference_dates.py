"""Reference dates of pages without a publication date: from their own dates, then their story."""

from __future__ import annotations

from recoupe.nlp.annotate import annotate_articles
from recoupe.stories.reference import PAGE_DATES, STORY, page_reference, resolve_story_references
from recoupe.types import Article, Published


def test_a_page_takes_its_latest_stated_date_outside_future_sentences():
    text = ("Le 12 février 2022, les deux hommes s'étaient parlé. Le 7 novembre 2024, Poutine a pris la parole. "
            "Le sommet aura lieu le 20 janvier 2025.")
    reference = page_reference(text)
    assert (reference.value, reference.origin, reference.evidence) == ("2024-11-07", PAGE_DATES, "Le 7 novembre 2024")


def test_an_undated_page_resolves_its_relative_dates_against_its_own_reference(fr_nlp):
    article = Article(id="x", source="x", lang="fr",
                      text="Le 7 novembre 2024, à Sotchi, il a parlé. Vendredi, le Kremlin a répondu.")
    (annotated,) = annotate_articles([article])
    assert annotated.published is None and annotated.reference.value == "2024-11-07"
    friday = [t for t in annotated.timexes if t.text.lower() == "vendredi"][0]
    assert friday.value == "2024-11-01" and friday.anchor == "2024-11-07"


def test_the_story_date_replaces_an_older_page_reference_and_dates_are_resolved_again():
    dated = Article(id="a", source="a", text="", published=Published("2024-11-08", "byline"))
    old = Article(id="b", source="b", text="Le 7 novembre, Poutine a parlé. Le dernier entretien date du 12 février 2022.",
                  reference=Published("2022-02-12", PAGE_DATES, "12 février 2022"))
    later = Article(id="c", source="c", text="Rien.", reference=Published("2024-12-01", PAGE_DATES, "1er décembre 2024"))
    changed = resolve_story_references([dated, old, later])
    assert changed == [old]
    assert (old.reference.value, old.reference.origin) == ("2024-11-08", STORY)
    assert [t.value for t in old.timexes if "novembre" in t.text] == ["2024-11-07"]
    assert dated.reference is None and later.reference.value == "2024-12-01"


def test_the_2016_seed_stays_flagged_out_of_time_although_its_dates_are_resolved_against_the_story(seed_dossier):
    assert any(flag.kind == "out-of-time" for flag in seed_dossier.flags)
