"""
A length in a meeting's sentence is the meeting's only when such a meeting can last it: a
call lasts hours at most, so "for 90 days" there is the length of what was agreed.

The paragraphs were written for these tests in the style of the wire services. The names are
real office holders; the events are made up.
"""

from __future__ import annotations

import datetime as dt

from bilateral.model import Medium
from bilateral.text import extract

PUBLISHED = dt.date(2025, 2, 7)  # a Friday


def test_a_call_takes_no_length_of_days() -> None:
    record = extract(
        "Canadian Prime Minister Mark Carney spoke by phone with President Donald Trump, who "
        "agreed to pause tariffs for 30 days.",
        published=PUBLISHED,
    )
    (call,) = record.meetings
    assert call.medium is Medium.PHONE
    assert call.duration is None


def test_a_call_keeps_its_length_in_minutes() -> None:
    record = extract(
        "Canadian Prime Minister Mark Carney spoke by phone with U.S. President Donald Trump for "
        "about 45 minutes on Monday.",
        published=PUBLISHED,
    )
    (call,) = record.meetings
    assert call.duration is not None
    assert call.duration.seconds == 45 * 60


def test_a_visit_keeps_its_length_in_days() -> None:
    record = extract(
        "Canadian Prime Minister Mark Carney met Mexican President Claudia Sheinbaum in Mexico City "
        "on Tuesday during a three-day visit.",
        published=PUBLISHED,
    )
    (meeting,) = record.meetings
    assert meeting.duration is not None
    assert meeting.duration.seconds == 3 * 24 * 3600
