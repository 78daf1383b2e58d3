"""
The public strategies generate only valid values, and every public type has one.

The last section covers `bilateral.testing._plugin`: the entry point that registers the
strategies with hypothesis, so that `st.from_type` gives the same valid values.
"""

from __future__ import annotations

import calendar
import datetime as dt
import importlib.metadata
import inspect
from typing import TYPE_CHECKING, Any

import attrs
import pytest
from hypothesis import Phase, find, given, settings
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument
from hypothesis.strategies._internal import types as hypothesis_types

import bilateral.model
from bilateral.model import (
    ACTOR_TYPES,
    OUTCOME_TYPES,
    Actor,
    Disagreement,
    Granularity,
    Group,
    Meeting,
    Organization,
    Outcome,
    Person,
    Record,
    Source,
    Span,
    TimeExpression,
    Weekday,
)
from bilateral.model._validators import INT64_MAX, INT64_MIN
from bilateral.testing import strategies as bst
from bilateral.testing._plugin import _hypothesis_setup_hook

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

#: One strategy per public type, drawn with no constraints (as `st.from_type` would).
STRATEGIES: dict[type[Any], st.SearchStrategy[Any]] = {cls: make() for cls, make in bst.BY_TYPE.items()}

# Generation only: these searches prove a strategy *can* reach a value, not what it shrinks to.
FIND = settings(database=None, max_examples=2000, phases=[Phase.generate])


def nodes(value: object) -> Iterator[object]:
    """Every value inside *value* (attrs instances, tuple items, leaves), depth first."""
    yield value
    cls = type(value)
    if attrs.has(cls):
        for field in attrs.fields(cls):
            yield from nodes(getattr(value, field.name))
    elif isinstance(value, tuple):
        for item in value:
            yield from nodes(item)


def check_time_expression(te: TimeExpression) -> None:
    """Known parts agree with each other, and a resolved range is the one they determine."""
    if te.year is not None and te.month is not None and te.day is not None:
        assert te.weekday in (None, Weekday.of(dt.date(te.year, te.month, te.day)))
    if te.start is None or te.end is None:
        assert te.start is None
        assert te.end is None
        return
    assert te.year is not None
    assert te.start <= te.end
    if te.granularity in (Granularity.DAY, Granularity.MONTH, Granularity.YEAR):
        # The model's own resolution is the definition of "the range the parts determine".
        resolved = te.resolve(dt.date(2000, 1, 1))
        assert (resolved.start, resolved.end) == (te.start, te.end)
    elif te.granularity is Granularity.WEEK:
        assert te.start.year == te.year
        assert te.end - te.start == dt.timedelta(days=6)
    else:
        assert te.granularity is Granularity.QUARTER
        assert te.start.year == te.end.year == te.year
        assert te.start.day == 1
        assert te.start.month in (1, 4, 7, 10)
        assert te.end.month == te.start.month + 2
        assert te.end.day == calendar.monthrange(te.end.year, te.end.month)[1]


def check_deep(value: object) -> None:
    """Properties the constructors do not check but the wire format needs."""
    for node in nodes(value):
        if isinstance(node, str):
            node.encode("utf-8")  # raises on a lone surrogate
        elif isinstance(node, int) and not isinstance(node, bool):
            assert INT64_MIN <= node <= INT64_MAX
        elif isinstance(node, dt.datetime):
            offset = node.utcoffset()
            assert offset is not None, "naive datetime"
            assert offset % dt.timedelta(minutes=1) == dt.timedelta(0)
            assert abs(offset) < dt.timedelta(hours=24)
        elif isinstance(node, TimeExpression):
            check_time_expression(node)


def check_record(record: Record) -> None:
    """An independent restatement of `Record`'s invariants (not relying on its own check)."""
    length = len(record.source.text)
    for node in nodes(record):
        if isinstance(node, Span):
            assert 0 <= node.start <= node.end <= length
    items = [*record.actors, *record.places, *record.meetings, *record.statements, *record.claims]
    assert len({item.id for item in items}) == len(items)
    actor_ids = {a.id for a in record.actors}
    place_ids = {p.id for p in record.places}
    statement_ids = {s.id for s in record.statements}
    for actor in record.actors:
        if isinstance(actor, (Person, Organization)):
            assert {r.of for r in actor.roles} <= actor_ids | {None}
        if isinstance(actor, Group):
            assert set(actor.members) <= actor_ids
    for meeting in record.meetings:
        assert set(meeting.participants) <= actor_ids
        assert meeting.host in (None, *meeting.participants)
        assert meeting.place in (None, *place_ids)
        for outcome in meeting.outcomes:
            assert set(outcome.by) | set(outcome.to) <= actor_ids
    for statement in record.statements:
        assert set(statement.speakers) <= actor_ids
    for claim in record.claims:
        assert set(claim.claimants) <= actor_ids
        assert set(claim.about) <= actor_ids | place_ids
        assert claim.statement in (None, *statement_ids)


