"""One row per utterance: fragments grouped under their quote, wordings per outlet, speaker and
wording differences between outlets flagged with both passages."""

from __future__ import annotations

import pytest

from recoupe.stories.checks import find_flags
from recoupe.stories.quote_flags import altered_words, quote_flags
from recoupe.stories.quote_table import build_quote_table, normalise_quote, same_speaker
from recoupe.types import Article, Citation, Quote

PESKOV_FULL = (
    "Le Kremlin a ouvert la porte à un dialogue avec Washington. « Nous reprendrons le dialogue avec la "
    "nouvelle administration américaine si nécessaire, mais sans conditions préalables », a déclaré Dmitri "
    "Peskov, porte-parole de la présidence russe, vendredi à Moscou."
)
PESKOV_FRAGMENT = (
    "Les contacts entre Moscou et Washington restent rares. Dmitri Peskov a admis leur possibilité, "
    "«si nécessaire» pour atteindre les objectifs russes."
)
POUTINE_CHEMIN = (
    "Vladimir Poutine s'est dit prêt à faire sa part du chemin, qualifiant ce chemin de «difficile». "
    "« Le chemin sera difficile, mais nous sommes prêts à le parcourir avec Washington », a déclaré le "
    "président russe Vladimir Poutine jeudi à Sotchi."
)
READY = "« Nous sommes prêts à reprendre contact avec Donald Trump sans conditions préalables »"
SAID_BY_PESKOV = f"{READY}, a déclaré Dmitri Peskov vendredi devant la presse à Moscou."
SAID_BY_KREMLIN = f"{READY}, a affirmé le Kremlin vendredi dans un communiqué."
SAID_BY_SURNAME = f"{READY}, a déclaré Peskov vendredi à Moscou."
NORMS = ("a affirmé que le site respectait l'ensemble des normes en vigueur et que le bâtiment avait été "
         "contrôlé en juin.")
SPOKESWOMAN = f"Claire Dumoulin, directrice de la communication de Norvalis, {NORMS}"
THROUGH_SPOKESWOMAN = f"Norvalis, par la voix de sa directrice de la communication Claire Dumoulin, {NORMS}"
PREFECT_FULL = (
    "« Aucune victime n'est à déplorer et la situation est désormais maîtrisée », a déclaré jeudi la "
    "préfète de la Loire, Hélène Marchais, lors d'une conférence de presse."
)
PREFECT_ALTERED = (
    "Lors de sa conférence de presse, Hélène Marchais a été rassurante : « Aucune victime n’est à "
    "déplorer, la situation est maîtrisée », a-t-elle affirmé."
)
PREFECT_CUT = (
    "Hélène Marchais s'est voulue rassurante jeudi. « La situation est désormais maîtrisée », a-t-elle "
    "ajouté devant les journalistes."
)
PREFECT_PUNCTUATED = (
    "« Aucune victime n’est à déplorer et la situation est désormais maîtrisée. » C'est ce qu'a déclaré "
    "la préfète Hélène Marchais jeudi."
)


@pytest.fixture(scope="module")
def annotated(fr_nlp):
    """`annotated(text, ...)`: articles of distinct outlets, annotated by the project's own pipeline."""
    from recoupe.nlp.annotate import annotate_articles

    def build(*texts: str) -> list[Article]:
        articles = [
            Article(id=f"a{index}", source=f"a{index}.txt", text=text, outlet=f"Journal {index}")
            for index, text in enumerate(texts)
        ]
        return [a for a in annotate_articles(articles) if isinstance(a, Article)]

    return build


def _quote(text: str, words: str, *, speaker: str | None, kind: str = "direct") -> Quote:
    start = text.index(words)
    return Quote(words, start, start + len(words), kind, speaker=speaker)  # type: ignore[arg-type]


def _passages(articles: list[Article], citations: list[Citation]) -> list[str]:
    texts = {a.id: a.text for a in articles}
    return [texts[c.article_id][c.start:c.end] for c in citations]


# --------------------------------------------------------------------------- fragments

def test_short_quotation_inside_a_longer_quote_of_the_same_article_is_not_a_row(annotated):
    (article,) = annotated(POUTINE_CHEMIN)
    rows = build_quote_table([article])
    assert not [r for r in rows if normalise_quote(r.wording) == "difficile"]
    (host,) = [r for r in rows if r.wording.startswith("Le chemin sera difficile")]
    assert host.fragments == ["difficile"]
    assert _passages([article], host.fragment_citations) == ["difficile"]


