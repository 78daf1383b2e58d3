"""
A day of the month alone ("will travel to Moscow on the 25th for talks"): month and year come
from the story's date and the tense, as for other partial dates. An ordinal that counts
something ("on the 5th anniversary", "the 20th round") is no date.

The sentences are written for these tests; the names are real office holders, the events made
up.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.text import extract

PUBLISHED = dt.date(2025, 11, 14)


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        # Ahead, later this month.
        (
            (
                "Pakistani Foreign Minister Ishaq Dar will travel to Moscow on the 25th for talks with"
                " Russian Foreign Minister Sergei Lavrov."
            ),
            PUBLISHED,
            dt.date(2025, 11, 25),
        ),
        # Ahead, past this month's day: next month's.
        (
            (
                "Pakistani Foreign Minister Ishaq Dar will travel to Moscow on the 3rd for talks with"
                " Russian Foreign Minister Sergei Lavrov."
            ),
            PUBLISHED,
            dt.date(2025, 12, 3),
        ),
        # Back, earlier this month.
        (
            (
                "Pakistani Foreign Minister Ishaq Dar met Russian Foreign Minister Sergei Lavrov in Moscow"
                " on the 3rd, the ministry said."
            ),
            PUBLISHED,
            dt.date(2025, 11, 3),
        ),
        # Back, across the new year.
        (
            (
                "Pakistani Foreign Minister Ishaq Dar met Russian Foreign Minister Sergei Lavrov in Moscow"
                " on the 28th, the ministry said."
            ),
            dt.date(2026, 1, 5),
            dt.date(2025, 12, 28),
        ),
    ],
)
def test_a_day_of_the_month_takes_month_and_year_from_the_story(
    sentence: str, published: dt.date, expected: dt.date
) -> None:
    (meeting,) = extract(sentence, published=published).meetings
    assert meeting.date is not None
    assert meeting.date.start == expected
    assert meeting.date.text == f"the {expected.day}{'rd' if expected.day == 3 else 'th'}"


def test_the_31st_skips_a_month_without_one() -> None:
    (meeting,) = extract(
        (
            "Pakistani Foreign Minister Ishaq Dar will travel to Moscow on the 31st for talks with"
            " Russian Foreign Minister Sergei Lavrov."
        ),
        published=dt.date(2025, 11, 14),
    ).meetings
    assert meeting.date is not None
    assert meeting.date.start == dt.date(2025, 12, 31)


@pytest.mark.parametrize(
    "sentence",
    [
        (
            "Pakistani Foreign Minister Ishaq Dar will travel to Moscow on the 5th anniversary of the"
            " treaty for talks with Russian Foreign Minister Sergei Lavrov."
        ),
        (
            "Pakistani Foreign Minister Ishaq Dar met Russian Foreign Minister Sergei Lavrov before the"
            " 20th round of talks on the border."
        ),
        (
            "Pakistani Foreign Minister Ishaq Dar, who came 25th in the list, met Russian Foreign"
            " Minister Sergei Lavrov."
        ),
    ],
)
def test_an_ordinal_that_counts_is_no_date(sentence: str) -> None:
    for meeting in extract(sentence, published=PUBLISHED).meetings:
        assert meeting.date is None


def test_the_day_is_no_topic() -> None:
    (meeting,) = extract(
        (
            "Pakistani Foreign Minister Ishaq Dar held talks with Russian Foreign Minister Sergei Lavrov"
            " on the 3rd in Moscow."
        ),
        published=PUBLISHED,
    ).meetings
    assert meeting.topics == ()
