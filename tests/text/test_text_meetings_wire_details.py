"""
Details of wire copy around a meeting: the meal or setting before the meeting noun ("the lunch
meeting lasted ..."), an earlier meeting in the pluperfect ("had met X only once before"), a
place after "in" ahead of a second trigger, a quoted readout word ('expressed "serious
concern" over'), list items holding long names, and a date inside a relative clause.

The paragraphs were written for these tests in the styles of VOA and the wire services. The
names are real office holders; the events are made up.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from bilateral.text import extract

if TYPE_CHECKING:
    from bilateral.model import Meeting

PUBLISHED = dt.date(2025, 6, 21)  # a Saturday
OPENING = "Ghanaian President John Mahama met Spanish Prime Minister Pedro Sanchez in Madrid on Friday. "


def _meetings(text: str) -> list[Meeting]:
    return list(extract(text, published=PUBLISHED).meetings)


@pytest.mark.parametrize("noun", ["lunch meeting", "dinner talks", "working lunch meeting", "meeting"])
def test_the_length_of_a_meal_meeting_is_the_meetings(noun: str) -> None:
    (meeting,) = _meetings(OPENING + f"The {noun} lasted nearly three hours, an aide said.")
    assert meeting.duration is not None
    assert meeting.duration.seconds == 3 * 3600


def test_had_met_before_is_an_earlier_meeting() -> None:
    meetings = _meetings(OPENING + "Mahama had met Sanchez only once before, at a forum in Seville in 2024.")
    assert len(meetings) == 2
    assert meetings[0].date is not None
    assert meetings[0].date.text == "Friday"


def test_had_met_before_a_verb_is_the_same_meeting() -> None:
    meetings = _meetings(OPENING + "Mahama had met Sanchez before flying to Lisbon.")
    assert len(meetings) == 1


def test_a_place_after_in_goes_to_the_trigger_before_it() -> None:
    record = extract(
        "Lebanese President Joseph Aoun has held talks with Qatar's Emir Sheikh Tamim bin Hamad Al "
        "Thani in Doha on his first visit to the Gulf state since taking office.",
        published=PUBLISHED,
    )
    (meeting,) = record.meetings
    assert meeting.place == "doha"


@pytest.mark.parametrize(
    "sentence",
    [
        'The two leaders expressed "serious concern" over the violence in eastern Congo.',
        "The two leaders expressed \u201cdeep concern\u201d over the violence in eastern Congo.",
    ],
)
def test_a_quoted_concern_opens_a_topic(sentence: str) -> None:
    (meeting,) = _meetings(OPENING + sentence)
    assert meeting.topics == ("violence in eastern Congo",)


def test_names_of_several_words_count_as_one_in_a_list_item() -> None:
    (meeting,) = _meetings(
        OPENING + "The two leaders discussed migration across the Atlantic, and the situation around the "
        "Canary Islands in the North Atlantic Ocean."
    )
    assert set(meeting.topics) == {
        "migration across the Atlantic",
        "situation around the Canary Islands in the North Atlantic Ocean",
    }


def test_a_date_in_a_relative_clause_is_not_the_meetings() -> None:
    meetings = _meetings(
        "Ghanaian President John Mahama and Spanish Prime Minister Pedro Sanchez held talks in "
        "Madrid. During the talks, the two leaders confirmed that the labour mobility agreement, "
        "which took effect in March, would be extended."
    )
    assert len(meetings) == 1
    assert meetings[0].date is None


def test_a_date_in_a_relative_clause_with_its_own_trigger_dates_that_trigger() -> None:
    meetings = _meetings(
        "Spanish Prime Minister Pedro Sanchez, who met Ghanaian President John Mahama in Madrid on "
        "Friday, said the talks were useful."
    )
    assert len(meetings) == 1
    assert meetings[0].date is not None
    assert meetings[0].date.text == "Friday"


def test_an_approximate_length_before_the_noun_refers_back() -> None:
    (meeting,) = _meetings(
        OPENING + "Speaking at a joint news conference after the roughly 90-minute meeting, Sanchez "
        "said Spain would buy more cocoa."
    )
    assert meeting.duration is not None
    assert meeting.duration.seconds == 90 * 60
