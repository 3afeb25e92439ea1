"""Every fact demo/expected.json states is really in the demo pages."""

from __future__ import annotations

import gzip
import json
import re
from collections.abc import Callable
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any

Text = Callable[[str], str]


def sentences(text: str) -> set[str]:
    """Sentences of a folded text, split on end punctuation."""
    return {part.strip() for part in re.split(r"(?<=[.!?»])\s+", text) if len(part.split()) >= 6}


def shingles(text: str, size: int = 5) -> set[tuple[str, ...]]:
    """Word n-grams of a text, lower-cased, punctuation dropped."""
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[index : index + size]) for index in range(len(words) - size + 1)}


def containment(part: set[str], whole: set[str]) -> float:
    """Share of the 5-grams of `part`'s sentences that also occur in `whole`'s."""
    part_shingles = set().union(*(shingles(sentence) for sentence in part))
    whole_shingles = set().union(*(shingles(sentence) for sentence in whole))
    return len(part_shingles & whole_shingles) / len(part_shingles)


def body_sentences(expected: dict[str, Any], key: str, text: str, fold_text: Text) -> set[str]:
    """Sentences of a page between its first and last expected body sentences."""
    first, last = (fold_text(expected["body_sentences"][key][index]) for index in (0, -1))
    start, end = text.index(first), text.rindex(last) + len(last)
    return sentences(text[start:end])


def test_every_page_carries_the_fictional_marker(expected: dict[str, Any], page_text: Text) -> None:
    for key in expected["pages"]:
        assert expected["marker"] in page_text(key), key


def test_every_bad_input_with_text_carries_the_fictional_marker(demo: Path, expected: dict[str, Any]) -> None:
    bad = demo / "bad"
    assert expected["marker"] in (bad / "depeche-en-windows-1252.txt").read_bytes().decode("cp1252")
    assert expected["marker"] in (bad / "export-une-ligne-cassee.jsonl").read_text(encoding="utf-8")


def test_stories_partition_the_pages(expected: dict[str, Any]) -> None:
    listed = [key for story in expected["stories"].values() for key in story["pages"]]
    assert sorted(listed) == sorted(expected["pages"])
    sizes = {name: len(story["pages"]) for name, story in expected["stories"].items()}
    assert sizes == {"A": 16, "B": 8, "C": 4}


def test_titles_occur_in_their_pages(expected: dict[str, Any], folded_text: Text, fold_text: Text) -> None:
    for key, page in expected["pages"].items():
        assert fold_text(page["title"]) in folded_text(key), key


def test_boilerplate_lines_occur_in_their_pages(expected: dict[str, Any], folded_text: Text, fold_text: Text) -> None:
    for key, lines in expected["boilerplate_lines"].items():
        for line in lines:
            assert fold_text(line) in folded_text(key), (key, line)


def test_boilerplate_lines_of_text_dumps_are_whole_lines(
    expected: dict[str, Any], page_text: Text, fold_text: Text
) -> None:
    for key, lines in expected["boilerplate_lines"].items():
        if not key.endswith(".txt"):
            continue
        page_lines = {fold_text(line) for line in page_text(key).splitlines()}
        for line in lines:
            assert fold_text(line) in page_lines, (key, line)


def test_body_sentences_occur_in_their_pages(expected: dict[str, Any], folded_text: Text, fold_text: Text) -> None:
    assert set(expected["body_sentences"]) == set(expected["pages"])
    for key, body in expected["body_sentences"].items():
        for sentence in body:
            assert fold_text(sentence) in folded_text(key), (key, sentence)


def test_no_boilerplate_line_is_part_of_a_body_sentence(expected: dict[str, Any], fold_text: Text) -> None:
    for key, lines in expected["boilerplate_lines"].items():
        body = " ".join(fold_text(sentence) for sentence in expected["body_sentences"][key])
        for line in lines:
            assert fold_text(line) not in body, (key, line)


def test_quotes_occur_in_every_page_they_name(expected: dict[str, Any], folded_text: Text, fold_text: Text) -> None:
    for quote in expected["quotes"]:
        for key in quote["files"]:
            assert fold_text(quote["text"]).lower() in folded_text(key).lower(), (key, quote["text"])
        for variant in quote.get("variants", []):
            assert fold_text(variant["text"]).lower() in folded_text(variant["page"]).lower(), variant


def test_quoted_speakers_are_named_in_the_pages_of_their_quotes(expected: dict[str, Any], folded_text: Text) -> None:
    misspelt = expected["misspelt"]
    for quote in expected["quotes"]:
        for key in quote["files"]:
            surname = quote["speaker"].split()[-1]
            wrong_surname = misspelt["wrong"].split()[-1]
            assert surname in folded_text(key) or (key == misspelt["page"] and wrong_surname in folded_text(key))


