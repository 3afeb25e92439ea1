"""The dump cleaner on the demo's text pages against demo/expected.json."""

from __future__ import annotations

import json
import re
from pathlib import Path

from recoupe.clean.dump import clean_dump

FOLDED = str.maketrans({"\u2019": "'", "\u00a0": " ", "\u202f": " "})


def _fold(text: str) -> str:
    return re.sub(r"\s+", " ", text.translate(FOLDED)).strip()


def _pages(demo: Path) -> tuple[dict, list[Path]]:
    expected = json.loads((demo / "expected.json").read_text(encoding="utf-8"))
    return expected, sorted((demo / "pages").glob("*.txt"))


def test_demo_boilerplate_lines_leave_and_body_sentences_stay(demo: Path) -> None:
    expected, pages = _pages(demo)
    for path in pages:
        body = _fold(clean_dump(path.read_text(encoding="utf-8")).text)
        for line in expected["boilerplate_lines"][path.name]:
            assert _fold(line) not in body, (path.name, line)
        for sentence in expected["body_sentences"][path.name]:
            assert _fold(sentence) in body, (path.name, sentence)


def test_demo_outlets_are_publishers_never_authors(demo: Path) -> None:
    expected, pages = _pages(demo)
    outlets = {path.name: clean_dump(path.read_text(encoding="utf-8")).outlet for path in pages}
    matching = sum(outlets[name] == expected["pages"][name]["outlet"] for name in outlets)
    assert matching >= len(outlets) - 1, outlets
    assert not {"Camille Roussel", "Théo Blanchard", "Léa Montagne"} & set(outlets.values())
