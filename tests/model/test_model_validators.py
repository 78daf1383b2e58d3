"""Field validators: each rejects what it must, names the field, and accepts the valid edge."""

from __future__ import annotations

import datetime as dt
import re
import string
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from bilateral.model import (
    Agreement,
    Author,
    Claim,
    Country,
    Duration,
    Extraction,
    Group,
    Meeting,
    Person,
    Place,
    Role,
    Source,
    Span,
    Statement,
    TimeExpression,
    Weekday,
)
from bilateral.model._validators import (
    INT64_MAX,
    INT64_MIN,
    country_code,
    int64,
    non_empty,
    non_negative_int64,
    optional_non_empty,
    unique,
)
from bilateral.testing import strategies as bst

SPAN = Span(start=0, end=1)


@attrs.define
class _Probe:
    """A stand-in instance for calling validators directly."""

    value: object = None


ATTRIBUTE = attrs.fields(_Probe).value

# Every constructor that must refuse a blank string, as (factory, field name).
NON_EMPTY_FIELDS: list[tuple[Any, str]] = [
    (lambda v: Role(title=v), "title"),
    (lambda v: Role(title="President", of=v), "of"),
    (lambda v: Person(id=v, name="Petro"), "id"),
    (lambda v: Person(id="p", name=v), "name"),
    (lambda v: Country(id="co", name=v), "name"),
    (lambda v: Place(id="p", name=v), "name"),
    (lambda v: Author(name=v), "name"),
    (lambda v: Author(name="A", role=v), "role"),
    (lambda v: Extraction(extractor=v, version="1"), "extractor"),
    (lambda v: Extraction(extractor="x", version=v), "version"),
    (lambda v: Source(text="", language=v), "language"),
    (lambda v: Statement(id="s", content=(SPAN,), hedge=v), "hedge"),
    (lambda v: Claim(id="c", text=v), "text"),
    (lambda v: Claim(id="c", text="t", statement=v), "statement"),
    (lambda v: Agreement(text=v), "text"),
    (lambda v: Meeting(id="m", participants=("a", "b"), place=v), "place"),
    (lambda v: TimeExpression(text=v), "text"),
    (lambda v: TimeExpression(text="t", modifier=v), "modifier"),
    (lambda v: Duration(seconds=1, text=v), "text"),
]


@pytest.mark.parametrize(("make", "name"), NON_EMPTY_FIELDS)
@pytest.mark.parametrize("blank", ["", " ", "\t\n", "\u00a0\u2003"])
def test_blank_strings_are_rejected(make: Any, name: str, blank: str) -> None:
    with pytest.raises(
        ValueError, match=rf"^'{name}' must be a non-empty string \(got {re.escape(repr(blank))}\)$"
    ):
        make(blank)


@pytest.mark.parametrize(("make", "name"), NON_EMPTY_FIELDS)
def test_one_visible_character_is_enough(make: Any, name: str) -> None:
    assert getattr(make(" x "), name) == " x "


@given(bst.texts())
def test_non_empty_matches_str_isspace(text: str) -> None:
    if text and not text.isspace():
        non_empty(None, ATTRIBUTE, text)
        optional_non_empty(None, ATTRIBUTE, text)
    else:
        with pytest.raises(ValueError, match="'value' must be a non-empty string"):
            non_empty(None, ATTRIBUTE, text)


def test_optional_non_empty_allows_none() -> None:
    optional_non_empty(None, ATTRIBUTE, None)
    assert Role(title="President").of is None


@given(st.integers())
def test_int64_bounds(value: int) -> None:
    if INT64_MIN <= value <= INT64_MAX:
        int64(None, ATTRIBUTE, value)
    else:
        with pytest.raises(ValueError, match="'value' must fit in a signed 64-bit integer"):
            int64(None, ATTRIBUTE, value)


@pytest.mark.parametrize("value", [INT64_MIN, -1, 0, INT64_MAX])
def test_int64_accepts_its_edges(value: int) -> None:
    int64(None, ATTRIBUTE, value)


@pytest.mark.parametrize("value", [INT64_MIN - 1, INT64_MAX + 1])
def test_int64_rejects_one_past_its_edges(value: int) -> None:
    with pytest.raises(ValueError, match=str(value)):
        int64(None, ATTRIBUTE, value)


@pytest.mark.parametrize(
    ("make", "name"),
    [
        (lambda v: Span(start=v, end=INT64_MAX), "start"),
        (lambda v: Span(start=0, end=v), "end"),
        (lambda v: Duration(seconds=v), "seconds"),
    ],
)
def test_offsets_and_counts_are_non_negative_64_bit(make: Any, name: str) -> None:
    assert getattr(make(0), name) == 0
    assert getattr(make(INT64_MAX), name) == INT64_MAX
    for bad in (-1, INT64_MAX + 1, -(2**70)):
        with pytest.raises(ValueError, match=rf"^'{name}' must be between 0 and 2\*\*63-1 \(got {bad}\)$"):
            make(bad)
    non_negative_int64(None, ATTRIBUTE, 0)


