"""
Properties of the wire format over generated values.

* Round trips: for every public type, ``loads(dumps(x), type(x)) == x``, and dumping
  the loaded value gives the same bytes again.
* Schema: every generated record validates against `bilateral.serialize.json_schema`.
* Mutations: a record broken in one place (a wrong JSON type, a missing required key, an
  unknown key, a bad enum value; hypothesis picks where) fails both the schema and
  `bilateral.serialize.loads`, and both report the place that was broken.
* Pickle: every generated value pickles and unpickles equal.

Path convention. Paths are written ``$.actors[0].roles[1].of``: ``.name`` for an object
member, ``[i]`` for an array item (keys here are always identifiers, so no quoting is
needed). A problem about a *key* (one that is missing, or one that is not allowed) is
located at the key's own path, ``$.actors[0].name``, even when the object holding it is
what the validator looked at: jsonschema reports ``required`` and
``additionalProperties`` errors at the object (``$.actors[0]``) and names the key in the
message, so those paths are extended by the key before comparing. Everywhere else the
schema error's ``absolute_path`` is used as it is.
"""

from __future__ import annotations

import copy
import datetime as dt
import enum
import json
import pickle
import types
import typing
from typing import TYPE_CHECKING, Any, NamedTuple

import attrs
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from bilateral.errors import RecordError
from bilateral.model import (
    Record,
)
from bilateral.serialize import dumps, json_schema, loads
from bilateral.testing import strategies as bst

if TYPE_CHECKING:
    from collections.abc import Iterator

    from jsonschema.exceptions import ValidationError

STRATEGIES: dict[type[Any], st.SearchStrategy[Any]] = {cls: make() for cls, make in bst.BY_TYPE.items()}
TYPES = list(STRATEGIES)


def type_name(cls: type[Any]) -> str:
    return cls.__name__


#: A location in a value and in its JSON: member names and array indexes.
Path = tuple[str | int, ...]


def json_path(path: typing.Iterable[str | int]) -> str:
    return "$" + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in path)


# Round trips.


@pytest.mark.parametrize("cls", TYPES, ids=type_name)
@given(data=st.data())
def test_round_trip(cls: type[Any], data: st.DataObject) -> None:
    value = data.draw(STRATEGIES[cls])
    text = dumps(value)
    again = loads(text, cls)
    assert again == value
    assert type(again) is cls
    assert dumps(again) == text
    assert loads(text.encode("utf-8"), cls) == value
    check_wire_keys(value, json.loads(text))


def check_wire_keys(value: object, payload: Any) -> None:
    """Every field is written, under its attribute name, in class order; ``kind`` first."""
    for path, node in walk(value):
        node_cls = type(node)
        if attrs.has(node_cls):
            expected = [f.name for f in attrs.fields(node_cls)]
            if tag_enum(node_cls) is not None:
                expected.insert(0, "kind")
            if node_cls is Record and path == ():
                expected.insert(0, "schema_version")
            assert list(get_at(payload, path)) == expected, json_path(path)


@given(bst.records())
def test_record_round_trip_details(record: Record) -> None:
    text = dumps(record)
    assert json.loads(text)["schema_version"] == 1
    loaded = loads(text)  # a Record is what loads reads by default
    assert loaded == record
    # date and datetime compare unequal, but check explicitly: this is the field where a
    # lax reader would turn "2025-03-12" into a naive datetime or drop the offset.
    published = loaded.source.published
    assert type(published) is type(record.source.published)
    if isinstance(published, dt.datetime):
        assert isinstance(record.source.published, dt.datetime)
        assert published.utcoffset() == record.source.published.utcoffset()


# Schema.

SCHEMA = json_schema()
VALIDATOR = Draft202012Validator(SCHEMA)


def test_the_schema_is_a_valid_draft_2020_12_schema() -> None:
    Draft202012Validator.check_schema(SCHEMA)
    assert SCHEMA.get("$schema") == "https://json-schema.org/draft/2020-12/schema"


@given(bst.records())
def test_generated_records_validate_against_the_schema(record: Record) -> None:
    errors = [
        f"{e.message} @ {json_path(e.absolute_path)}"
        for e in VALIDATOR.iter_errors(json.loads(dumps(record)))
    ]
    assert errors == []


# Mutations.


