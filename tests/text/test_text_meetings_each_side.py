"""
Plural meetings held with each side apart: "held bilateral meetings with A and B".

The paragraphs are written for these tests; the names are real office holders, the events
made up.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.text import extract

_GUESTS = (
    "Nepali Prime Minister K.P. Sharma Oli and Kuwait's Crown Prince Sheikh Sabah Khalid Al-Hamad Al-Sabah."
)


def _participants(text: str) -> list[set[str]]:
    record = extract(text, published=dt.date(2025, 9, 26))
    names = {a.id: a.name for a in record.actors}
    return [{names[p] for p in m.participants} for m in record.meetings]


@pytest.mark.parametrize(
    "opening",
    [
        "Indian Prime Minister Narendra Modi held bilateral meetings on Tuesday with ",
        "Indian Prime Minister Narendra Modi held separate talks with ",
        "Indian Prime Minister Narendra Modi held a series of meetings on Tuesday, including with ",
    ],
)
def test_one_meeting_with_each_side_listed(opening: str) -> None:
    assert _participants(opening + _GUESTS) == [
        {"Narendra Modi", "K.P. Sharma Oli"},
        {"Narendra Modi", "Sabah Khalid Al-Hamad Al-Sabah"},
    ]


def test_talks_with_two_sides_together_stay_one_meeting() -> None:
    text = "Indian Prime Minister Narendra Modi held talks on Tuesday with " + _GUESTS
    assert _participants(text) == [{"Narendra Modi", "K.P. Sharma Oli", "Sabah Khalid Al-Hamad Al-Sabah"}]


def test_each_meeting_takes_the_place_of_the_sentence() -> None:
    text = (
        "On the sidelines of the General Assembly in New York on Tuesday, Indian Prime Minister"
        " Narendra Modi held a series of bilateral meetings, including with "
    )
    record = extract(text + _GUESTS, published=dt.date(2025, 9, 26))
    assert len(record.meetings) == 2
    assert {m.place for m in record.meetings} == {record.meetings[0].place}
    assert record.meetings[0].place is not None
