"""Signatures (MinHash, hashes) and shared-passage alignment on real French text."""

from __future__ import annotations

import pytest

from recoupe.reuse.passages import shared_passages
from recoupe.reuse.signatures import from_bytes, minhash, normalised_words, text_hash, to_bytes


def test_minhash_round_trips_through_bytes(article_paragraphs):
    text = "\n\n".join(article_paragraphs)
    signature = minhash(text)
    restored = from_bytes(to_bytes(signature))
    assert restored.jaccard(signature) == 1.0
    assert list(restored.hashvalues) == list(signature.hashvalues)


def test_minhash_of_near_copy_is_close_and_of_other_article_is_far(article_paragraphs, other_paragraphs):
    text = "\n\n".join(article_paragraphs)
    near = "\n\n".join(article_paragraphs[:-1])
    assert from_bytes(to_bytes(minhash(near))).jaccard(minhash(text)) > 0.6
    assert minhash("\n\n".join(other_paragraphs)).jaccard(minhash(text)) < 0.1


def test_normalisation_ignores_case_accents_and_punctuation():
    assert normalised_words("L'Élection, présidentielle !") == ["l", "election", "presidentielle"]
    assert text_hash("Poutine  félicite TRUMP.") == text_hash("poutine felicite trump")
    assert text_hash("Poutine félicite Trump") != text_hash("Trump félicite Poutine")


def test_shared_passage_offsets_point_at_the_same_words_in_both_texts(article_paragraphs, other_paragraphs):
    later = other_paragraphs[0] + "\n\n" + article_paragraphs[1] + "\n\n" + other_paragraphs[1]
    earlier = "\n\n".join(article_paragraphs)
    (passage,) = shared_passages(later, earlier)
    assert later[passage.a_start : passage.a_end] == earlier[passage.b_start : passage.b_end]
    assert passage.words == len(normalised_words(article_paragraphs[1]))


def test_a_typo_does_not_split_a_passage(article_paragraphs):
    original = article_paragraphs[1]
    words = original.split(" ")
    middle = len(words) // 2
    words[middle] = words[middle][::-1] + "x"
    passages = shared_passages(" ".join(words), original)
    assert len(passages) == 1
    assert passages[0].words == len(normalised_words(original))


def test_no_passage_below_the_minimum_length():
    first = "Le président russe a parlé hier soir à la télévision publique de son pays."
    second = "Selon nos informations, le président russe a parlé hier avec des journalistes."
    assert shared_passages(first, second, min_words=8) == []
    assert len(shared_passages(first, second, min_words=4)) == 1


@pytest.mark.shared
def test_an_inserted_question_does_not_hide_the_rest_of_a_copied_letter(corpora):
    """La Libre and La DH carry Macron's letter with one question inserted: a short spurious run
    merged into a real one must not take the following real passage down with it."""
    from recoupe.eval.press_fr import articles_by_key
    from recoupe.reuse.passages import covered_words, shared_passages, words_with_offsets

    keys = {"press-fr:Francais/Belgique/LaLibre.xml#145", "press-fr:Francais/Belgique/DH.xml#150"}
    first, second = (article.text for _, article in sorted(articles_by_key(corpora, keys).items()))
    passages = shared_passages(first, second)
    assert covered_words(passages) / len(words_with_offsets(first)) >= 0.95  # 0.57 when overlaps were dropped
