"""
"A spokesman for the U.S. Embassy said": a mission keeps the country word written before it.

Every state has embassies, so "Embassy" alone says not whose: "U.S. Embassy", "Chinese
Embassy", "Indian High Commission" are the names. A ministry keeps the bare name and the
country, as before. Paragraphs written for these tests.
"""

from __future__ import annotations

import pytest

from bilateral.model import Organization, Source
from bilateral.text import default_pipeline


def _orgs(text: str) -> dict[str, str | None]:
    record = default_pipeline().extract(Source(text=text))
    return {a.name: a.country for a in record.actors if isinstance(a, Organization)}


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("A spokesman for the U.S. Embassy said the talks had gone well.", "U.S. Embassy", "US"),
        ("The Chinese Embassy said in a statement that the visit was a success.", "Chinese Embassy", "CN"),
        (
            "A spokesperson for the Indian High Commission said the visit would go ahead.",
            "Indian High Commission",
            "IN",
        ),
        ("The Russian Consulate said two of its diplomats had left.", "Russian Consulate", "RU"),
    ],
)
def test_a_country_word_before_a_mission_stays_in_its_name(text: str, name: str, country: str) -> None:
    assert _orgs(text) == {name: country}


def test_two_countries_embassies_stay_apart_by_name() -> None:
    orgs = _orgs("The Chinese Embassy said the talks were useful. The U.S. Embassy did not comment.")
    assert orgs == {"Chinese Embassy": "CN", "U.S. Embassy": "US"}


def test_a_later_mention_is_the_same_mission() -> None:
    record = default_pipeline().extract(
        Source(text="The Chinese Embassy said the talks were useful. A Chinese Embassy official agreed.")
    )
    (embassy,) = [a for a in record.actors if isinstance(a, Organization)]
    assert embassy.name == "Chinese Embassy"
    assert len(embassy.mentions) == 2


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Near misses: a ministry keeps the bare name (its country is on the actor); a
        # possessive is no country word of the name; no country word, no change.
        ("The Kenyan Foreign Ministry said the talks would resume.", "Foreign Ministry"),
        ("China's Embassy in Manila said the talks were useful.", "Embassy"),
        ("Officials at the Embassy said the talks were useful.", "Embassy"),
    ],
)
def test_no_country_word_is_added_elsewhere(text: str, name: str) -> None:
    assert name in _orgs(text)
