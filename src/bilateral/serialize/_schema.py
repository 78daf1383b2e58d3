"""
JSON Schema (draft 2020-12) of the wire format, generated from the model's attrs classes.

No maintained library generates JSON Schema for attrs classes, so this small walker does:
it reads each class's fields and type hints, and turns the model's own validators into
schema constraints (a field validated by `non_negative_int64` gets ``minimum: 0``), so the
schema cannot drift from the types it describes.
What JSON Schema cannot say (ids referenced exist, spans lie inside the text, a full date is
a real date) is checked by the model when a record is built.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import types
import typing
from typing import Any, Union, get_args, get_origin, get_type_hints

import attrs

from bilateral.model import ACTOR_TYPES, OUTCOME_TYPES, SCHEMA_VERSION, Record
from bilateral.model import _validators as v
from bilateral.model import time as _time
from bilateral.model.actors import Actor
from bilateral.model.meetings import Outcome

__all__ = ["DATETIME_PATTERN", "DATE_PATTERN", "SCHEMA_ID", "json_schema"]

#: Identifier of the schema for this wire-format version.
SCHEMA_ID = f"urn:bilateral:schema:record:{SCHEMA_VERSION}"
#: A calendar date, ``YYYY-MM-DD``.
DATE_PATTERN = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
#: An RFC 3339 date-time that carries an offset (``Z`` or ``+hh:mm``).
DATETIME_PATTERN = (
    r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,6})?"
    r"(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9])$"
)

_INT64 = {"type": "integer", "minimum": v.INT64_MIN, "maximum": v.INT64_MAX}
_NON_EMPTY = {"type": "string", "minLength": 1, "pattern": r"\S"}

#: Constraints implied by the model's validators, keyed by the validator function.
_VALIDATOR_SCHEMAS: dict[Any, dict[str, Any]] = {
    v.non_empty: {"minLength": 1, "pattern": r"\S"},
    v.optional_non_empty: {"minLength": 1, "pattern": r"\S"},
    v.int64: {"minimum": v.INT64_MIN, "maximum": v.INT64_MAX},
    v.non_negative_int64: {"minimum": 0, "maximum": v.INT64_MAX},
    v.country_code: {"pattern": "^[A-Z]{2}$"},
    v.unique: {"uniqueItems": True},
    _time._valid_year: {"minimum": 1, "maximum": _time.MAX_YEAR},  # noqa: SLF001 - same package
    _time._valid_month: {"minimum": 1, "maximum": _time.MONTHS},  # noqa: SLF001
    _time._valid_day: {"minimum": 1, "maximum": _time.MAX_DAY},  # noqa: SLF001
}

#: Validators that are not plain functions but still imply a constraint, by field.
_FIELD_EXTRAS: dict[tuple[str, str], dict[str, Any]] = {
    ("Meeting", "participants"): {"minItems": 2, "uniqueItems": True},
    ("Statement", "content"): {"minItems": 1},
}


def _validator_constraints(validator: object) -> dict[str, Any]:
    if validator is None:
        return {}
    inner = getattr(validator, "_validators", None)  # attrs.validators.and_
    if inner is not None:
        out: dict[str, Any] = {}
        for item in inner:
            out.update(_validator_constraints(item))
        return out
    return dict(_VALIDATOR_SCHEMAS.get(validator, {}))


def _ref(cls: type) -> dict[str, Any]:
    return {"$ref": f"#/$defs/{cls.__name__}"}


class _Builder:
    def __init__(self) -> None:
        self.defs: dict[str, Any] = {}

    def type_schema(self, tp: object) -> dict[str, Any]:
        origin = get_origin(tp)
        if tp is Actor or tp == Actor:
            return self.union(tuple(ACTOR_TYPES.values()), "Actor")
        if tp is Outcome or tp == Outcome:
            return self.union(tuple(OUTCOME_TYPES.values()), "Outcome")
        if origin in (Union, types.UnionType):
            args = get_args(tp)
            non_none = [a for a in args if a is not type(None)]
            if set(non_none) == {dt.date, dt.datetime}:
                base: dict[str, Any] = {
                    "anyOf": [
                        {"type": "string", "pattern": DATE_PATTERN, "format": "date"},
                        {"type": "string", "pattern": DATETIME_PATTERN, "format": "date-time"},
                    ]
                }
            elif len(non_none) == 1:
                base = self.type_schema(non_none[0])
            else:
                base = {"anyOf": [self.type_schema(a) for a in non_none]}
            if len(non_none) < len(args):
                return {"anyOf": [base, {"type": "null"}]}
            return base
        if origin is tuple:
            item, _ellipsis = get_args(tp)
            return {"type": "array", "items": self.type_schema(item)}
        if tp is str:
            return {"type": "string"}
        if tp is bool:
            return {"type": "boolean"}
        if tp is int:
            return dict(_INT64)
        if tp is dt.datetime:
            return {"type": "string", "pattern": DATETIME_PATTERN, "format": "date-time"}
        if tp is dt.date:
            return {"type": "string", "pattern": DATE_PATTERN, "format": "date"}
        if isinstance(tp, type) and issubclass(tp, enum.Enum):
            return {"enum": [m.value for m in tp]}
        if isinstance(tp, type) and attrs.has(tp):
            self.define(tp)
            return _ref(tp)
        msg = f"no JSON Schema for type {tp!r}"
        raise TypeError(msg)

    def union(self, classes: tuple[type, ...], name: str) -> dict[str, Any]:
        if name not in self.defs:
            self.defs[name] = {"oneOf": [self.type_schema(c) for c in classes]}
        return {"$ref": f"#/$defs/{name}"}

    def define(self, cls: type) -> None:
        name = cls.__name__
        if name in self.defs:
            return
        self.defs[name] = {}  # reserve: recursive references terminate
        hints = get_type_hints(cls)
        properties: dict[str, Any] = {}
        required: list[str] = []
        kind = getattr(cls, "kind", None)
        if isinstance(kind, enum.Enum):
            properties["kind"] = {"const": kind.value}
            required.append("kind")
        for field in attrs.fields(cls):
            schema = self.type_schema(hints[field.name])
            constraints = _validator_constraints(field.validator)
            constraints.update(_FIELD_EXTRAS.get((name, field.name), {}))
            if constraints:
                schema = _constrain(schema, constraints)
            doc = _field_doc(cls, field.name)
            if doc:
                schema = {**schema, "description": doc}
            properties[field.name] = schema
            if field.default is attrs.NOTHING:
                required.append(field.name)
        body: dict[str, Any] = {
            "type": "object",
            "properties": properties,
            "required": required,
            "additionalProperties": False,
        }
        if cls.__doc__:
            body["description"] = " ".join(cls.__doc__.split("\n\n")[0].split())
        self.defs[name] = body


def _constrain(schema: dict[str, Any], constraints: dict[str, Any]) -> dict[str, Any]:
    """Apply constraints to the non-null branch (and to array items where they belong)."""
    if "anyOf" in schema and {"type": "null"} in schema["anyOf"]:
        branches = [b if b == {"type": "null"} else _constrain(b, constraints) for b in schema["anyOf"]]
        return {**schema, "anyOf": branches}
    if schema.get("type") == "array":
        array_keys = {k: c for k, c in constraints.items() if k in {"uniqueItems", "minItems", "maxItems"}}
        item_keys = {k: c for k, c in constraints.items() if k not in array_keys}
        items = schema["items"]
        if item_keys and "$ref" not in items:
            items = {**items, **item_keys}
        return {**schema, "items": items, **array_keys}
    if "$ref" in schema:
        return schema
    return {**schema, **constraints}


def _field_doc(cls: type, name: str) -> str | None:
    """The ``#:`` comment above a field, read from the class source (best effort)."""
    return _field_docs(cls).get(name)


