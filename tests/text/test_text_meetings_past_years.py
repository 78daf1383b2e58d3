"""
A meeting dated in a year before the story's is background: what follows it (an agreement, the
topics "they also discussed") belongs to the meeting the story reports, as after "last met".

The paragraphs are written for these tests; the names are real office holders, the events
made up.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.text import extract

_LEAD = (
    "ANKARA (Reuters) - Turkish Foreign Minister Hakan Fidan met his Iraqi counterpart Fuad Hussein"
    " in Ankara on Thursday to discuss water sharing. "
)
_TAIL = " The two ministers agreed to set up a joint committee on water. They also discussed energy."
_PUBLISHED = dt.date(2026, 3, 12)


def _dates_with_outcomes(text: str, published: dt.date | None = _PUBLISHED) -> list[tuple[str, list[str]]]:
    """The date text of each meeting with an outcome, and its topics."""
    return [
        (m.date.text if m.date is not None else "", list(m.topics))
        for m in extract(text, published=published).meetings
        if m.outcomes
    ]


@pytest.mark.parametrize(
    "middle",
    [
        "Fidan and Hussein met in Baghdad in August 2023.",
        "Fidan visited Baghdad in August 2023, when he held talks with Hussein on the Development Road.",
        "The two ministers held talks in Baghdad in March 2024.",
    ],
)
def test_what_follows_a_meeting_of_an_earlier_year_is_the_story_meeting(middle: str) -> None:
    found = _dates_with_outcomes(_LEAD + middle + _TAIL)
    assert [date for date, _ in found] == ["Thursday"]
    assert "energy" in found[0][1]


def test_without_a_publication_date_the_year_counts_against_the_latest() -> None:
    lead = _LEAD.replace("water sharing.", "water sharing ahead of a summit in May 2026.")
    found = _dates_with_outcomes(lead + "Fidan and Hussein met in Baghdad in August 2023." + _TAIL, None)
    assert [date for date, _ in found] == ["Thursday"]


@pytest.mark.parametrize(
    ("middle", "published"),
    [
        # A month of the story's own year, and the last weeks of the year before.
        ("Fidan and Hussein met in Baghdad in February 2026.", _PUBLISHED),
        ("Fidan and Hussein met in Baghdad in December 2025.", dt.date(2026, 1, 10)),
        # A year the text does not print tells nothing.
        ("Fidan and Hussein met in Baghdad in February.", _PUBLISHED),
    ],
)
def test_a_recent_meeting_is_not_background(middle: str, published: dt.date) -> None:
    # The nearest meeting before the agreement takes it, as before.
    lead = _LEAD.replace("on Thursday", "on Thursday, March 5")
    found = _dates_with_outcomes(lead + middle + _TAIL, published)
    assert len(found) == 1
    assert found[0][0] != "Thursday, March 5"


def test_a_story_of_an_earlier_meeting_only_keeps_its_outcomes() -> None:
    text = (
        "Turkish Foreign Minister Hakan Fidan and Iraqi Foreign Minister Fuad Hussein met in Baghdad"
        " in August 2023."
    )
    found = _dates_with_outcomes(text + _TAIL)
    assert [date for date, _ in found] == ["August 2023"]
