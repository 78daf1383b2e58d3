"""
Valid payloads take the fast way through `loads`, and that way decides as the careful one.

The fast structure functions read every key of an object that has them all, read the
JSON form of the default for a key left out, and skip measuring the depth when orjson
parses and the limit allows the deepest payload of the class read (`payload_depth`).
These tests pin each shortcut: a valid payload never reaches the careful path (patched
to fail here), and the results and errors are those of the careful path.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import bilateral.serialize._json as sjson
from bilateral.errors import InvalidJSONError, RecordError
from bilateral.model import (
    Agreement,
    Meeting,
    Person,
    Record,
    Source,
    Span,
    Statement,
    TimeExpression,
)
from bilateral.serialize import Limits, dumps, loads
from bilateral.serialize._shapes import class_spec, model_classes, payload_depth
from bilateral.serialize._structure import check, fast_structure_fns
from bilateral.testing import strategies as bst

if TYPE_CHECKING:
    from collections.abc import Callable

# The backend fixture is set once per test, not per example: reusing it is intended.
_PER_BACKEND = settings(suppress_health_check=[HealthCheck.function_scoped_fixture])


def _careful_path_fails(*_args: object, **_kwargs: object) -> object:
    msg = "a valid payload went the careful way"
    raise AssertionError(msg)


def _drop_defaults(value: object, payload: Any) -> None:
    """Remove from *payload* (the JSON of *value*) every key whose value is its default."""
    if isinstance(value, tuple):
        for item, item_payload in zip(value, payload, strict=True):
            _drop_defaults(item, item_payload)
    elif attrs.has(cls := type(value)):
        for field in attrs.fields(cls):
            item = getattr(value, field.name)
            if field.default is not attrs.NOTHING and item == field.default:
                del payload[field.name]
            else:
                _drop_defaults(item, payload[field.name])


def _deepest_record() -> Record:
    """A record whose payload nests as deep as any can: down to an outcome's evidence."""
    text = "Petro met Trump and they agreed."
    return Record(
        source=Source(text=text),
        actors=(Person(id="p", name="Petro"), Person(id="t", name="Trump")),
        meetings=(
            Meeting(
                id="m",
                participants=("p", "t"),
                outcomes=(Agreement(by=("p", "t"), text="agreed", evidence=(Span(start=24, end=31),)),),
            ),
        ),
    )


@pytest.mark.usefixtures("backend")
@_PER_BACKEND
@given(bst.records())
def test_valid_records_never_take_the_careful_path(record: Record) -> None:
    text = dumps(record)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(sjson, "parse_json", _careful_path_fails)
        assert loads(text) == record
        assert loads(dumps(record, indent=2).encode()) == record


@pytest.mark.usefixtures("backend")
@_PER_BACKEND
@given(bst.records())
def test_keys_left_at_their_default_read_as_the_default_on_the_fast_path(record: Record) -> None:
    payload = json.loads(dumps(record))
    _drop_defaults(record, payload)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(sjson, "parse_json", _careful_path_fails)
        assert loads(json.dumps(payload, ensure_ascii=False)) == record


@pytest.mark.parametrize("cls", model_classes(), ids=lambda cls: cls.__name__)
@settings(max_examples=15)
@given(data=st.data())
def test_required_keys_alone_give_what_the_careful_path_gives(cls: type[Any], data: st.DataObject) -> None:
    # The payload of a generated value, cut down to the keys its class requires: the
    # fast function must agree with the detailed pass on it (value or rejection: some
    # defaults do not fit every value, such as a record's references), and a key the
    # class does not have must always be rejected.
    value = data.draw(bst.BY_TYPE[cls]())
    payload = json.loads(dumps(value))
    spec = class_spec(cls)
    required = {k: v for k, v in payload.items() if k in {"kind", "schema_version"}}
    required |= {f.name: payload[f.name] for f in spec.fields if f.required}
    try:
        expected = check(required, cls, lenient=False)
    except RecordError:
        expected = None
    fn = fast_structure_fns()[cls]
    try:
        got = fn(required, [])
    except (KeyError, TypeError, ValueError):
        got = None
    assert got == expected
    if cls is not Record:  # only a record's references may need the items left out
        assert got is not None
    with pytest.raises((KeyError, TypeError, ValueError)):
        fn({**required, "not_a_field": None}, [])


