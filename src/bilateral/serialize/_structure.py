"""
Payload -> model values, in two passes that agree on every rule.

* The **fast pass** is Python source generated once per model class from its
  `~bilateral.serialize._shapes.ClassSpec` (the way attrs and cattrs generate their
  ``__init__`` and hooks): type checks are inlined, tuples are built by comprehensions, and
  the first thing wrong raises. It does no bookkeeping for error messages, so valid
  payloads (the normal case) are validated exactly once, at close to the speed of building
  the objects by hand.
* The **detailed pass** walks the same shapes and collects *every* problem with its JSON
  path. It only runs when the fast pass has failed, and its verdict is final: it either
  returns the value or raises one `RecordError` listing all problems.

Both passes apply the same strictness (DESIGN section 4): JSON types must match exactly
(no ``"12"`` for 12, no ``true`` for 1, no ``1.0`` for 1, no string for an array), integers
fit in 64 bits, enums are given by value, dates and datetimes have exactly the RFC 3339
shapes, unknown keys are errors unless *lenient*, and the model's own validators run.
The generated source is built only from the model's annotations, never from input.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
import re
import string
import types
from collections.abc import Callable
from typing import Any, Final, TypeAlias

import attrs

from bilateral.errors import Problem, RecordError
from bilateral.model import Span, _validators
from bilateral.model import meetings as _meetings
from bilateral.model import provenance as _provenance
from bilateral.model import statements as _statements
from bilateral.model import time as _time
from bilateral.model._validators import INT64_MAX, INT64_MIN
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
    TupleShape,
    class_spec,
    model_classes,
    shape_of,
)

__all__ = [
    "FAST_ERRORS",
    "UNKNOWN_KEY",
    "FastFn",
    "check",
    "describe",
    "fast_structure_fns",
    "member_path",
    "short",
]

#: A generated fast structure function: ``fn(payload, sizes) -> value``; it appends the
#: number of keys of every object it reads to *sizes* (see `bilateral.serialize._json`).
FastFn: TypeAlias = Callable[[Any, list[int]], Any]


class _RejectError(ValueError):
    """The fast pass found something wrong; the detailed pass will say what."""


#: Everything the fast pass can raise on bad input (validators raise ValueError/TypeError,
#: `Record` a RecordError, lookups KeyError/TypeError).
FAST_ERRORS: Final = (KeyError, TypeError, ValueError)
#: How every unknown-key problem message starts (lenient reading looks for it).
UNKNOWN_KEY: Final = "unknown key"

# ASCII digits only: \d would also match Arabic-Indic and other Unicode digits.
_DATE_RE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
# RFC 3339 date-time with a mandatory offset. Python's fromisoformat (3.11+) accepts much
# more (20250312, week dates, a space for T, naive times), so the shape is checked first.
# At most six fraction digits: more would be silently truncated to microseconds. The
# offset's hours and minutes are range-checked here: fromisoformat reads "+07:99" as 8:39.
_DATETIME_RE = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]{1,6})?"
    r"(?:Z|[+-](?:[01][0-9]|2[0-3]):[0-5][0-9])"
)
_NAIVE_DATETIME_RE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]{1,6})?")
_IDENT_RE = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_QUOTED_RE = re.compile(r"'([A-Za-z_][A-Za-z0-9_]*)'")
_SURROGATE_RE = re.compile("[\ud800-\udfff]")

_DATE_SHAPE = "a date YYYY-MM-DD"
_DATETIME_SHAPE = "a date YYYY-MM-DD or an RFC 3339 datetime with an offset (YYYY-MM-DDTHH:MM:SS+HH:MM)"


def _to_date(value: Any) -> dt.date:
    if type(value) is not str or _DATE_RE.fullmatch(value) is None:
        raise _RejectError
    return dt.date.fromisoformat(value)


def _to_date_or_datetime(value: Any) -> dt.date:
    if type(value) is str:
        # A date has ten characters, a datetime more: one pattern to try, not two.
        if len(value) == _DATE_LENGTH:
            if _DATE_RE.fullmatch(value) is not None:
                return dt.date.fromisoformat(value)
        elif _DATETIME_RE.fullmatch(value) is not None:
            return dt.datetime.fromisoformat(value)
    raise _RejectError


_DATE_LENGTH: Final = len("YYYY-MM-DD")


# Fast pass: code generation.


class _Gen:
    """Generates the fast structure functions of all model classes into one namespace."""

    def __init__(self) -> None:
        self.ns: dict[str, Any] = {
            "_E": _RejectError,
            "_new": object.__new__,
            "_set": object.__setattr__,
            "_to_date": _to_date,
            "_to_date_or_datetime": _to_date_or_datetime,
        }
        self.names: dict[Any, str] = {}

    def name(self, key: Any, prefix: str, value: object) -> str:
        """A namespace name for *value* (one per *key*)."""
        if key not in self.names:
            self.names[key] = f"{prefix}{len(self.names)}"
            self.ns[self.names[key]] = value
        return self.names[key]

    def fn_name(self, cls: type[Any]) -> str:
        return self.name(("fn", cls), "s_", None)

    def tagged_name(self, shape: TaggedShape) -> str:
        table = {tag: self.fn_name(cls) for tag, cls in shape.members}
        # Filled with the functions once they exist (see `build`).
        return self.name(("tagged", shape), "t_", table)

    def item_expr(self, shape: Shape, var: str) -> str:
        """An expression converting *var*, for shapes that need no statements."""
        if isinstance(shape, ClassShape):
            return f"{self.fn_name(shape.type)}({var}, c)"
        if isinstance(shape, TaggedShape):
            return f"{self.tagged_name(shape)}[{var}[{TAG!r}]]({var}, c)"
        if isinstance(shape, EnumShape):
            table = {str(m.value): m for m in shape.type}
            return f"{self.name(('enum', shape.type), 'e_', table)}[{var}]"
        if isinstance(shape, DateShape):
            return f"{'_to_date_or_datetime' if shape.datetime else '_to_date'}({var})"
        msg = f"no fast conversion for {shape!r}"
        raise TypeError(msg)

    def emit(self, shape: Shape, var: str, indent: str, *, ranged: bool = False) -> list[str]:
        """
        Statements that check *var* and replace it by its converted value.

        *ranged*: the field's validator checks a range within 64 bits, so the type check
        can leave that out.
        """
        if isinstance(shape, OptionalShape):
            if shape.inner == PrimShape(str):
                return [f"{indent}if {var} is not None and type({var}) is not str: raise _E"]
            return [
                f"{indent}if {var} is not None:",
                *self.emit(shape.inner, var, indent + "    ", ranged=ranged),
            ]
        if isinstance(shape, PrimShape):
            if shape.type is str:
                return [f"{indent}if type({var}) is not str: raise _E"]
            if ranged:
                return [f"{indent}if type({var}) is not int: raise _E"]
            return [f"{indent}if type({var}) is not int or not {INT64_MIN} <= {var} <= {INT64_MAX}: raise _E"]
        if isinstance(shape, TupleShape):
            lines = [f"{indent}if type({var}) is not list: raise _E"]
            item = shape.item
            if isinstance(item, PrimShape):
                lines += [f"{indent}for x in {var}:", *self.emit(item, "x", indent + "    ")]
                lines.append(f"{indent}{var} = tuple({var})")
            elif item == _SPAN_SHAPE:
                # Spans are the most numerous objects (a hundred in a large record): built
                # right here rather than by a call each. Every one has exactly two keys, so
                # the list adds twice its length to the key count.
                inner = indent + "    "
                lines += [
                    f"{indent}t = []",
                    f"{indent}for x in {var}:",
                    *self.span_lines("x", "x", inner, count=False),
                    f"{inner}t.append(x)",
                    f"{indent}c.append(2 * len({var}))",
                    f"{indent}{var} = tuple(t)",
                ]
            else:
                # A plain loop: a comprehension costs a function object and a call (on
                # Python 3.11), more than the loop itself for the one to three items most
                # lists hold.
                lines += [
                    f"{indent}t = []",
                    f"{indent}for x in {var}:",
                    f"{indent}    t.append({self.item_expr(item, 'x')})",
                    f"{indent}{var} = tuple(t)",
                ]
            return lines
        if shape == _SPAN_SHAPE:
            return self.span_lines(var, var, indent, count=True)
        return [f"{indent}{var} = {self.item_expr(shape, var)}"]

    def span_lines(self, src: str, dst: str, indent: str, *, count: bool) -> list[str]:
        """
        Statements that check the payload *src* and set *dst* to its `Span`.

        Span's two range validators and its post-init ordering check are one chained
        comparison; only accept or reject matters here, the detailed pass words any
        rejection. *count*: append the object's number of keys to ``c`` (the caller
        counts a whole list at once otherwise).
        """
        cls_name = self.name(("cls", Span), "C_", Span)
        start = self.name(("slot", Span, "start"), "set_", _slot_setter(Span, "start"))
        end = self.name(("slot", Span, "end"), "set_", _slot_setter(Span, "end"))
        return [
            f"{indent}if type({src}) is not dict or len({src}) != 2: raise _E",
            *([f"{indent}c.append(2)"] if count else []),
            f"{indent}a = {src}['start']",
            f"{indent}b = {src}['end']",
            f"{indent}if type(a) is not int or type(b) is not int: raise _E",
            f"{indent}if not 0 <= a <= b <= {INT64_MAX}: raise _E",
            f"{indent}{dst} = _new({cls_name})",
            f"{indent}{start}({dst}, a)",
            f"{indent}{end}({dst}, b)",
        ]

    def class_source(self, cls: type[Any]) -> str:
        spec = class_spec(cls)
        cls_name = self.name(("cls", cls), "C_", cls)
        lines = [f"def {self.fn_name(cls)}(o, c):"]
        if cls is Span:
            lines += [*self.span_lines("o", "i", "    ", count=True), "    return i"]
            return "\n".join(lines) + "\n"
        lines += ["    if type(o) is not dict: raise _E", "    c.append(n := len(o))"]
        if spec.version is not None:
            key = repr(VERSION_KEY)
            lines.append(f"    if type(o[{key}]) is not int or o[{key}] != {spec.version}: raise _E")
        if spec.tag is not None:
            lines.append(f"    if o[{TAG!r}] != {spec.tag!r}: raise _E")
        # Unknown keys are found by counting: with as many keys as the class has, reading
        # each one with o[...] (KeyError when absent) proves there is no other. Writers put
        # every field (the wire format says so), so that is the path valid payloads take.
        full = len(spec.keys)
        reads = [f"v_{f.name} = o[{f.name!r}]" for f in spec.fields]
        if all(f.required for f in spec.fields):
            lines.append(f"    if n != {full}: raise _E")
            lines += [f"    {read}" for read in reads]
        else:
            # A payload that leaves optional keys out reads them as the JSON of their
            # default, which the checks below then turn into the default itself.
            keys = self.name(("keys", cls), "k_", spec.keys)
            lines += [
                f"    if n == {full}:",
                *[f"        {read}" for read in reads],
                "    else:",
                f"        if not {keys}.issuperset(o): raise _E",
                *[
                    f"        {read}"
                    if f.required
                    else f"        v_{f.name} = o.get({f.name!r}, {_raw_default(cls, f.name, f.default)})"
                    for read, f in zip(reads, spec.fields, strict=True)
                ],
            ]
        args = []
        for f in spec.fields:
            var = f"v_{f.name}"
            args.append(f"{f.name}={var}")
            lines += self.emit(f.shape, var, "    ", ranged=_ranged(cls, f.name))
        if not _can_build_directly(cls):
            lines.append(f"    return {cls_name}({', '.join(args)})")
            return "\n".join(lines) + "\n"
        # Build the instance as the attrs __init__ does (set every field, run every
        # validator, then __attrs_post_init__), with the model's simple validators inlined:
        # their calls cost more than the rest of the work on the many small objects.
        lines.append(f"    i = _new({cls_name})")
        for f in spec.fields:
            setter = _slot_setter(cls, f.name)
            if setter is not None:
                # The slot's own setter: what object.__setattr__ ends up calling, minus the lookup.
                lines.append(f"    {self.name(('slot', cls, f.name), 'set_', setter)}(i, v_{f.name})")
            else:
                lines.append(f"    _set(i, {f.name!r}, v_{f.name})")
        for field in attrs.fields(cls):
            if field.validator is not None:
                lines += self.validator_lines(cls, field, f"v_{field.name}")
        if hasattr(cls, "__attrs_post_init__"):
            lines.append("    i.__attrs_post_init__()")
        lines.append("    return i")
        return "\n".join(lines) + "\n"

    def validator_lines(self, cls: type[Any], field: attrs.Attribute[Any], var: str) -> list[str]:
        """Statements that run *field*'s validator on *var* (inlined when it is a known one)."""
        validator = field.validator
        if validator is _validators.non_empty:
            return [f"    if not {var} or {var}.isspace(): raise _E"]
        if validator is _validators.optional_non_empty:
            return [f"    if {var} is not None and (not {var} or {var}.isspace()): raise _E"]
        if validator is _validators.non_negative_int64:
            return [f"    if not 0 <= {var} <= {INT64_MAX}: raise _E"]
        if validator is _validators.int64:
            return [f"    if not {INT64_MIN} <= {var} <= {INT64_MAX}: raise _E"]
        if validator is _validators.unique:
            # Most of these tuples hold one item or none: no set to build for those.
            return [f"    if len({var}) > 1 and len(set({var})) != len({var}): raise _E"]
        if validator is _validators.country_code:
            # Every two-letter code in a set: one lookup instead of a regex match.
            codes = self.name("country", "cc_", _COUNTRY_CODES)
            return [f"    if {var} is not None and {var} not in {codes}: raise _E"]
        if validator in _INLINED:
            condition = _INLINED[validator]
            return [] if condition is None else [f"    if {condition.format(var)}: raise _E"]
        fn = self.name(("validator", cls, field.name), "val_", validator)
        attribute = self.name(("attribute", cls, field.name), "a_", field)
        return [f"    {fn}(i, {attribute}, {var})"]

    def build(self) -> dict[type[Any], FastFn]:
        classes = model_classes()
        source = "\n".join(self.class_source(cls) for cls in classes)
        # The source is generated from the model's own annotations (no input reaches it),
        # as attrs and cattrs do for __init__ and their hooks.
        exec(compile(source, "<bilateral.serialize generated structure>", "exec"), self.ns)  # noqa: S102
        for key, name in self.names.items():
            if isinstance(key, tuple) and key[0] == "tagged":
                self.ns[name] = {tag: self.ns[fn] for tag, fn in self.ns[name].items()}
        return {cls: self.ns[self.fn_name(cls)] for cls in classes}


