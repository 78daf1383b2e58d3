"""
What each model field looks like on the wire, worked out once from the type annotations.

The fast structure functions, the detailed checker and the unstructure functions are all
generated from these shapes, so the three can never disagree about a field's wire type.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import types
import typing
from typing import Any, TypeAlias

import attrs

from bilateral.model import ACTOR_TYPES, OUTCOME_TYPES, SCHEMA_VERSION, Record

__all__ = [
    "ClassShape",
    "ClassSpec",
    "DateShape",
    "EnumShape",
    "FieldSpec",
    "OptionalShape",
    "PrimShape",
    "Shape",
    "TaggedShape",
    "TupleShape",
    "class_spec",
    "model_classes",
    "payload_depth",
    "shape_of",
]

#: The key that tells members of a tagged union apart.
TAG = "kind"
#: The key a Record payload starts with.
VERSION_KEY = "schema_version"


@attrs.frozen
class PrimShape:
    """A JSON string (``str``) or a JSON integer that fits in 64 bits (``int``)."""

    type: type[str] | type[int]


@attrs.frozen
class EnumShape:
    """A `StrEnum` written as its value."""

    type: type[enum.Enum]


@attrs.frozen
class DateShape:
    """``YYYY-MM-DD``; with *datetime*, also an RFC 3339 datetime with an offset."""

    datetime: bool


@attrs.frozen
class ClassShape:
    """A model class written as a JSON object."""

    type: type[Any]


@attrs.frozen
class TaggedShape:
    """A union of model classes told apart by their ``kind`` ClassVar."""

    #: Tag value -> class, in declaration order.
    members: tuple[tuple[str, type[Any]], ...]


@attrs.frozen
class TupleShape:
    """A tuple written as a JSON array."""

    item: Shape


@attrs.frozen
class OptionalShape:
    """``X | None``: null or an X."""

    inner: Shape


Shape: TypeAlias = PrimShape | EnumShape | DateShape | ClassShape | TaggedShape | TupleShape | OptionalShape


@attrs.frozen
class FieldSpec:
    """One attrs field: its wire shape and its default."""

    name: str
    shape: Shape
    #: ``attrs.NOTHING`` when the key is required.
    default: Any

    @property
    def required(self) -> bool:
        """Whether a payload must carry this key."""
        return self.default is attrs.NOTHING


@attrs.frozen
class ClassSpec:
    """Everything the generators need to know about one model class."""

    type: type[Any]
    fields: tuple[FieldSpec, ...]
    #: The ``kind`` value written first, for members of a tagged union.
    tag: str | None
    #: The ``schema_version`` written first, for `Record`.
    version: int | None

    @property
    def keys(self) -> frozenset[str]:
        """Every key a payload of this class may hold."""
        extra = ({TAG} if self.tag is not None else set()) | (
            {VERSION_KEY} if self.version is not None else set()
        )
        return frozenset({f.name for f in self.fields} | extra)


_TAGGED: dict[frozenset[type[Any]], TaggedShape] = {
    frozenset(members.values()): TaggedShape(tuple((str(k.value), cls) for k, cls in members.items()))
    for members in (ACTOR_TYPES, OUTCOME_TYPES)
}


def shape_of(tp: Any) -> Shape:
    """
    The wire shape of a type annotation.

    Raises:
        TypeError: for a type the wire format has no place for (a new kind of field
            needs a shape here, and every generator learns it at once).
    """
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = typing.get_args(tp)
        rest = tuple(a for a in args if a is not type(None))
        if len(rest) < len(args):
            inner: Any = rest[0] if len(rest) == 1 else functools.reduce(lambda a, b: a | b, rest)
            return OptionalShape(shape_of(inner))
        if set(rest) == {dt.date, dt.datetime}:
            return DateShape(datetime=True)
        if (tagged := _TAGGED.get(frozenset(rest))) is not None:
            return tagged
        msg = f"no wire shape for the union {tp!r}"
        raise TypeError(msg)
    if origin is tuple:
        item, ellipsis = typing.get_args(tp)
        if ellipsis is not Ellipsis:
            msg = f"only homogeneous tuples (tuple[X, ...]) have a wire shape, not {tp!r}"
            raise TypeError(msg)
        return TupleShape(shape_of(item))
    if tp is str or tp is int:
        return PrimShape(tp)
    if tp is dt.date:
        return DateShape(datetime=False)
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return EnumShape(tp)
    if isinstance(tp, type) and attrs.has(tp):
        return ClassShape(tp)
    msg = f"no wire shape for {tp!r}"
    raise TypeError(msg)


_SPECS: dict[type[Any], ClassSpec] = {}


def class_spec(cls: type[Any]) -> ClassSpec:
    """The `ClassSpec` of a model class (computed once)."""
    spec = _SPECS.get(cls)
    if spec is None:
        spec = _SPECS[cls] = _class_spec(cls)
    return spec


def _class_spec(cls: type[Any]) -> ClassSpec:
    hints = typing.get_type_hints(cls)
    fields = tuple(FieldSpec(f.name, shape_of(hints[f.name]), f.default) for f in attrs.fields(cls))
    for f in fields:
        if isinstance(f.default, attrs.Factory):  # type: ignore[arg-type]
            msg = f"{cls.__name__}.{f.name}: factory defaults are not supported on the wire"
            raise TypeError(msg)
    tag_value = cls.__dict__.get(TAG) if TAG not in attrs.fields_dict(cls) else None
    tag = str(tag_value.value) if isinstance(tag_value, enum.Enum) else None
    version = SCHEMA_VERSION if cls is Record else None
    return ClassSpec(cls, fields, tag, version)


def _walk(shape: Shape, out: dict[type[Any], None]) -> None:
    if isinstance(shape, ClassShape):
        if shape.type not in out:
            out[shape.type] = None
            for f in class_spec(shape.type).fields:
                _walk(f.shape, out)
    elif isinstance(shape, TaggedShape):
        for _, cls in shape.members:
            _walk(ClassShape(cls), out)
    elif isinstance(shape, (TupleShape,)):
        _walk(shape.item, out)
    elif isinstance(shape, OptionalShape):
        _walk(shape.inner, out)


@functools.cache
def model_classes() -> tuple[type[Any], ...]:
    """Every model class reachable from `Record`, leaves first is not promised: discovery order."""
    out: dict[type[Any], None] = {}
    _walk(ClassShape(Record), out)
    return tuple(out)


@functools.cache
def payload_depth(cls: type[Any]) -> int:
    """
    How deep a payload of the model class *cls* nests.

    Its arrays and objects are counted as `bilateral.serialize.Limits.max_depth` counts
    them: a `Span` alone is 1, a `Record` 7 (record, meetings, meeting, outcomes, outcome,
    evidence, span).

    Raises:
        TypeError: if the model were recursive (no bound then).
    """
    return _depth(ClassShape(cls), ())


def _depth(shape: Shape, inside: tuple[type[Any], ...]) -> int:
    if isinstance(shape, OptionalShape):
        return _depth(shape.inner, inside)
    if isinstance(shape, TupleShape):
        return 1 + _depth(shape.item, inside)
    if isinstance(shape, TaggedShape):
        return max(_depth(ClassShape(cls), inside) for _, cls in shape.members)
    if isinstance(shape, ClassShape):
        if shape.type in inside:
            msg = f"{shape.type.__name__} contains itself: its payloads have no depth bound"
            raise TypeError(msg)
        fields = class_spec(shape.type).fields
        return 1 + max((_depth(f.shape, (*inside, shape.type)) for f in fields), default=0)
    return 0
