"""`TimeExpression.resolve`: what an anchor makes certain, in the direction the tense gives."""

from __future__ import annotations

import calendar
import datetime as dt

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from bilateral.model import Direction, Granularity, TimeExpression, Weekday
from bilateral.testing import strategies as bst

PAST, FUTURE = Direction.PAST, Direction.FUTURE
# Thursday 26 November 2026, the anchor of DESIGN.md's example.
THURSDAY = dt.date(2026, 11, 26)
# Anchors far enough from the ends of the calendar that every answer is representable.
ANCHORS = st.dates(dt.date(1600, 1, 1), dt.date(2400, 12, 31))


def weekday(day: Weekday) -> TimeExpression:
    return TimeExpression(text=day.value, weekday=day)


def month_day(month: int, day: int) -> TimeExpression:
    return TimeExpression(text=f"{calendar.month_name[month]} {day}", month=month, day=day)


def month(number: int, modifier: str | None = None, year: int | None = None) -> TimeExpression:
    return TimeExpression(
        text=calendar.month_name[number],
        year=year,
        month=number,
        granularity=Granularity.MONTH,
        modifier=modifier,
    )


def resolved(te: TimeExpression, anchor: dt.date | dt.datetime, direction: Direction = PAST) -> dt.date:
    out = te.resolve(anchor, direction)
    assert out.start is not None
    assert out.start == out.end
    return out.start


# Bare weekdays, on and around the anchor.


@pytest.mark.parametrize(
    ("day", "past", "future"),
    [
        (Weekday.MONDAY, dt.date(2026, 11, 23), dt.date(2026, 11, 30)),
        (Weekday.TUESDAY, dt.date(2026, 11, 24), dt.date(2026, 12, 1)),  # DESIGN.md's example
        (Weekday.WEDNESDAY, dt.date(2026, 11, 25), dt.date(2026, 12, 2)),  # the day before the anchor
        (Weekday.THURSDAY, dt.date(2026, 11, 26), dt.date(2026, 12, 3)),  # the anchor's own weekday
        (Weekday.FRIDAY, dt.date(2026, 11, 20), dt.date(2026, 11, 27)),  # the day after the anchor
        (Weekday.SATURDAY, dt.date(2026, 11, 21), dt.date(2026, 11, 28)),
        (Weekday.SUNDAY, dt.date(2026, 11, 22), dt.date(2026, 11, 29)),
    ],
)
def test_bare_weekday_around_a_thursday(day: Weekday, past: dt.date, future: dt.date) -> None:
    assert resolved(weekday(day), THURSDAY, PAST) == past
    assert resolved(weekday(day), THURSDAY, FUTURE) == future


def test_past_is_the_default_direction() -> None:
    assert weekday(Weekday.TUESDAY).resolve(THURSDAY) == weekday(Weekday.TUESDAY).resolve(THURSDAY, PAST)


def test_resolution_fills_every_part() -> None:
    out = weekday(Weekday.TUESDAY).resolve(THURSDAY)
    assert out == TimeExpression(
        text="Tuesday",
        year=2026,
        month=11,
        day=24,
        weekday=Weekday.TUESDAY,
        start=dt.date(2026, 11, 24),
        end=dt.date(2026, 11, 24),
    )
    assert out.is_resolved
    assert not weekday(Weekday.TUESDAY).is_resolved


def test_a_datetime_anchor_counts_as_its_date() -> None:
    late_evening = dt.datetime(2026, 11, 26, 23, 59, tzinfo=dt.timezone(dt.timedelta(hours=-5)))
    assert resolved(weekday(Weekday.THURSDAY), late_evening) == THURSDAY


@given(ANCHORS, st.sampled_from(Weekday))
def test_past_weekday_is_the_latest_such_day_on_or_before_the_anchor(anchor: dt.date, day: Weekday) -> None:
    found = resolved(weekday(day), anchor, PAST)
    assert Weekday.of(found) is day
    assert anchor - dt.timedelta(days=6) <= found <= anchor


@given(ANCHORS, st.sampled_from(Weekday))
def test_future_weekday_is_the_first_such_day_after_the_anchor(anchor: dt.date, day: Weekday) -> None:
    found = resolved(weekday(day), anchor, FUTURE)
    assert Weekday.of(found) is day
    assert anchor < found <= anchor + dt.timedelta(days=7)


# Month and day without a year.


@pytest.mark.parametrize(
    ("anchor", "direction", "expected"),
    [
        (dt.date(2025, 3, 12), PAST, dt.date(2025, 3, 12)),  # on the anchor: "on or before"
        (dt.date(2025, 3, 12), FUTURE, dt.date(2026, 3, 12)),  # on the anchor: "strictly after"
        (dt.date(2025, 3, 11), PAST, dt.date(2024, 3, 12)),
        (dt.date(2025, 3, 11), FUTURE, dt.date(2025, 3, 12)),
        (dt.date(2025, 3, 13), PAST, dt.date(2025, 3, 12)),
        (dt.date(2025, 3, 13), FUTURE, dt.date(2026, 3, 12)),
        (dt.date(2025, 12, 31), FUTURE, dt.date(2026, 3, 12)),
        (dt.date(2025, 1, 1), PAST, dt.date(2024, 3, 12)),
    ],
)
def test_month_day_takes_the_nearest_year(anchor: dt.date, direction: Direction, expected: dt.date) -> None:
    out = month_day(3, 12).resolve(anchor, direction)
    assert (out.start, out.end, out.year, out.weekday) == (
        expected,
        expected,
        expected.year,
        Weekday.of(expected),
    )


