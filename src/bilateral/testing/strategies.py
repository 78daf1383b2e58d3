"""
Hypothesis strategies for every public bilateral type.

Every strategy generates only *valid* values: the ones a correct extractor could produce
and a correct reader must accept. Composite strategies take what must be consistent as
parameters and draw from it, so the parts of a record agree with each other:

* ``text_length``: spans fit inside a text of that many code points (``None``: any span
  with 64-bit offsets, for values tested on their own);
* ``actor_ids``, ``place_ids``, ``statement_ids``: references are drawn from these ids
  (``None``: any ids, since a value on its own cannot check them);
* ``item_id``: the id to give the item (``None``: draw one).

`records` draws the text first, then ids unique across all kinds of item, then each item
with references drawn from the ids already drawn::

    @given(records())
    def test_my_extractor_output_loads(record: Record) -> None:
        assert loads(dumps(record)) == record

Text is arbitrary Unicode (including characters outside the Basic Multilingual Plane and
typographic quotes) but never contains lone surrogates, which UTF-8 JSON cannot carry.
Datetimes are always timezone-aware, with whole-minute offsets as RFC 3339 requires.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import string
from typing import TYPE_CHECKING, TypedDict, TypeVar, cast

from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from bilateral.model import (
    OUTCOME_TYPES,
    Agreement,
    Author,
    Claim,
    Commitment,
    Country,
    Disagreement,
    Duration,
    DurationQualifier,
    Extraction,
    Granularity,
    Group,
    Invitation,
    Medium,
    Meeting,
    MeetingStatus,
    Organization,
    OutcomeKind,
    Person,
    Place,
    PlaceKind,
    Proposal,
    Record,
    Role,
    Source,
    Span,
    SpeechMode,
    Statement,
    TimeExpression,
    Weekday,
)
from bilateral.model._validators import INT64_MAX
from bilateral.testing._types import STRATEGY_NAMES

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping, Sequence

    from bilateral.model import Actor, Outcome

__all__ = [
    "BY_TYPE",
    "actors",
    "agreements",
    "authors",
    "aware_datetimes",
    "claims",
    "commitments",
    "countries",
    "country_codes",
    "disagreements",
    "durations",
    "extractions",
    "groups",
    "ids",
    "invitations",
    "meetings",
    "non_empty_texts",
    "organizations",
    "outcomes",
    "persons",
    "places",
    "proposals",
    "records",
    "roles",
    "sources",
    "spans",
    "statements",
    "texts",
    "time_expressions",
]

T = TypeVar("T")

# Text is drawn from all of Unicode: hypothesis draws whole strings over code-point
# intervals, so characters outside the Basic Multilingual Plane (one code point, two
# UTF-16 units: offsets must count code points) turn up often. codec="utf-8" excludes
# the surrogate code points, which no UTF-8 JSON text can encode. A plain `characters`
# alphabet (not a `one_of` of alphabets) keeps hypothesis's fast string path.
_ALPHABET = st.characters(codec="utf-8")
_SLUG_ALPHABET = string.ascii_lowercase + string.digits + "_-"
# The wire format allows offsets of +/-23:59 in whole minutes (RFC 3339 `time-numoffset`).
_MAX_OFFSET_MINUTES = 23 * 60 + 59
# Modifier ranges as `TimeExpression.resolve` understands them (inclusive; 31 = month end).
_MODIFIER_DAYS = {"early": (1, 10), "mid": (11, 20), "late": (21, 31)}
_OTHER_MODIFIERS = ("earlier in the day", "later in the day", "end of")
_LANGUAGES = ("en", "en-GB", "en-US", "es", "es-419", "pt-BR", "fr", "uk", "ru", "ar", "zh-Hant-TW")
_MAX_YEAR = 9999
_MONTHS = 12
_MAX_REFS = 3
_MAX_SPANS = 2


# Building a strategy is cheap, but hypothesis validates every new strategy object on its
# first draw, and composite strategies are rebuilt on every draw of their parent. The
# builders below are memoised on their (hashable) arguments so a record draws from a few
# dozen long-lived strategies instead of validating thousands of fresh ones.
_memo = functools.lru_cache(maxsize=1024)


def texts(*, min_size: int = 0, max_size: int = 40) -> st.SearchStrategy[str]:
    """
    Unicode text, including characters outside the Basic Multilingual Plane.

    Never contains a lone surrogate, so every value can be written as UTF-8 JSON.

    Args:
        min_size: Fewest code points.
        max_size: Most code points.
    """
    return _texts(min_size, max_size)


@_memo
def _texts(min_size: int, max_size: int) -> st.SearchStrategy[str]:
    return st.text(alphabet=_ALPHABET, min_size=min_size, max_size=max_size)


def non_empty_texts(*, max_size: int = 40) -> st.SearchStrategy[str]:
    """
    Text with at least one character that is not whitespace (names, titles, ...).

    Args:
        max_size: Most code points.
    """
    return _non_empty_texts(max_size)


@_memo
def _non_empty_texts(max_size: int) -> st.SearchStrategy[str]:
    return _texts(1, max_size).filter(lambda s: not s.isspace())


@_memo
def ids() -> st.SearchStrategy[str]:
    """A non-empty item id: often an ASCII slug, otherwise any Unicode."""
    return st.one_of(
        st.text(alphabet=_SLUG_ALPHABET, min_size=1, max_size=12),
        _non_empty_texts(12),
    )


@_memo
def country_codes() -> st.SearchStrategy[str]:
    """Codes shaped like ISO 3166-1 alpha-2 (two upper-case ASCII letters)."""
    return st.text(alphabet=string.ascii_uppercase, min_size=2, max_size=2)


@_memo
def aware_datetimes() -> st.SearchStrategy[dt.datetime]:
    """
    Timezone-aware datetimes with whole-minute UTC offsets.

    The range stops a day short of `datetime.min` and `datetime.max`, so converting any
    value to UTC cannot overflow.
    """
    offsets = st.integers(-_MAX_OFFSET_MINUTES, _MAX_OFFSET_MINUTES).map(
        lambda minutes: dt.timezone(dt.timedelta(minutes=minutes))
    )
    return st.datetimes(
        min_value=dt.datetime(1, 1, 2),  # noqa: DTZ001 - bounds of st.datetimes are naive by contract
        max_value=dt.datetime(_MAX_YEAR, 12, 30),  # noqa: DTZ001
        timezones=offsets,
    )


@_memo
def _optional(strategy: st.SearchStrategy[T]) -> st.SearchStrategy[T | None]:
    return st.none() | strategy


@_memo
def _tuples(
    strategy: st.SearchStrategy[T], *, max_size: int, unique: bool = False
) -> st.SearchStrategy[tuple[T, ...]]:
    return st.lists(strategy, max_size=max_size, unique=unique).map(tuple)


def _distinct(values: Sequence[str] | None) -> tuple[str, ...] | None:
    return None if values is None else tuple(dict.fromkeys(values))


@_memo
def _refs(
    allowed: tuple[str, ...] | None, *, min_size: int = 0, max_size: int = _MAX_REFS
) -> st.SearchStrategy[tuple[str, ...]]:
    """Distinct ids drawn from *allowed*, or any distinct ids when *allowed* is ``None``."""
    if allowed is None:
        return st.lists(ids(), min_size=min_size, max_size=max_size, unique=True).map(tuple)
    if len(allowed) < min_size:
        msg = f"need at least {min_size} distinct ids to refer to (got {len(allowed)}: {allowed!r})"
        raise InvalidArgument(msg)
    if not allowed:
        return st.just(())
    return st.lists(
        st.sampled_from(allowed), min_size=min_size, max_size=min(max_size, len(allowed)), unique=True
    ).map(tuple)


@_memo
def _ref(allowed: tuple[str, ...] | None) -> st.SearchStrategy[str | None]:
    """An optional reference: ``None``, or one id from *allowed* (any id if ``None``)."""
    if allowed is None:
        return _optional(ids())
    if not allowed:
        return st.none()
    return _optional(st.sampled_from(allowed))


def _check_length(text_length: int | None) -> None:
    if text_length is not None and text_length < 0:
        msg = f"text_length must be >= 0 (got {text_length!r})"
        raise InvalidArgument(msg)


def spans(text_length: int | None = None) -> st.SearchStrategy[Span]:
    """
    A `Span` inside a text of *text_length* code points.

    Args:
        text_length: Length of the text the span indexes; ``None`` for any valid span
            (offsets up to 2**63-1).
    """
    _check_length(text_length)
    return _spans(INT64_MAX if text_length is None else text_length)


@_memo
def _spans(upper: int) -> st.SearchStrategy[Span]:
    return _draw_span(upper)


@st.composite
def _draw_span(draw: st.DrawFn, upper: int) -> Span:
    start = draw(st.integers(0, upper))
    return Span(start=start, end=draw(st.integers(start, upper)))


@_memo
def _span_tuples(text_length: int | None, *, min_size: int = 0) -> st.SearchStrategy[tuple[Span, ...]]:
    return st.lists(spans(text_length), min_size=min_size, max_size=_MAX_SPANS).map(tuple)


@_memo
def _optional_spans(text_length: int | None) -> st.SearchStrategy[Span | None]:
    return _optional(spans(text_length))


@_memo
def authors() -> st.SearchStrategy[Author]:
    """An `Author` byline entry."""
    return st.builds(Author, name=non_empty_texts(max_size=30), role=_optional(non_empty_texts(max_size=30)))


_URLS = _optional(st.sampled_from(("https://example.com/news/1", "http://例え.jp/a?b=c#d")) | texts())
_PUBLISHED = st.one_of(st.none(), st.dates(), aware_datetimes())


@st.composite
def sources(draw: st.DrawFn, *, text: str | None = None, max_text_size: int = 160) -> Source:
    """
    A `Source`; body spans lie inside its text.

    Args:
        draw: Supplied by hypothesis.
        text: The article text to use; drawn (at most *max_text_size* code points) if ``None``.
        max_text_size: Upper bound on the length of a drawn text.
    """
    if text is None:
        text = draw(texts(max_size=max_text_size))
    return Source(
        text=text,
        title=draw(_optional(texts(max_size=30))),
        url=draw(_URLS),
        publisher=draw(_optional(texts(max_size=20))),
        section=draw(_optional(texts(max_size=20))),
        authors=draw(_tuples(authors(), max_size=2)),
        published=draw(_PUBLISHED),
        dateline=draw(_optional(texts(max_size=20))),
        language=draw(st.sampled_from(_LANGUAGES)),
        body=draw(_span_tuples(len(text))),
    )


@_memo
def extractions() -> st.SearchStrategy[Extraction]:
    """An `Extraction` (extractor name, version and distinct stage names)."""
    return st.builds(
        Extraction,
        extractor=non_empty_texts(max_size=20),
        version=non_empty_texts(max_size=10),
        stages=_tuples(non_empty_texts(max_size=12), max_size=4, unique=True),
    )


def roles(*, actor_ids: Sequence[str] | None = None) -> st.SearchStrategy[Role]:
    """
    A `Role`, whose ``of`` (if any) is one of *actor_ids*.

    Args:
        actor_ids: Ids ``of`` may name; ``None`` for any id.
    """
    return _roles(_distinct(actor_ids))


@_memo
def _roles(allowed: tuple[str, ...] | None) -> st.SearchStrategy[Role]:
    return st.builds(Role, title=non_empty_texts(max_size=30), of=_ref(allowed))


class _ActorFields(TypedDict):
    id: str
    name: str
    aliases: tuple[str, ...]
    country: str | None
    mentions: tuple[Span, ...]


@st.composite
def _actor_fields(draw: st.DrawFn, item_id: str | None, text_length: int | None) -> _ActorFields:
    """The fields every actor kind shares."""
    _check_length(text_length)
    return {
        "id": draw(ids()) if item_id is None else item_id,
        "name": draw(non_empty_texts(max_size=30)),
        "aliases": draw(_tuples(non_empty_texts(max_size=20), max_size=2, unique=True)),
        "country": draw(_optional(country_codes())),
        "mentions": draw(_span_tuples(text_length)),
    }


@st.composite
def persons(
    draw: st.DrawFn,
    *,
    item_id: str | None = None,
    actor_ids: Sequence[str] | None = None,
    text_length: int | None = None,
) -> Person:
    """
    A `Person` with distinct roles whose ``of`` names one of *actor_ids*.

    Args:
        draw: Supplied by hypothesis.
        item_id: The id to use; drawn if ``None``.
        actor_ids: Ids a role may belong to; ``None`` for any id.
        text_length: Length of the text mentions index into; ``None`` for any span.
    """
    fields = draw(_actor_fields(item_id, text_length))
    return Person(**fields, roles=draw(_tuples(_roles(_distinct(actor_ids)), max_size=2, unique=True)))


@st.composite
def organizations(
    draw: st.DrawFn,
    *,
    item_id: str | None = None,
    actor_ids: Sequence[str] | None = None,
    text_length: int | None = None,
) -> Organization:
    """An `Organization`; parameters as for `persons`."""
    fields = draw(_actor_fields(item_id, text_length))
    return Organization(**fields, roles=draw(_tuples(_roles(_distinct(actor_ids)), max_size=1, unique=True)))


@st.composite
def countries(draw: st.DrawFn, *, item_id: str | None = None, text_length: int | None = None) -> Country:
    """A `Country`; parameters as for `persons`."""
    return Country(**draw(_actor_fields(item_id, text_length)))


@st.composite
def groups(
    draw: st.DrawFn,
    *,
    item_id: str | None = None,
    actor_ids: Sequence[str] | None = None,
    text_length: int | None = None,
) -> Group:
    """A `Group` whose members are distinct ids from *actor_ids*; parameters as for `persons`."""
    fields = draw(_actor_fields(item_id, text_length))
    return Group(**fields, members=draw(_refs(_distinct(actor_ids))))


def actors(
    *,
    item_id: str | None = None,
    actor_ids: Sequence[str] | None = None,
    text_length: int | None = None,
) -> st.SearchStrategy[Actor]:
    """Any `Actor` (person, organization, country or group); parameters as for `persons`."""
    return st.one_of(
        persons(item_id=item_id, actor_ids=actor_ids, text_length=text_length),
        organizations(item_id=item_id, actor_ids=actor_ids, text_length=text_length),
        countries(item_id=item_id, text_length=text_length),
        groups(item_id=item_id, actor_ids=actor_ids, text_length=text_length),
    )


@st.composite
def places(draw: st.DrawFn, *, item_id: str | None = None, text_length: int | None = None) -> Place:
    """A `Place`; *item_id* and *text_length* as for `persons`."""
    _check_length(text_length)
    return Place(
        id=draw(ids()) if item_id is None else item_id,
        name=draw(non_empty_texts(max_size=30)),
        country=draw(_optional(country_codes())),
        kind=draw(st.sampled_from(PlaceKind)),
        mentions=draw(_span_tuples(text_length)),
    )


def _month_range(year: int, month: int, modifier: str | None) -> tuple[dt.date, dt.date]:
    first = dt.date(year, month, 1)
    last = dt.date(year, month, calendar.monthrange(year, month)[1])
    if modifier in _MODIFIER_DAYS:
        lo, hi = _MODIFIER_DAYS[modifier]
        first, last = first.replace(day=lo), last.replace(day=min(hi, last.day))
    return first, last


@st.composite
def time_expressions(draw: st.DrawFn, *, text_length: int | None = None) -> TimeExpression:
    """
    A consistent `TimeExpression`.

    The known parts fit the granularity ("Tuesday", "12 March", "late April 2025", "2019");
    a full date carries its own weekday or none; a resolved ``start``/``end`` is the range
    the known parts and modifier determine (a single day for a full date, the modifier's
    part of a month, a quarter, a year, a seven-day week).

    Args:
        draw: Supplied by hypothesis.
        text_length: Length of the text the mention indexes into; ``None`` for any span.
    """
    _check_length(text_length)
    granularity = draw(st.sampled_from(Granularity))
    year = draw(_optional(st.integers(1, _MAX_YEAR)))
    month: int | None = None
    day: int | None = None
    weekday: Weekday | None = None
    modifier: str | None = None
    bounds: tuple[dt.date, dt.date] | None = None
    resolved = draw(st.booleans())
    if granularity is Granularity.DAY:
        month = draw(_optional(st.integers(1, _MONTHS)))
        # Without a year, 29 February is still a day ("on 29 February"): check against a leap year.
        last = 31 if month is None else calendar.monthrange(2000 if year is None else year, month)[1]
        day = draw(_optional(st.integers(1, last)))
        if year is not None and month is not None and day is not None:
            date = dt.date(year, month, day)
            weekday = draw(st.sampled_from((None, Weekday.of(date))))
            bounds = (date, date)
        else:
            weekday = draw(_optional(st.sampled_from(Weekday)))
        modifier = draw(_optional(st.sampled_from(_OTHER_MODIFIERS)))
    elif granularity is Granularity.WEEK:
        if year is not None:
            first = draw(
                st.dates(dt.date(year, 1, 1), min(dt.date(year, 12, 31), dt.date.max - dt.timedelta(6)))
            )
            bounds = (first, first + dt.timedelta(6))
    elif granularity is Granularity.MONTH:
        month = draw(_optional(st.integers(1, _MONTHS)))
        modifier = draw(_optional(st.sampled_from(tuple(_MODIFIER_DAYS))))
        if year is not None and month is not None:
            bounds = _month_range(year, month, modifier)
    elif granularity is Granularity.QUARTER:
        if year is not None:
            quarter = draw(st.integers(1, 4))
            modifier = draw(st.sampled_from((None, f"Q{quarter}")))
            bounds = (dt.date(year, 3 * quarter - 2, 1), _month_range(year, 3 * quarter, None)[1])
    elif year is not None:  # Granularity.YEAR
        bounds = (dt.date(year, 1, 1), dt.date(year, 12, 31))
    start, end = bounds if bounds is not None and resolved else (None, None)
    return TimeExpression(
        text=draw(non_empty_texts(max_size=24)),
        year=year,
        month=month,
        day=day,
        weekday=weekday,
        granularity=granularity,
        modifier=modifier,
        start=start,
        end=end,
        mention=draw(_optional_spans(text_length)),
    )


@_memo
def _optional_time_expressions(text_length: int | None) -> st.SearchStrategy[TimeExpression | None]:
    return _optional(time_expressions(text_length=text_length))


def durations(*, text_length: int | None = None) -> st.SearchStrategy[Duration]:
    """A `Duration` of 0 to 2**63-1 whole seconds; *text_length* as for `persons`."""
    _check_length(text_length)
    return _durations(text_length)


@_memo
def _durations(text_length: int | None) -> st.SearchStrategy[Duration]:
    return st.builds(
        Duration,
        seconds=st.integers(0, INT64_MAX),
        qualifier=st.sampled_from(DurationQualifier),
        text=_optional(non_empty_texts(max_size=24)),
        mention=_optional_spans(text_length),
    )


@st.composite
def statements(
    draw: st.DrawFn,
    *,
    item_id: str | None = None,
    actor_ids: Sequence[str] | None = None,
    text_length: int | None = None,
) -> Statement:
    """
    A `Statement` whose speakers are distinct ids from *actor_ids* (possibly none).

    Args:
        draw: Supplied by hypothesis.
        item_id: The id to use; drawn if ``None``.
        actor_ids: Ids speakers are drawn from; ``None`` for any id.
        text_length: Length of the text the spans index into; ``None`` for any span.
    """
    _check_length(text_length)
    return Statement(
        id=draw(ids()) if item_id is None else item_id,
        speakers=draw(_refs(_distinct(actor_ids))),
        mode=draw(st.sampled_from(SpeechMode)),
        speaker_mention=draw(_optional_spans(text_length)),
        cue=draw(_optional_spans(text_length)),
        content=draw(_span_tuples(text_length, min_size=1)),
        hedge=draw(_optional(st.sampled_from(("reportedly", "allegedly")) | non_empty_texts(max_size=12))),
    )


@st.composite
def claims(
    draw: st.DrawFn,
    *,
    item_id: str | None = None,
    actor_ids: Sequence[str] | None = None,
    place_ids: Sequence[str] | None = None,
    statement_ids: Sequence[str] | None = None,
    text_length: int | None = None,
) -> Claim:
    """
    A `Claim` with claimants from *actor_ids*, ``about`` from actors and places.

    Args:
        draw: Supplied by hypothesis.
        item_id: The id to use; drawn if ``None``.
        actor_ids: Ids claimants (and ``about``) may name; ``None`` for any id.
        place_ids: Ids ``about`` may also name. ``about`` takes any ids only when both
            *actor_ids* and *place_ids* are ``None``.
        statement_ids: Ids ``statement`` may name; ``None`` for any id.
        text_length: Length of the text evidence indexes into; ``None`` for any span.
    """
    _check_length(text_length)
    about_ids = (
        None
        if actor_ids is None and place_ids is None
        else _distinct([*(actor_ids or ()), *(place_ids or ())])
    )
    return Claim(
        id=draw(ids()) if item_id is None else item_id,
        claimants=draw(_refs(_distinct(actor_ids))),
        text=draw(non_empty_texts(max_size=60)),
        about=draw(_refs(about_ids)),
        statement=draw(_ref(_distinct(statement_ids))),
        evidence=draw(_span_tuples(text_length)),
    )


def _outcome_strategy(
    kind: OutcomeKind, actor_ids: Sequence[str] | None, text_length: int | None
) -> st.SearchStrategy[Outcome]:
    _check_length(text_length)
    return _outcomes_of(kind, _distinct(actor_ids), text_length)


@_memo
def _outcomes_of(
    kind: OutcomeKind, allowed: tuple[str, ...] | None, text_length: int | None
) -> st.SearchStrategy[Outcome]:
    return st.builds(
        OUTCOME_TYPES[kind],
        by=_refs(allowed),
        to=_refs(allowed),
        text=non_empty_texts(max_size=60),
        evidence=_span_tuples(text_length),
    )


def agreements(
    *, actor_ids: Sequence[str] | None = None, text_length: int | None = None
) -> st.SearchStrategy[Agreement]:
    """
    An `Agreement` whose ``by`` and ``to`` are distinct ids from *actor_ids*.

    Args:
        actor_ids: Ids ``by`` and ``to`` are drawn from; ``None`` for any id.
        text_length: Length of the text evidence indexes into; ``None`` for any span.
    """
    return cast(
        "st.SearchStrategy[Agreement]", _outcome_strategy(OutcomeKind.AGREEMENT, actor_ids, text_length)
    )


def invitations(
    *, actor_ids: Sequence[str] | None = None, text_length: int | None = None
) -> st.SearchStrategy[Invitation]:
    """An `Invitation`; parameters as for `agreements`."""
    return cast(
        "st.SearchStrategy[Invitation]", _outcome_strategy(OutcomeKind.INVITATION, actor_ids, text_length)
    )


def proposals(
    *, actor_ids: Sequence[str] | None = None, text_length: int | None = None
) -> st.SearchStrategy[Proposal]:
    """A `Proposal`; parameters as for `agreements`."""
    return cast(
        "st.SearchStrategy[Proposal]", _outcome_strategy(OutcomeKind.PROPOSAL, actor_ids, text_length)
    )


def commitments(
    *, actor_ids: Sequence[str] | None = None, text_length: int | None = None
) -> st.SearchStrategy[Commitment]:
    """A `Commitment`; parameters as for `agreements`."""
    return cast(
        "st.SearchStrategy[Commitment]", _outcome_strategy(OutcomeKind.COMMITMENT, actor_ids, text_length)
    )


def disagreements(
    *, actor_ids: Sequence[str] | None = None, text_length: int | None = None
) -> st.SearchStrategy[Disagreement]:
    """A `Disagreement`; parameters as for `agreements`."""
    return cast(
        "st.SearchStrategy[Disagreement]", _outcome_strategy(OutcomeKind.DISAGREEMENT, actor_ids, text_length)
    )


def outcomes(
    *, actor_ids: Sequence[str] | None = None, text_length: int | None = None
) -> st.SearchStrategy[Outcome]:
    """Any `Outcome` kind; parameters as for `agreements`."""
    _check_length(text_length)
    return _outcomes(_distinct(actor_ids), text_length)


@_memo
def _outcomes(allowed: tuple[str, ...] | None, text_length: int | None) -> st.SearchStrategy[Outcome]:
    return st.one_of(*(_outcomes_of(kind, allowed, text_length) for kind in OutcomeKind))


@st.composite
def meetings(
    draw: st.DrawFn,
    *,
    item_id: str | None = None,
    actor_ids: Sequence[str] | None = None,
    place_ids: Sequence[str] | None = None,
    text_length: int | None = None,
) -> Meeting:
    """
    A `Meeting` of two or more distinct actors from *actor_ids*, hosted by one of them or none.

    Args:
        draw: Supplied by hypothesis.
        item_id: The id to use; drawn if ``None``.
        actor_ids: Ids participants and outcome parties are drawn from (at least two);
            ``None`` for any id.
        place_ids: Ids the meeting place is drawn from; ``None`` for any id.
        text_length: Length of the text the spans index into; ``None`` for any span.

    Raises:
        InvalidArgument: If *actor_ids* holds fewer than two distinct ids.
    """
    _check_length(text_length)
    participants = draw(_refs(_distinct(actor_ids), min_size=2, max_size=4))
    return Meeting(
        id=draw(ids()) if item_id is None else item_id,
        participants=participants,
        host=draw(_optional(st.sampled_from(participants))),
        medium=draw(st.sampled_from(Medium)),
        status=draw(st.sampled_from(MeetingStatus)),
        date=draw(_optional_time_expressions(text_length)),
        place=draw(_ref(_distinct(place_ids))),
        duration=draw(_optional(_durations(text_length))),
        topics=draw(_tuples(non_empty_texts(max_size=20), max_size=2, unique=True)),
        outcomes=draw(_tuples(_outcomes(_distinct(actor_ids), text_length), max_size=2)),
        evidence=draw(_span_tuples(text_length)),
    )


@st.composite
def records(draw: st.DrawFn, *, max_items: int = 3, max_text_size: int = 160) -> Record:
    """
    A valid `Record`: ids unique across kinds, every reference resolved, spans inside the text.

    The text is drawn first, then how many items of each kind, then that many distinct
    ids; each item is drawn with references to the ids of the kinds it may name.

    Args:
        draw: Supplied by hypothesis.
        max_items: The most items of each kind (actors, places, meetings, statements, claims).
        max_text_size: The longest source text, in code points.
    """
    source = draw(sources(max_text_size=max_text_size))
    length = len(source.text)
    n_actors = draw(st.integers(0, max_items))
    n_places = draw(st.integers(0, max_items))
    n_meetings = draw(st.integers(0, max_items if n_actors >= 2 else 0))  # noqa: PLR2004 - a meeting takes two
    n_statements = draw(st.integers(0, max_items))
    n_claims = draw(st.integers(0, max_items))
    total = n_actors + n_places + n_meetings + n_statements + n_claims
    pool = iter(draw(st.lists(ids(), min_size=total, max_size=total, unique=True)))
    actor_ids = [next(pool) for _ in range(n_actors)]
    place_ids = [next(pool) for _ in range(n_places)]
    meeting_ids = [next(pool) for _ in range(n_meetings)]
    statement_ids = [next(pool) for _ in range(n_statements)]
    claim_ids = [next(pool) for _ in range(n_claims)]
    return Record(
        source=source,
        actors=tuple(draw(actors(item_id=i, actor_ids=actor_ids, text_length=length)) for i in actor_ids),
        places=tuple(draw(places(item_id=i, text_length=length)) for i in place_ids),
        meetings=tuple(
            draw(meetings(item_id=i, actor_ids=actor_ids, place_ids=place_ids, text_length=length))
            for i in meeting_ids
        ),
        statements=tuple(
            draw(statements(item_id=i, actor_ids=actor_ids, text_length=length)) for i in statement_ids
        ),
        claims=tuple(
            draw(
                claims(
                    item_id=i,
                    actor_ids=actor_ids,
                    place_ids=place_ids,
                    statement_ids=statement_ids,
                    text_length=length,
                )
            )
            for i in claim_ids
        ),
        extraction=draw(_optional(extractions())),
    )


#: The strategy function for each concrete public model type, called with no arguments
#: (what ``st.from_type(cls)`` gives once the hypothesis entry point has registered them).
#: The unions `bilateral.Actor` and `bilateral.Outcome` resolve to their members.
BY_TYPE: Mapping[type[object], Callable[[], st.SearchStrategy[object]]] = {
    cls: globals()[name] for cls, name in STRATEGY_NAMES.items()
}
