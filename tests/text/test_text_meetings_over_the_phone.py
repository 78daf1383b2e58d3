"""
A call told with "over the phone" or "over telephone" (PTI's and Indian papers' formula),
after the verb ("spoke over telephone") or after the noun ("held a conversation over the
phone with ..."), and a "telephonic conversation", is a phone call. The phone as a thing
("over the phone lines") and talks over the phone as a topic are no call.

The sentences are written for these tests; the names are real office holders, the events made
up.
"""

from __future__ import annotations

import pytest

from bilateral import Medium
from bilateral.text import extract

_MODI = "Indian Prime Minister Narendra Modi"
_ALBANESE = "Australian Prime Minister Anthony Albanese"


@pytest.mark.parametrize(
    "sentence",
    [
        f"{_MODI} and {_ALBANESE} spoke over telephone on Tuesday.",
        f"{_MODI} and {_ALBANESE} spoke over the phone on Tuesday.",
        f"{_MODI} held a conversation over the phone with {_ALBANESE} on Tuesday.",
        f"{_MODI} and {_ALBANESE} held talks over the telephone on Tuesday.",
        f"{_MODI} held a telephonic conversation with {_ALBANESE} on Tuesday.",
        f"{_MODI} on Tuesday had telephonic talks with {_ALBANESE}.",
    ],
)
def test_a_call_over_the_phone(sentence: str) -> None:
    record = extract(sentence)
    assert [(m.medium, len(m.participants)) for m in record.meetings] == [(Medium.PHONE, 2)]


@pytest.mark.parametrize(
    "sentence",
    [
        f"{_MODI} spoke over the phone lines, the daily said on Tuesday.",
        f"{_MODI} said talks over the phone were no substitute for a visit, the daily said on Tuesday.",
    ],
)
def test_the_phone_without_a_call(sentence: str) -> None:
    assert extract(sentence).meetings == ()


@pytest.mark.parametrize(
    ("sentence", "topic"),
    [
        (
            (
                "Japanese Prime Minister Shigeru Ishiba discussed the war with Chinese Premier Li Qiang"
                " over the phone on Tuesday."
            ),
            "war",
        ),
        (
            (
                "Japanese Prime Minister Shigeru Ishiba and Chinese Premier Li Qiang discussed trade over"
                " telephone on Tuesday."
            ),
            "trade",
        ),
    ],
)
def test_discussed_over_the_phone_is_a_call(sentence: str, topic: str) -> None:
    (meeting,) = extract(sentence).meetings
    assert (meeting.medium, len(meeting.participants), meeting.topics) == (Medium.PHONE, 2, (topic,))


def test_discussed_fraud_over_the_phone_lines_is_no_call() -> None:
    sentence = (
        "Japanese Prime Minister Shigeru Ishiba discussed fraud over the phone lines with Chinese"
        " Premier Li Qiang."
    )
    assert [m.medium for m in extract(sentence).meetings] != [Medium.PHONE]