def walk(value: object, path: Path = ()) -> Iterator[tuple[Path, object]]:
    """Every (path, value) inside a model value, depth first; paths are also JSON paths."""
    yield path, value
    cls = type(value)
    if attrs.has(cls):
        for field in attrs.fields(cls):
            yield from walk(getattr(value, field.name), (*path, field.name))
    elif isinstance(value, tuple):
        for i, item in enumerate(value):
            yield from walk(item, (*path, i))


def get_at(payload: Any, path: Path) -> Any:
    for part in path:
        payload = payload[part]
    return payload


def tag_enum(cls: type[Any]) -> type[enum.Enum] | None:
    """The enum of a tagged-union member's ``kind`` tag (a ClassVar, not a field)."""
    if "kind" in attrs.fields_dict(cls):
        return None  # Place.kind is an ordinary field
    tag = getattr(cls, "kind", None)
    return type(tag) if isinstance(tag, enum.Enum) else None


def json_types(tp: Any) -> set[str]:
    """The JSON types the wire format accepts for a value annotated *tp*."""
    if typing.get_origin(tp) in (typing.Union, types.UnionType):
        return set().union(*(json_types(arg) for arg in typing.get_args(tp)))
    if tp is type(None):
        return {"null"}
    if typing.get_origin(tp) is tuple:
        return {"array"}
    if tp in (str, dt.date, dt.datetime) or (isinstance(tp, type) and issubclass(tp, enum.Enum)):
        return {"string"}
    if tp is int:
        return {"integer"}
    if attrs.has(tp):
        return {"object"}
    raise TypeError(tp)  # pragma: no cover - a new kind of field needs a line here


def enum_of(tp: Any) -> type[enum.Enum] | None:
    for arg in (tp, *typing.get_args(tp)):
        if isinstance(arg, type) and issubclass(arg, enum.Enum):
            return arg
    return None


class Site(NamedTuple):
    """A place in a record where a JSON value sits, and the type the model gives it there."""

    path: Path
    type: Any


def sites(value: object, tp: Any, path: Path = ()) -> Iterator[Site]:
    """Every value in *value* with its annotated type, including the ``kind`` tags."""
    yield Site(path, tp)
    cls = type(value)
    if attrs.has(cls):
        if (tag := tag_enum(cls)) is not None:
            yield Site((*path, "kind"), tag)
        hints = typing.get_type_hints(cls)
        for field in attrs.fields(cls):
            yield from sites(getattr(value, field.name), hints[field.name], (*path, field.name))
    elif isinstance(value, tuple):
        (item_type, _) = typing.get_args(tp)
        for i, item in enumerate(value):
            yield from sites(item, item_type, (*path, i))


def fields_of(value: object) -> tuple[attrs.Attribute[Any], ...]:
    cls = type(value)
    return attrs.fields(cls) if attrs.has(cls) else ()


def required_keys(cls: type[Any]) -> list[str]:
    """Keys an object of *cls* cannot do without: the union tag and fields with no default."""
    tag = ["kind"] if tag_enum(cls) is not None else []
    return tag + [f.name for f in attrs.fields(cls) if f.default is attrs.NOTHING]


def objects(record: Record) -> list[tuple[Path, type[Any]]]:
    return [(path, type(node)) for path, node in walk(record) if attrs.has(type(node))]


# One JSON value of each type, to put where that type is not accepted.
SAMPLES: dict[str, Any] = {
    "null": None,
    "boolean": True,
    "integer": 7,
    "number": 1.5,
    "string": "x",
    "array": [],
    "object": {},
}
KEYS = st.from_regex(r"[a-z][a-z_]{0,11}", fullmatch=True)


def schema_paths(instance: Any) -> set[str]:
    """Every path the schema reports, descending into oneOf/anyOf sub-errors."""

    def flatten(errors: typing.Iterable[ValidationError]) -> Iterator[ValidationError]:
        for error in errors:
            yield error
            yield from flatten(error.context or ())

    paths = set()
    for error in flatten(VALIDATOR.iter_errors(instance)):
        path = tuple(error.absolute_path)
        if error.validator == "required":
            paths |= {json_path((*path, k)) for k in error.validator_value if k not in error.instance}
        elif error.validator in ("additionalProperties", "unevaluatedProperties"):
            paths |= {json_path((*path, k)) for k in error.instance if repr(k) in error.message}
        else:
            paths.add(json_path(path))
    return paths


