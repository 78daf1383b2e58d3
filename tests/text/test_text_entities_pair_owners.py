"""
"The countries' foreign ministers": the pair's office holders, as "the two foreign ministers".

A plural possessor standing for the two countries ("the countries'", "both nations'", "the
two governments'") before a plural office noun refers to the two people the story named in
those offices. Paragraphs written for this test; the events are made up.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bilateral.model import Record

Speakers = Callable[[str | Record], dict[str, list[str]]]

_OPENING = (
    "Kenyan Foreign Minister Musalia Mudavadi met his Tanzanian counterpart Mahmoud Thabit "
    "Kombo in Arusha on Friday.\n\n"
)


@pytest.mark.parametrize(
    "owner",
    ["the countries'", "the two countries'", "both nations'", "the two governments\u2019"],
)
def test_the_countries_ministers_are_the_pair(owner: str, source_speakers: Speakers) -> None:
    text = _OPENING + f"The bridge will open in March, {owner} foreign ministers said in a joint statement."
    assert sorted(source_speakers(text)[f"{owner} foreign ministers"]) == [
        "Mahmoud Thabit Kombo",
        "Musalia Mudavadi",
    ]


def test_the_countries_officials_are_not_the_pair(source_speakers: Speakers) -> None:
    # Negative: "officials" of the two countries are unnamed people, not the two ministers.
    text = _OPENING + "The new bridge will open in March, the countries' officials said."
    assert source_speakers(text)["the countries' officials"] == []


def test_the_countries_alone_are_no_people(source_speakers: Speakers) -> None:
    # Negative: without an office noun the possessive stays with the countries.
    text = _OPENING + "The countries' border will reopen in March, Mudavadi said."
    assert source_speakers(text) == {"Mudavadi": ["Musalia Mudavadi"]}
