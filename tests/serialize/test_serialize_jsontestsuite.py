"""
Every file of Nicolas Seriot's JSONTestSuite (``tests/data/JSONTestSuite``, MIT) through bilateral.

* ``n_`` files (not JSON) -> `InvalidJSONError` at ``$``.
* ``y_`` files (JSON) -> `parse_json` accepts them, and `loads` rejects them as not a
  record: a `RecordError` that is not an `InvalidJSONError`, at ``$``. Two are deliberate
  exceptions: JSON
  allows duplicate keys, bilateral does not (DESIGN section 4).
* ``i_`` files (implementation-defined) -> the decision in `I_DECISIONS`, with its reason.
* The string of every ``y_string_`` file, as a record's title, round-trips unchanged.
* Every string and number token of the suite, spliced into a real record, gets the same
  verdict as its file: this is where a fast path that trusted orjson alone would differ.
* `bilateral validate` on the whole suite: exit 1, one ``FILE: message @ path`` line per
  problem, no traceback.
* Both JSON backends decide every input alike.

Nothing else may escape: no RecursionError, UnicodeError, ValueError or traceback.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any, Literal, NamedTuple

import attrs
import pytest

import bilateral.serialize._json as sjson
from bilateral.cli import main
from bilateral.errors import InvalidJSONError, RecordError
from bilateral.serialize import dumps, loads, parse_json

ROOT = Path(__file__).resolve().parents[2]
SUITE = ROOT / "tests" / "data" / "JSONTestSuite" / "test_parsing"
FILES = sorted(SUITE.glob("*.json"))
EXAMPLE = loads((ROOT / "examples" / "petro_trump.json").read_bytes())


def names(prefix: str) -> list[str]:
    return [path.name for path in FILES if path.name.startswith(prefix)]


Verdict = Literal["invalid", "json"]


class Decision(NamedTuple):
    """What bilateral does with an ``i_`` file, and why."""

    #: "invalid": InvalidJSONError; "json": parsed, then rejected as not a record.
    verdict: Verdict
    #: A fragment of the first problem's message.
    says: str
    reason: str


OVERFLOW = Decision(
    "invalid", "overflows to infinity", "a number out of double range is not read as infinity"
)
UNDERFLOW = Decision(
    "json", "expected object (Record), got array", "reads as 0.0; records have no floats at all"
)
BIG_INT = Decision(
    "json",
    "expected object (Record), got array",
    "read exactly; a record rejects it at its path (64-bit ints)",
)
SURROGATE = Decision("invalid", "lone surrogate", "an unpaired surrogate escape is not Unicode text")
NOT_UTF8 = Decision("invalid", "invalid UTF-8 at byte offset", "input must be UTF-8")

I_DECISIONS: dict[str, Decision] = {
    "i_number_double_huge_neg_exp.json": UNDERFLOW,
    "i_number_huge_exp.json": OVERFLOW,
    "i_number_neg_int_huge_exp.json": OVERFLOW,
    "i_number_pos_double_huge_exp.json": OVERFLOW,
    "i_number_real_neg_overflow.json": OVERFLOW,
    "i_number_real_pos_overflow.json": OVERFLOW,
    "i_number_real_underflow.json": UNDERFLOW,
    "i_number_too_big_neg_int.json": BIG_INT,
    "i_number_too_big_pos_int.json": BIG_INT,
    "i_number_very_big_negative_int.json": BIG_INT,
    "i_object_key_lone_2nd_surrogate.json": SURROGATE,
    "i_string_1st_surrogate_but_2nd_missing.json": SURROGATE,
    "i_string_1st_valid_surrogate_2nd_invalid.json": SURROGATE,
    "i_string_incomplete_surrogate_and_escape_valid.json": SURROGATE,
    "i_string_incomplete_surrogate_pair.json": SURROGATE,
    "i_string_incomplete_surrogates_escape_valid.json": SURROGATE,
    "i_string_invalid_lonely_surrogate.json": SURROGATE,
    "i_string_invalid_surrogate.json": SURROGATE,
    "i_string_inverted_surrogates_U+1D11E.json": SURROGATE,
    "i_string_lone_second_surrogate.json": SURROGATE,
    "i_string_UTF-16LE_with_BOM.json": Decision("invalid", "invalid UTF-8", "UTF-8 only: UTF-16 is not read"),
    "i_string_utf16BE_no_BOM.json": Decision("invalid", "invalid UTF-8", "UTF-8 only: UTF-16 is not read"),
    "i_string_utf16LE_no_BOM.json": Decision("invalid", "invalid UTF-8", "UTF-8 only: UTF-16 is not read"),
    "i_string_UTF-8_invalid_sequence.json": NOT_UTF8,
    "i_string_UTF8_surrogate_U+D800.json": Decision(
        "invalid", "invalid UTF-8", "a surrogate encoded in UTF-8 (CESU) is not UTF-8"
    ),
    "i_string_invalid_utf-8.json": NOT_UTF8,
    "i_string_iso_latin_1.json": Decision("invalid", "invalid UTF-8", "UTF-8 only: Latin-1 is not guessed"),
    "i_string_lone_utf8_continuation_byte.json": NOT_UTF8,
    "i_string_not_in_unicode_range.json": NOT_UTF8,
    "i_string_overlong_sequence_2_bytes.json": Decision(
        "invalid", "invalid UTF-8", "overlong encodings are not UTF-8"
    ),
    "i_string_overlong_sequence_6_bytes.json": Decision(
        "invalid", "invalid UTF-8", "overlong encodings are not UTF-8"
    ),
    "i_string_overlong_sequence_6_bytes_null.json": Decision(
        "invalid", "invalid UTF-8", "overlong encodings are not UTF-8"
    ),
    "i_string_truncated-utf-8.json": NOT_UTF8,
    "i_structure_500_nested_arrays.json": Decision(
        "invalid", "nest deeper than the limit of 64", "Limits.max_depth is 64; a record needs about 6"
    ),
    "i_structure_UTF-8_BOM_empty_object.json": Decision(
        "invalid", "byte-order mark", "RFC 8259 section 8.1: JSON text must not begin with a BOM"
    ),
}

#: ``y_`` files bilateral rejects on purpose: duplicate keys are errors (DESIGN section 4).
Y_REJECTED = {
    "y_object_duplicated_key.json": "duplicate key 'a' in the object at $",
    "y_object_duplicated_key_and_value.json": "duplicate key 'a' in the object at $",
}


def invalid(data: bytes | str) -> InvalidJSONError:
    with pytest.raises(InvalidJSONError) as info:
        loads(data)
    return info.value


def not_a_record(data: bytes | str) -> RecordError:
    with pytest.raises(RecordError) as info:
        loads(data)
    assert not isinstance(info.value, InvalidJSONError), info.value
    return info.value


def test_the_suite_is_all_there() -> None:
    assert (len(names("n_")), len(names("y_")), len(names("i_"))) == (188, 95, 35)
    assert set(I_DECISIONS) == set(names("i_"))
    assert set(Y_REJECTED) <= set(names("y_"))


@pytest.mark.usefixtures("backend")
@pytest.mark.parametrize("name", names("n_"))
def test_n_files_are_invalid_json(name: str) -> None:
    raw = (SUITE / name).read_bytes()
    error = invalid(raw)
    assert [p.path for p in error.problems] == ["$"]
    with pytest.raises(InvalidJSONError):
        parse_json(raw)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return
    assert [p.path for p in invalid(text).problems] == ["$"]


@pytest.mark.usefixtures("backend")
@pytest.mark.parametrize("name", names("y_"))
def test_y_files_are_json_but_not_records(name: str) -> None:
    raw = (SUITE / name).read_bytes()
    if name in Y_REJECTED:
        error = invalid(raw)
        assert [(p.path, p.message) for p in error.problems] == [("$", Y_REJECTED[name])]
        return
    value = parse_json(raw)
    assert value == json.loads(raw)
    first = not_a_record(raw).problems[0]
    assert first.path == "$"
    if isinstance(value, dict):
        # An object with neither of the keys every record has is not a record at all.
        assert first.message.startswith("expected a bilateral record, an object with 'schema_version'")
    else:
        assert first.path == "$"
        assert first.message.startswith("expected object (Record), got ")


@pytest.mark.usefixtures("backend")
@pytest.mark.parametrize("name", names("i_"))
def test_i_files_get_the_decision_in_the_table(name: str) -> None:
    raw = (SUITE / name).read_bytes()
    decision = I_DECISIONS[name]
    if decision.verdict == "invalid":
        error: RecordError = invalid(raw)
        with pytest.raises(InvalidJSONError):
            parse_json(raw)
    else:
        parse_json(raw)
        error = not_a_record(raw)
    assert error.problems[0].path == "$"
    assert decision.says in error.problems[0].message, decision.reason


# The strings of y_string_* as a record's title.


def string_of(name: str) -> str:
    value = parse_json((SUITE / name).read_bytes())
    if isinstance(value, list):
        (value,) = value
    assert isinstance(value, str)
    return value


def with_title(title: str) -> Any:
    return attrs.evolve(EXAMPLE, source=attrs.evolve(EXAMPLE.source, title=title))


@pytest.mark.usefixtures("backend")
@pytest.mark.parametrize("name", names("y_string_"))
def test_y_strings_round_trip_as_a_title(name: str) -> None:
    title = string_of(name)
    record = with_title(title)
    text = dumps(record)
    again = loads(text)
    assert again == record
    assert again.source.title == title
    assert dumps(again) == text
    assert loads(text.encode("utf-8")) == record
    assert loads(dumps(record, indent=2)) == record


# Tokens of the suite spliced into a real record.

COMPACT = dumps(EXAMPLE).encode("utf-8")
TITLE = b'"title":' + json.dumps(EXAMPLE.source.title, ensure_ascii=False).encode("utf-8")
SECONDS = b'"seconds":7200'
SECONDS_PATH = "$.meetings[0].duration.seconds"
_NUMBER_TOKEN = re.compile(rb"\[\s*([^\[\]{}\"]*?)\s*\]")


def splices() -> list[tuple[str, str, bytes]]:
    """(file, where, record text) for every lone string or number token of the suite."""
    assert COMPACT.count(TITLE) == 1
    assert COMPACT.count(SECONDS) == 1
    out = []
    for path in FILES:
        raw = path.read_bytes().strip(b" \t\r\n")
        if raw.startswith(b'["') and raw.endswith(b'"]'):
            out.append((path.name, "title", COMPACT.replace(TITLE, b'"title":' + raw[1:-1])))
        elif "number" in path.name and (match := _NUMBER_TOKEN.fullmatch(raw)) is not None:
            out.append((path.name, "seconds", COMPACT.replace(SECONDS, b'"seconds":' + match[1])))
    return out


SPLICES = splices()


@pytest.mark.usefixtures("backend")
@pytest.mark.parametrize(("name", "where", "data"), SPLICES, ids=[f"{n}-{w}" for n, w, _ in SPLICES])
def test_a_spliced_token_gets_the_verdict_of_its_file(name: str, where: str, data: bytes) -> None:
    kind = name[0]
    if kind == "n" or (kind == "i" and I_DECISIONS[name].verdict == "invalid"):
        invalid(data)
        return
    token = json.loads((SUITE / name).read_bytes())[0]
    if where == "title":
        assert loads(data).source.title == token
        return
    if type(token) is int and 0 <= token < 2**63:
        record = loads(data)
        assert record.meetings[0].duration is not None
        assert record.meetings[0].duration.seconds == token
        return
    assert [p.path for p in not_a_record(data).problems] == [SECONDS_PATH]


def test_splices_cover_strings_and_numbers_of_every_kind() -> None:
    kinds = {(name[0], where) for name, where, _ in SPLICES}
    assert kinds == {(k, w) for k in "nyi" for w in ("title", "seconds")}
    assert len(SPLICES) > 140


# Both backends.


def verdict(data: bytes) -> tuple[str, tuple[tuple[str, str], ...]]:
    try:
        loads(data)
    except InvalidJSONError as error:
        return "invalid", tuple(error.problems)
    except RecordError as error:
        return "not a record", tuple(error.problems)
    return "record", ()


def test_both_backends_decide_every_input_alike(monkeypatch: pytest.MonkeyPatch) -> None:
    if not sjson._USE_ORJSON:
        pytest.skip("orjson (the 'fast' extra) is not installed or not byte-identical")
    inputs = {path.name: path.read_bytes() for path in FILES}
    inputs |= {f"{name} in the {where}": data for name, where, data in SPLICES}
    with_orjson = {name: verdict(data) for name, data in inputs.items()}
    monkeypatch.setattr(sjson, "_orjson", None)
    monkeypatch.setattr(sjson, "_USE_ORJSON", False)
    with_json = {name: verdict(data) for name, data in inputs.items()}
    assert with_orjson == with_json
    assert {v for v, _ in with_json.values()} == {"invalid", "not a record", "record"}


# bilateral validate.

_LINE = re.compile(r"(?P<file>.+?\.json): (?P<message>.+) @ (?P<path>\$\S*)")


@pytest.mark.usefixtures("backend")
def test_bilateral_validate_rejects_every_file_with_one_line_per_problem(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code = main(["validate", *map(str, FILES)])
    out, err = capsys.readouterr()
    assert code == 1
    assert out == ""
    assert "Traceback" not in err
    reported: dict[str, list[tuple[str, str]]] = {}
    for line in err.splitlines():
        match = _LINE.fullmatch(line)
        assert match is not None, line
        reported.setdefault(Path(match["file"]).name, []).append((match["path"], match["message"]))
    assert set(reported) == {path.name for path in FILES}
    for name, problems in reported.items():
        if name.startswith("n_") or name in Y_REJECTED:
            assert [path for path, _ in problems] == ["$"], name
    assert reported["i_structure_UTF-8_BOM_empty_object.json"][0][1].startswith(
        "input starts with a UTF-8 byte-order mark"
    )


@pytest.mark.usefixtures("backend")
def test_bilateral_validate_reads_a_suite_file_as_json_lines_too(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # As JSON Lines, a file is cut at its newlines: whatever the pieces are, the verdict
    # is still a bilateral error for each bad line, never a crash.
    for path in FILES:
        (tmp_path / f"{path.stem}.jsonl").write_bytes(path.read_bytes())
    code = main(["validate", "-q", *sorted(map(str, tmp_path.iterdir()))])
    out, err = capsys.readouterr()
    assert code == 1
    assert out == ""  # -q: nothing for the files that are valid (the blank ones)
    assert "Traceback" not in err
    for line in err.splitlines():
        assert re.fullmatch(r".+\.jsonl:[0-9]+: .+ @ \$\S*", line), line