_SPAN_SHAPE: Final = ClassShape(Span)
#: The condition under which each of these model validators raises, for a value of the
#: field's type (already checked): called once per object, they cost more than the test.
#: None: it cannot fail on a value the fast pass converted.
_INLINED: Final[dict[object, str | None]] = {
    # `_to_date_or_datetime` makes datetimes only from text with a Z or +HH:MM offset:
    # always aware, in whole minutes, which is all `_published` checks.
    _provenance._published: None,  # noqa: SLF001
    _time._valid_year: f"{{0}} is not None and not 1 <= {{0}} <= {_time.MAX_YEAR}",  # noqa: SLF001 - same package
    _time._valid_month: f"{{0}} is not None and not 1 <= {{0}} <= {_time.MONTHS}",  # noqa: SLF001
    _time._valid_day: f"{{0}} is not None and not 1 <= {{0}} <= {_time.MAX_DAY}",  # noqa: SLF001
    _statements._content: "not {0}",  # noqa: SLF001
    _meetings._participants: "len({0}) < 2 or len(set({0})) != len({0})",  # noqa: SLF001
}
#: Exactly the strings `bilateral.model._validators.country_code` accepts ([A-Z]{2}).
_COUNTRY_CODES: Final = frozenset(a + b for a in string.ascii_uppercase for b in string.ascii_uppercase)


