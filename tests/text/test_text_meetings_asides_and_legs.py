"""
Asides and later legs around a meeting reported.

"The two men, who last met in person in March, spoke for about an hour": the relative clause on
the pair is an aside, no meeting of its own to take the length, place or date of the sentence
(one told with its place, "who last met in Caracas in April", is a past meeting the story
reports). "will meet Bessent on Wednesday before flying to New York for meetings at the UN":
the trip after the meeting is a leg of its own; the meeting keeps its day and does not move to
New York.

The paragraphs were written for these tests in the style of VOA. The names are real office
holders; the events are made up.
"""

from __future__ import annotations

import datetime as dt

from bilateral.model import MeetingStatus
from bilateral.text import extract

PUBLISHED = dt.date(2025, 10, 8)  # a Wednesday
OPENING = (
    "Mozambican President Daniel Chapo met with U.S. Secretary of State Marco Rubio at the State "
    "Department in Washington on Tuesday. "
)


def test_who_last_met_with_no_place_is_an_aside() -> None:
    record = extract(
        OPENING + "The two men, who last met in person in March, spoke for about an hour, an official said.",
        published=PUBLISHED,
    )
    (meeting,) = record.meetings
    assert meeting.date is not None
    assert meeting.date.text == "Tuesday"
    assert meeting.duration is not None
    assert meeting.duration.seconds == 3600


def test_who_last_met_with_a_place_is_a_past_meeting() -> None:
    # Negative: a place makes it a meeting the story reports.
    record = extract(
        OPENING + "The two men, who last met in Maputo in April, spoke for about an hour.",
        published=PUBLISHED,
    )
    assert len(record.meetings) == 2
    assert {m.place for m in record.meetings} == {"washington", "maputo"}


def test_who_met_someone_is_no_aside() -> None:
    # Negative: "who met Rubio on Tuesday" names the other side: the meeting itself.
    record = extract(
        "Mozambican President Daniel Chapo, who met U.S. Secretary of State Marco Rubio in Washington "
        "on Tuesday, said the talks went well.",
        published=PUBLISHED,
    )
    (meeting,) = record.meetings
    assert meeting.place == "washington"


def test_a_trip_on_after_a_meeting_does_not_place_it() -> None:
    record = extract(
        OPENING + "Chapo is scheduled to meet Treasury Secretary Scott Bessent on Thursday before flying "
        "to New York for meetings at the United Nations.",
        published=PUBLISHED,
    )
    planned = [m for m in record.meetings if m.status is MeetingStatus.PLANNED]
    assert len(planned) == 1
    assert planned[0].place != "new-york-city"
    assert planned[0].date is not None
    assert planned[0].date.text == "Thursday"


def test_heading_to_a_palace_for_talks_is_where_they_met() -> None:
    # Negative: with no meeting told before it, the leg is the one to the talks.
    record = extract(
        "Nigerian President Bola Tinubu was welcomed with military honours at the Invalides on Tuesday "
        "before heading to the Elysee Palace for talks with French President Emmanuel Macron.",
        published=PUBLISHED,
    )
    (meeting,) = record.meetings
    assert meeting.place is not None
    assert "elysee" in meeting.place
