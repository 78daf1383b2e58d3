"""
Two ways news tells a meeting that were read as none: "dialled" (PTI's verb for a call: "Modi
dialled Putin") is a phone call, and a working meal ("held a working lunch", "hosted Ruto for a
working dinner") is a meeting. "dialled down tensions" and "working on a plan" are neither.

The sentences are written for these tests; the names are real office holders, the events made
up.
"""

from __future__ import annotations

import pytest

from bilateral import Medium, MeetingStatus
from bilateral.text import extract

_MODI = "Prime Minister Narendra Modi"
_PUTIN = "Russian President Vladimir Putin"
_MACRON = "French President Emmanuel Macron"
_RUTO = "Kenyan President William Ruto"


@pytest.mark.parametrize(
    "sentence",
    [
        f"{_MODI} on Thursday dialled {_PUTIN} and discussed the situation in Ukraine.",
        f"{_MODI} dialed {_PUTIN} on Thursday.",
    ],
)
def test_dialled_is_a_call(sentence: str) -> None:
    assert [(m.medium, m.status, len(m.participants)) for m in extract(sentence).meetings] == [
        (Medium.PHONE, MeetingStatus.HELD, 2)
    ]


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        (f"{_MACRON} and {_RUTO} held a working lunch at the Elysee Palace on Thursday.", MeetingStatus.HELD),
        (f"{_MACRON} hosted {_RUTO} for a working dinner on Thursday.", MeetingStatus.HELD),
        (f"{_MACRON} will have a working breakfast with {_RUTO} on Friday.", MeetingStatus.PLANNED),
    ],
)
def test_a_working_meal_is_a_meeting(sentence: str, status: MeetingStatus) -> None:
    assert [(m.medium, m.status, len(m.participants)) for m in extract(sentence).meetings] == [
        (Medium.IN_PERSON, status, 2)
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        f"{_MODI} dialled down tensions with {_PUTIN} on Thursday.",
        f"{_MACRON} said he was working on a plan with {_RUTO}.",
        f"{_MACRON} said the working group set up with {_RUTO} would report in May.",
    ],
)
def test_no_meeting(sentence: str) -> None:
    assert extract(sentence).meetings == ()