def test_nested_quote_spans_of_one_article_make_one_row():
    text = ("Le porte-parole a assuré que la Russie était « prête » à discuter avec Washington "
            "« au minimum » sur la question ukrainienne.")
    outer = _quote(text, "la Russie était « prête » à discuter avec Washington « au minimum » sur la question "
                         "ukrainienne", speaker="Dmitri Peskov", kind="mixed")
    inner = [_quote(text, words, speaker=None, kind="mixed") for words in ("prête", "au minimum")]
    article = Article(id="a", source="a.txt", text=text, outlet="Le Monde", quotes=[outer, *inner])
    (row,) = build_quote_table([article])
    assert row.wording == outer.text
    assert row.fragments == ["au minimum"]  # "prête", unattributed and one word, is dropped beforehand
    assert row.fragment_citations == [Citation("a", inner[1].start, inner[1].end, "Le Monde")]


def test_same_words_quoted_shorter_by_another_outlet_are_a_fragment_of_its_row(annotated):
    full, short = annotated(PESKOV_FULL, PESKOV_FRAGMENT)
    rows = build_quote_table([full, short])
    assert len(rows) == 1
    (row,) = rows
    assert row.wording.startswith("Nous reprendrons le dialogue")
    assert row.outlets == ["Journal 0"]
    assert row.fragments == ["si nécessaire"]
    assert [c.article_id for c in row.fragment_citations] == [short.id]


def test_words_of_another_speakers_quote_are_not_a_fragment_of_it():
    text = "Le ministre a promis d'agir « si nécessaire » dès la rentrée."
    said = "Nous interviendrons si nécessaire avant l'hiver"
    other = f"« {said} », a déclaré Hélène Marchais."
    first = Article(id="a", source="a.txt", text=text, outlet="Le Monde",
                    quotes=[_quote(text, "si nécessaire", speaker="Bruno Le Maire", kind="mixed")])
    second = Article(id="b", source="b.txt", text=other, outlet="Ouest-France",
                     quotes=[_quote(other, said, speaker="Hélène Marchais")])
    rows = build_quote_table([first, second])
    assert sorted(r.wording for r in rows) == [said, "si nécessaire"]
    assert all(not r.fragments for r in rows)


# --------------------------------------------------------------------------- wordings per outlet

def test_each_wording_of_a_row_names_the_outlets_that_carry_it(annotated):
    articles = annotated(PREFECT_FULL, PREFECT_ALTERED, PREFECT_PUNCTUATED)
    (row,) = [r for r in build_quote_table(articles) if "victime" in r.wording]
    assert len(row.citations) == 3
    assert row.wording_outlets == {
        "Aucune victime n'est à déplorer et la situation est désormais maîtrisée": ["Journal 0"],
        "Aucune victime n’est à déplorer, la situation est maîtrisée": ["Journal 1"],
        "Aucune victime n’est à déplorer et la situation est désormais maîtrisée.": ["Journal 2"],
    }
    assert next(iter(row.wording_outlets)) == row.wording  # the usual wording first
    assert set(row.variants) == set(row.wording_outlets) - {row.wording}


# --------------------------------------------------------------------------- altered wordings

def test_words_removed_inside_a_quote_are_flagged_with_both_passages(annotated):
    articles = annotated(PREFECT_FULL, PREFECT_ALTERED)
    (flag,) = quote_flags(articles, {})
    assert flag.kind == "altered-quote"
    assert flag.message.startswith("Citation de Hélène Marchais modifiée d'une source à l'autre")
    assert flag.details["changes"] == "« et » omis; « désormais » omis"
    assert _passages(articles, flag.evidence) == [
        "Aucune victime n'est à déplorer et la situation est désormais maîtrisée",
        "Aucune victime n’est à déplorer, la situation est maîtrisée",
    ]


def test_truncation_and_punctuation_are_not_alterations(annotated):
    articles = annotated(PREFECT_FULL, PREFECT_CUT, PREFECT_PUNCTUATED)
    rows = [r for r in build_quote_table(articles) if "maîtrisée" in r.wording]
    assert len(rows) == 1 and len(rows[0].citations) == 3
    assert quote_flags(articles, {}) == []


def test_alteration_between_an_article_and_its_copy_is_not_flagged(annotated):
    articles = annotated(PREFECT_FULL, PREFECT_ALTERED)
    roots = {articles[1].id: articles[0].id, articles[0].id: articles[0].id}
    assert quote_flags(articles, roots) == []


