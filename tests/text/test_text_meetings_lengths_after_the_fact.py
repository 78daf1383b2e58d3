"""
Lengths and topics told after the meeting is reported, in a sentence of their own.

"The session ran for four hours", "The talks went on for more than an hour" after a call, "Their
conversation went on for three hours" after a meeting in person: each is the length of the
meeting reported. "The talks on Monday, which lasted two hours, covered X" names topics. "The
leaders also discussed X" after a planned meeting of the same sides is about the talks held.

The paragraphs were written for these tests in the styles of VOA, Reuters and Al Jazeera. The
names are real office holders; the events are made up.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.model import Medium
from bilateral.text import extract

PUBLISHED = dt.date(2025, 6, 14)  # a Saturday

_MET = (
    "Ghanaian President John Mahama met Portuguese Prime Minister Luis Montenegro in Lisbon on "
    "Thursday to discuss cocoa exports and migration.\n\n"
)


@pytest.mark.parametrize(
    ("sentence", "seconds"),
    [
        ("The session ran for more than four hours, a Ghanaian official said.", 4 * 3600),
        ("Their closed-door session lasted 90 minutes.", 90 * 60),
        ("Their conversation went on for nearly three hours, an aide told VOA.", 3 * 3600),
    ],
)
def test_a_session_or_conversation_after_the_meeting_gives_its_length(sentence: str, seconds: int) -> None:
    (meeting,) = extract(_MET + sentence, published=PUBLISHED).meetings
    assert meeting.duration is not None
    assert meeting.duration.seconds == seconds


@pytest.mark.parametrize(
    "sentence",
    [
        "The plenary session of parliament ran for six hours.",
        "The Senate session ran for six hours.",
        "Parliament held a session that ran for three hours.",
    ],
)
def test_a_session_of_someone_else_gives_no_length(sentence: str) -> None:
    (meeting,) = extract(_MET + sentence, published=PUBLISHED).meetings
    assert meeting.duration is None


def test_a_session_shorter_than_the_visit_is_the_meeting_length() -> None:
    text = (
        "Malawian President Lazarus Chakwera, who is on a four-day state visit to Japan, met Prime "
        "Minister Shigeru Ishiba in Tokyo on Wednesday.\n\nThe session ran for about two hours."
    )
    (meeting,) = extract(text, published=PUBLISHED).meetings
    assert meeting.duration is not None
    assert meeting.duration.seconds == 2 * 3600


def test_the_talks_after_a_call_are_the_call() -> None:
    text = (
        "Argentine President Javier Milei received a phone call from Italian Prime Minister Giorgia "
        "Meloni on Tuesday, during which they discussed trade.\n\nThe talks went on for more than an "
        "hour, an Argentine official said."
    )
    (meeting,) = extract(text, published=PUBLISHED).meetings
    assert meeting.medium is Medium.PHONE
    assert meeting.duration is not None
    assert meeting.duration.seconds == 3600


def test_face_to_face_talks_after_a_call_are_not_the_call() -> None:
    text = (
        "Argentine President Javier Milei received a phone call from Italian Prime Minister Giorgia "
        "Meloni on Tuesday, during which they discussed trade.\n\nTheir face-to-face talks in Rome "
        "last year lasted three hours."
    )
    call = next(m for m in extract(text, published=PUBLISHED).meetings if m.medium is Medium.PHONE)
    assert call.duration is None


def test_the_call_after_a_meeting_in_person_is_not_it() -> None:
    (meeting,) = extract(_MET + "The call lasted two hours.", published=PUBLISHED).meetings
    assert meeting.duration is None


def test_topics_after_a_dated_noun_and_a_relative_clause() -> None:
    text = (
        "Kenyan President William Ruto hosted his Tanzanian counterpart Samia Suluhu Hassan in "
        "Nairobi.\n\nThe talks on Friday, which lasted about three hours, covered cross-border trade, "
        "the standard gauge railway and the conflict in eastern Congo."
    )
    (meeting,) = extract(text, published=PUBLISHED).meetings
    assert "cross-border trade" in meeting.topics
    assert "conflict in eastern Congo" in meeting.topics
    assert "Friday" not in meeting.topics


def test_discussed_after_a_planned_meeting_of_the_sides_goes_to_the_talks_held() -> None:
    text = (
        "Spanish Prime Minister Pedro Sanchez hosted Moroccan Prime Minister Aziz Akhannouch in "
        "Madrid on Thursday.\n\nThe talks covered migration.\n\nSanchez said Spain and Morocco would "
        "hold a high-level meeting every year. The leaders also discussed fisheries and the "
        "security of the Strait of Gibraltar, Spanish officials said."
    )
    meetings = extract(text, published=PUBLISHED).meetings
    held = next(m for m in meetings if m.date is not None)
    assert "fisheries" in held.topics
    assert all("fisheries" not in m.topics for m in meetings if m is not held)


_AGREED_NEXT = (
    "Ghanaian President John Mahama held talks with Portuguese Prime Minister Luis Montenegro in "
    "Lisbon on Thursday.\n\n"
    "The two leaders also agreed to hold the next round of their strategic dialogue in Accra in "
    "the second half of 2026.\n\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "The meeting, which lasted more than an hour, was attended by several ministers.",
        "The meeting lasted nearly two hours, officials said.",
    ],
)
def test_a_meeting_that_lasted_is_not_the_one_agreed_for_later(sentence: str) -> None:
    meetings = extract(_AGREED_NEXT + sentence, published=PUBLISHED).meetings
    lengths = {m.place: m.duration for m in meetings}
    held = next(m for m in meetings if m.date is not None and m.date.start == dt.date(2025, 6, 12))
    assert held.duration is not None
    assert held.duration.seconds in {3600, 7200}
    assert all(d is None for place, d in lengths.items() if place != held.place)


def test_a_meeting_said_to_be_ahead_keeps_its_length() -> None:
    text = _AGREED_NEXT + "The meeting, which will last two days, is expected to focus on trade."
    meetings = extract(text, published=PUBLISHED).meetings
    held = next(m for m in meetings if m.date is not None and m.date.start == dt.date(2025, 6, 12))
    assert held.duration is None
    (planned,) = (m for m in meetings if m is not held)
    assert planned.duration is not None
    assert planned.duration.seconds == 2 * 86400