def _slot_setter(cls: type[Any], name: str) -> Callable[[Any, Any], None] | None:
    """The ``__set__`` of *cls*'s slot for field *name*, or None when it is not a slot."""
    slot = getattr(cls, name, None)
    return slot.__set__ if isinstance(slot, types.MemberDescriptorType) else None


def _raw_default(cls: type[Any], name: str, default: object) -> str:
    """
    Source text of the JSON form of a field's *default* (``None``, ``[]``, a string).

    The fast pass checks and converts it like a value read from the payload, which gives
    back the default (an enum by its value, an empty tuple from ``[]``).

    Raises:
        TypeError: for a kind of default this has no JSON form for (teach it here).
    """
    if default is None or type(default) in (str, int):
        return repr(default)
    if default == ():
        return "[]"
    if isinstance(default, enum.Enum) and isinstance(default.value, str):
        return repr(default.value)
    msg = f"{cls.__name__}.{name}: no JSON form for the default {default!r}"
    raise TypeError(msg)


_RANGED = (_validators.non_negative_int64, _validators.int64)


def _ranged(cls: type[Any], name: str) -> bool:
    return attrs.fields_dict(cls)[name].validator in _RANGED and _can_build_directly(cls)


def _can_build_directly(cls: type[Any]) -> bool:
    """Whether setting the fields, then validators and post-init, is all its __init__ does."""
    return not hasattr(cls, "__attrs_pre_init__") and all(
        f.init and f.converter is None and f.alias == f.name for f in attrs.fields(cls)
    )


