"""
Hostile JSON text: size and depth limits, encodings, surrogates, non-finite and huge numbers, duplicates.

Every case must end in a bilateral error with a message that says what is wrong and,
where it is known, where (byte offset, line, key path): never a RecursionError, a
UnicodeError or a ValueError from the parser. Each test runs with both JSON backends,
since the fast path (orjson when installed) and the careful path must agree.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bilateral.errors import InvalidJSONError, RecordError
from bilateral.serialize import DEFAULT_LIMITS, Limits, dumps, loads, parse_json

if TYPE_CHECKING:
    from collections.abc import Callable

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE_BYTES = (ROOT / "examples" / "petro_trump.json").read_bytes()
EXAMPLE = loads(EXAMPLE_BYTES)
COMPACT = dumps(EXAMPLE)

DEPTH_MESSAGE = "arrays and objects nest deeper than the limit of 64 levels"


def rejected(data: Any, limits: Limits = DEFAULT_LIMITS, *, lenient: bool = False) -> str:
    """The one message of the InvalidJSONError that `loads` raises (always at ``$``)."""
    with pytest.raises(InvalidJSONError) as info:
        loads(data, limits=limits, lenient=lenient)
    (problem,) = info.value.problems
    assert problem.path == "$"
    problem.message.encode("utf-8")  # always printable
    return problem.message


# Limits themselves.


def test_the_default_limits() -> None:
    assert Limits(max_bytes=64 * 2**20, max_depth=64) == DEFAULT_LIMITS
    assert Limits(max_depth=256).max_depth == 256


@pytest.mark.parametrize(
    "kwargs",
    [
        {"max_bytes": 0},
        {"max_bytes": -1},
        {"max_bytes": True},
        {"max_bytes": 1.5},
        {"max_depth": 0},
        {"max_depth": 257},
    ],
)
def test_limits_must_be_sane(kwargs: dict[str, Any]) -> None:
    with pytest.raises(ValueError, match="must be"):
        Limits(**kwargs)


# Size.


@pytest.mark.usefixtures("backend")
def test_size_over_max_bytes_is_rejected_before_parsing() -> None:
    size = len(COMPACT.encode("utf-8"))
    assert loads(COMPACT.encode("utf-8"), limits=Limits(max_bytes=size)) == EXAMPLE
    assert loads(COMPACT, limits=Limits(max_bytes=size)) == EXAMPLE
    limits = Limits(max_bytes=size - 1)
    assert rejected(COMPACT.encode("utf-8"), limits) == (
        f"input is {size} bytes, over the limit of {size - 1} bytes"
    )
    # A str over the limit in characters is refused without encoding it.
    assert rejected(COMPACT + " " * size, limits) == (
        f"input is over the limit of {size - 1} bytes (at least {len(COMPACT) + size})"
    )
    # Under the limit in characters, over it in UTF-8 bytes: still refused.
    assert len(COMPACT) <= size - 1
    assert rejected(COMPACT, limits) == f"input is {size} bytes, over the limit of {size - 1} bytes"
    # Garbage over the limit is refused for its size, not parsed.
    assert rejected(b"\xff" * 100, Limits(max_bytes=99)) == "input is 100 bytes, over the limit of 99 bytes"


# Depth.

DEEP = 100_000


@pytest.mark.usefixtures("backend")
@pytest.mark.parametrize(
    "text",
    [
        "[" * DEEP + "]" * DEEP,
        "[" * DEEP,
        '{"a":' * DEEP + "1" + "}" * DEEP,
        '{"a":' * DEEP,
        '[{"a":' * (DEEP // 2) + "1" + "}]" * (DEEP // 2),
        '{"schema_version":1,"source":' + "[" * DEEP + "]" * DEEP + "}",
        "[" * 65 + "]" * 65,
    ],
    ids=["arrays", "unclosed", "objects", "unclosed objects", "mixed", "in a record", "65"],
)
def test_deep_nesting_is_rejected_without_recursion(text: str) -> None:
    assert rejected(text) == DEPTH_MESSAGE
    assert rejected(text.encode("ascii")) == DEPTH_MESSAGE
    assert rejected(text, lenient=True) == DEPTH_MESSAGE
    with pytest.raises(InvalidJSONError, match="nest deeper"):
        parse_json(text)


def test_exactly_max_depth_is_allowed() -> None:
    limits = Limits(max_depth=5)
    assert parse_json("[[[[[]]]]]", limits) == [[[[[]]]]]
    assert parse_json('{"a":{"a":{"a":{"a":{"a":1}}}}}', limits) == {"a": {"a": {"a": {"a": {"a": 1}}}}}
    with pytest.raises(InvalidJSONError, match="limit of 5 levels"):
        parse_json("[[[[[[]]]]]]", limits)
    with pytest.raises(InvalidJSONError, match="limit of 5 levels"):
        parse_json('{"a":[{"a":[{"a":[]}]}]}', limits)
    assert parse_json("[" * 64 + "]" * 64) == parse_json("[" * 64 + "]" * 64, Limits(max_depth=64))


def test_brackets_inside_strings_do_not_count() -> None:
    inside = "[" * DEEP + "{" * DEEP + '\\"' + "]" * 3
    assert parse_json(json.dumps([inside])) == [inside]
    # Quotes, escaped quotes and escaped backslashes next to brackets, nested 4 deep.
    value = ['a " [[[ \\" {{{ "', ["\\", [['\\"[[[']]]]
    text = json.dumps(value)
    assert parse_json(text, Limits(max_depth=4)) == value
    with pytest.raises(InvalidJSONError, match="limit of 3 levels"):
        parse_json(text, Limits(max_depth=3))


# Strings full of the characters the depth scan looks at.
_TRICKY_TEXT = st.text(alphabet=st.sampled_from('[]{}:,"\\ a\u00e9\U0001f600'), max_size=8)
_JSON = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**63), 2**63 - 1) | _TRICKY_TEXT,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(_TRICKY_TEXT, inner, max_size=3),
    max_leaves=12,
)


@settings(max_examples=150)
@given(_JSON, st.integers(1, 8), st.booleans())
def test_the_depth_scan_agrees_with_the_parsed_depth(
    json_depth: Callable[[object], int], value: Any, limit: int, indent: bool
) -> None:
    text = json.dumps(value, ensure_ascii=False, indent=1 if indent else None)
    limits = Limits(max_depth=limit)
    if json_depth(value) <= limit:
        assert parse_json(text, limits) == value
    else:
        with pytest.raises(InvalidJSONError, match=f"limit of {limit} levels"):
            parse_json(text, limits)


@pytest.mark.parametrize("depth", [1, 2, 5, 9, 10, 17, 63, 64, 65, 66, 200])
@pytest.mark.parametrize("copies", [1, 7, 300])
def test_the_depth_scan_on_repeated_blocks(
    json_depth: Callable[[object], int], depth: int, copies: int
) -> None:
    # Blocks of one depth, side by side, plus one more level around them: few passes
    # remove much of them (the scan goes on with passes) or many passes remove little
    # (it walks the runs instead). Both must measure the same depth.
    block = "[" * depth + "]" * depth
    text = "[" + ",".join([block] * copies) + "]"
    assert json_depth(parse_json(text, Limits(max_depth=depth + 1))) == depth + 1
    with pytest.raises(InvalidJSONError, match=f"limit of {depth} levels"):
        parse_json(text, Limits(max_depth=depth))


# Encoding.


@pytest.mark.usefixtures("backend")
def test_invalid_utf8_names_its_byte_offset_and_line() -> None:
    assert rejected(b'{"a":"\xff"}') == "invalid UTF-8 at byte offset 6 (line 1): invalid start byte"
    assert (
        rejected(b'{\n"a":\n"\xc3"}') == "invalid UTF-8 at byte offset 8 (line 3): invalid continuation byte"
    )
    offset = EXAMPLE_BYTES.index(b"Petro")
    broken = EXAMPLE_BYTES[:offset] + b"\xed\xa0\x80" + EXAMPLE_BYTES[offset:]  # an encoded surrogate
    line = EXAMPLE_BYTES.count(b"\n", 0, offset) + 1
    assert (
        rejected(broken) == f"invalid UTF-8 at byte offset {offset} (line {line}): invalid continuation byte"
    )
    truncated = COMPACT.encode("utf-8")
    cut = truncated.index("\u201c".encode()) + 1  # inside a three-byte sequence
    assert rejected(truncated[:cut] + truncated[cut + 2 :]).startswith(
        f"invalid UTF-8 at byte offset {cut - 1} "
    )


@pytest.mark.usefixtures("backend")
def test_a_byte_order_mark_is_rejected() -> None:
    message = (
        "input starts with a UTF-8 byte-order mark, which JSON text must not carry "
        "(RFC 8259 section 8.1): remove it"
    )
    assert rejected(b"\xef\xbb\xbf" + COMPACT.encode("utf-8")) == message
    assert rejected("\ufeff" + COMPACT) == message
    assert rejected(b"\xff\xfe{\x00}\x00").startswith("invalid UTF-8 at byte offset 0")  # UTF-16 with its BOM
    assert rejected(" \ufeff" + COMPACT).startswith("invalid JSON: Expecting value")
    # U+FEFF inside a string is just a character.
    record = attrs.evolve(EXAMPLE, source=attrs.evolve(EXAMPLE.source, title="\ufeffTitle"))
    assert loads(dumps(record)) == record


@pytest.mark.usefixtures("backend")
def test_lone_surrogates_are_rejected_raw_and_escaped() -> None:
    raw = COMPACT.replace('"title":"', '"title":"\ud800', 1)
    at = raw.index("\ud800")
    assert rejected(raw) == (
        f"lone surrogate U+D800 at character {at} (line 1, column {at + 1}): text must be valid Unicode"
    )
    message = "lone surrogate escape in the string at $.source.title: text must be valid Unicode"
    for escape in ("\\ud800", "\\uDBFF", "\\udc00", "\\uDFFF", "\\ude00\\ud83d", "\\ud83dx"):
        assert rejected(COMPACT.replace('"title":"', f'"title":"{escape}', 1)) == message, escape
        assert rejected(COMPACT.replace('"title":"', f'"title":"{escape}', 1), lenient=True) == message
    nested = COMPACT.replace('"aliases":["', '"aliases":["\\udfff', 1)
    assert rejected(nested) == (
        "lone surrogate escape in the string at $.actors[0].aliases[0]: text must be valid Unicode"
    )
    in_key = rejected('{"a":{"b\\ud800":1}}')
    assert in_key == 'lone surrogate escape in the string at $.a["b\\ud800"]: text must be valid Unicode'


@pytest.mark.usefixtures("backend")
def test_surrogate_pairs_and_escaped_backslashes_are_fine() -> None:
    paired = loads(COMPACT.replace('"title":"', '"title":"\\ud83d\\ude00', 1))
    assert paired.source.title is not None
    assert paired.source.title.startswith("\U0001f600")
    # "\\ud800" is a backslash and the letters "ud800", not an escape.
    literal = loads(COMPACT.replace('"title":"', '"title":"\\\\ud800', 1))
    assert literal.source.title is not None
    assert literal.source.title.startswith("\\ud800")
    assert loads(dumps(literal)) == literal


@pytest.mark.usefixtures("backend")
def test_a_lone_surrogate_cannot_be_written_either() -> None:
    record = attrs.evolve(EXAMPLE, source=attrs.evolve(EXAMPLE.source, title="x\udc80"))
    for indent in (None, 2, 4):
        with pytest.raises(RecordError) as info:
            dumps(record, indent=indent)
        assert [p.path for p in info.value.problems] == ["$.source.title"]
        assert "cannot be written as JSON" in info.value.problems[0].message


# Numbers.


@pytest.mark.usefixtures("backend")
@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
def test_nan_and_infinity_are_rejected(constant: str) -> None:
    message = f"{constant} is not a JSON value (JSON has no NaN or Infinity)"
    assert rejected(COMPACT.replace('"seconds":7200', f'"seconds":{constant}')) == message
    assert rejected(COMPACT.replace('"title":', f'"x":{constant},"title":'), lenient=True) == message
    assert rejected(f"[{constant}]") == message


@pytest.mark.usefixtures("backend")
@pytest.mark.parametrize("number", ["1e400", "-1e400", "1.5e+9999", "123123e100000"])
def test_numbers_that_overflow_are_rejected(number: str) -> None:
    assert rejected(COMPACT.replace('"seconds":7200', f'"seconds":{number}')) == (
        f"invalid JSON: the number {number} is out of range (it overflows to infinity)"
    )


@pytest.mark.usefixtures("backend")
def test_huge_integers() -> None:
    def at_seconds(number: str) -> str:
        return COMPACT.replace('"seconds":7200', f'"seconds":{number}')

    path = "$.meetings[0].duration.seconds"
    for number, shown in [
        (str(2**63), str(2**63)),
        (str(2**64), str(2**64)),
        ("9" * 4300, "an integer of 4300 digits"),
    ]:
        with pytest.raises(RecordError) as info:
            loads(at_seconds(number))
        assert type(info.value) is RecordError
        assert [(p.path, p.message) for p in info.value.problems] == [
            (path, f"integer does not fit in 64 bits (got int ({shown}))")
        ]
    assert loads(at_seconds(str(2**63 - 1))).meetings[0].duration is not None
    too_long = "an integer of 4301 digits is too long (bilateral's integers fit in 64 bits)"
    assert rejected(at_seconds("9" * 4301)) == f"invalid JSON: {too_long}"
    assert rejected(at_seconds("-" + "9" * 4301)) == f"invalid JSON: {too_long}"


@pytest.mark.usefixtures("backend")
def test_the_integer_length_limit_holds_whatever_the_interpreter_allows() -> None:
    before = sys.get_int_max_str_digits()
    sys.set_int_max_str_digits(0)  # unlimited: parsing a huge literal would take quadratic time
    try:
        message = rejected("[" + "7" * 200_000 + "]")
    finally:
        sys.set_int_max_str_digits(before)
    assert (
        message
        == "invalid JSON: an integer of 200000 digits is too long (bilateral's integers fit in 64 bits)"
    )


# Duplicate keys.


@pytest.mark.usefixtures("backend")
@pytest.mark.parametrize(
    ("old", "new", "key", "where"),
    [
        ('"schema_version":1', '"schema_version":1,"schema_version":1', "schema_version", "$"),
        ('"title":', '"title":null,"title":', "title", "$.source"),
        ('"start":757', '"start":757,"start":758', "start", "$.meetings[0].date.mention"),
        ('"kind":"person"', '"kind":"person","kind":"person"', "kind", "$.actors[0]"),
        ('"extraction":null', '"extraction":null,"extra":{"a b":1,"a b":2}', "a b", "$.extra"),
    ],
)
def test_duplicate_keys_are_rejected_with_the_object_named(old: str, new: str, key: str, where: str) -> None:
    assert old in COMPACT
    text = COMPACT.replace(old, new, 1)
    assert rejected(text) == f"duplicate key {key!r} in the object at {where}"
    assert rejected(text, lenient=True) == f"duplicate key {key!r} in the object at {where}"


def test_duplicate_keys_inside_arrays_name_the_index() -> None:
    assert rejected('[{}, [{"a": 1}, {"b": 1, "b": 1}]]') == "duplicate key 'b' in the object at $[1][1]"


# Not text at all.


@pytest.mark.usefixtures("backend")
def test_input_that_is_not_json_text() -> None:
    assert rejected(12) == "expected JSON text as str or bytes, got int"
    assert rejected(None) == "expected JSON text as str or bytes, got NoneType"
    assert rejected(b"") == "invalid JSON: Expecting value at line 1, column 1"
    assert rejected(" \n ") == "invalid JSON: Expecting value at line 2, column 2"
    assert rejected(COMPACT + "x") == f"invalid JSON: Extra data at line 1, column {len(COMPACT) + 1}"
    # Typed as str | bytes, but any bytes-like object is read.
    assert loads(bytearray(COMPACT.encode())) == EXAMPLE  # type: ignore[call-overload]
    assert loads(memoryview(COMPACT.encode())) == EXAMPLE  # type: ignore[call-overload]
