"""
A place after "to" and before a visit is the visit's place only where someone went there.

"agreed on Tuesday to extend the rail line to Marrakesh ..., during a state visit" took
Marrakesh, the end of the rail line, for the place of the visit (and kept it over "met ... at
the royal palace in Rabat"). "travelled to Rabat for a state visit" and "welcomed Macron to
Rabat for a state visit" still give the place.

The paragraphs were written for these tests in the style of AFP. The names are real office
holders; the events are made up.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.text import extract

PUBLISHED = dt.date(2025, 10, 30)  # a Thursday
_FAYE = "Senegalese President Bassirou Diomaye Faye"
_SANCHEZ = "Spanish Prime Minister Pedro Sanchez"


def _place(text: str) -> str | None:
    (meeting,) = extract(text, published=PUBLISHED).meetings
    return meeting.place


def test_the_object_of_a_deal_is_not_where_the_visit_was() -> None:
    text = (
        "Spanish Prime Minister Pedro Sanchez and Senegalese President Bassirou Diomaye Faye agreed "
        "on Tuesday to extend a fibre-optic cable to Dakar with Spanish financing, during a state "
        "visit.\n\nThe two leaders met for over an hour at the presidential palace in Madrid."
    )
    assert _place(text) == "madrid"


@pytest.mark.parametrize(
    "sentence",
    [
        f"{_FAYE} travelled to Madrid on Monday for a state visit and met {_SANCHEZ}.",
        f"{_SANCHEZ} welcomed {_FAYE} to Madrid for a state visit on Monday.",
    ],
)
def test_a_going_to_the_place_gives_the_place(sentence: str) -> None:
    assert _place(sentence) == "madrid"