def loads_paths(payload: Any) -> set[str]:
    with pytest.raises(RecordError) as info:
        loads(json.dumps(payload))
    return {problem.path for problem in info.value.problems}


def check_broken_at(payload: Any, path: Path) -> None:
    """*payload* fails the schema and `loads`, and both say where: at *path*."""
    expected = json_path(path)
    reported = schema_paths(payload)
    assert reported, "the schema accepted a broken record"
    assert expected in reported
    assert loads_paths(payload) == {expected}


@given(bst.records(), st.data())
def test_a_wrong_json_type_fails_schema_and_loads_at_its_path(record: Record, data: st.DataObject) -> None:
    site = data.draw(st.sampled_from([s for s in sites(record, Record) if s.path]))
    wrong = data.draw(st.sampled_from(sorted(SAMPLES.keys() - json_types(site.type))))
    payload = json.loads(dumps(record))
    parent, key = get_at(payload, site.path[:-1]), site.path[-1]
    parent[key] = copy.deepcopy(SAMPLES[wrong])
    check_broken_at(payload, site.path)


@given(bst.records(), st.data())
def test_a_bad_enum_value_fails_schema_and_loads_at_its_path(record: Record, data: st.DataObject) -> None:
    enum_sites = [(s, e) for s in sites(record, Record) if (e := enum_of(s.type)) is not None]
    assume(enum_sites)
    site, enum_cls = data.draw(st.sampled_from(enum_sites))
    values = {member.value for member in enum_cls}
    # Near misses too: the right word in the wrong case is still not a value.
    bad = data.draw(
        st.one_of(st.sampled_from(sorted(values)).map(str.upper), bst.texts(max_size=12)).filter(
            lambda v: v not in values
        )
    )
    payload = json.loads(dumps(record))
    get_at(payload, site.path[:-1])[site.path[-1]] = bad
    check_broken_at(payload, site.path)


@given(bst.records(), st.data())
def test_a_missing_required_key_fails_schema_and_loads_at_its_path(
    record: Record, data: st.DataObject
) -> None:
    candidates = [(*path, name) for path, cls in objects(record) for name in required_keys(cls)]
    path = data.draw(st.sampled_from(candidates))
    payload = json.loads(dumps(record))
    del get_at(payload, path[:-1])[path[-1]]
    check_broken_at(payload, path)


@given(bst.records(), st.data())
def test_an_unknown_key_fails_schema_and_loads_at_its_path(record: Record, data: st.DataObject) -> None:
    path, cls = data.draw(st.sampled_from(objects(record)))
    taken = {*attrs.fields_dict(cls), "kind", "schema_version"}
    key = data.draw(KEYS.filter(lambda k: k not in taken))
    payload = json.loads(dumps(record))
    get_at(payload, path)[key] = data.draw(st.sampled_from(list(SAMPLES.values())))
    check_broken_at(payload, (*path, key))


@given(bst.records(), st.data())
def test_schema_and_loads_agree_on_omitted_defaults(record: Record, data: st.DataObject) -> None:
    # A key whose value is its field's default may be optional on input (old records
    # still load) or required (every field is always written); either is fine, as long
    # as the schema and loads say the same, and an omitted default reads as the default.
    candidates = [
        (*path, f.name)
        for path, node in walk(record)
        for f in fields_of(node)
        if f.default is not attrs.NOTHING and getattr(node, f.name) == f.default
    ]
    assume(candidates)
    path = data.draw(st.sampled_from(candidates))
    payload = json.loads(dumps(record))
    del get_at(payload, path[:-1])[path[-1]]
    reported = schema_paths(payload)
    try:
        loaded = loads(json.dumps(payload))
    except RecordError as error:
        problems = {p.path for p in error.problems}
    else:
        assert loaded == record
        problems = set()
    if problems:
        assert problems == {json_path(path)}
        assert json_path(path) in reported
    else:
        assert reported == set()


# Pickle.


@pytest.mark.parametrize("cls", TYPES, ids=type_name)
@given(data=st.data())
def test_pickle_round_trip(cls: type[Any], data: st.DataObject) -> None:
    value = data.draw(STRATEGIES[cls])
    for protocol in (2, pickle.HIGHEST_PROTOCOL):
        again = pickle.loads(pickle.dumps(value, protocol=protocol))  # noqa: S301 - our own bytes
        assert again == value
        assert type(again) is cls
        assert dumps(again) == dumps(value)