def test_span_end_must_not_precede_start() -> None:
    assert len(Span(start=3, end=3)) == 0
    with pytest.raises(ValueError, match=r"end must not precede its start \(got start=4, end=3\)"):
        Span(start=4, end=3)


def test_span_text_indexes_code_points() -> None:
    text = "\U0001f600 Petro"
    span = Span(start=2, end=7)
    assert span.text(text) == "Petro"
    assert len(span) == 5


@pytest.mark.parametrize("code", ["CO", "US", "UA", "ZZ"])
def test_country_code_accepts_two_upper_case_letters(code: str) -> None:
    assert Country(id="c", name="X", country=code).country == code
    assert Place(id="p", name="X", country=code).country == code


@pytest.mark.parametrize("code", ["co", "Co", "COL", "C", "", "C1", "ÇO", "C\u200b", "CO\n"])
def test_country_code_rejects_other_shapes(code: str) -> None:
    with pytest.raises(
        ValueError,
        match=rf"^'country' must be an ISO 3166-1 alpha-2 code .* \(got {re.escape(repr(code))}\)$",
    ):
        Person(id="p", name="X", country=code)
    with pytest.raises(ValueError, match="'country' must be an ISO 3166-1 alpha-2 code"):
        Place(id="p", name="X", country=code)


@given(st.text(alphabet=string.ascii_letters + string.digits, max_size=3))
def test_country_code_is_exactly_two_upper_case_ascii_letters(code: str) -> None:
    ok = len(code) == 2 and code.isupper() and code.isalpha()
    if ok:
        country_code(None, ATTRIBUTE, code)
    else:
        with pytest.raises(ValueError, match="alpha-2"):
            country_code(None, ATTRIBUTE, code)


# Tuples that stand for sets, as (factory, field name).
UNIQUE_FIELDS: list[tuple[Any, str]] = [
    (lambda v: Person(id="p", name="X", aliases=v), "aliases"),
    (lambda v: Person(id="p", name="X", roles=tuple(Role(title=t) for t in v)), "roles"),
    (lambda v: Group(id="g", name="X", members=v), "members"),
    (lambda v: Extraction(extractor="x", version="1", stages=v), "stages"),
    (lambda v: Statement(id="s", speakers=v, content=(SPAN,)), "speakers"),
    (lambda v: Claim(id="c", text="t", claimants=v), "claimants"),
    (lambda v: Claim(id="c", text="t", about=v), "about"),
    (lambda v: Agreement(text="t", by=v), "by"),
    (lambda v: Agreement(text="t", to=v), "to"),
    (lambda v: Meeting(id="m", participants=("x", "y"), topics=v), "topics"),
    (lambda v: Meeting(id="m", participants=("x", *v)), "participants"),
]


@pytest.mark.parametrize(("make", "name"), UNIQUE_FIELDS)
def test_set_like_tuples_reject_repeats(make: Any, name: str) -> None:
    assert make(("a", "b"))
    with pytest.raises(ValueError, match=rf"^'{name}' must not repeat items \(repeated: .*'a'.*\)$"):
        make(("a", "b", "a"))


@given(st.lists(st.sampled_from("abcd"), max_size=6))
def test_unique_agrees_with_set(values: list[str]) -> None:
    if len(set(values)) == len(values):
        unique(None, ATTRIBUTE, tuple(values))
    else:
        with pytest.raises(ValueError, match="must not repeat items"):
            unique(None, ATTRIBUTE, tuple(values))


def test_repeated_spans_are_allowed() -> None:
    # Spans are positions, not a set: the same words can be evidence twice.
    assert Meeting(id="m", participants=("a", "b"), evidence=(SPAN, SPAN)).evidence == (SPAN, SPAN)


@pytest.mark.parametrize("participants", [(), ("a",)])
def test_a_meeting_takes_two(participants: tuple[str, ...]) -> None:
    with pytest.raises(
        ValueError, match=rf"'participants' must name at least two actors \(got {len(participants)}\)"
    ):
        Meeting(id="m", participants=participants)


def test_the_host_is_a_participant() -> None:
    assert Meeting(id="m", participants=("a", "b"), host="b").host == "b"
    with pytest.raises(ValueError, match=r"'host' must be one of the participants \(got 'c'\)"):
        Meeting(id="m", participants=("a", "b"), host="c")


def test_a_statement_has_content() -> None:
    with pytest.raises(ValueError, match="'content' must hold at least one span"):
        Statement(id="s", content=())


