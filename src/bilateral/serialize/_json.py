r"""
JSON text <-> model values: `dumps`, `loads`, `parse_json` and the input `Limits`.

Reading is strict about the text itself before any structuring (DESIGN section 4): the
input must be UTF-8 without a byte-order mark, within `Limits.max_bytes`, nested no deeper
than `Limits.max_depth` (checked by a linear scan *before* the parser runs, so no
RecursionError can happen), free of duplicate keys, lone surrogates (raw or as ``\ud800``
escapes), ``NaN``, ``Infinity``, numbers that overflow to infinity (``1e400``) and
integers of more than `MAX_INT_DIGITS` digits. Every such failure is an `InvalidJSONError` at path
``$`` with a message naming the byte, line or key where that is known. Nothing else
escapes: no RecursionError, UnicodeError, ValueError or TypeError.

Writing is canonical: compact separators, UTF-8 text (no ``\uXXXX`` for non-ASCII), every
field in class order. With `orjson` installed it writes the bytes (faster), but only after
checking at import that it produces exactly what the standard library does; `backend`
names the encoder in use.

Speed: a valid record is parsed once (by orjson when present) and validated once (by the
generated fast structure functions). Duplicate keys cannot be seen in a parsed dict, so
the fast path compares the number of object members in the text (the ``:`` outside
strings, counted on the text's skeleton) with the number of keys it structured; any
mismatch, and any failure at all, sends the input to the careful path, which parses again
with the standard library and reports every problem.
"""

from __future__ import annotations

import json
import math
import re
from typing import TYPE_CHECKING, Any, Final, TypeVar, overload

import attrs

from bilateral.errors import InvalidJSONError, Problem, RecordError
from bilateral.model import Record
from bilateral.serialize._converter import fast_fn, structure, unstructure
from bilateral.serialize._shapes import payload_depth
from bilateral.serialize._structure import FAST_ERRORS, member_path
from bilateral.serialize.migrate import migrate

if TYPE_CHECKING:
    from collections.abc import Callable


def _load_orjson() -> Any:
    """The orjson module when the "fast" extra is installed, else None."""
    try:
        import orjson  # noqa: PLC0415
    except ImportError:  # pragma: no cover - exercised where orjson is not installed
        return None
    return orjson


_orjson: Any = _load_orjson()

__all__ = ["DEFAULT_LIMITS", "Limits", "backend", "dumps", "loads", "parse_json"]

T = TypeVar("T")

#: Longest integer read, in digits. Integers on the wire fit in 64 bits, but longer ones
#: are read so the error can name their path; past this (CPython's default conversion
#: limit) they are a syntax-level error, since converting them takes quadratic time.
MAX_INT_DIGITS: Final = 4300

#: Highest `Limits.max_depth` allowed: even an invalid text then nests at most twice as deep
#: (see `_scan`), far below the interpreter's recursion limit.
MAX_DEPTH_LIMIT: Final = 256


def _positive(_inst: object, attribute: attrs.Attribute[int], value: int) -> None:
    if type(value) is not int or value < 1:
        msg = f"'{attribute.name}' must be a positive integer (got {value!r})"
        raise ValueError(msg)


def _depth(inst: object, attribute: attrs.Attribute[int], value: int) -> None:
    _positive(inst, attribute, value)
    if value > MAX_DEPTH_LIMIT:
        msg = f"'{attribute.name}' must be at most {MAX_DEPTH_LIMIT} (got {value!r})"
        raise ValueError(msg)


@attrs.frozen(kw_only=True)
class Limits:
    """
    Bounds on untrusted JSON input.

    .. versionadded:: 0.1.0
    """

    #: Largest input accepted, in UTF-8 bytes (per line, for JSON Lines).
    max_bytes: int = attrs.field(default=64 * 2**20, validator=_positive)
    #: Deepest nesting of arrays and objects accepted (a record needs about 6).
    max_depth: int = attrs.field(default=64, validator=_depth)


#: 64 MiB per document or line, nesting depth 64 (DESIGN section 7).
DEFAULT_LIMITS: Final = Limits()

