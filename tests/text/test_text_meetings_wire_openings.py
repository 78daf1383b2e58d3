"""
Wire openings that name the meeting's place before its guest: "held talks in the Kremlin on
Thursday with ..." (TASS, Xinhua), and a country's office holder named after a comma ("with
Bangladesh's interim foreign affairs adviser, Touhid Hossain").

The paragraphs were written for these tests in the styles of TASS and VOA. The names are real
office holders; the events are made up.
"""

from __future__ import annotations

import datetime as dt

from bilateral.model import Meeting, MeetingStatus
from bilateral.text import extract

PUBLISHED = dt.date(2025, 10, 9)  # a Thursday


def _meetings(text: str) -> list[Meeting]:
    return list(extract(text, published=PUBLISHED).meetings)


def _names(meeting: Meeting, text: str) -> set[str]:
    record = extract(text, published=PUBLISHED)
    people = {a.id: a.name for a in record.actors}
    return {people[p] for p in meeting.participants}


def test_a_named_place_and_a_day_before_with() -> None:
    text = (
        "MOSCOW, October 9. /TASS/. Russian President Vladimir Putin held talks in the Kremlin on "
        "Thursday with Egyptian President Abdel Fattah el-Sisi, who is in Russia on a working visit."
    )
    (meeting,) = _meetings(text)
    assert meeting.status is MeetingStatus.HELD
    assert _names(meeting, text) == {"Vladimir Putin", "Abdel Fattah el-Sisi"}
    assert meeting.date is not None
    assert meeting.date.day == 9


def test_a_named_place_alone_before_with() -> None:
    text = (
        "Russian President Vladimir Putin held talks in Saint Petersburg with Egyptian President "
        "Abdel Fattah el-Sisi."
    )
    (meeting,) = _meetings(text)
    assert _names(meeting, text) == {"Vladimir Putin", "Abdel Fattah el-Sisi"}


def test_with_after_a_lower_case_place_is_no_guest_list() -> None:
    # Negative: "in a city with ..." describes the city; no one is met there.
    text = (
        "Russian President Vladimir Putin held talks in a city with a large Egyptian community on Thursday."
    )
    assert _meetings(text) == []


def test_a_country_office_holder_named_after_a_comma() -> None:
    text = (
        "Pakistan's foreign minister, Ishaq Dar, held talks in Dhaka on Sunday with Bangladesh's "
        "interim foreign affairs adviser, Touhid Hossain, in the first such visit in 13 years."
    )
    (meeting,) = _meetings(text)
    assert _names(meeting, text) == {"Ishaq Dar", "Touhid Hossain"}