def fast_structure_fns() -> dict[type[Any], FastFn]:
    """
    Generate the fast structure function of every model class.

    They are strict: an unknown key makes them fail, and lenient reading then takes the
    detailed pass, which names the keys it ignores (`bilateral.errors.IgnoredKeysWarning`).
    """
    return _Gen().build()


# Detailed pass.


class _Missing:
    def __repr__(self) -> str:
        return "<missing>"


#: Returned by the detailed pass where a value could not be built.
_FAIL: Final = _Missing()


def member_path(path: str, key: str) -> str:
    r"""
    ``$.a`` for identifier keys, ``$["a b"]`` otherwise, the key written as a JSON string.

    Control characters and lone surrogates (which a key may hold: ``"\udc00"`` is valid
    JSON) are escaped, so a path can always be printed and written as UTF-8.
    """
    if _IDENT_RE.fullmatch(key):
        return f"{path}.{key}"
    quoted = json.dumps(key, ensure_ascii=False)
    return f"{path}[{_SURROGATE_RE.sub(_escape_surrogate, quoted)}]"


def _escape_surrogate(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


def short(text: str, limit: int = 60) -> str:
    """*text*, cut to *limit* characters with an ellipsis when longer."""
    return text if len(text) <= limit else text[: limit - 3] + "..."


def describe(value: object) -> str:
    """The JSON type of *value* and a short rendering of it: ``str ('12')``, ``null``."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return f"bool ({'true' if value else 'false'})"
    if isinstance(value, int):
        digits = str(value) if abs(value) < 10**50 else f"an integer of {len(str(abs(value)))} digits"
        return f"int ({digits})"
    if isinstance(value, float):
        return f"float ({value!r})"
    if isinstance(value, str):
        return f"str ({short(repr(value))})"
    if isinstance(value, list):
        return "array"
    if isinstance(value, dict):
        return "object"
    return type(value).__name__


def _choices(values: list[str]) -> str:
    return ", ".join(repr(v) for v in values)


class _Checker:
    def __init__(self, *, lenient: bool) -> None:
        self.lenient = lenient
        self.problems: list[Problem] = []

    def add(self, path: str, message: str) -> object:
        self.problems.append(Problem(path, message))
        return _FAIL

    def check(self, shape: Shape, value: Any, path: str) -> Any:
        if isinstance(shape, OptionalShape):
            return None if value is None else self.check(shape.inner, value, path)
        if isinstance(shape, PrimShape):
            return self.prim(shape.type, value, path)
        if isinstance(shape, EnumShape):
            values = [str(m.value) for m in shape.type]
            if type(value) is not str:
                return self.add(path, f"expected str (one of {_choices(values)}), got {describe(value)}")
            if value not in values:
                return self.add(path, f"expected one of {_choices(values)}, got {short(repr(value))}")
            return shape.type(value)
        if isinstance(shape, DateShape):
            return self.date(value, path, allow_datetime=shape.datetime)
        if isinstance(shape, TupleShape):
            if type(value) is not list:
                return self.add(path, f"expected array, got {describe(value)}")
            items = [self.check(shape.item, item, f"{path}[{i}]") for i, item in enumerate(value)]
            return _FAIL if any(item is _FAIL for item in items) else tuple(items)
        if isinstance(shape, TaggedShape):
            return self.tagged(shape, value, path)
        return self.obj(shape.type, value, path)

    def prim(self, tp: type[Any], value: Any, path: str) -> Any:
        if type(value) is not tp:
            return self.add(path, f"expected {tp.__name__}, got {describe(value)}")
        if tp is int and not INT64_MIN <= value <= INT64_MAX:
            return self.add(path, f"integer does not fit in 64 bits (got {describe(value)})")
        return value

    def date(self, value: Any, path: str, *, allow_datetime: bool) -> Any:
        wanted = _DATETIME_SHAPE if allow_datetime else _DATE_SHAPE
        if type(value) is not str:
            return self.add(path, f"expected str ({wanted}), got {describe(value)}")
        try:
            if _DATE_RE.fullmatch(value):
                return dt.date.fromisoformat(value)
            if allow_datetime and _DATETIME_RE.fullmatch(value):
                return dt.datetime.fromisoformat(value)
        except ValueError as error:
            return self.add(path, f"invalid date {short(repr(value))}: {error}")
        if allow_datetime and _NAIVE_DATETIME_RE.fullmatch(value):
            return self.add(
                path, f"datetime without a UTC offset: {short(repr(value))} (add 'Z' or '+HH:MM')"
            )
        return self.add(path, f"expected {wanted}, got {short(repr(value))}")

    def tagged(self, shape: TaggedShape, value: Any, path: str) -> Any:
        tags = [tag for tag, _ in shape.members]
        names = ", ".join(cls.__name__ for _, cls in shape.members)
        if type(value) is not dict:
            return self.add(path, f"expected object (one of {names}), got {describe(value)}")
        tag_path = member_path(path, TAG)
        if TAG not in value:
            return self.add(tag_path, f"missing required key {TAG!r} (one of {_choices(tags)})")
        tag = value[TAG]
        if type(tag) is not str:
            return self.add(tag_path, f"expected str (one of {_choices(tags)}), got {describe(tag)}")
        cls = dict(shape.members).get(tag)
        if cls is None:
            return self.add(tag_path, f"expected one of {_choices(tags)}, got {short(repr(tag))}")
        return self.obj(cls, value, path)

    def obj(self, cls: type[Any], value: Any, path: str) -> Any:
        spec = class_spec(cls)
        if type(value) is not dict:
            return self.add(path, f"expected object ({cls.__name__}), got {describe(value)}")
        before = len(self.problems)
        if spec.version is not None:
            self.version(value, path, spec.version)
        if spec.tag is not None:
            tag_path = member_path(path, TAG)
            if TAG not in value:
                self.add(tag_path, f"missing required key {TAG!r} ({spec.tag!r} for {cls.__name__})")
            elif value[TAG] != spec.tag:
                self.add(tag_path, f"expected {spec.tag!r} for {cls.__name__}, got {describe(value[TAG])}")
        if not self.lenient:
            for key in value:
                if key not in spec.keys:
                    self.add(
                        member_path(path, key),
                        f"{UNKNOWN_KEY} {short(repr(key))} ({cls.__name__} has no such field)",
                    )
        kwargs: dict[str, Any] = {}
        fields = attrs.fields_dict(cls)
        for f in spec.fields:
            field_path = member_path(path, f.name)
            if f.name in value:
                item = self.check(f.shape, value[f.name], field_path)
                if item is _FAIL:
                    continue
            elif f.required:
                self.add(field_path, f"missing required key {f.name!r}")
                continue
            else:
                item = f.default
            validator = fields[f.name].validator
            if validator is not None:
                try:
                    # attrs validators are called per field here (the instance does not exist
                    # yet), so every invalid field is reported, not only the first.
                    validator(None, fields[f.name], item)
                except (ValueError, TypeError) as error:
                    self.add(field_path, str(error))
                    continue
            kwargs[f.name] = item
        if len(self.problems) > before:
            return _FAIL
        try:
            return cls(**kwargs)
        except RecordError as error:
            # Record's own checks report paths from its root `$`; re-root them here.
            for problem in error.problems:
                self.add(path + problem.path[1:], problem.message)
        except (ValueError, TypeError) as error:
            self.add(_blame(path, spec.fields, value, str(error)), str(error))
        return _FAIL

    def version(self, value: dict[str, Any], path: str, expected: int) -> None:
        version_path = member_path(path, VERSION_KEY)
        if VERSION_KEY not in value:
            self.add(
                version_path,
                f"missing required key {VERSION_KEY!r} (this bilateral reads version {expected})",
            )
        elif type(value[VERSION_KEY]) is not int or value[VERSION_KEY] != expected:
            self.add(
                version_path,
                f"unsupported {VERSION_KEY} {describe(value[VERSION_KEY])}"
                f" (this bilateral reads version {expected})",
            )


def _blame(path: str, fields: tuple[Any, ...], value: dict[str, Any], message: str) -> str:
    """
    Where a cross-field check failed: the field its message names, else the object.

    Model messages name fields in quotes (``'start' and 'end' must both be set``). A named
    field that the payload leaves out is the likelier culprit, so it is preferred.
    """
    names = {f.name for f in fields}
    named = [n for n in _QUOTED_RE.findall(message) if n in names]
    if not named:
        return path
    absent = [n for n in named if n not in value]
    return member_path(path, (absent or named)[0])


def check(payload: Any, cls: Any, *, lenient: bool, path: str = "$") -> Any:
    """
    The detailed pass: *payload* as a *cls*, or one `RecordError` with every problem.

    Raises:
        RecordError: listing every problem found, each with its JSON path.
    """
    checker = _Checker(lenient=lenient)
    value = checker.check(shape_of(cls), payload, path)
    if value is _FAIL:
        raise RecordError(checker.problems)
    return value