def test_every_public_model_type_has_a_strategy() -> None:
    public = {
        obj
        for name in bilateral.model.__all__
        if inspect.isclass(obj := getattr(bilateral.model, name)) and attrs.has(obj)
    }
    assert public == set(STRATEGIES)


@given(bst.records(max_items=1, max_text_size=5))
def test_records_respect_their_size_bounds(record: Record) -> None:
    assert len(record.source.text) <= 5
    for items in (record.actors, record.places, record.meetings, record.statements, record.claims):
        assert len(items) <= 1


@given(st.integers(0, 50), st.data())
def test_spans_lie_inside_the_text(length: int, data: st.DataObject) -> None:
    span = data.draw(bst.spans(length))
    assert 0 <= span.start <= span.end <= length


@given(bst.spans())
def test_unconstrained_spans_fit_in_64_bits(span: Span) -> None:
    assert 0 <= span.start <= span.end <= INT64_MAX


IDS = st.lists(bst.ids(), min_size=2, max_size=5, unique=True)


@given(IDS, IDS, IDS, st.integers(0, 30), st.data())
def test_references_are_drawn_from_the_given_ids(
    actor_ids: list[str], place_ids: list[str], statement_ids: list[str], length: int, data: st.DataObject
) -> None:
    actors, places, statements = set(actor_ids), set(place_ids), set(statement_ids)
    meeting = data.draw(bst.meetings(actor_ids=actor_ids, place_ids=place_ids, text_length=length))
    assert set(meeting.participants) <= actors
    assert meeting.place in (None, *places)
    for outcome in meeting.outcomes:
        assert set(outcome.by) | set(outcome.to) <= actors
    statement = data.draw(bst.statements(actor_ids=actor_ids, text_length=length))
    assert set(statement.speakers) <= actors
    claim = data.draw(
        bst.claims(actor_ids=actor_ids, place_ids=place_ids, statement_ids=statement_ids, text_length=length)
    )
    assert set(claim.claimants) <= actors
    assert set(claim.about) <= actors | places
    assert claim.statement in (None, *statements)
    group = data.draw(bst.groups(actor_ids=actor_ids, text_length=length))
    assert set(group.members) <= actors
    person = data.draw(bst.persons(item_id="p", actor_ids=actor_ids, text_length=length))
    assert person.id == "p"
    assert {r.of for r in person.roles} <= actors | {None}
    outcome = data.draw(bst.outcomes(actor_ids=actor_ids, text_length=length))
    assert set(outcome.by) | set(outcome.to) <= actors
    for value in (meeting, statement, claim, group, person, outcome):
        for node in nodes(value):
            if isinstance(node, Span):
                assert node.end <= length


@given(st.data())
def test_empty_id_lists_mean_no_references(data: st.DataObject) -> None:
    statement = data.draw(bst.statements(actor_ids=[]))
    assert statement.speakers == ()
    claim = data.draw(bst.claims(actor_ids=[], place_ids=[], statement_ids=[]))
    assert (claim.claimants, claim.about, claim.statement) == ((), (), None)
    assert data.draw(bst.roles(actor_ids=[])).of is None


@given(bst.sources(text="Petro met Trump."))
def test_sources_keep_a_given_text(source: Source) -> None:
    assert source.text == "Petro met Trump."
    assert all(span.end <= len(source.text) for span in source.body)


def test_spans_reject_a_negative_length() -> None:
    with pytest.raises(InvalidArgument, match="text_length"):
        bst.spans(-1)


@pytest.mark.parametrize("actor_ids", [[], ["a"], ["a", "a"]])
def test_meetings_need_two_distinct_actors(actor_ids: list[str]) -> None:
    @given(bst.meetings(actor_ids=actor_ids))
    def draw_one(meeting: Meeting) -> None:
        raise AssertionError(meeting)  # pragma: no cover - never reached

    with pytest.raises(InvalidArgument, match="at least 2 distinct ids"):
        draw_one()


