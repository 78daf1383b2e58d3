"""
Receptions and courtesy calls as state news agencies and South Asian papers write them.

"received at <palace> in <city> today <guest>" puts the place and day before the guest;
"called on Prime Minister X" is a courtesy call, unlike "called on X to end the war". The
paragraphs were written for these tests; the names are real office holders, the events are
made up.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from bilateral.model import MeetingStatus
from bilateral.text import extract

if TYPE_CHECKING:
    from bilateral.model import Record

PUBLISHED = dt.date(2025, 2, 12)  # a Wednesday


def _record(text: str) -> Record:
    return extract(text, published=PUBLISHED)


def _pairs(record: Record) -> list[set[str]]:
    by_id = {a.id: a.name for a in record.actors}
    return [{by_id[p].split()[-1] for p in m.participants} for m in record.meetings]


@pytest.mark.parametrize(
    "text",
    [
        (
            "Kuwaiti Foreign Minister Abdullah Al-Yahya received at Bayan Palace "
            "today Jordanian Foreign Minister Ayman Safadi.\n"
        ),
        (
            "Qatari Prime Minister Mohammed bin Abdulrahman Al Thani received in Doha on Tuesday "
            "Jordanian Foreign Minister Ayman Safadi.\n"
        ),
    ],
)
def test_a_place_and_day_before_the_guest(text: str) -> None:
    record = _record(text)
    assert len(record.meetings) == 1
    assert "Safadi" in _pairs(record)[0]
    meeting = record.meetings[0]
    assert meeting.status is MeetingStatus.HELD
    assert meeting.date is not None
    assert meeting.place is not None


@pytest.mark.parametrize(
    "text",
    [
        # What was received is not a guest.
        (
            "Kuwaiti Crown Prince Sheikh Sabah Khalid Al-Hamad Al-Sabah received in Kuwait today a "
            "letter from Jordanian Foreign Minister Ayman Safadi.\n"
        ),
        # No day closes the phrase: the reading is not the formula.
        (
            "Kuwaiti Crown Prince Sheikh Sabah Khalid Al-Hamad Al-Sabah received in recent years "
            "Jordanian support.\n"
        ),
    ],
)
def test_no_guest_after_the_fronted_phrase(text: str) -> None:
    assert _record(text).meetings == ()


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            (
                "Sri Lankan Foreign Minister Vijitha Herath called on Indian Prime Minister Narendra "
                "Modi in New Delhi on Tuesday.\n"
            ),
            MeetingStatus.HELD,
        ),
        (
            (
                "Sri Lankan Foreign Minister Vijitha Herath will call on Indian Prime Minister "
                "Narendra Modi on Thursday.\n"
            ),
            MeetingStatus.PLANNED,
        ),
        (
            (
                "Sri Lankan Foreign Minister Vijitha Herath held talks with External Affairs Minister "
                "S. Jaishankar and called on Prime Minister Narendra Modi.\n"
            ),
            MeetingStatus.HELD,
        ),
    ],
)
def test_calling_on_a_leader_is_a_meeting(text: str, status: MeetingStatus) -> None:
    record = _record(text)
    assert {"Herath", "Modi"} in _pairs(record)
    modi = next(m for m, p in zip(record.meetings, _pairs(record), strict=True) if "Modi" in p)
    assert modi.status is status
    assert modi.topics == ()


@pytest.mark.parametrize(
    "text",
    [
        "UN Secretary-General Antonio Guterres called on Russian President Vladimir Putin to end the war.\n",
        (
            "Sri Lankan Foreign Minister Vijitha Herath called on Indian Prime Minister Narendra Modi, "
            "not for the first time, to ease fishing rules.\n"
        ),
        "Sri Lanka called on India for help with debt relief.\n",
        "Sri Lankan Foreign Minister Vijitha Herath called on donors to cut debt.\n",
    ],
)
def test_calling_on_someone_to_act_is_an_appeal(text: str) -> None:
    assert _record(text).meetings == ()
