"""Every quote of the five seeds and its speaker, through the real pipeline (clean, annotate,
canonical names, the story's roles). The speakers read as a French reader would name them."""

from __future__ import annotations

import pytest

from recoupe.stories.story_facts import settle_story_facts

# (seed, words of the quote, speaker): every quote a reader finds in the seeds.
SEED_QUOTES = [
    ("000", "prêt à reprendre contact avec le républicain", "Vladimir Poutine"),
    ("000", "Si quelqu'un veut reprendre contact", "Vladimir Poutine"),
    ("000", "Je pense que nous allons nous parler", "Donald Trump"),
    ("000", "il avait déjà parlé à de nombreux dirigeants étrangers", "Donald Trump"),
    ("000", "Trump aurait continué à parler secrètement", "Bob Woodward"),
    ("000", "très correcte, courageuse", "Vladimir Poutine"),
    ("001", "la Russie était « prête »", "Vladimir Poutine"),
    ("001", "« au minimum »", "Vladimir Poutine"),
    ("001", "Nous travaillerons avec tout chef", "Vladimir Poutine"),
    ("001", "les ambitions hégémoniques de l’Occident", "Vladimir Poutine"),
    ("001", "il envisageait de s’entretenir avec Poutine", "Donald Trump"),
    ("001", "préférer Joe Biden, puis Kamala Harris", "Vladimir Poutine"),
    ("001", "Trump a fait preuve de courage", "Vladimir Poutine"),
    ("002", "relations fortes et durables", "Donald Trump"),
    ("002", "celui de «normaliser»", "Kremlin"),
    ("002", "prêt à faire sa part du chemin", "Vladimir Poutine"),
    ("002", "difficile", "Vladimir Poutine"),
    ("002", "commun accord", "Kremlin"),
    ("002", "prêt à nouer un dialogue avec la nouvelle administration", "Vladimir Poutine"),
    ("002", "dans le respect mutuel", "Vladimir Poutine"),
    ("002", "les deux hommes vont réunir leurs efforts", "présidence russe"),
    ("002", "Dans cette perspective, ils ont discuté", "Kremlin"),
    ("002", "marionnette", "Hillary Clinton"),
    ("003", "« ouvert au contact »", "Kremlin"),
    ("003", "le président russe a toujours exprimé son ouverture", "Dmitri Peskov"),
    ("003", "la rencontre entre les deux présidents pourrait marquer", "observateurs"),
    ("003", "la diplomatie doit primer sur la confrontation", "Kremlin"),
    ("004", "une discussion pourrait avoir lieu prochainement", "Donald Trump"),
    ("004", "il n’écartait pas la possibilité de renouer", "Donald Trump"),
    ("004", "avoir eu des discussions avec environ 70 chefs", "Donald Trump"),
    ("004", "il n’avait pas encore eu l’occasion de parler", "Donald Trump"),
    ("004", "une conversation pourrait avoir lieu prochainement", "Donald Trump"),
    ("004", "Je pense que nous allons nous parler", "Donald Trump"),
    ("004", "il n’excluait pas la possibilité d’un entretien", "Vladimir Poutine"),
    ("004", "Je ne le fais pas parce qu’il y a un certain temps", "Vladimir Poutine"),
    ("004", "si nécessaire", "Kremlin"),
    ("004", "il avait de bonnes relations avec le président russe", "Donald Trump"),
    ("004", "rien de particulièrement bon", "Kremlin"),
    ("004", "il y avait néanmoins un dialogue", "Dmitri Peskov"),
]


@pytest.fixture(scope="module")
def story(seeds, fr_nlp):
    """The seeds cleaned and annotated, their names canonical, their story's roles settled."""
    from recoupe.eval.quotes import annotated_articles
    from recoupe.nlp.annotate import annotate_articles
    from recoupe.nlp.entities import canonicalize

    paths = sorted(seeds.glob("0*.txt"))
    articles = annotate_articles(annotated_articles(paths, canonical=False))
    canonicalize(articles)
    settle_story_facts(articles)
    return {path.name[:3]: article for path, article in zip(paths, articles)}


@pytest.mark.parametrize(("seed", "words", "speaker"), SEED_QUOTES)
def test_every_seed_quote_has_its_speaker(story, seed, words, speaker):
    found = [quote for quote in story[seed].quotes if words in quote.text]
    assert found, f"no quote holds {words!r}: {[q.text[:50] for q in story[seed].quotes]}"
    quote = min(found, key=lambda q: len(q.text))
    assert speaker.lower() in (quote.speaker or "").lower(), (quote.text, quote.speaker)


def test_the_seeds_hold_no_quote_beyond_the_list(story):
    listed = {(seed, words) for seed, words, _ in SEED_QUOTES}
    extra = [(seed, q.text[:60]) for seed, article in story.items() for q in article.quotes
             if not any(s == seed and w in q.text for s, w in listed)]
    assert len(extra) <= 3, extra  # "IIs ont discuté …" (a typo hides the subject) and the like
