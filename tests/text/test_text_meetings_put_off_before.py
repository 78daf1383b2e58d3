"""
A held meeting told as "originally scheduled for last week but postponed" was put off before
it took place: it stays held, with its outcomes. "Last year, India and Australia signed ..."
is background with or without a publication date.

The paragraphs are written for these tests; the names are real office holders, the events
made up.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.model import MeetingStatus
from bilateral.text import extract

_LEAD = (
    "NEW DELHI (PTI) External Affairs Minister S Jaishankar on Wednesday held a virtual meeting with"
    " his Australian counterpart Penny Wong. The two ministers agreed to convene the next dialogue in"
    " Canberra. "
)


@pytest.mark.parametrize("published", [None, dt.date(2026, 10, 9)])
@pytest.mark.parametrize(
    "tail",
    [
        "The virtual meeting was originally scheduled for last week but was postponed.",
        "The meeting had initially been planned for September but was pushed back.",
    ],
)
def test_a_meeting_put_off_before_it_was_held_stays_held(tail: str, published: dt.date | None) -> None:
    meetings = extract(_LEAD + tail, published=published).meetings
    assert [(m.status, len(m.outcomes)) for m in meetings] == [(MeetingStatus.HELD, 1)]


def test_another_meeting_put_off_stays_apart() -> None:
    tail = "Their next meeting, originally scheduled for December, has been postponed."
    meetings = extract(_LEAD + tail, published=dt.date(2026, 10, 9)).meetings
    assert meetings[0].status is MeetingStatus.HELD
    assert [m.status for m in meetings[1:]] == [MeetingStatus.PLANNED]


@pytest.mark.parametrize("published", [None, dt.date(2026, 10, 9)])
def test_an_act_of_last_year_is_background_without_a_date(published: dt.date | None) -> None:
    tail = "Last year, India and Australia signed a migration and mobility partnership arrangement."
    meetings = extract(_LEAD + tail, published=published).meetings
    assert [o.text for m in meetings for o in m.outcomes] == [
        "agreed to convene the next dialogue in Canberra"
    ]
