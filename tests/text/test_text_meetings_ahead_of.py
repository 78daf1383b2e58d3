"""
Talks "ahead of" which someone arrived are still to come when he arrived: their day is read
ahead, and a day after publication makes them planned.

The paragraphs were written for these tests in the style of the wire services. The names are
real office holders; the events are made up.
"""

from __future__ import annotations

import datetime as dt

from bilateral.model import MeetingStatus
from bilateral.text import extract

PUBLISHED = dt.date(2025, 3, 12)  # a Wednesday


def test_talks_after_the_arrival_are_planned_on_the_day_ahead() -> None:
    (meeting,) = extract(
        "Kenyan President William Ruto arrived in Oslo on Wednesday ahead of talks with Norwegian "
        "Prime Minister Jonas Gahr Store on Thursday.",
        published=PUBLISHED,
    ).meetings
    assert meeting.status is MeetingStatus.PLANNED
    assert meeting.date is not None
    assert meeting.date.start == dt.date(2025, 3, 13)


def test_talks_reported_as_held_stay_held() -> None:
    (meeting,) = extract(
        "Kenyan President William Ruto held talks with Norwegian Prime Minister Jonas Gahr Store in "
        "Oslo on Tuesday.",
        published=PUBLISHED,
    ).meetings
    assert meeting.status is MeetingStatus.HELD
    assert meeting.date is not None
    assert meeting.date.start == dt.date(2025, 3, 11)


def test_heads_to_for_talks_is_a_trip_ahead() -> None:
    (meeting,) = extract(
        "Kenyan President William Ruto heads to Oslo on Tuesday for talks with Norwegian Prime "
        "Minister Jonas Gahr Store.",
        published=dt.date(2025, 3, 9),  # a Sunday
    ).meetings
    assert meeting.status is MeetingStatus.PLANNED
    assert meeting.date is not None
    assert meeting.date.start == dt.date(2025, 3, 11)
