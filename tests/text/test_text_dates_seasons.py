"""
Seasons as dates: "in the autumn", "next spring", "the winter of 2024", "in spring 2026".

A planned visit "in the autumn" had no date at all. A season is three months (northern
hemisphere), kept as `Granularity.QUARTER` with the season's name as the modifier. A bare
season is resolved by the tense; "this", "next" and "last" by the publication date. Without a
preposition, a relative word or a year the word is no date ("the Arab Spring", "a fall in
prices", "the fall of Kabul", "the Winter Olympics").
"""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.model import Granularity, Span, TimeExpression
from bilateral.text import extract
from bilateral.text._dates import find_dates

ANCHOR = dt.date(2025, 11, 19)


def _dates(text: str) -> list[TimeExpression]:
    return find_dates(text, Span(start=0, end=len(text)), ANCHOR)


@pytest.mark.parametrize(
    ("text", "words", "first", "last"),
    [
        ("She will visit Seoul next spring.", "next spring", dt.date(2026, 3, 1), dt.date(2026, 5, 31)),
        ("They last met in the summer.", "in the summer", dt.date(2025, 6, 1), dt.date(2025, 8, 31)),
        ("They met last spring in Oslo.", "last spring", dt.date(2025, 3, 1), dt.date(2025, 5, 31)),
        (
            "The talks were held in the winter of 2023.",
            "in the winter of 2023",
            dt.date(2023, 12, 1),
            dt.date(2024, 2, 29),
        ),
        ("He visited in spring 2022.", "in spring 2022", dt.date(2022, 3, 1), dt.date(2022, 5, 31)),
        (
            "The summit is planned for the fall of 2026.",
            "for the fall of 2026",
            dt.date(2026, 9, 1),
            dt.date(2026, 11, 30),
        ),
        ("He will return this winter.", "this winter", dt.date(2025, 12, 1), dt.date(2026, 2, 28)),
    ],
)
def test_a_season_is_three_months(text: str, words: str, first: dt.date, last: dt.date) -> None:
    (found,) = _dates(text)
    assert found.text == words
    assert found.granularity is Granularity.QUARTER
    assert (found.start, found.end) == (first, last)


def test_fall_is_named_autumn_and_a_part_is_kept() -> None:
    (found,) = _dates("The leaders will meet in early fall.")
    assert found.modifier == "early autumn"


@pytest.mark.parametrize(
    "text",
    [
        "Since the Arab Spring, ties have changed.",
        "Prices saw a fall after the talks.",
        "After the fall of Kabul, the two men met.",
        "The two leaders attended the Winter Olympics.",
        "They met at the Summer Palace.",
        "The summer heat was intense.",
    ],
)
def test_a_season_word_that_is_no_date(text: str) -> None:
    assert _dates(text) == []


def test_a_planned_visit_in_the_autumn_is_dated() -> None:
    text = (
        "Japanese Prime Minister Shigeru Ishiba met Mongolian President Ukhnaagiin Khurelsukh in "
        "Tokyo on Monday.\n\nKhurelsukh is expected to visit Japan again in the autumn for a summit "
        "with Ishiba, officials said."
    )
    record = extract(text, published=dt.date(2025, 5, 14))
    planned = [m for m in record.meetings if m.date is not None and m.date.granularity is Granularity.QUARTER]
    assert [m.date.start for m in planned if m.date is not None] == [dt.date(2025, 9, 1)]
