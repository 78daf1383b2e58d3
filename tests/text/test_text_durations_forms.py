"""Duration forms of wire style: closed compounds, digit fractions, "hour-and-a-half"."""

from __future__ import annotations

import pytest

from bilateral.model import DurationQualifier, Span
from bilateral.text._durations import find_durations

ABOUT = DurationQualifier.APPROXIMATELY
EXACT = DurationQualifier.EXACT
AT_LEAST = DurationQualifier.AT_LEAST


def _found(text: str) -> list[tuple[str | None, int, DurationQualifier]]:
    return [(d.text, d.seconds, d.qualifier) for d in find_durations(text, Span(start=0, end=len(text)))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The hourlong meeting ended at noon.", [("hourlong meeting", 3600, EXACT)]),
        ("She began a weeklong tour of Africa.", [("weeklong tour", 604800, ABOUT)]),
        ("They held an hour-and-a-half meeting.", [("hour-and-a-half meeting", 5400, EXACT)]),
        ("They talked for nearly 2 1/2 hours.", [("nearly 2 1/2 hours", 9000, ABOUT)]),
        ("They talked for 2-1/2 hours.", [("2-1/2 hours", 9000, EXACT)]),
        ("They talked for 3\u00bd hours.", [("3\u00bd hours", 12600, EXACT)]),
        # "-plus" or "+" after the figure: at least that long.
        ("The leaders talked for 90-plus minutes.", [("90-plus minutes", 5400, AT_LEAST)]),
        ("They held a 45-plus-minute call.", [("45-plus-minute call", 2700, AT_LEAST)]),
        ("The session ran 2+ hours.", [("2+ hours", 7200, AT_LEAST)]),
        ("It took three-plus hours to agree.", [("three-plus hours", 10800, AT_LEAST)]),
        ("They spent the better part of an hour alone.", [("the better part of an hour", 3600, ABOUT)]),
    ],
)
def test_wire_forms(text: str, expected: list[tuple[str | None, int, DurationQualifier]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # A fraction's denominator is no count of hours.
        "The price rose by 1/2 hour of wages.",
        # "long" alone, or a unit word alone, is no duration.
        "It was a long hour for everyone.",
        "They met at the day centre.",
        # A lone "a second" is the ordinal in news copy, not one second of time.
        "Warsaw signed a second contract for K9 howitzers on Monday.",
        "A second round of talks is planned for March.",
        "Ramaphosa won a second term in 2024.",
        "The envoys met for a second time in Doha.",
        # "plus" that is no suffix of a figure, and "the better part of" before no figure.
        "The deal is a plus for both sides of the border, officials said.",
        "They spent the better part of the day in talks.",
    ],
)
def test_no_duration(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Other single units after "a", and seconds with a figure, stay durations.
        ("They observed a minute of silence.", [("a minute", 60, EXACT)]),
        ("The call lasted an hour.", [("an hour", 3600, EXACT)]),
        ("The anthem played for 90 seconds.", [("90 seconds", 90, EXACT)]),
    ],
)
def test_single_units_kept(text: str, expected: list[tuple[str | None, int, DurationQualifier]]) -> None:
    assert _found(text) == expected
