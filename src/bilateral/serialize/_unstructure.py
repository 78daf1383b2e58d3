"""
Model values -> JSON-able values (dicts, lists, str, int, None), generated per class.

Every field is written, in class field order; a tagged-union member starts with its
``"kind"``, a `Record` with ``"schema_version"``. Enums become their values, dates
``YYYY-MM-DD`` and aware datetimes RFC 3339 (``isoformat``). Nothing depends on hashing or
set order, so the output is the same on every run.
"""

from __future__ import annotations

import datetime as dt
import enum
from typing import TYPE_CHECKING, Any

from bilateral.serialize._shapes import (
    TAG,
    VERSION_KEY,
    ClassShape,
    DateShape,
    EnumShape,
    OptionalShape,
    PrimShape,
    Shape,
    TaggedShape,
    class_spec,
    model_classes,
)

if TYPE_CHECKING:
    from collections.abc import Callable

__all__ = ["unstructure_fns", "unstructure_value"]


class _Gen:
    def __init__(self) -> None:
        self.ns: dict[str, Any] = {}
        self.enum_values: dict[Any, str] = {}
        self.ns["_V"] = self.enum_values
        self.fns: dict[type[Any], str] = {}
        self.temps = 0

    def fn_name(self, cls: type[Any]) -> str:
        return self.fns.setdefault(cls, f"u_{len(self.fns)}")

    def temp(self) -> str:
        self.temps += 1
        return f"w{self.temps}"

    def expr(self, shape: Shape, src: str) -> str:
        """An expression giving the JSON-able value of *src*, which is evaluated once."""
        if isinstance(shape, OptionalShape):
            var = self.temp()
            return f"(None if ({var} := {src}) is None else {self.expr(shape.inner, var)})"
        if isinstance(shape, PrimShape):
            return src
        if isinstance(shape, EnumShape):
            # One table for every enum: members map to their plain-str values (members of
            # different StrEnums with the same value are equal keys and map to that value).
            self.enum_values.update({m: str(m.value) for m in shape.type})
            return f"_V[{src}]"
        if isinstance(shape, DateShape):
            return f"{src}.isoformat()"
        if isinstance(shape, ClassShape):
            return f"{self.fn_name(shape.type)}({src})"
        if isinstance(shape, TaggedShape):
            return f"_U[type({src})]({src})"
        item = shape.item
        if isinstance(item, PrimShape):
            return f"list({src})"
        return f"[{self.expr(item, 'x')} for x in {src}]"

    def class_source(self, cls: type[Any]) -> str:
        spec = class_spec(cls)
        items = []
        if spec.version is not None:
            items.append(f"{VERSION_KEY!r}: {spec.version}")
        if spec.tag is not None:
            items.append(f"{TAG!r}: {spec.tag!r}")
        items += [f"{f.name!r}: {self.expr(f.shape, f'o.{f.name}')}" for f in spec.fields]
        body = ", ".join(items)
        return f"def {self.fn_name(cls)}(o):\n    return {{{body}}}\n"

    def build(self) -> dict[type[Any], Callable[[Any], dict[str, Any]]]:
        classes = model_classes()
        source = "\n".join(self.class_source(cls) for cls in classes)
        # Generated from the model's annotations only, as attrs and cattrs do.
        exec(compile(source, "<bilateral.serialize generated unstructure>", "exec"), self.ns)  # noqa: S102
        table = {cls: self.ns[self.fn_name(cls)] for cls in classes}
        self.ns["_U"] = table
        return table


def unstructure_fns() -> dict[type[Any], Callable[[Any], dict[str, Any]]]:
    """Generate the unstructure function of every model class."""
    return _Gen().build()


def unstructure_value(value: Any, fns: dict[type[Any], Callable[[Any], dict[str, Any]]]) -> Any:
    """The JSON-able form of any value the wire format can hold (models, tuples, enums, dates)."""
    fn = fns.get(type(value))
    if fn is not None:
        return fn(value)
    if isinstance(value, (tuple, list)):
        return [unstructure_value(v, fns) for v in value]
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dt.date):
        return value.isoformat()
    return value