@pytest.mark.parametrize(
    ("anchor", "direction", "expected"),
    [
        (dt.date(2025, 6, 1), PAST, dt.date(2024, 2, 29)),
        (dt.date(2025, 6, 1), FUTURE, dt.date(2028, 2, 29)),
        (dt.date(2024, 2, 29), PAST, dt.date(2024, 2, 29)),
        (dt.date(2024, 2, 29), FUTURE, dt.date(2028, 2, 29)),
        (dt.date(2024, 2, 28), PAST, dt.date(2020, 2, 29)),
        (dt.date(2024, 2, 28), FUTURE, dt.date(2024, 2, 29)),
        # 2100 is not a leap year, so the gap is eight years: the search must reach that far.
        (dt.date(2100, 3, 1), PAST, dt.date(2096, 2, 29)),
        (dt.date(2096, 3, 1), FUTURE, dt.date(2104, 2, 29)),
        (dt.date(2104, 2, 28), PAST, dt.date(2096, 2, 29)),
    ],
)
def test_february_29(anchor: dt.date, direction: Direction, expected: dt.date) -> None:
    assert resolved(month_day(2, 29), anchor, direction) == expected


@given(ANCHORS, st.integers(1, 12), st.integers(1, 31), st.sampled_from(Direction))
def test_month_day_is_the_nearest_occurrence_in_the_direction(
    anchor: dt.date, month_: int, day: int, direction: Direction
) -> None:
    assume(day <= calendar.monthrange(2000, month_)[1])
    found = resolved(month_day(month_, day), anchor, direction)
    assert (found.month, found.day) == (month_, day)
    # No occurrence lies between the answer and the anchor.
    years = range(found.year + 1, anchor.year + 1) if direction is PAST else range(anchor.year, found.year)
    for year in years:
        if day <= calendar.monthrange(year, month_)[1]:
            other = dt.date(year, month_, day)
            assert other > anchor if direction is PAST else other <= anchor
    assert found <= anchor if direction is PAST else found > anchor


def test_a_contradicting_weekday_resolves_nothing() -> None:
    # 12 March 2025 is a Wednesday, not a Monday: keep what the text said.
    te = TimeExpression(text="Monday, March 12", month=3, day=12, weekday=Weekday.MONDAY)
    assert te.resolve(dt.date(2025, 6, 1)) is te


def test_an_agreeing_weekday_is_kept() -> None:
    te = TimeExpression(text="Wednesday, March 12", month=3, day=12, weekday=Weekday.WEDNESDAY)
    assert resolved(te, dt.date(2025, 6, 1)) == dt.date(2025, 3, 12)


@pytest.mark.parametrize(
    "te",
    [
        TimeExpression(text="the 12th", day=12),
        TimeExpression(text="in 2025", year=2025),
        TimeExpression(text="March 2025", year=2025, month=3),
        TimeExpression(text="held on Tuesday, ,"),
        TimeExpression(text="last week", granularity=Granularity.WEEK),
        TimeExpression(text="Q2", granularity=Granularity.QUARTER, modifier="Q2"),
        TimeExpression(text="this month", granularity=Granularity.MONTH),
        TimeExpression(text="this year", granularity=Granularity.YEAR),
    ],
    ids=lambda te: te.text,
)
def test_what_the_anchor_cannot_settle_stays_unresolved(te: TimeExpression) -> None:
    assert te.resolve(THURSDAY, PAST) is te
    assert te.resolve(THURSDAY, FUTURE) is te


def test_a_full_date_resolves_to_itself() -> None:
    te = TimeExpression(text="2025-03-12", year=2025, month=3, day=12)
    out = te.resolve(THURSDAY)
    assert (out.start, out.end, out.weekday) == (
        dt.date(2025, 3, 12),
        dt.date(2025, 3, 12),
        Weekday.WEDNESDAY,
    )
    assert out.resolve(THURSDAY, FUTURE) == out


# Months, with and without "early", "mid" and "late".


@pytest.mark.parametrize(
    ("modifier", "first", "last"),
    [
        ("late", dt.date(2025, 4, 21), dt.date(2025, 4, 30)),
        ("mid", dt.date(2025, 4, 11), dt.date(2025, 4, 20)),
        ("early", dt.date(2025, 4, 1), dt.date(2025, 4, 10)),
        (None, dt.date(2025, 4, 1), dt.date(2025, 4, 30)),
        ("end of", dt.date(2025, 4, 1), dt.date(2025, 4, 30)),  # not a known range: the whole month
    ],
)
def test_late_april_and_friends(modifier: str | None, first: dt.date, last: dt.date) -> None:
    out = month(4, modifier).resolve(dt.date(2025, 5, 10))
    assert (out.year, out.start, out.end, out.modifier) == (2025, first, last, modifier)
    assert out.month == 4
    assert out.day is None  # a range, not a day