_BOM: Final = b"\xef\xbb\xbf"
# Every byte except quotes and the ones that make the skeleton: brackets and member colons.
_NOT_SKELETON: Final = bytes(b for b in range(256) if b not in b'[]{}:"')
_PARENS: Final = bytes.maketrans(b"[{]}", b"(())")
_SURROGATE_ESCAPE_RE = re.compile(rb"\\u[dD][89a-fA-F]")
_SURROGATE_RE = re.compile("[\ud800-\udfff]")


def _error(message: str) -> InvalidJSONError:
    return InvalidJSONError([Problem("$", message)])


def _line_col(text: str | bytes, offset: int) -> str:
    newline: Any = "\n" if isinstance(text, str) else b"\n"
    line = text.count(newline, 0, offset) + 1
    column = offset - (text.rfind(newline, 0, offset) + 1) + 1
    return f"line {line}, column {column}"


def _prepare(data: object, limits: Limits) -> bytes:
    """Check the input's type, size, encoding and byte-order mark; return its UTF-8 bytes."""
    if isinstance(data, str):
        if len(data) > limits.max_bytes:  # every character takes at least one byte
            msg = f"input is over the limit of {limits.max_bytes} bytes (at least {len(data)})"
            raise _error(msg)
        try:
            raw = data.encode("utf-8")
        except UnicodeEncodeError as error:
            code = ord(data[error.start])
            msg = f"lone surrogate U+{code:04X} at character {error.start} ({_line_col(data, error.start)})"
            raise _error(f"{msg}: text must be valid Unicode") from None
    elif isinstance(data, (bytes, bytearray, memoryview)):
        raw = bytes(data)
    else:
        msg = f"expected JSON text as str or bytes, got {type(data).__name__}"
        raise _error(msg)
    if len(raw) > limits.max_bytes:
        msg = f"input is {len(raw)} bytes, over the limit of {limits.max_bytes} bytes"
        raise _error(msg)
    if raw.startswith(_BOM):
        msg = (
            "input starts with a UTF-8 byte-order mark, which JSON text must not carry (RFC 8259 section 8.1)"
        )
        raise _error(f"{msg}: remove it")
    return raw


def _scan(raw: bytes, limits: Limits) -> int:
    """
    Check the nesting depth of *raw* without parsing it; return its number of object members.

    Strings are cut out (`_skeleton`), leaving the brackets and colons. The depth is then
    measured in two steps, each linear in the skeleton's length:

    * Passes that each remove every innermost pair ``[]``/``{}`` (one C-speed replace):
      pass *k* removes the containers whose contents nest *k - 1* deep, so *k* passes
      lower the depth by exactly *k*. Ordinary records are mostly small containers
      (spans, short lists) and shrink fast. A pass that removes little shows that few
      brackets alternate, so the passes stop there, at the latest after ``max_depth``.
    * One walk over the runs of equal brackets that are left, adding up the depth: few
      runs, by the first step, and it stops as soon as the limit is passed.

    Repeating the passes up to ``max_depth`` times instead would cost ``max_depth``
    times the input's length on deeply nested input (many seconds for 64 MiB of
    ``[[[...]]]``). Unbalanced brackets (the text is invalid) are measured the same way,
    which bounds the depth the parser reaches before it reports the syntax error.
    """
    skeleton = _skeleton(raw)
    # Arrays and objects alike: the depth limit counts both, and pairing "[" with "}" too
    # keeps the bound true for invalid texts.
    brackets = skeleton.translate(_PARENS, b":")
    removed = 0
    while removed < limits.max_depth:
        reduced = brackets.replace(b"()", b"")
        shrunk = len(brackets) - len(reduced)
        brackets = reduced
        if not shrunk:
            break
        removed += 1
        # A pass removes one pair per place where an opening run meets a closing run, so
        # a small gain means few runs are left: walking them is cheaper than more passes.
        if shrunk * _FEW_RUNS < len(brackets):
            break
    if _deeper_than(brackets, limits.max_depth - removed):
        msg = f"arrays and objects nest deeper than the limit of {limits.max_depth} levels"
        raise _error(msg)
    return skeleton.count(b":")