def test_the_payload_depth_of_each_class(json_depth: Callable[[object], int]) -> None:
    assert payload_depth(Span) == 1
    assert payload_depth(Agreement) == 3
    assert payload_depth(Meeting) == 5
    assert payload_depth(Record) == 7
    assert json_depth(json.loads(dumps(_deepest_record()))) == payload_depth(Record)


@given(bst.records())
def test_no_record_nests_deeper_than_its_payload_depth(
    json_depth: Callable[[object], int], record: Record
) -> None:
    assert json_depth(json.loads(dumps(record))) <= payload_depth(Record)


@pytest.mark.usefixtures("backend")
def test_a_depth_limit_below_the_payload_depth_is_still_enforced() -> None:
    text = dumps(_deepest_record())
    assert loads(text, limits=Limits(max_depth=7)) == _deepest_record()
    with pytest.raises(InvalidJSONError, match="nest deeper than the limit of 6 levels"):
        loads(text, limits=Limits(max_depth=6))
    span = dumps(Span(start=0, end=1))
    assert loads(span, Span, limits=Limits(max_depth=1)) == Span(start=0, end=1)
    with pytest.raises(InvalidJSONError, match="limit of 1 levels"):
        loads(f"[{span}]", tuple[Span, ...], limits=Limits(max_depth=1))


@pytest.mark.usefixtures("backend")
@pytest.mark.parametrize("depth", [65, 1100])
def test_deep_text_in_a_valid_place_is_measured_when_the_fast_way_fails(depth: int) -> None:
    # orjson parses 65 levels (and refuses 1100 by its own limit); either way the fast
    # structure fails and the careful path names the depth limit, as before parsing.
    text = dumps(_deepest_record()).replace('"title":null', '"title":' + "[" * depth + "]" * depth)
    with pytest.raises(InvalidJSONError, match="nest deeper than the limit of 64 levels"):
        loads(text)


def _fast_and_careful(cls: type[Any], payload: dict[str, Any]) -> tuple[object, object]:
    """What the fast function and the detailed pass make of *payload* (None: rejected)."""
    try:
        careful = check(payload, cls, lenient=False)
    except RecordError:
        careful = None
    try:
        fast = fast_structure_fns()[cls](payload, [])
    except (KeyError, TypeError, ValueError):
        fast = None
    return fast, careful


_SMALL_INTS = st.none() | st.integers(-2, 40) | st.sampled_from([9999, 10000, 2**63 - 1])


@given(_SMALL_INTS, _SMALL_INTS, _SMALL_INTS)
def test_inlined_date_part_checks_agree_with_the_model(
    year: int | None, month: int | None, day: int | None
) -> None:
    fast, careful = _fast_and_careful(
        TimeExpression, {"text": "then", "year": year, "month": month, "day": day}
    )
    assert fast == careful


@given(st.lists(st.sampled_from(["a", "b", "c"]), max_size=4), st.integers(0, 2))
def test_inlined_participant_and_content_checks_agree_with_the_model(ids: list[str], spans: int) -> None:
    fast, careful = _fast_and_careful(Meeting, {"id": "m", "participants": ids})
    assert fast == careful
    content = [{"start": 0, "end": 1}] * spans
    fast, careful = _fast_and_careful(Statement, {"id": "s", "content": content})
    assert fast == careful


@pytest.mark.parametrize(
    "published",
    [
        "2025-03-12",
        "2025-03-12T10:00:00Z",
        "2025-03-12T10:00:00+23:59",
        "2025-03-12T10:00:00.123456-12:30",
        "2025-03-12T10:00:00+24:00",
        "2025-03-12T10:00:00+07:99",
        "2025-03-12T10:00:00+0530",
        "2025-03-12T10:00:00",
        "2025-03-12T10:00:00+05:30:15",
        "2025-02-30",
        "20250312",
    ],
)
def test_published_dates_are_decided_alike(published: str) -> None:
    fast, careful = _fast_and_careful(Source, {"text": "x", "published": published})
    assert fast == careful
