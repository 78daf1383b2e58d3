"""
Time as news reports give it: partial dates, vague periods, durations.

"held on Tuesday, ," (weekday known, date missing), "late April", "March 2025" and
"2025-03-12" are all `TimeExpression` values. What the text does not say stays ``None``;
`TimeExpression.resolve` fills in what an anchor (the publication date) makes certain.
"""

from __future__ import annotations

import calendar
import datetime as dt
import enum

import attrs
from dateutil.relativedelta import FR, MO, SA, SU, TH, TU, WE, relativedelta
from dateutil.relativedelta import weekday as rd_weekday

from bilateral.model._validators import non_empty, non_negative_int64, optional_non_empty
from bilateral.model.provenance import Span

__all__ = [
    "Direction",
    "Duration",
    "DurationQualifier",
    "Granularity",
    "TimeExpression",
    "Weekday",
]


class Weekday(enum.StrEnum):
    """A day of the week, as reports name it."""

    MONDAY = "Monday"
    TUESDAY = "Tuesday"
    WEDNESDAY = "Wednesday"
    THURSDAY = "Thursday"
    FRIDAY = "Friday"
    SATURDAY = "Saturday"
    SUNDAY = "Sunday"

    @property
    def number(self) -> int:
        """Monday is 0, as in `datetime.date.weekday`."""
        return _WEEKDAYS.index(self)

    @classmethod
    def of(cls, day: dt.date) -> Weekday:
        """The weekday of *day*."""
        return _WEEKDAYS[day.weekday()]


_WEEKDAYS: tuple[Weekday, ...] = tuple(Weekday)
MAX_YEAR = 9999
MONTHS = 12
MAX_DAY = 31
_RD: tuple[rd_weekday, ...] = (MO, TU, WE, TH, FR, SA, SU)