def _skeleton(raw: bytes) -> bytes:
    """
    The brackets and member colons of *raw*, in order: everything else and all strings cut out.

    Bytes methods only: a regex over every string is ten times slower.
    """
    if b"\\" in raw:
        # Drop escaped backslashes, then escaped quotes: what is left of a quote delimits a
        # string. (Outside strings a backslash is a syntax error the parser reports.)
        raw = raw.replace(b"\\\\", b"").replace(b'\\"', b"")
    # Keep quotes and the skeleton; "" pairs are strings with no skeleton byte inside (the
    # usual case) and go at once, the rest are cut out by splitting on the quotes.
    skeleton = raw.translate(None, _NOT_SKELETON).replace(b'""', b"")
    if b'"' in skeleton:
        skeleton = b"".join(skeleton.split(b'"')[::2])
    return skeleton


#: See `_scan`: passes go on while each removes at least 1/_FEW_RUNS of what is left.
_FEW_RUNS: Final = 8
_RUNS_RE = re.compile(rb"\(+|\)+")


def _deeper_than(brackets: bytes, limit: int) -> bool:
    """Whether the running count of open brackets in *brackets* ever exceeds *limit*."""
    if limit < 0:
        return True
    depth = 0
    for run in _RUNS_RE.finditer(brackets):
        start, end = run.span()
        if brackets[start] == _OPEN:
            depth += end - start
            if depth > limit:
                return True
        else:
            depth -= end - start
    return False


_OPEN: Final = ord("(")


class _ConstantError(ValueError):
    pass


def _reject_constant(name: str) -> Any:
    raise _ConstantError(name)


class _NumberError(ValueError):
    """A number the careful path refuses; its message says why."""


def _parse_int(literal: str) -> int:
    # Checked here, not left to the interpreter: its limit may be raised or turned off
    # (PYTHONINTMAXSTRDIGITS=0), and converting a million digits takes seconds.
    digits = len(literal) - literal.startswith("-")
    if digits > MAX_INT_DIGITS:
        msg = f"an integer of {digits} digits is too long (bilateral's integers fit in 64 bits)"
        raise _NumberError(msg)
    return int(literal)


def _parse_float(literal: str) -> float:
    # "1e400" is valid JSON syntax, but the standard library would read it as infinity,
    # a value JSON cannot carry (orjson rejects it too): an error, like NaN and Infinity.
    value = float(literal)
    if not math.isfinite(value):
        shown = literal if len(literal) <= 40 else literal[:37] + "..."  # noqa: PLR2004
        msg = f"the number {shown} is out of range (it overflows to infinity)"
        raise _NumberError(msg)
    return value


