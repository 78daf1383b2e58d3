"""
"discussed the war in Ukraine in a phone call on Monday": the phrase naming the meeting the
topics were discussed in ("in a phone call", "at a meeting in Ankara") ends the list.

The paragraphs are written for these tests; the names are real office holders, the events
made up.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.text import extract

_PAIR = "Turkish President Recep Tayyip Erdogan and Russian President Vladimir Putin discussed "


def _topics(text: str) -> list[str]:
    return [t for m in extract(text, published=dt.date(2026, 11, 10)).meetings for t in m.topics]


@pytest.mark.parametrize(
    ("tail", "expected"),
    [
        (
            "the war in Ukraine and the situation in Syria in a phone call on Monday.",
            ["war in Ukraine", "situation in Syria"],
        ),
        ("the war in Ukraine in a telephone conversation on Monday.", ["war in Ukraine"]),
        ("trade and energy at a meeting in Ankara on Monday.", ["trade", "energy"]),
        ("grain exports over the phone on Monday, after they met in Sochi last month.", ["grain exports"]),
    ],
)
def test_the_meeting_phrase_ends_the_topics(tail: str, expected: list[str]) -> None:
    assert _topics(_PAIR + tail) == expected


@pytest.mark.parametrize(
    ("tail", "expected"),
    [
        # A level, not a meeting; a meeting inside an item ("outcome of a meeting").
        (
            "cooperation at the summit level in a phone call on Monday.",
            ["cooperation at the summit level"],
        ),
        (
            "the results of a meeting of experts in a phone call on Monday.",
            ["results of a meeting of experts"],
        ),
    ],
)
def test_a_meeting_word_inside_an_item_stays(tail: str, expected: list[str]) -> None:
    assert _topics(_PAIR + tail) == expected
