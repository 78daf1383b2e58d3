"""
"The former ambassador told VOA": someone who held the office before, never its holder now.

"The former <title>" refers back to a person the story described by that past office (or
the one the sentence before was about), and never to whoever holds the office today.
Paragraphs written for this test; the events are made up.
"""

from __future__ import annotations

from collections.abc import Callable

from bilateral.model import Record

Speakers = Callable[[str | Record], dict[str, list[str]]]

_OPENING = "Chilean President Gabriel Boric met Argentine President Javier Milei in Santiago on Tuesday.\n\n"


def test_the_former_ambassador_is_the_one_described_so(source_speakers: Speakers) -> None:
    text = (
        _OPENING
        + "Juan Gabriel Valdés, a former Chilean ambassador to Washington, said the meeting was overdue. "
        + "The former ambassador told VOA that the gas deal was the real prize."
    )
    assert source_speakers(text)["The former ambassador"] == ["Juan Gabriel Valdés"]


def test_the_former_president_is_not_the_sitting_one(source_speakers: Speakers) -> None:
    # Negative: the sitting president, named in the sentence before, is not "the former
    # president".
    text = _OPENING + (
        "Boric said the talks were useful. The former president told reporters that the deal was thin."
    )
    assert source_speakers(text)["The former president"] == []


def test_the_former_president_after_one_named(source_speakers: Speakers) -> None:
    text = _OPENING + (
        "Michelle Bachelet praised the talks. The former president told reporters that the deal was overdue."
    )
    assert source_speakers(text)["The former president"] == ["Michelle Bachelet"]