class _Pairs:
    """``object_pairs_hook`` that notes duplicate keys (the parse goes on; paths come after)."""

    def __init__(self) -> None:
        self.duplicate: _Duplicated | None = None

    def __call__(self, pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        out = dict(pairs)
        if len(out) != len(pairs) and self.duplicate is None:
            seen: set[str] = set()
            key = next(k for k, _ in pairs if k in seen or seen.add(k))  # type: ignore[func-returns-value]
            self.duplicate = _Duplicated(out, key=key)
            return self.duplicate
        return out


class _Duplicated(dict[str, Any]):
    """The object where the first duplicate key was seen (found again by identity)."""

    def __init__(self, items: dict[str, Any], *, key: str) -> None:
        super().__init__(items)
        self.key = key


def _find(value: Any, found: Callable[[Any], bool], path: str = "$") -> str | None:
    """The path of the first node (or key) *found* accepts, depth first."""
    if found(value):
        return path
    if isinstance(value, dict):
        for key, item in value.items():
            if found(key):
                return member_path(path, key)
            if (hit := _find(item, found, member_path(path, key))) is not None:
                return hit
    elif isinstance(value, list):
        for i, item in enumerate(value):
            if (hit := _find(item, found, f"{path}[{i}]")) is not None:
                return hit
    return None


def _has_surrogate(value: object) -> bool:
    return isinstance(value, str) and _SURROGATE_RE.search(value) is not None


def parse_json(data: str | bytes, limits: Limits = DEFAULT_LIMITS) -> object:
    """
    Parse untrusted JSON text strictly (no structuring).

    Args:
        data: The text, as str or UTF-8 bytes.
        limits: Size and depth bounds.

    Returns:
        The decoded value (dicts, lists, str, int, float, bool, None).

    Raises:
        InvalidJSONError: when the input is not JSON that bilateral accepts (invalid
            UTF-8, a byte-order mark, lone surrogates, duplicate keys, NaN or Infinity,
            a syntax error, too big or too deeply nested, an over-long integer, a number
            that overflows to infinity).

    .. versionadded:: 0.1.0
    """
    raw = _prepare(data, limits)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        where = _line_col(raw, error.start).split(",")[0]
        msg = f"invalid UTF-8 at byte offset {error.start} ({where}): {error.reason}"
        raise _error(msg) from None
    _scan(raw, limits)
    pairs = _Pairs()
    try:
        value = json.loads(
            text,
            object_pairs_hook=pairs,
            parse_constant=_reject_constant,
            parse_int=_parse_int,
            parse_float=_parse_float,
        )
    except _ConstantError as error:
        msg = f"{error.args[0]} is not a JSON value (JSON has no NaN or Infinity)"
        raise _error(msg) from None
    except _NumberError as error:
        raise _error(f"invalid JSON: {error}") from None
    except json.JSONDecodeError as error:
        raise _error(f"invalid JSON: {error.msg} at line {error.lineno}, column {error.colno}") from None
    except ValueError as error:  # an integer longer than Python's int-string limit
        raise _error(f"invalid JSON: {error}") from None
    except RecursionError:  # pragma: no cover - _scan keeps the parser far from the limit
        raise _error("arrays and objects nest too deeply") from None
    if pairs.duplicate is not None:
        duplicate = pairs.duplicate
        where = _find(value, lambda node: node is duplicate) or "$"
        raise _error(f"duplicate key {duplicate.key!r} in the object at {where}")
    if _SURROGATE_ESCAPE_RE.search(raw) is not None:
        surrogate_at = _find(value, _has_surrogate)
        if surrogate_at is not None:
            raise _error(f"lone surrogate escape in the string at {surrogate_at}: text must be valid Unicode")
    return value


def _fast_parse(data: str | bytes, limits: Limits, depth: int) -> tuple[Any, int] | None:
    """
    Parse the common case quickly: (value, number of members), or None to go the careful way.

    *depth*: how deep the class read nests (`payload_depth`). A payload the fast structure
    function accepts nests no deeper, so when the limit allows that much, and the parser
    is orjson (which stops at its own depth limit instead of exhausting the stack), the
    depth is not measured here: success proves it within the limit, and anything else
    goes the careful way, which measures it before parsing.
    """
    raw = _prepare(data, limits)
    if _orjson is not None and depth <= limits.max_depth:
        members = _skeleton(raw).count(b":")
    else:
        members = _scan(raw, limits)
    if b"\\u" in raw and _SURROGATE_ESCAPE_RE.search(raw) is not None:
        return None  # valid surrogate pairs are fine, but only the careful path tells them apart
    try:
        if _orjson is not None:
            return _orjson.loads(raw), members
        text = data if isinstance(data, str) else raw.decode("utf-8")
        return json.loads(text, parse_constant=_reject_constant), members
    except ValueError:  # JSONDecodeError, UnicodeDecodeError, _ConstantError, over-long integers
        return None


@overload
def loads(data: str | bytes, *, lenient: bool = False, limits: Limits = DEFAULT_LIMITS) -> Record: ...
@overload
def loads(
    data: str | bytes, cls: type[T], *, lenient: bool = False, limits: Limits = DEFAULT_LIMITS
) -> T: ...
def loads(
    data: str | bytes, cls: Any = Record, *, lenient: bool = False, limits: Limits = DEFAULT_LIMITS
) -> Any:
    """
    Read a *cls* value (a `Record` by default) from JSON text.

    Args:
        data: JSON text, as str or UTF-8 bytes (no byte-order mark).
        cls: The model class to read; any type `structure` accepts.
        lenient: Ignore unknown keys instead of reporting them.
        limits: Size and depth bounds on the input.

    Returns:
        The value.

    Raises:
        InvalidJSONError: the input is not acceptable JSON (see `parse_json`).
        RecordError: the JSON does not make a valid *cls*: every problem, with its path.

    .. versionadded:: 0.1.0
    """
    fn = None if lenient else fast_fn(cls)
    if fn is not None:
        parsed = _fast_parse(data, limits, payload_depth(cls))
        if parsed is not None:
            value, members = parsed
            sizes: list[int] = []
            try:
                out = fn(migrate(value) if cls is Record else value, sizes)
            except FAST_ERRORS:
                pass  # the careful path says what is wrong
            else:
                if sum(sizes) == members:
                    return out
    return structure(parse_json(data, limits), cls, lenient=lenient)


def _unwritable(value: object) -> bool:
    if isinstance(value, str):
        return _SURROGATE_RE.search(value) is not None
    if isinstance(value, bool) or value is None:
        return False
    if isinstance(value, int):
        return not -(2**63) <= value < 2**64
    return not isinstance(value, (dict, list))


def _write_error(payload: object) -> RecordError:
    where = _find(payload, _unwritable) or "$"
    return RecordError(
        [Problem(where, "cannot be written as JSON (a lone surrogate, a huge integer or a non-JSON value)")]
    )


def _stdlib_dumps(payload: object, indent: int | None) -> str:
    if indent is None:
        return json.dumps(payload, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return json.dumps(payload, ensure_ascii=False, indent=indent, allow_nan=False)


def _orjson_agrees() -> bool:
    """Whether orjson writes exactly the bytes the standard library writes, indented or not."""
    if _orjson is None:  # pragma: no cover - exercised where orjson is not installed
        return False
    text = "".join(map(chr, range(0x80))) + "\u00e9\u2028\u2029\ufeff\U0001f600/"
    probe = {"a": [text, 0, -(2**63), 2**63 - 1, None, [], {}], "b": {"c": [{"d": []}]}}
    return all(
        _orjson.dumps(probe, option=option) == _stdlib_dumps(probe, indent).encode()
        for option, indent in ((0, None), (_orjson.OPT_INDENT_2, 2))
    )


_USE_ORJSON: Final = _orjson_agrees()
#: The JSON encoder in use: ``"orjson"`` when installed and byte-identical, else ``"json"``.
backend: str = "orjson" if _USE_ORJSON else "json"


def dumps(obj: object, *, indent: int | None = None) -> str:
    """
    The canonical JSON text of a model value.

    Byte-stable: the same value gives the same text on every run, under any hash seed and
    with either JSON backend. Every field is written (None as null, empty tuples as
    ``[]``) in class field order; a `Record` starts with ``"schema_version"``, a member of a
    tagged union with ``"kind"``. Non-ASCII characters are written as themselves.

    Args:
        obj: A model value (or a tuple of them, an enum, a date).
        indent: ``None`` for compact output, or the number of spaces to indent by.

    Returns:
        The JSON text (no trailing newline).

    Raises:
        RecordError: the value holds something JSON cannot carry (a lone surrogate).

    .. versionadded:: 0.1.0
    """
    payload = unstructure(obj)
    if _USE_ORJSON and indent in (None, 2):
        option = 0 if indent is None else _orjson.OPT_INDENT_2
        try:
            text: str = _orjson.dumps(payload, option=option).decode()
        except TypeError:  # orjson.JSONEncodeError
            raise _write_error(payload) from None
        return text
    try:
        out = _stdlib_dumps(payload, indent)
    except (TypeError, ValueError):
        raise _write_error(payload) from None
    if _SURROGATE_RE.search(out) is not None:
        raise _write_error(payload)
    return out
