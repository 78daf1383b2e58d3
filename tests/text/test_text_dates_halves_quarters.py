"""
Half years and quarters as dates: "in the first half of 2027", "by the third quarter of next year".

"The package will be delivered in the first half of 2027" gave only the year 2027, and "the
third quarter of next year" an unresolved quarter beside "next year". A half year is a year
with the modifier "H1" or "H2" (six months); a quarter keeps "Q1" to "Q4" (three months). A
year is printed, relative ("of next year", "of this year", "of the year") or, for a bare
quarter, taken from the tense as for a season. A half without a year is no date ("the first
half of the match"), nor is a third or fourth half.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.model import Granularity, Span, TimeExpression
from bilateral.text._dates import find_dates

ANCHOR = dt.date(2026, 11, 26)


def _dates(text: str) -> list[TimeExpression]:
    return find_dates(text, Span(start=0, end=len(text)), ANCHOR)


@pytest.mark.parametrize(
    ("text", "words", "unit", "first", "last"),
    [
        (
            "The radar station will be handed over in the first half of 2028, officials said.",
            "first half of 2028",
            (Granularity.YEAR, "H1"),
            dt.date(2028, 1, 1),
            dt.date(2028, 6, 30),
        ),
        (
            "Inflation eased in the second half of last year, the central bank said.",
            "second half of last year",
            (Granularity.YEAR, "H2"),
            dt.date(2025, 7, 1),
            dt.date(2025, 12, 31),
        ),
        (
            "The ministers will meet again in the second half of the year.",
            "second half of the year",
            (Granularity.YEAR, "H2"),
            dt.date(2026, 7, 1),
            dt.date(2026, 12, 31),
        ),
        (
            "Both sides want the corridor open by the third quarter of next year.",
            "third quarter of next year",
            (Granularity.QUARTER, "Q3"),
            dt.date(2027, 7, 1),
            dt.date(2027, 9, 30),
        ),
        (
            "Exports to Ghana fell sharply in the first quarter of this year.",
            "first quarter of this year",
            (Granularity.QUARTER, "Q1"),
            dt.date(2026, 1, 1),
            dt.date(2026, 3, 31),
        ),
        # A bare quarter: the tense decides, as for a bare season.
        (
            "The committee will hold its first session in the first quarter.",
            "first quarter",
            (Granularity.QUARTER, "Q1"),
            dt.date(2027, 1, 1),
            dt.date(2027, 3, 31),
        ),
        (
            "Shipments rose 12 percent in the third quarter, customs data showed.",
            "third quarter",
            (Granularity.QUARTER, "Q3"),
            dt.date(2026, 7, 1),
            dt.date(2026, 9, 30),
        ),
    ],
)
def test_a_half_or_a_quarter_is_resolved(
    text: str, words: str, unit: tuple[Granularity, str], first: dt.date, last: dt.date
) -> None:
    (expr,) = _dates(text)
    assert expr.text == words
    assert (expr.granularity, expr.modifier) == unit
    assert (expr.start, expr.end) == (first, last)
    assert expr.year == first.year


@pytest.mark.parametrize(
    "text",
    [
        "Osimhen scored twice in the first half of the match.",
        "The first half of his speech dealt with the border.",
        "In the second half, the visitors pressed forward.",
        "He spent the first half of the year before his election in exile.",
    ],
)
def test_a_half_without_a_year_is_no_date(text: str) -> None:
    assert _dates(text) == []


def test_a_half_or_quarter_without_an_anchor_keeps_its_printed_year_only() -> None:
    text = "Work starts in the second half of 2027 and ends by the fourth quarter of next year."
    half, quarter = find_dates(text, Span(start=0, end=len(text)), None)
    assert (half.modifier, half.start, half.end) == ("H2", dt.date(2027, 7, 1), dt.date(2027, 12, 31))
    assert (quarter.modifier, quarter.year, quarter.start) == ("Q4", None, None)


@pytest.mark.parametrize(
    ("text", "words", "unit", "first", "last"),
    [
        (
            "Output is due to reach 2 million barrels a day in the final quarter of next year.",
            "final quarter of next year",
            (Granularity.QUARTER, "Q4"),
            dt.date(2027, 10, 1),
            dt.date(2027, 12, 31),
        ),
        (
            "Trade between the two fell in the last quarter of 2025.",
            "last quarter of 2025",
            (Granularity.QUARTER, "Q4"),
            dt.date(2025, 10, 1),
            dt.date(2025, 12, 31),
        ),
        (
            "Work on the bridge should be finished in the first six months of 2028.",
            "first six months of 2028",
            (Granularity.YEAR, "H1"),
            dt.date(2028, 1, 1),
            dt.date(2028, 6, 30),
        ),
        (
            "Arrivals from Kenya doubled in the last six months of 2025.",
            "last six months of 2025",
            (Granularity.YEAR, "H2"),
            dt.date(2025, 7, 1),
            dt.date(2025, 12, 31),
        ),
        # Reuters: "by end-2027", "by end-March".
        (
            "The ministers want the pipeline finished by end-2027.",
            "end-2027",
            (Granularity.YEAR, "late"),
            dt.date(2027, 9, 1),
            dt.date(2027, 12, 31),
        ),
        (
            "The tariff cuts take effect by end-June 2027.",
            "end-June 2027",
            (Granularity.MONTH, "late"),
            dt.date(2027, 6, 21),
            dt.date(2027, 6, 30),
        ),
    ],
)
def test_other_wordings_of_quarters_halves_and_ends(
    text: str, words: str, unit: tuple[Granularity, str], first: dt.date, last: dt.date
) -> None:
    expr = _dates(text)[0]
    assert expr.text == words
    assert (expr.granularity, expr.modifier) == unit
    assert (expr.start, expr.end) == (first, last)


@pytest.mark.parametrize(
    "text",
    [
        "In the last quarter, exports of tea fell again.",
        "At the end of the day, the talks went nowhere.",
        "Both camps fear the end-game of the war.",
        "He promised to fix it in the first six months of his term.",
    ],
)
def test_no_quarter_half_or_end_is_dated_without_its_year(text: str) -> None:
    assert [e.text for e in _dates(text)] == []


@pytest.mark.parametrize(
    ("text", "words", "first"),
    [
        (
            "Both sides want the free trade talks concluded by March next year.",
            "March next year",
            dt.date(2027, 3, 1),
        ),
        ("The plant was closed in June of last year.", "June of last year", dt.date(2025, 6, 1)),
        ("The two leaders first met in May this year.", "May this year", dt.date(2026, 5, 1)),
    ],
)
def test_a_month_of_a_relative_year_is_one_date(text: str, words: str, first: dt.date) -> None:
    (expr,) = _dates(text)
    assert (expr.text, expr.granularity, expr.start) == (words, Granularity.MONTH, first)


def test_a_month_of_a_relative_year_without_an_anchor_keeps_the_month() -> None:
    text = "They will meet again in March next year."
    (expr,) = find_dates(text, Span(start=0, end=len(text)), None)
    assert (expr.text, expr.month, expr.year, expr.start) == ("March next year", 3, None, None)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Officials hope to close the loan by year-end, the treasury said.", "year-end"),
        ("The corridor should open before year end.", "year end"),
        ("Both sides want a text by end-year.", "end-year"),
        ("Year-end talks in Lusaka are planned.", "Year-end"),
    ],
)
def test_year_end_is_late_in_the_story_year(text: str, words: str) -> None:
    # As "the end of the year": late (September to December) of the anchor's year.
    (found,) = _dates(text)
    assert (found.text, found.modifier, found.granularity) == (words, "late", Granularity.YEAR)
    assert (found.start, found.end) == (dt.date(2026, 9, 1), dt.date(2026, 12, 31))
    assert find_dates(text, Span(start=0, end=len(text)), None)[0].start is None


@pytest.mark.parametrize(
    "text",
    [
        "The fiscal year ended with a surplus.",
        "The year ends with a vote.",
        "It was the ministry's year-ender.",
        "Its end-to-end year plan was cut.",
    ],
)
def test_no_year_end_in_other_words(text: str) -> None:
    assert _dates(text) == []


@pytest.mark.parametrize(
    ("text", "words", "first", "last"),
    [
        (
            "Trade should double by end of next year.",
            "end of next year",
            dt.date(2027, 9, 1),
            dt.date(2027, 12, 31),
        ),
        (
            "The audit is due by end of this month.",
            "end of this month",
            dt.date(2026, 11, 21),
            dt.date(2026, 11, 30),
        ),
        (
            "A text by end of the year is likely.",
            "end of the year",
            dt.date(2026, 9, 1),
            dt.date(2026, 12, 31),
        ),
    ],
)
def test_end_of_without_the(text: str, words: str, first: dt.date, last: dt.date) -> None:
    (found,) = _dates(text)
    assert (found.text, found.modifier, found.start, found.end) == (words, "late", first, last)


@pytest.mark.parametrize(
    "text", ["The end of the war is near.", "By end of talks nothing was signed.", "It will end of course."]
)
def test_end_of_something_else_is_no_date(text: str) -> None:
    assert _dates(text) == []
