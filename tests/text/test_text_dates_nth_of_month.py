"""
A day of a month told relative to the story's ("on the 25th of next month", "the 3rd of this
month", "the 12th of last month") is that day of that month, whatever the tense and with no
preposition needed. Without a publication date, a lone day of the month keeps the day the
text gives (month and year unknown) instead of nothing.

The sentences are written for these tests; the names are real office holders, the events made
up.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.text import extract

PUBLISHED = dt.date(2026, 11, 3)
_PUTIN = "Russian President Vladimir Putin"
_XI = "Chinese President Xi Jinping"
_KREMLIN = "the Kremlin said"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            f"{_PUTIN} will meet {_XI} in Beijing on the 25th of next month, the Kremlin said.",
            dt.date(2026, 12, 25),
        ),
        (f"{_PUTIN} met {_XI} in Beijing on the 2nd of this month, the Kremlin said.", dt.date(2026, 11, 2)),
        (f"{_PUTIN} met {_XI} in Beijing on the 12th of last month.", dt.date(2026, 10, 12)),
        (
            f"{_PUTIN} will hold talks with {_XI}, scheduled for the 14th of next month.",
            dt.date(2026, 12, 14),
        ),
    ],
)
def test_a_day_of_a_month_told_relative(sentence: str, expected: dt.date) -> None:
    record = extract(sentence, published=PUBLISHED)
    assert [m.date.start if m.date else None for m in record.meetings] == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        # No month: "this month-long festival"; no date: an ordinal that counts.
        f"{_PUTIN} will hold talks with {_XI}, scheduled for the 14th of this month-long festival.",
        f"{_PUTIN} will meet {_XI}, marking the 25th anniversary of the treaty.",
        # No such day in the month told.
        f"{_PUTIN} will meet {_XI} in Beijing on the 31st of this month, the Kremlin said.",
    ],
)
def test_no_date(sentence: str) -> None:
    record = extract(sentence, published=PUBLISHED)
    assert [m.date for m in record.meetings] == [None]


def test_a_lone_day_without_a_publication_date_keeps_the_day() -> None:
    record = extract(f"{_PUTIN} will meet {_XI} in Beijing on the 25th, the Kremlin said.")
    date = record.meetings[0].date
    assert date is not None
    assert (date.text, date.year, date.month, date.day, date.start) == ("the 25th", None, None, 25, None)
