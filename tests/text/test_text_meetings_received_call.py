"""
"X received a phone call from Y": the formula state news agencies use for a call.

The receiving side is the subject, the caller follows "from" (after the day, if one is
given); it is a call, with no host and no venue, not a visit received. The paragraphs are
written for these tests; the names are real office holders, the events made up.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.model import Medium, Weekday
from bilateral.text import extract

_PUBLISHED = dt.date(2025, 3, 5)
_SISI = "Egyptian President Abdel Fattah el-Sisi"


@pytest.mark.parametrize(
    "sentence",
    [
        "Emir Sheikh Tamim bin Hamad Al Thani received a phone call on Tuesday from " + _SISI + ".",
        "Emir Sheikh Tamim bin Hamad Al Thani received a telephone call from " + _SISI + " on Tuesday.",
        "Emir Sheikh Tamim bin Hamad Al Thani received a call on Tuesday from " + _SISI + ".",
    ],
)
def test_a_received_call_is_a_call_with_the_caller(sentence: str) -> None:
    text = "DOHA, March 5 (QNA) -- " + sentence + " The two leaders discussed the situation in Gaza."
    record = extract(text, published=_PUBLISHED)
    (meeting,) = record.meetings
    assert {record.actor(p).name for p in meeting.participants} == {
        "Tamim bin Hamad Al Thani",
        "Abdel Fattah el-Sisi",
    }
    assert meeting.medium is Medium.PHONE
    assert meeting.host is None
    assert meeting.place is None
    assert meeting.date is not None
    assert meeting.date.weekday is Weekday.TUESDAY


def test_receiving_a_guest_is_still_a_visit_hosted() -> None:
    text = (
        "DOHA, March 5 (QNA) -- Emir Sheikh Tamim bin Hamad Al Thani received Egyptian"
        " President Abdel Fattah el-Sisi at the Amiri Diwan on Tuesday."
    )
    record = extract(text, published=_PUBLISHED)
    (meeting,) = record.meetings
    assert meeting.medium is Medium.IN_PERSON
    assert meeting.host is not None
    assert record.actor(meeting.host).name == "Tamim bin Hamad Al Thani"


def test_a_call_received_from_no_one_named_is_no_meeting() -> None:
    text = "The foreign ministry received a call from journalists on Tuesday about the visa rules."
    assert extract(text, published=_PUBLISHED).meetings == ()