@pytest.mark.parametrize(
    ("number", "year", "last"),
    [(4, 2025, 30), (3, 2025, 31), (2, 2025, 28), (2, 2024, 29), (2, 2100, 28), (2, 2000, 29)],
)
def test_late_runs_to_the_month_end(number: int, year: int, last: int) -> None:
    out = month(number, "late", year).resolve(THURSDAY)
    assert (out.start, out.end) == (dt.date(year, number, 21), dt.date(year, number, last))


@pytest.mark.parametrize(
    ("anchor", "direction", "year"),
    [
        (dt.date(2025, 5, 10), PAST, 2025),
        (dt.date(2025, 3, 1), PAST, 2024),  # April has not come yet: last year's
        (dt.date(2025, 4, 25), PAST, 2025),  # the anchor's own month
        (dt.date(2025, 3, 1), FUTURE, 2025),
        (dt.date(2025, 5, 10), FUTURE, 2026),  # April is over: next year's
        (dt.date(2025, 4, 25), FUTURE, 2025),  # the anchor's own month
    ],
)
def test_a_month_takes_the_nearest_year(anchor: dt.date, direction: Direction, year: int) -> None:
    out = month(4, "late").resolve(anchor, direction)
    assert (out.year, out.start, out.end) == (year, dt.date(year, 4, 21), dt.date(year, 4, 30))


def test_a_month_with_a_year_ignores_the_anchor() -> None:
    te = month(4, "late", 2019)
    assert te.resolve(THURSDAY, PAST) == te.resolve(dt.date(1990, 1, 1), FUTURE)
    assert te.resolve(THURSDAY).start == dt.date(2019, 4, 21)


@given(
    ANCHORS, st.integers(1, 12), st.sampled_from([None, "early", "mid", "late"]), st.sampled_from(Direction)
)
def test_month_ranges_lie_inside_the_month(
    anchor: dt.date, month_: int, modifier: str | None, direction: Direction
) -> None:
    out = month(month_, modifier).resolve(anchor, direction)
    assert out.start is not None
    assert out.end is not None
    assert out.start.month == out.end.month == month_
    assert out.start.year == out.end.year == out.year
    assert out.start <= out.end
    assert abs(out.year - anchor.year) <= 1


def test_a_year_is_its_whole_range() -> None:
    out = TimeExpression(text="2019", year=2019, granularity=Granularity.YEAR).resolve(THURSDAY)
    assert (out.start, out.end) == (dt.date(2019, 1, 1), dt.date(2019, 12, 31))


@given(bst.time_expressions(), ANCHORS, st.sampled_from(Direction))
def test_resolve_is_idempotent(te: TimeExpression, anchor: dt.date, direction: Direction) -> None:
    once = te.resolve(anchor, direction)
    assert once.resolve(anchor, direction) == once
    # Resolution only adds: what the text said is kept.
    assert (once.text, once.granularity, once.modifier, once.mention) == (
        te.text,
        te.granularity,
        te.modifier,
        te.mention,
    )
    for part in ("year", "month", "day", "weekday"):
        if getattr(te, part) is not None:
            assert getattr(once, part) == getattr(te, part)


@given(bst.time_expressions(), ANCHORS, st.sampled_from(Direction))
def test_resolve_is_pure(te: TimeExpression, anchor: dt.date, direction: Direction) -> None:
    # No notion of "today": the same inputs give the same answer, and the input is unchanged.
    before = repr(te)
    assert te.resolve(anchor, direction) == te.resolve(anchor, direction)
    assert repr(te) == before


# At the ends of the calendar (years 1 and 9999) an answer can fall outside what
# `datetime.date` represents: the expression then stays unresolved, as documented.
@pytest.mark.parametrize(
    ("te", "anchor", "direction"),
    [
        (weekday(Weekday.TUESDAY), dt.date.max, FUTURE),
        (weekday(Weekday.TUESDAY), dt.date.min, PAST),
        (month(1), dt.date(9999, 6, 1), FUTURE),
        (month(12), dt.date(1, 6, 1), PAST),
    ],
)
def test_resolve_at_the_ends_of_the_calendar_stays_unresolved(
    te: TimeExpression, anchor: dt.date, direction: Direction
) -> None:
    assert te.resolve(anchor, direction) is te


def test_month_day_past_the_calendar_end_stays_unresolved() -> None:
    te = month_day(3, 1)
    assert te.resolve(dt.date(9999, 6, 1), FUTURE) is te


@given(bst.time_expressions(), st.dates(), st.sampled_from(Direction))
def test_resolve_never_raises_anywhere_in_the_calendar(
    te: TimeExpression, anchor: dt.date, direction: Direction
) -> None:
    resolved = te.resolve(anchor, direction)
    assert resolved is te or (resolved.start is not None and resolved.end is not None)