@pytest.mark.parametrize(("usual", "other", "changes"), [
    ("Cela fait deux ans que nous alertons la direction", "Depuis deux ans, nous alertons la direction",
     ["« Cela fait » devenu « Depuis »", "« que » omis"]),
    ("Nous travaillerons avec tout chef d’État", "Nous travaillerons avec chaque chef d'Etat",
     ["« tout » devenu « chaque »"]),
    ("Je pense que nous allons nous parler", "je pense que nous allons parler", ["« nous » omis"]),
    ("Je pense que nous allons nous parler", "« Je pense que nous allons nous parler. »", []),
    ("Il n'y a aucun risque pour la population", "aucun risque pour la population", []),
    ("Les habitants ont eu très peur. Ils ont droit à des réponses claires et rapides",
     "Ils ont droit à des réponses claires", []),
    ("Mais on nous avait promis que cela ne se reproduirait jamais, alors nous vérifions",
     "On nous avait promis que cela ne se reproduirait jamais. Six ans plus tard, nous voilà à les compter",
     []),
])
def test_altered_words_names_changes_inside_the_quote_only(usual, other, changes):
    assert altered_words(usual, other) == changes


# --------------------------------------------------------------------------- speakers

def test_one_quote_given_to_two_people_is_flagged_with_both_attributions(annotated):
    articles = annotated(SAID_BY_PESKOV, SAID_BY_KREMLIN)
    (flag,) = quote_flags(articles, {})
    assert flag.kind == "conflicting-speakers"
    assert flag.details["speakers"] == "Dmitri Peskov, Kremlin"
    assert "Dmitri Peskov (Journal 0) / Kremlin (Journal 1)" in flag.message
    passages = _passages(articles, flag.evidence)
    assert len(passages) == 2
    assert "Dmitri Peskov" in passages[0] and "Nous sommes prêts" in passages[0]
    assert "Kremlin" in passages[1] and "Nous sommes prêts" in passages[1]


def test_surname_and_full_name_are_one_speaker(annotated):
    articles = annotated(SAID_BY_PESKOV, SAID_BY_SURNAME)
    assert {q.speaker for a in articles for q in a.quotes} == {"Dmitri Peskov", "Peskov"}
    assert quote_flags(articles, {}) == []


def test_company_speaking_through_the_person_another_outlet_names_is_not_flagged(annotated):
    articles = annotated(SPOKESWOMAN, THROUGH_SPOKESWOMAN)
    (quote,) = articles[1].quotes
    quote.speaker = "Norvalis"  # the company is the grammatical subject; the sentence names its voice
    assert [q.speaker for a in articles for q in a.quotes] == ["Claire Dumoulin", "Norvalis"]
    assert quote_flags(articles, {}) == []


def test_quote_flags_run_with_the_other_checks(annotated):
    articles = annotated(SAID_BY_PESKOV, SAID_BY_KREMLIN, PREFECT_FULL, PREFECT_ALTERED)
    kinds = sorted(f.kind for f in find_flags(articles) if f.kind in ("conflicting-speakers", "altered-quote"))
    assert kinds == ["altered-quote", "conflicting-speakers"]


@pytest.mark.parametrize(("first", "second", "same"), [
    ("Poutine", "Vladimir Poutine", True),
    ("Vladimir Putin", "Vladimir Poutine", True),
    ("M. Macron", "Emmanuel Macron", True),
    ("Dolnald Trump", "Donald Trump", True),
    ("Kremlin", "Dmitri Peskov", False),
    ("Marine Le Pen", "Jean-Marie Le Pen", False),
    ("Hélène Marchais", "Bernard Tessier", False),
    (None, "Dmitri Peskov", True),
])
def test_same_speaker_reuses_canonical_name_keys(first, second, same):
    assert same_speaker(first, second) is same


# --------------------------------------------------------------------------- seeds

def test_seed_quote_table_has_no_fragment_rows(seed_dossier, seed_articles):
    rows = seed_dossier.quotes
    spans = [(c.article_id, c.start, c.end) for r in rows for c in r.citations]
    for article_id, start, end in spans:
        assert not [s for s in spans if s[0] == article_id and s != (article_id, start, end)
                    and s[1] <= start and end <= s[2]], (article_id, start, end)
    for row in rows:
        words = f" {normalise_quote(row.wording)} "
        assert not [other for other in rows if other is not row and same_speaker(other.speaker, row.speaker)
                    and words in f" {normalise_quote(other.wording)} "], row.wording


def test_seed_rows_say_which_outlets_carry_which_wording_and_raise_no_quote_alarm(seed_dossier):
    (row,) = [q for q in seed_dossier.quotes if "nous allons nous parler" in q.wording]
    assert list(row.wording_outlets) == [row.wording]
    assert row.wording_outlets[row.wording] == row.outlets and len(row.outlets) == 2
    assert not [f for f in seed_dossier.flags if f.kind in ("conflicting-speakers", "altered-quote")]
