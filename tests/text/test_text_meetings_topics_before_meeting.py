"""
A lead that says what a pair discussed before any meeting is named ("A and his counterpart, B,
discussed on Sunday X, Y and Z. The ministers met in New Delhi for ..."): the topics and the
day are the meeting's named next.

The paragraphs were written for these tests in the styles of VOA and the wire services. The
names are real office holders; the events are made up.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.text import extract

PUBLISHED = dt.date(2025, 6, 23)  # a Monday


def test_a_lead_with_an_apposition_gives_its_topics_and_day_to_the_meeting() -> None:
    record = extract(
        "Brazilian Foreign Minister Mauro Vieira and his Angolan counterpart, Tete Antonio, discussed "
        "on Sunday the Lobito corridor, oil exploration and the conflict in eastern Congo.\n\n"
        "The ministers met in Luanda for the fifth session of their joint commission.",
        published=PUBLISHED,
    )
    (meeting,) = record.meetings
    assert set(meeting.topics) == {"Lobito corridor", "oil exploration", "conflict in eastern Congo"}
    assert meeting.date is not None
    assert meeting.date.text == "Sunday"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The two ministers discussed trade on Sunday.", {"trade"}),
        ("The two ministers discussed the Sahel earlier this month.", {"Sahel"}),
    ],
)
def test_a_day_closing_the_list_is_no_part_of_a_topic(sentence: str, expected: set[str]) -> None:
    record = extract(
        "Brazilian Foreign Minister Mauro Vieira met Angolan Foreign Minister Tete Antonio in Luanda. "
        + sentence,
        published=PUBLISHED,
    )
    (meeting,) = record.meetings
    assert set(meeting.topics) == expected


def test_what_a_spokesman_says_the_pair_discussed_stays_with_their_meeting() -> None:
    record = extract(
        "Brazilian Foreign Minister Mauro Vieira met Angolan Foreign Minister Tete Antonio in Luanda "
        "on Sunday.\n\nA ministry spokesman said the two ministers had also discussed oil "
        "exploration.",
        published=PUBLISHED,
    )
    (meeting,) = record.meetings
    assert meeting.topics == ("oil exploration",)


def test_a_reported_day_is_no_topic_object() -> None:
    # "said on Sunday that": when it was said; no "discussed" before the day.
    record = extract(
        "Brazilian Foreign Minister Mauro Vieira met Angolan Foreign Minister Tete Antonio in Luanda. "
        "The talks on Sunday covered fisheries.",
        published=PUBLISHED,
    )
    (meeting,) = record.meetings
    assert meeting.topics == ("fisheries",)
