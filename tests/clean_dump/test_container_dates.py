"""Publication dates given by a container (JSON Lines, feeds) are stored as ISO 8601."""

from __future__ import annotations

import pytest

from recoupe.clean.page import clean_page
from recoupe.meta.dates import normalise_published
from recoupe.types import RawPage


@pytest.mark.parametrize(("given", "stored"), [
    ("8-12-2018", "2018-12-08"), ("08/12/2018 14:05", "2018-12-08T14:05"), ("13 novembre 2025", "2025-11-13"),
    ("2025-11-13T07:30:00+01:00", "2025-11-13T07:30:00+01:00"), ("hier", "hier"),
])
def test_container_dates_are_read_as_iso(given: str, stored: str) -> None:
    assert normalise_published(given) == stored


def test_a_page_keeps_the_date_as_its_container_wrote_it_for_evidence() -> None:
    text = ("Les gilets jaunes ont manifesté samedi à Paris.\n\n"
            "Plusieurs milliers de personnes ont défilé dans le calme jusqu'en fin d'après-midi, selon la préfecture.")
    article = clean_page(RawPage("a.jsonl#1", "dump", text, published="8-12-2018", container="jsonl"))
    assert (article.published.value, article.published.evidence) == ("2018-12-08", "8-12-2018")
