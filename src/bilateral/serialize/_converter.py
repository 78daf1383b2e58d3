"""
The strict cattrs converter, and `structure` / `unstructure` over it.

One `cattrs.Converter` is built at import time (`converter`) and is safe to use from any
thread or process: its hooks are module-level functions over tables generated once, so
nothing lives in a closure and a worker process (``--jobs``, Dask) simply imports it.
"""

from __future__ import annotations

import functools
import sys
import warnings
from typing import TYPE_CHECKING, Any, TypeVar, overload

import cattrs

from bilateral.errors import IgnoredKeysWarning, RecordError
from bilateral.model import Record
from bilateral.serialize._shapes import shape_of
from bilateral.serialize._structure import FAST_ERRORS, UNKNOWN_KEY, FastFn, check, fast_structure_fns
from bilateral.serialize._unstructure import unstructure_fns, unstructure_value
from bilateral.serialize.migrate import migrate

if TYPE_CHECKING:
    from collections.abc import Callable
    from types import FrameType

__all__ = [
    "configure_converter",
    "converter",
    "fast_fn",
    "make_converter",
    "structure",
    "unstructure",
]

T = TypeVar("T")

_FAST: dict[type[Any], FastFn] = fast_structure_fns()
_UNSTRUCTURE: dict[type[Any], Callable[[Any], dict[str, Any]]] = unstructure_fns()


def fast_fn(cls: object) -> FastFn | None:
    """The generated (strict) fast structure function for *cls*, if it is a model class."""
    fns: dict[Any, FastFn] = _FAST
    return fns.get(cls)


@overload
def structure(payload: object, *, lenient: bool = False) -> Record: ...
@overload
def structure(payload: object, cls: type[T], *, lenient: bool = False) -> T: ...
def structure(payload: object, cls: Any = Record, *, lenient: bool = False) -> Any:
    """
    Turn a JSON-like *payload* (dicts, lists, str, int, None) into a *cls* value.

    Strict by default (DESIGN section 4): no JSON type is coerced into another, every key
    must be a field (*lenient* ignores unknown keys instead, for reading records written
    by a newer bilateral that added fields), and the model's own checks run.
    A `Record` payload must carry ``"schema_version"``; older versions are upgraded by
    `bilateral.serialize.migrate` (on a copy) first.

    Args:
        payload: The decoded JSON value.
        cls: A model class (default `Record`), or any type the wire format has a shape for
            (``tuple[Span, ...]``, an enum, ``datetime.date``, ...).
        lenient: Ignore unknown keys instead of reporting them.

    Returns:
        The structured value.

    Raises:
        RecordError: listing every problem, each with its JSON path (``$.actors[0].name``).

    .. versionadded:: 0.1.0
    """
    if cls is Record:
        payload = migrate(payload)
    fn = _FAST.get(cls)
    if fn is not None:
        try:
            return fn(payload, [])
        except FAST_ERRORS:
            pass  # the detailed pass below says what is wrong, with every path
    if not lenient:
        return check(payload, cls, lenient=False)
    # Lenient: read as strictly as ever, but let unknown keys through, and say so.
    try:
        return check(payload, cls, lenient=False)
    except RecordError as error:
        unknown = [p for p in error.problems if p.message.startswith(UNKNOWN_KEY)]
        if len(unknown) < len(error.problems):
            raise RecordError([p for p in error.problems if not p.message.startswith(UNKNOWN_KEY)]) from None
    value = check(payload, cls, lenient=True)
    warnings.warn(IgnoredKeysWarning(unknown), stacklevel=_caller_level())
    return value


#: Modules a lenient read passes through before it reaches the user's code.
_INSIDE = ("bilateral.serialize", "cattrs")


def _caller_level() -> int:
    """The stacklevel that points a warning at the first frame outside bilateral and cattrs."""
    frame: FrameType | None = sys._getframe(1)  # noqa: SLF001 - the cheap, documented way
    level = 1
    while frame is not None and frame.f_globals.get("__name__", "").startswith(_INSIDE):
        frame = frame.f_back
        level += 1
    return level


def unstructure(obj: object) -> Any:
    """
    The JSON-able form of a model value (dicts in field order, lists, str, int, None).

    Every field is written; tagged-union members start with ``"kind"``, a `Record` with
    ``"schema_version"``.

    .. versionadded:: 0.1.0
    """
    fn = _UNSTRUCTURE.get(type(obj))
    if fn is not None:
        return fn(obj)
    return unstructure_value(obj, _UNSTRUCTURE)


@functools.cache
def _has_shape(tp: Any) -> bool:
    try:
        shape_of(tp)
    except TypeError:
        return False
    return True


def _structure_strict(value: Any, tp: Any) -> Any:
    return structure(value, tp)


def _structure_lenient(value: Any, tp: Any) -> Any:
    return structure(value, tp, lenient=True)


def _unstructure_hook(value: Any) -> Any:
    return unstructure(value)


def configure_converter(conv: cattrs.Converter) -> None:
    """
    Configure *conv* for bilateral's wire format.

    Every type the wire format knows (model classes, the `Actor` and `Outcome` tagged
    unions on ``"kind"``, enums by value, ``YYYY-MM-DD`` dates and RFC 3339 datetimes with
    an offset, tuples from JSON arrays only, 64-bit ints) gets strict hooks. Unknown keys
    are rejected when ``conv.forbid_extra_keys`` is true, ignored otherwise. Structuring
    errors are `bilateral.errors.RecordError`, listing every problem with its path.

    .. versionadded:: 0.1.0
    """
    lenient = not getattr(conv, "forbid_extra_keys", False)
    conv.register_structure_hook_func(_has_shape, _structure_lenient if lenient else _structure_strict)
    conv.register_unstructure_hook_func(_has_shape, _unstructure_hook)


def make_converter(*, forbid_extra_keys: bool = True) -> cattrs.Converter:
    """
    A new converter configured by `configure_converter`.

    Args:
        forbid_extra_keys: Reject unknown keys (the default); ``False`` ignores them.

    .. versionadded:: 0.1.0
    """
    conv = cattrs.Converter(forbid_extra_keys=forbid_extra_keys)
    configure_converter(conv)
    return conv


#: The strict converter (unknown keys rejected), built once at import time.
converter: cattrs.Converter = make_converter()