@functools.cache
def _field_docs(cls: type) -> dict[str, str]:
    import inspect  # noqa: PLC0415 - only needed when building the schema

    docs: dict[str, str] = {}
    for klass in reversed(cls.__mro__):
        try:
            lines = inspect.getsource(klass).splitlines()
        except (OSError, TypeError):
            continue
        pending: list[str] = []
        for line in lines:
            stripped = line.strip()
            if stripped.startswith("#:"):
                pending.append(stripped[2:].strip())
            elif ":" in stripped and pending:
                docs[stripped.split(":", 1)[0].strip()] = " ".join(pending)
                pending = []
            else:
                pending = []
    return docs


@functools.cache
def _schema() -> dict[str, Any]:
    builder = _Builder()
    builder.define(Record)
    record = builder.defs["Record"]
    root: dict[str, Any] = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "bilateral Record",
        "description": record.get("description", ""),
        "type": "object",
        "properties": {
            "schema_version": {"const": SCHEMA_VERSION, "description": "Version of the wire format."},
            **record["properties"],
        },
        "required": ["schema_version", *record["required"]],
        "additionalProperties": False,
        "$defs": {k: builder.defs[k] for k in sorted(builder.defs) if k != "Record"},
    }
    return root


def json_schema() -> dict[str, Any]:
    """
    The JSON Schema (draft 2020-12) of a serialized `Record`.

    Returns:
        A fresh dict each call (safe to modify).

    .. versionadded:: 0.1.0
    """
    import copy  # noqa: PLC0415

    return copy.deepcopy(_schema())


# typing is imported for get_type_hints to resolve names under `from __future__ import annotations`.
_ = typing