class Granularity(enum.StrEnum):
    """The unit the expression is precise to."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"


class Direction(enum.StrEnum):
    """Which way an under-specified date is resolved from its anchor (the tense of the report)."""

    #: "met on Tuesday": the most recent such day on or before the anchor.
    PAST = "past"
    #: "will meet on Tuesday": the first such day strictly after the anchor.
    FUTURE = "future"


def _valid_year(_inst: object, attribute: attrs.Attribute[int | None], value: int | None) -> None:
    if value is not None and not 1 <= value <= MAX_YEAR:
        msg = f"'{attribute.name}' must be between 1 and 9999 (got {value!r})"
        raise ValueError(msg)


def _valid_month(_inst: object, attribute: attrs.Attribute[int | None], value: int | None) -> None:
    if value is not None and not 1 <= value <= MONTHS:
        msg = f"'{attribute.name}' must be between 1 and 12 (got {value!r})"
        raise ValueError(msg)


def _valid_day(_inst: object, attribute: attrs.Attribute[int | None], value: int | None) -> None:
    if value is not None and not 1 <= value <= MAX_DAY:
        msg = f"'{attribute.name}' must be between 1 and 31 (got {value!r})"
        raise ValueError(msg)


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


#: Which days of a month "early", "mid" and "late" cover (inclusive; 31 = month end).
_MODIFIER_DAYS = {"early": (1, 10), "mid": (11, 20), "late": (21, 31)}


@attrs.frozen(kw_only=True)
class TimeExpression:
    """
    A date as the text gives it: the words, what is known, and how precise it is.

    ``TimeExpression(text="Tuesday", weekday=Weekday.TUESDAY)`` is "a Tuesday, date
    unknown"; ``TimeExpression(text="late April", month=4, granularity=Granularity.MONTH,
    modifier="late")`` is late April of an unknown year.
    `start` and `end` (inclusive) hold the resolved date or range once an anchor makes it
    certain; they are ``None`` otherwise.
    """

    #: The words used in the article ("Tuesday", "late April", "last week").
    text: str = attrs.field(validator=non_empty)
    #: Calendar year, when known.
    year: int | None = attrs.field(default=None, validator=_valid_year)
    #: Month (1-12), when known.
    month: int | None = attrs.field(default=None, validator=_valid_month)
    #: Day of the month (1-31), when known.
    day: int | None = attrs.field(default=None, validator=_valid_day)
    #: Day of the week, when the text gives it or the date fixes it.
    weekday: Weekday | None = None
    #: The unit the expression is precise to.
    granularity: Granularity = Granularity.DAY
    #: A qualifier inside the unit: "early", "mid", "late", "earlier in the day", ...
    modifier: str | None = attrs.field(default=None, validator=optional_non_empty)
    #: First day of the resolved date or range, when certain.
    start: dt.date | None = None
    #: Last day (inclusive) of the resolved date or range, when certain.
    end: dt.date | None = None
    #: Where the expression occurs in the source text.
    mention: Span | None = None

    def __attrs_post_init__(self) -> None:
        if self.year is not None and self.month is not None and self.day is not None:
            try:
                day = dt.date(self.year, self.month, self.day)
            except ValueError:
                msg = f"no such date: {self.year:04d}-{self.month:02d}-{self.day:02d}"
                raise ValueError(msg) from None
            if self.weekday is not None and Weekday.of(day) is not self.weekday:
                msg = f"{day.isoformat()} is a {Weekday.of(day)}, not a {self.weekday}"
                raise ValueError(msg)
        elif (
            self.month is not None
            and self.day is not None
            and self.day > calendar.monthrange(2000, self.month)[1]
        ):
            msg = f"month {self.month} has no day {self.day}"
            raise ValueError(msg)
        if (self.start is None) != (self.end is None):
            msg = "'start' and 'end' must both be set or both be None"
            raise ValueError(msg)
        if self.start is not None and self.end is not None and self.end < self.start:
            msg = f"'end' ({self.end}) must not precede 'start' ({self.start})"
            raise ValueError(msg)
        for name in ("start", "end"):
            value = getattr(self, name)
            if isinstance(value, dt.datetime):
                msg = f"'{name}' must be a date, not a datetime (got {value!r})"
                raise TypeError(msg)

    @property
    def is_resolved(self) -> bool:
        """Whether the expression has been pinned to a date or range."""
        return self.start is not None

    @classmethod
    def from_date(cls, day: dt.date, text: str | None = None) -> TimeExpression:
        """A fully known calendar day, e.g. from ``2025-03-12``."""
        return cls(
            text=text or day.isoformat(),
            year=day.year,
            month=day.month,
            day=day.day,
            weekday=Weekday.of(day),
            granularity=Granularity.DAY,
            start=day,
            end=day,
        )

    def resolve(self, anchor: dt.date, direction: Direction = Direction.PAST) -> TimeExpression:
        """
        Return a copy with the parts *anchor* makes certain filled in.

        A bare weekday resolves, in the *direction* the tense gives, to the most recent such
        day on or before *anchor* (past) or the first such day strictly after it (future).
        A month and day without a year take the nearest year in that direction; a month
        alone likewise. Parts that stay uncertain stay ``None``. Pure: *anchor* is the only
        notion of "now" (never today's date).

        Args:
            anchor: The reference date, normally the publication date.
            direction: Whether the report looks back (past tense) or ahead.

        Returns:
            A new `TimeExpression`; ``self`` if nothing can be resolved.
        """
        if isinstance(anchor, dt.datetime):
            anchor = anchor.date()
        past = direction is Direction.PAST
        year, month, day = self.year, self.month, self.day
        if self.granularity is Granularity.DAY:
            if year is not None and month is not None and day is not None:
                found = dt.date(year, month, day)
            elif month is not None and day is not None:
                found_or_none = _nearest_month_day(anchor, month, day, past=past)
                if found_or_none is None:
                    return self
                found = found_or_none
            elif year is None and month is None and day is None and self.weekday is not None:
                wd = _RD[self.weekday.number]
                try:
                    found = (
                        anchor + relativedelta(weekday=wd(-1))
                        if past
                        else anchor + relativedelta(days=1, weekday=wd(+1))
                    )
                except (OverflowError, ValueError):  # past date.min or date.max
                    return self
            else:
                return self
            if self.weekday is not None and Weekday.of(found) is not self.weekday:
                return self  # the text contradicts itself; keep what it said, resolve nothing
            return attrs.evolve(
                self,
                year=found.year,
                month=found.month,
                day=found.day,
                weekday=Weekday.of(found),
                start=found,
                end=found,
            )
        if self.granularity is Granularity.MONTH and month is not None:
            if year is None:
                year = anchor.year
                if past and month > anchor.month:
                    year -= 1
                elif not past and month < anchor.month:
                    year += 1
                if not dt.MINYEAR <= year <= dt.MAXYEAR:
                    return self  # the nearest such month lies outside the calendar
            first, last = dt.date(year, month, 1), _month_end(year, month)
            if self.modifier in _MODIFIER_DAYS:
                lo, hi = _MODIFIER_DAYS[self.modifier]
                first = first.replace(day=lo)
                last = last.replace(day=min(hi, last.day))
            return attrs.evolve(self, year=year, start=first, end=last)
        if self.granularity is Granularity.YEAR and year is not None:
            return attrs.evolve(self, start=dt.date(year, 1, 1), end=dt.date(year, 12, 31))
        return self


def _nearest_month_day(anchor: dt.date, month: int, day: int, *, past: bool) -> dt.date | None:
    """The nearest (month, day) on or before *anchor* (past) or strictly after it (future)."""
    step = -1 if past else 1
    year = anchor.year
    for _ in range(9):  # Feb 29 recurs within 8 years
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            year += step
            continue
        if (past and candidate <= anchor) or (not past and candidate > anchor):
            return candidate
        year += step
    return None


class DurationQualifier(enum.StrEnum):
    """How exact a reported duration is ("nearly two hours" is approximate)."""

    APPROXIMATELY = "approximately"
    AT_MOST = "at most"
    AT_LEAST = "at least"
    EXACT = "exact"


@attrs.frozen(kw_only=True)
class Duration:
    """How long something lasted, in whole seconds (no floats on the wire)."""

    #: Length in whole seconds.
    seconds: int = attrs.field(validator=non_negative_int64)
    #: How exact the figure is.
    qualifier: DurationQualifier = DurationQualifier.EXACT
    #: The words used ("nearly two hours"), when taken from text.
    text: str | None = attrs.field(default=None, validator=optional_non_empty)
    #: Where the words occur in the source text.
    mention: Span | None = None
