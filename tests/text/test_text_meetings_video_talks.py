"""
Talks held by video link, and the filing date of a dateline left in the first sentence.

"held talks by video link Wednesday" named the medium right after "talks", where only "spoke
with X by video" was read: the talks became a meeting in person beside the video one. "online
meeting" is a video meeting. "TOKYO, Feb. 12 Kyodo - ..." is a dateline the article stage does
not split off; its date is the filing date, not the day of the talks.

The paragraphs were written for these tests in the styles of Kyodo and Xinhua. The names are real
office holders; the events are made up.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.model import Medium
from bilateral.text import extract

PUBLISHED = dt.date(2025, 2, 13)  # a Thursday
_ISHIBA = "Japanese Prime Minister Shigeru Ishiba"
_TOKAYEV = "Kazakh President Kassym-Jomart Tokayev"
_PAIR = f"{_ISHIBA} and {_TOKAYEV}"


@pytest.mark.parametrize(
    "sentence",
    [
        _PAIR + " held talks by video link on Wednesday and agreed to cooperate on uranium supplies.",
        _ISHIBA
        + " held talks with "
        + _TOKAYEV
        + " via video on Wednesday, agreeing to cooperate on uranium.",
        _PAIR + " held an online meeting on Wednesday and agreed to cooperate on uranium supplies.",
    ],
)
def test_talks_by_video_are_one_video_meeting(sentence: str) -> None:
    (meeting,) = extract(sentence, published=PUBLISHED).meetings
    assert meeting.medium is Medium.VIDEO
    assert meeting.date is not None
    assert meeting.date.text.endswith("Wednesday")


def test_talks_then_a_later_phone_call_keep_their_medium() -> None:
    text = (
        "Japanese Prime Minister Shigeru Ishiba held talks with Kazakh President Kassym-Jomart Tokayev "
        "in Tokyo on Wednesday, two weeks after the pair had a phone call."
    )
    meetings = extract(text, published=PUBLISHED).meetings
    assert any(m.medium is Medium.IN_PERSON for m in meetings), meetings


def test_the_date_of_an_unsplit_dateline_is_not_the_meeting_day() -> None:
    text = (
        "TOKYO, Feb. 12 Kyodo - Japanese Prime Minister Shigeru Ishiba and Kazakh President "
        "Kassym-Jomart Tokayev held talks by video link Tuesday and agreed to cooperate on uranium."
    )
    (meeting,) = extract(text, published=PUBLISHED).meetings
    assert meeting.date is not None
    assert meeting.date.text == "Tuesday"


def test_a_date_after_a_capitalised_subject_is_kept() -> None:
    text = (
        "NATO, on Feb. 11, hosted talks between Japanese Prime Minister Shigeru Ishiba and Kazakh "
        "President Kassym-Jomart Tokayev in Brussels."
    )
    (meeting,) = extract(text, published=PUBLISHED).meetings
    assert meeting.date is not None
    assert meeting.date.day == 11
