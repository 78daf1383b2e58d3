"""
An act dated two years or more before the story's latest dated year is background, also when
the story has no publication date ("signed a water pact in March 2021" in a 2026 story).

The paragraphs are written for these tests; the names are real office holders, the events
made up.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.text import extract

_LEAD = (
    "ANKARA (AA) - Turkish Foreign Minister Hakan Fidan met Iraqi Foreign Minister Fuad Hussein in"
    " Ankara on Tuesday, ahead of a summit planned for May 2026. "
)


def _outcomes(text: str, published: dt.date | None = None) -> int:
    return sum(len(m.outcomes) for m in extract(text, published=published).meetings)


@pytest.mark.parametrize(
    "tail",
    [
        "The two countries signed a water agreement in March 2021.",
        "The two signed a trade pact in Baghdad in August 2019, when Fidan was intelligence chief.",
    ],
)
def test_an_act_years_before_the_story_is_background_without_a_date(tail: str) -> None:
    assert _outcomes(_LEAD + tail) == 0


@pytest.mark.parametrize(
    "tail",
    [
        # Today's act.
        "The two countries signed a water agreement on Tuesday.",
        # The year before the latest may still be the story's own ("by March 2027" looks ahead).
        "The two countries signed a water agreement in November 2025.",
    ],
)
def test_an_act_of_the_story_stays(tail: str) -> None:
    assert _outcomes(_LEAD + tail) == 1


def test_no_dated_year_in_the_story_tells_nothing() -> None:
    text = (
        "ANKARA (AA) - Turkish Foreign Minister Hakan Fidan met Iraqi Foreign Minister Fuad Hussein"
        " in Ankara on Tuesday. The two countries signed a water agreement in March 2021."
    )
    # Without a publication date or another dated year, 2021 may be the story's own year.
    assert _outcomes(text) == 1
    assert _outcomes(text, published=dt.date(2026, 3, 4)) == 0