@pytest.mark.parametrize("value", ["2024-05-01", 20240501, 1.5])
def test_published_must_be_a_date(value: object) -> None:
    # A string was accepted, then failed far away: as the anchor of "on Tuesday", or in dumps.
    with pytest.raises(TypeError, match=r"'published' must be a datetime\.date, an aware datetime or None"):
        Source(text="", published=value)  # type: ignore[arg-type]


def test_published_datetimes_must_be_aware() -> None:
    naive = dt.datetime(2024, 5, 1, 9, 0)  # noqa: DTZ001 - the value under test
    with pytest.raises(
        ValueError, match=r"'published' must be timezone-aware \(got datetime\.datetime\(2024, 5, 1, 9, 0\)\)"
    ):
        Source(text="", published=naive)
    aware = naive.replace(tzinfo=dt.timezone(dt.timedelta(hours=-5)))
    assert Source(text="", published=aware).published == aware
    assert Source(text="", published=dt.date(2024, 5, 1)).published == dt.date(2024, 5, 1)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"year": 0}, r"'year' must be between 1 and 9999 \(got 0\)"),
        ({"year": 10000}, r"'year' must be between 1 and 9999 \(got 10000\)"),
        ({"month": 0}, r"'month' must be between 1 and 12 \(got 0\)"),
        ({"month": 13}, r"'month' must be between 1 and 12 \(got 13\)"),
        ({"day": 0}, r"'day' must be between 1 and 31 \(got 0\)"),
        ({"day": 32}, r"'day' must be between 1 and 31 \(got 32\)"),
        ({"year": 2025, "month": 2, "day": 29}, "no such date: 2025-02-29"),
        ({"year": 2025, "month": 4, "day": 31}, "no such date: 2025-04-31"),
        ({"month": 2, "day": 30}, "month 2 has no day 30"),
        ({"month": 11, "day": 31}, "month 11 has no day 31"),
        (
            {"year": 2026, "month": 11, "day": 24, "weekday": Weekday.MONDAY},
            "2026-11-24 is a Tuesday, not a Monday",
        ),
        ({"start": dt.date(2025, 1, 1)}, "'start' and 'end' must both be set or both be None"),
        ({"end": dt.date(2025, 1, 1)}, "'start' and 'end' must both be set or both be None"),
        (
            {"start": dt.date(2025, 1, 2), "end": dt.date(2025, 1, 1)},
            r"'end' \(2025-01-01\) must not precede 'start' \(2025-01-02\)",
        ),
    ],
)
def test_time_expression_rejects_inconsistent_parts(kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        TimeExpression(text="t", **kwargs)


def test_time_expression_bounds_are_dates_not_datetimes() -> None:
    moment = dt.datetime(2025, 1, 1, tzinfo=dt.UTC)
    with pytest.raises(TypeError, match="'start' must be a date, not a datetime"):
        TimeExpression(text="t", start=moment, end=moment)


@pytest.mark.parametrize(
    "kwargs",
    [
        {"year": 1, "month": 1, "day": 1},
        {"year": 9999, "month": 12, "day": 31},
        {"year": 2024, "month": 2, "day": 29, "weekday": Weekday.THURSDAY},
        {"month": 2, "day": 29},  # a leap day with no year yet is still a day
        {"weekday": Weekday.TUESDAY},
        {"month": 2, "day": 29, "weekday": Weekday.MONDAY},  # no year: nothing to contradict
        {"start": dt.date(2025, 1, 1), "end": dt.date(2025, 1, 1)},
    ],
)
def test_time_expression_accepts_consistent_edges(kwargs: dict[str, Any]) -> None:
    assert TimeExpression(text="t", **kwargs).text == "t"


@given(st.dates())
def test_from_date_is_a_resolved_full_day(day: dt.date) -> None:
    te = TimeExpression.from_date(day)
    assert (te.year, te.month, te.day, te.weekday) == (day.year, day.month, day.day, Weekday.of(day))
    assert (te.start, te.end, te.text) == (day, day, day.isoformat())
    assert te.is_resolved


def test_weekday_numbers_follow_datetime() -> None:
    assert [w.number for w in Weekday] == list(range(7))
    assert Weekday.of(dt.date(2026, 11, 26)) is Weekday.THURSDAY


@pytest.mark.parametrize("seconds", [30, 1, -59, 3600 + 1])
def test_published_offsets_must_be_whole_minutes(seconds: int) -> None:
    # RFC 3339 writes offsets as +hh:mm: a finer one could not be written and read back.
    tz = dt.timezone(dt.timedelta(seconds=seconds))
    with pytest.raises(ValueError, match="UTC offset in whole minutes"):
        Source(text="", published=dt.datetime(2024, 5, 1, 9, 0, tzinfo=tz))


def test_published_offsets_in_whole_minutes_are_fine() -> None:
    tz = dt.timezone(dt.timedelta(hours=5, minutes=45))  # Nepal
    published = dt.datetime(2024, 5, 1, 9, 0, tzinfo=tz)
    assert Source(text="", published=published).published == published