# The strategies can reach the values that matter, not only the easy ones.
REACHABLE: list[tuple[str, st.SearchStrategy[Any], Callable[[Any], bool]]] = [
    ("non-BMP text", bst.texts(), lambda s: any(ord(c) > 0xFFFF for c in s)),
    ("a span over non-BMP text", bst.records(), lambda r: any(ord(c) > 0xFFFF for c in r.source.text)),
    ("an aware datetime", bst.sources(), lambda s: isinstance(s.published, dt.datetime)),
    ("a plain date", bst.sources(), lambda s: type(s.published) is dt.date),
    ("a bare weekday", bst.time_expressions(), lambda t: t.weekday is not None and t.day is None),
    ("late in a month", bst.time_expressions(), lambda t: t.modifier == "late" and t.start is not None),
    ("a resolved week", bst.time_expressions(), lambda t: t.granularity is Granularity.WEEK and t.end),
    ("a resolved quarter", bst.time_expressions(), lambda t: t.granularity is Granularity.QUARTER and t.end),
    ("a 64-bit duration", bst.durations(), lambda d: d.seconds == INT64_MAX),
    ("a group", bst.actors(), lambda a: isinstance(a, Group)),
    ("a disagreement", bst.outcomes(), lambda o: isinstance(o, Disagreement)),
    ("a hosted meeting", bst.records(), lambda r: any(m.host for m in r.meetings)),
    ("an outcome in a record", bst.records(), lambda r: any(m.outcomes for m in r.meetings)),
    ("a claim citing a statement", bst.records(), lambda r: any(c.statement for c in r.claims)),
    (
        "a claim about a place",
        bst.records(),
        lambda r: bool({i for c in r.claims for i in c.about} & {p.id for p in r.places}),
    ),
    (
        "a group with members",
        bst.records(),
        lambda r: any(isinstance(a, Group) and a.members for a in r.actors),
    ),
    (
        "a role of an actor",
        bst.records(),
        lambda r: any(getattr(a, "roles", ()) and a.roles[0].of for a in r.actors),
    ),
]


@pytest.mark.parametrize(("strategy", "condition"), [r[1:] for r in REACHABLE], ids=[r[0] for r in REACHABLE])
def test_strategy_reaches(strategy: st.SearchStrategy[Any], condition: Callable[[Any], bool]) -> None:
    assert condition(find(strategy, condition, settings=FIND))


# The entry point.


def test_entry_point_is_declared() -> None:
    (entry,) = (e for e in importlib.metadata.entry_points(group="hypothesis") if e.name == "bilateral")
    assert entry.value == "bilateral.testing._plugin:_hypothesis_setup_hook"
    assert entry.load() is _hypothesis_setup_hook


@pytest.mark.parametrize("cls", list(STRATEGIES), ids=lambda cls: cls.__name__)
def test_hypothesis_ran_the_hook_on_import(cls: type[Any]) -> None:
    # Hypothesis runs entry points when it is first imported (unless HYPOTHESIS_NO_PLUGINS
    # is set), so the registration is in place before any test module calls the hook.
    assert cls in hypothesis_types._global_type_lookup


def test_hook_registers_and_leaves_settings_alone() -> None:
    profile = settings.get_current_profile_name()
    active = settings.default
    profiles = dict(settings._profiles)
    _hypothesis_setup_hook()
    _hypothesis_setup_hook()  # idempotent: registering again replaces, never stacks
    assert settings.get_current_profile_name() == profile
    assert settings.default is active
    assert settings._profiles == profiles


@pytest.mark.parametrize("cls", list(STRATEGIES), ids=lambda cls: cls.__name__)
@given(data=st.data())
def test_from_type_gives_valid_values(cls: type[Any], data: st.DataObject) -> None:
    # from_type(cls) resolves to STRATEGIES[cls] (the hook registers the same functions),
    # so this tests both the public strategies and their registration.
    value = data.draw(st.from_type(cls))
    assert type(value) is cls
    check_deep(value)
    # Valid values survive re-validation: rebuilding runs every validator again.
    assert attrs.evolve(value) == value
    if isinstance(value, Record):
        check_record(value)


@pytest.mark.parametrize(
    ("union", "members"),
    [(Actor, tuple(ACTOR_TYPES.values())), (Outcome, tuple(OUTCOME_TYPES.values()))],
    ids=["Actor", "Outcome"],
)
def test_from_type_of_a_union_reaches_every_member(union: Any, members: tuple[type[Any], ...]) -> None:
    search = settings(database=None, phases=[Phase.generate], max_examples=1000)
    for member in members:

        def is_member(value: object, member: type[Any] = member) -> bool:
            return type(value) is member

        check_deep(find(st.from_type(union), is_member, settings=search))
