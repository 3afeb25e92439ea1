"""The gender French news gives to first names ("Céline" is a woman, "Sylvain" a man), mined from
the press corpus by `scripts/mine_first_names.py`: honorifics and gendered role phrases before
full names. Read for pronoun agreement when an article itself gives no cue."""

from __future__ import annotations

import functools
from pathlib import Path

FIRST_NAMES_PATH = Path(__file__).parent / "data" / "first_names.tsv"


@functools.cache
def first_name_genders() -> dict[str, str]:
    """First name -> "Masc" or "Fem" (empty when the file is absent)."""
    if not FIRST_NAMES_PATH.is_file():
        return {}
    genders = {}
    for line in FIRST_NAMES_PATH.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, gender, _ = line.split("\t")
            genders[name] = gender
    return genders


def gender_of_name(name: str) -> str | None:
    """The gender of a full name's first word, when the mined lexicon knows it."""
    first = name.split()[0] if name.split() else ""
    return first_name_genders().get(first)
