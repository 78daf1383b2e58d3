"""
`_dates._placed`: the place of an expression found, set as `attrs.evolve` would set it.

`find_dates` gives every expression its mention with `_placed`, which names the fields of
`TimeExpression` instead of walking them; a field added to the model must be added there.
"""

from __future__ import annotations

import datetime as dt

import attrs

from bilateral.model import Granularity, Span, TimeExpression, Weekday
from bilateral.text import _dates


def test_placed_names_every_field_of_a_time_expression() -> None:
    named = {"text", "year", "month", "day", "weekday", "granularity", "modifier", "start", "end", "mention"}
    assert {a.alias for a in attrs.fields(TimeExpression) if a.init} == named


def test_placed_is_evolve_with_the_mention() -> None:
    day = dt.date(2025, 3, 11)
    expr = TimeExpression(
        text="early Tuesday",
        year=2025,
        month=3,
        day=11,
        weekday=Weekday.TUESDAY,
        granularity=Granularity.DAY,
        modifier="early",
        start=day,
        end=day,
        mention=Span(start=0, end=13),
    )
    where = Span(start=40, end=53)
    assert _dates._placed(expr, where) == attrs.evolve(expr, mention=where)
    bare = TimeExpression(text="Tuesday", weekday=Weekday.TUESDAY)
    assert _dates._placed(bare, where) == attrs.evolve(bare, mention=where)


def test_find_dates_places_each_expression_on_its_words() -> None:
    text = "The two leaders met on Tuesday in Nairobi."
    found = _dates.find_dates(text, Span(start=0, end=len(text)), dt.date(2025, 3, 14))
    assert [(d.text, d.mention) for d in found] == [("Tuesday", Span(start=23, end=30))]