def test_quotes_repeated_across_outlets_exist(expected: dict[str, Any]) -> None:
    shared = [quote for quote in expected["quotes"] if len(quote["files"]) + len(quote.get("variants", [])) >= 3]
    assert len(shared) >= 5
    assert {"direct", "indirect", "mixed"} <= {quote["kind"] for quote in expected["quotes"]}


def test_conflicting_figures_are_stated_by_their_pages(expected: dict[str, Any], folded_text: Text) -> None:
    conflict = expected["conflicting_figures"]
    for figure, keys in conflict["files"].items():
        other = next(value for value in conflict["figures"] if value != figure)
        for key in keys:
            assert f"{figure} personnes" in folded_text(key), (key, figure)
            assert f"{other} personnes" not in folded_text(key), (key, other)


def test_misspelt_name_occurs_only_in_its_page(expected: dict[str, Any], folded_text: Text) -> None:
    misspelt = expected["misspelt"]
    for key in expected["pages"]:
        text = folded_text(key)
        if key == misspelt["page"]:
            assert misspelt["wrong"] in text and misspelt["right"] not in text
        else:
            assert misspelt["also_alone"] not in text, key
    assert sum(misspelt["right"] in folded_text(key) for key in expected["pages"]) >= 8


def test_recycled_page_carries_no_recent_date(expected: dict[str, Any], page_text: Text) -> None:
    recycled = expected["recycled"]
    text = page_text(recycled["page"])
    assert not re.search(r"\b202[0-9]\b", text)
    assert expected["pages"][recycled["page"]]["published"] is None
    for evidence in recycled["evidence"]:
        assert evidence in text
    assert recycled["contrast"]["prefect_2025"] not in text


def test_repeated_block_occurs_twice_in_its_page(expected: dict[str, Any], folded_text: Text, fold_text: Text) -> None:
    block = expected["repeated_block"]
    for sentence in block["first_sentences"]:
        assert folded_text(block["page"]).count(fold_text(sentence)) == 2, sentence


def test_syndicated_copy_shares_nearly_all_sentences_with_its_original(
    expected: dict[str, Any], folded_text: Text, fold_text: Text
) -> None:
    syndicated = expected["syndicated"]
    copy, original = (
        body_sentences(expected, key, folded_text(key), fold_text) for key in (syndicated["copy"], syndicated["of"])
    )
    assert containment(original, copy) >= 0.8
    for sentence in syndicated["shared_sentences"]:
        assert fold_text(sentence) in copy


def test_rewrite_keeps_some_paragraphs_and_rewords_others(
    expected: dict[str, Any], folded_text: Text, fold_text: Text
) -> None:
    rewrite = expected["rewrite"]
    original, copy = folded_text(rewrite["of"]), folded_text(rewrite["copy"])
    for sentence in rewrite["kept_nearly_verbatim"]:
        assert fold_text(sentence) in original and fold_text(sentence) in copy
    for sentence in rewrite["own_paragraphs"]:
        assert fold_text(sentence) in copy and fold_text(sentence) not in original
    copy_body = body_sentences(expected, rewrite["copy"], copy, fold_text)
    original_body = body_sentences(expected, rewrite["of"], original, fold_text)
    assert 0.3 <= containment(copy_body, original_body) <= 0.8


def test_relative_dates_occur_in_their_pages(expected: dict[str, Any], page_text: Text) -> None:
    for relative in expected["relative_dates"]:
        assert relative["text"] in page_text(relative["page"]), relative


def test_english_page_is_detected_as_english_and_the_others_as_french(
    expected: dict[str, Any], fold_text: Text
) -> None:
    import py3langid

    for key, page in expected["pages"].items():
        body = " ".join(fold_text(sentence) for sentence in expected["body_sentences"][key])
        assert py3langid.classify(body)[0] == page["lang"], key
    assert [key for key, page in expected["pages"].items() if page["lang"] == "en"] == expected["english"]


def test_published_dates_agree_with_container_and_html_metadata(
    expected: dict[str, Any], pages_dir: Path
) -> None:
    import feedparser
    from lxml import html

    published = {key: page["published"] for key, page in expected["pages"].items()}
    for line in (pages_dir / "export-2025-11.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        assert published[f"export-2025-11.jsonl#{record['id']}"] == record["published"]
    for entry in feedparser.parse(str(pages_dir / "courrier-loire-rss.xml")).entries:
        stated = parsedate_to_datetime(entry.published).isoformat()
        assert published[f"courrier-loire-rss.xml#{entry.id}"] == stated
    for key, value in published.items():
        if "#" not in key and key.endswith((".html", ".html.gz")):
            data = (pages_dir / key).read_bytes()
            root = html.fromstring(gzip.decompress(data) if key.endswith(".gz") else data)
            meta = root.xpath("//meta[@property='article:published_time']/@content")
            assert not meta or meta[0] == value, key
