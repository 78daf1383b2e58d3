"""
A time that opens the sentence dates the act of its clause: "In 2019, Turkey and Iraq signed a
water pact" in a 2026 story is background, as "signed a water pact in 2019" is.

The paragraphs are written for these tests; the names are real office holders, the events
made up.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.text import extract

_LEAD = (
    "ANKARA (AA) - Turkish Foreign Minister Hakan Fidan met Iraqi Foreign Minister Fuad Hussein in"
    " Ankara on Tuesday to discuss water sharing. "
)
_PUBLISHED = dt.date(2026, 11, 10)


def _outcomes(text: str, published: dt.date | None = _PUBLISHED) -> list[str]:
    return [o.text for m in extract(text, published=published).meetings for o in m.outcomes]


@pytest.mark.parametrize(
    "tail",
    [
        "In 2019, Turkey and Iraq signed a memorandum of understanding on water management.",
        "In March 2022, the two countries signed a security pact.",
        "Back in 2014, the two ministries inked a cooperation agreement.",
        "Last year, Fidan and Hussein agreed to set up a joint water committee.",
        "Two years ago, Fidan invited Hussein to visit Istanbul.",
        "In June, Hussein proposed a joint border force.",
    ],
)
def test_an_act_dated_before_the_story_by_its_opening_is_background(tail: str) -> None:
    assert _outcomes(_LEAD + tail) == []


@pytest.mark.parametrize(
    "tail",
    [
        # The story's own month, and a year ahead.
        "In November, the two countries signed a security pact.",
        "In 2027, the two countries will sign a security pact, Fidan proposed.",
        # The opening time is another clause's: the act after the comma is today's.
        "In 2019, relations were tense, but on Tuesday the two signed a water agreement.",
        # No opening time.
        "The two ministers agreed to set up a joint water committee.",
    ],
)
def test_an_act_of_the_story_stays(tail: str) -> None:
    assert len(_outcomes(_LEAD + tail)) == 1


def test_a_printed_year_counts_against_the_latest_without_a_publication_date() -> None:
    lead = _LEAD.replace("on Tuesday", "on Tuesday, ahead of a summit in May 2026,")
    tail = "In 2019, Turkey and Iraq signed a memorandum of understanding on water management."
    assert _outcomes(lead + tail, published=None) == []
    # A month with no year tells nothing without a publication date.
    assert len(_outcomes(lead + "In March, the two countries signed a security pact.", published=None)) == 1
