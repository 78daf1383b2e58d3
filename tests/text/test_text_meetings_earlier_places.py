"""
A meeting told as held a span of time before the story's event ("The call came a week after
the two leaders met on the sidelines of APEC"), or only recalled ("since they last met"), took
place before the story: the dateline ("WASHINGTON, ...") does not place it. The story's own
meeting, and a meeting told as the later one ("a week before"), still take the dateline's city.

The sentences are written for these tests; the names are real office holders, the events made
up.
"""

from __future__ import annotations

import pytest

from bilateral import Medium
from bilateral.text import extract

_DATELINE = "WASHINGTON, Nov 3, 2026 (AP) - "
_CALL = "President Joe Biden spoke with Chinese President Xi Jinping by phone on Tuesday. "


@pytest.mark.parametrize(
    "sentence",
    [
        "The call came a week after the two leaders met on the sidelines of APEC.",
        "Their call came two months after the two leaders met.",
        "Relations have improved since the two leaders last met.",
    ],
)
def test_an_earlier_meeting_takes_no_place_from_the_dateline(sentence: str) -> None:
    record = extract(_DATELINE + _CALL + sentence)
    in_person = [m for m in record.meetings if m.medium is Medium.IN_PERSON]
    assert [(m.place, m.date) for m in in_person] == [(None, None)]


def test_its_own_place_is_kept() -> None:
    record = extract(_DATELINE + _CALL + "The call came a week after the two leaders met in Lima.")
    assert [m.place for m in record.meetings if m.medium is Medium.IN_PERSON] == ["lima"]


@pytest.mark.parametrize(
    "sentence",
    [
        "President Joe Biden met Chinese President Xi Jinping on Tuesday.",
        # A planned meeting after another is no earlier one; "after" without a span neither.
        "President Joe Biden met Chinese President Xi Jinping on Tuesday after a dinner.",
    ],
)
def test_the_storys_meeting_is_placed_by_the_dateline(sentence: str) -> None:
    record = extract(_DATELINE + sentence)
    assert [m.place for m in record.meetings] == ["washington"]


_EARLIER = (
    "The call came two weeks after the two leaders met on the sidelines of the G20 summit in Johannesburg"
)


def _by_medium(text: str) -> dict[Medium, tuple[list[str], list[str]]]:
    return {
        m.medium: (list(m.topics), [o.text for o in m.outcomes])
        for m in extract(_DATELINE + _CALL + text).meetings
    }


def test_what_the_story_tells_after_an_earlier_meeting_is_the_calls() -> None:
    found = _by_medium(
        f"{_EARLIER}.\n\nThe two leaders also exchanged views on the situation in the Indo-Pacific"
        " and agreed to stay in touch."
    )
    assert found[Medium.PHONE] == (["situation in the Indo-Pacific"], ["agreed to stay in touch"])
    assert found[Medium.IN_PERSON] == ([], [])


@pytest.mark.parametrize("relative", ["where", "at which"])
def test_a_relative_clause_on_the_earlier_meeting_is_its_own(relative: str) -> None:
    found = _by_medium(f"{_EARLIER}, {relative} they agreed to resume military talks.")
    assert found[Medium.IN_PERSON][1] == ["agreed to resume military talks"]
    assert found[Medium.PHONE][1] == []
