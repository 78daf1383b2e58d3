"""
"Topics ranged from X to Y", "The talks ranged from X to Y": the two ends of the range are
topics of the meeting reported.

The paragraphs are written for these tests; the names are real office holders, the events
made up.
"""

from __future__ import annotations

import pytest

from bilateral.text import extract

_LEAD = (
    "SEOUL (Yonhap) -- South Korean President Lee Jae-myung held talks with Japanese Prime Minister"
    " Sanae Takaichi in Seoul on Thursday. "
)


def _topics(text: str) -> list[str]:
    return [t for m in extract(text).meetings for t in m.topics]


@pytest.mark.parametrize(
    ("tail", "expected"),
    [
        (
            "Topics ranged from North Korea's nuclear program to supply chains for semiconductors.",
            ["North Korea's nuclear program", "supply chains for semiconductors"],
        ),
        (
            "The talks ranged from trade and investment to security, an official said.",
            ["trade", "investment", "security"],
        ),
        # A noun taking an infinitive keeps its "to".
        (
            "The issues discussed ranged from efforts to end the war in Ukraine to energy.",
            ["efforts to end the war in Ukraine", "energy"],
        ),
        ("Their discussions also ranged from tourism to climate change.", ["tourism", "climate change"]),
    ],
)
def test_the_ends_of_a_range_are_topics(tail: str, expected: list[str]) -> None:
    assert _topics(_LEAD + tail) == expected


@pytest.mark.parametrize(
    "tail",
    [
        # A range of something else than the talks.
        "Prices ranged from 10 dollars to 20 dollars.",
        "Estimates of the trade deficit ranged from 5 billion dollars to 8 billion dollars.",
    ],
)
def test_other_ranges_are_no_topics(tail: str) -> None:
    assert _topics(_LEAD + tail) == []


def test_a_range_with_no_meeting_is_nothing() -> None:
    assert _topics("Topics ranged from trade to security at the annual forum in Davos.") == []
