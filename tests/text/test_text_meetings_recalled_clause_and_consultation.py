"""
Two meetings the reporting read wrong.

- "spoke by phone on Tuesday, days after they held talks on the sidelines of the G20 summit":
  the summit later in the clause of the recalled talks is where they were held; it does not
  make them the meeting reported, so what follows ("They discussed ...") is the call's.
- "the annual consultation held at Seri Perdana, which lasted more than three hours": the
  yearly summit of two governments (Malaysia and Singapore hold one) is a meeting, with its
  place and length; "in consultation with" is none.

The sentences are written for these tests; the names are real office holders, the events made
up.
"""

from __future__ import annotations

import pytest

from bilateral.model import Medium
from bilateral.text import extract

_CALL = (
    "Prime Minister Narendra Modi and Australian Prime Minister Anthony Albanese spoke by phone on"
    " Tuesday, days after they held talks {where}. They discussed trade and defence."
)


@pytest.mark.parametrize(
    "where",
    ["on the sidelines of the G20 summit", "at the G20 summit in Johannesburg", "at the East Asia Summit"],
)
def test_what_follows_is_the_calls(where: str) -> None:
    record = extract(_CALL.format(where=where))
    call = next(m for m in record.meetings if m.medium is Medium.PHONE)
    assert call.topics == ("trade", "defence")
    assert all(not m.topics for m in record.meetings if m is not call)


def test_a_summit_after_a_comma_is_the_meeting_reported() -> None:
    # Near miss: after a comma the summit is no longer in the recalled talks' clause.
    text = (
        "Prime Minister Narendra Modi and Australian Prime Minister Anthony Albanese met on Saturday,"
        " days after they held talks in Canberra, at the G20 summit in Johannesburg. They discussed trade."
    )
    meetings = extract(text).meetings
    assert [(m.date.text if m.date else None, m.topics) for m in meetings] == [("Saturday", ("trade",))]


_ANWAR = (
    "Prime Minister Anwar Ibrahim and Singapore Prime Minister Lawrence Wong discussed energy cooperation"
)


@pytest.mark.parametrize(
    "tail",
    [
        " during the annual consultation held at Seri Perdana, which lasted more than three hours.",
        " during the 12th Annual Leaders' Consultation at Seri Perdana, which lasted more than three hours.",
    ],
)
def test_an_annual_consultation_is_a_meeting(tail: str) -> None:
    record = extract(_ANWAR + tail)
    (meeting,) = record.meetings
    assert set(meeting.participants) == {"anwar-ibrahim", "lawrence-wong"}
    assert meeting.duration is not None
    assert meeting.duration.seconds == 3 * 3600
    assert meeting.topics == ("energy cooperation",)


@pytest.mark.parametrize(
    "sentence",
    [
        "Prime Minister Anwar Ibrahim said the rules were drafted in consultation with Singapore.",
        "Prime Minister Anwar Ibrahim said the annual consultation process with unions would continue.",
    ],
)
def test_consultation_otherwise_is_no_meeting(sentence: str) -> None:
    assert extract(sentence).meetings == ()
