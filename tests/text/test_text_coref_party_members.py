"""
"The Maryland Democrat said": a member of Congress named again by state and party.

VOA and American wires introduce a lawmaker with party and office ("Democratic Senator Chris
Van Hollen", "Republican Representative Michael McCaul") and go on with "the Maryland
Democrat", "the Texas Republican". The phrase is the last person introduced with that party's
word. Paragraphs written for this test; the events are made up.
"""

from __future__ import annotations

from collections.abc import Callable

from bilateral.model import Record

Speakers = Callable[[str | Record], dict[str, list[str]]]


_TEXT = (
    "Lawmakers split over the visit\n\n"
    "Democratic Senator Jeanne Shaheen criticized the arms sale on Tuesday. Republican Representative"
    " Brian Mast praised it.\n\n"
    '"This is the wrong signal," the New Hampshire Democrat said. "It is a good deal for American'
    ' workers," the Florida Republican told reporters.'
)


def test_state_and_party_name_the_lawmaker_of_that_party(source_speakers: Speakers) -> None:
    spoken = source_speakers(_TEXT)
    assert spoken["the New Hampshire Democrat"] == ["Jeanne Shaheen"]
    assert spoken["the Florida Republican"] == ["Brian Mast"]


def test_no_lawmaker_of_that_party_resolves_to_no_one(source_speakers: Speakers) -> None:
    text = "Republican Representative Brian Mast praised the deal. The Ohio Democrat said it was weak."
    assert source_speakers(text)["The Ohio Democrat"] == []


def test_the_wires_party_tag_after_the_name_gives_the_party(source_speakers: Speakers) -> None:
    text = (
        "Sen. Jeanne Shaheen, D-N.H., criticized the sale. Rep. Brian Mast (R-Fla.) praised it.\n\n"
        '"This is the wrong signal," the New Hampshire Democrat said. "It is a good deal," the'
        " Florida Republican said."
    )
    spoken = source_speakers(text)
    assert spoken["the New Hampshire Democrat"] == ["Jeanne Shaheen"]
    assert spoken["the Florida Republican"] == ["Brian Mast"]
