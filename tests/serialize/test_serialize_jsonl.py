"""
JSON Lines: `iter_jsonl` streams records, stopping at the first bad line; `dump_jsonl` writes them.

Line numbers are 1-based and count every line, blank ones included, so ``FILE:LINE``
points at the line an editor shows. `Limits.max_bytes` applies to each line's content:
its ``\\n`` or ``\\r\\n`` does not count.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bilateral.errors import IgnoredKeysWarning, InvalidJSONError, RecordError
from bilateral.model import Record, Span
from bilateral.serialize import Limits, dump_jsonl, dumps, iter_jsonl, loads
from bilateral.serialize._jsonl import line_results
from bilateral.testing import strategies as bst

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = loads((ROOT / "examples" / "petro_trump.json").read_bytes())


def titled(title: str) -> Record:
    return attrs.evolve(EXAMPLE, source=attrs.evolve(EXAMPLE.source, title=title))


RECORDS = [titled(f"Record {i}") for i in range(4)]
LINES = [dumps(record) for record in RECORDS]


def write(tmp_path: Path, text: str, name: str = "records.jsonl") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8"))
    return path


def read_until_error(source: object, **kwargs: Any) -> tuple[list[Any], RecordError]:
    """The values read before the error, and the error."""
    values: list[Any] = []
    records = iter_jsonl(source, **kwargs)
    while True:
        try:
            value = next(records)
        except RecordError as error:
            return values, error
        except StopIteration:
            pytest.fail(f"no error after {len(values)} values")
        values.append(value)


@pytest.mark.usefixtures("backend")
def test_blank_lines_and_crlf_endings_are_fine(tmp_path: Path) -> None:
    text = "\n" + LINES[0] + "\r\n   \n\t\r\n" + LINES[1] + "\r\n\n" + LINES[2] + "\n" + LINES[3]
    path = write(tmp_path, text)
    assert list(iter_jsonl(path)) == RECORDS
    assert list(iter_jsonl(str(path))) == RECORDS
    with path.open("rb") as fp:
        assert list(iter_jsonl(fp)) == RECORDS
    assert list(iter_jsonl(io.BytesIO(text.encode()))) == RECORDS
    assert list(iter_jsonl(io.StringIO(text))) == RECORDS
    assert list(iter_jsonl(text.encode().splitlines(keepends=True))) == RECORDS
    assert list(iter_jsonl(text.splitlines())) == RECORDS
    assert list(iter_jsonl(write(tmp_path, "", "empty.jsonl"))) == []


@pytest.mark.usefixtures("backend")
def test_a_bad_line_stops_the_iteration_with_its_number(tmp_path: Path) -> None:
    broken = LINES[2].replace('"title":"Record 2"', '"title":2')
    path = write(tmp_path, "\n".join([LINES[0], "", LINES[1], broken, LINES[3]]) + "\n")
    values, error = read_until_error(path)
    assert values == RECORDS[:2]
    assert type(error) is RecordError
    assert error.line == 4
    assert [(p.path, p.message) for p in error.problems] == [("$.source.title", "expected str, got int (2)")]
    assert str(error) == "line 4: expected str, got int (2) @ $.source.title"


@pytest.mark.usefixtures("backend")
def test_a_line_that_is_not_json_is_an_invalid_json_error_with_its_number(tmp_path: Path) -> None:
    path = write(tmp_path, "\n".join([LINES[0], LINES[1][:-1], LINES[2]]))
    values, error = read_until_error(path)
    assert values == RECORDS[:1]
    assert type(error) is InvalidJSONError
    assert error.line == 2
    assert error.problems[0].path == "$"
    assert error.problems[0].message.startswith("invalid JSON: Expecting ',' delimiter at line 1")
    # Invalid UTF-8 on a line: the offset is within the line.
    path = write(tmp_path, LINES[0] + "\n")
    path.write_bytes(path.read_bytes() + b'{"a":"\xff"}\n')
    values, error = read_until_error(path)
    assert (values, error.line) == (RECORDS[:1], 2)
    assert error.problems[0].message == "invalid UTF-8 at byte offset 6 (line 1): invalid start byte"


@pytest.mark.usefixtures("backend")
@pytest.mark.parametrize(("ending", "last"), [("\n", "\n"), ("\r\n", "\r\n"), ("\n", "")])
def test_max_bytes_applies_to_each_line_without_its_ending(tmp_path: Path, ending: str, last: str) -> None:
    size = max(len(line.encode("utf-8")) for line in LINES)
    text = ending.join(LINES) + last
    path = write(tmp_path, text)
    assert list(iter_jsonl(path, limits=Limits(max_bytes=size))) == RECORDS
    assert list(iter_jsonl(text.encode().splitlines(keepends=True), limits=Limits(max_bytes=size))) == RECORDS


@pytest.mark.usefixtures("backend")
def test_an_over_long_line_is_skipped_unread_and_reported(tmp_path: Path) -> None:
    long_line = LINES[1].replace('"title":"Record 1"', '"title":"' + "x" * 200_000 + '"')
    path = write(tmp_path, "\n".join([LINES[0], long_line, LINES[2]]) + "\n")
    limit = len(LINES[0].encode("utf-8")) + 10
    values, error = read_until_error(path, limits=Limits(max_bytes=limit))
    assert values == RECORDS[:1]
    assert type(error) is InvalidJSONError
    assert error.line == 2
    size = len(long_line.encode("utf-8"))
    assert [(p.path, p.message) for p in error.problems] == [
        ("$", f"line is {size} bytes, over the limit of {limit} bytes")
    ]
    # Without a final newline too, and from a binary file object.
    values, error = read_until_error(
        io.BytesIO((LINES[0] + "\n" + long_line).encode()), limits=Limits(max_bytes=limit)
    )
    assert (values, error.line) == (RECORDS[:1], 2)


@pytest.mark.usefixtures("backend")
def test_line_results_go_on_after_bad_lines(tmp_path: Path) -> None:
    path = write(tmp_path, "\n".join([LINES[0], "[]", "", "{", LINES[3]]))
    numbered = list(line_results(path))
    assert [number for number, _ in numbered] == [1, 2, 4, 5]  # the blank line 3 is skipped
    results = [item for _, item in numbered]
    assert results[0] == RECORDS[0]
    assert isinstance(results[1], RecordError)
    assert results[1].line == 2
    assert isinstance(results[2], InvalidJSONError)
    assert results[2].line == 4
    assert results[3] == RECORDS[3]
    assert len(results) == 4


def test_other_model_types_and_leniency_per_line(tmp_path: Path) -> None:
    path = write(tmp_path, '{"start": 0, "end": 1}\n{"start": 2, "end": 3, "note": "x"}\n')
    with pytest.warns(IgnoredKeysWarning, match=r"\$\.note"):
        assert list(iter_jsonl(path, Span, lenient=True)) == [Span(start=0, end=1), Span(start=2, end=3)]
    values, error = read_until_error(path, cls=Span)
    assert values == [Span(start=0, end=1)]
    assert error.line == 2
    assert error.problems[0].path == "$.note"


def test_what_is_not_a_line_source() -> None:
    with pytest.raises(TypeError, match="not the bytes themselves"):
        next(iter_jsonl(LINES[0].encode()))
    values, error = read_until_error([LINES[0], 42])
    assert (values, error.line, type(error)) == (RECORDS[:1], 2, InvalidJSONError)
    assert error.problems[0].message == "expected a line as str or bytes, got int"
    with pytest.raises(FileNotFoundError):
        next(iter_jsonl(Path("/nonexistent/records.jsonl")))


# dump_jsonl.


@pytest.mark.usefixtures("backend")
def test_dump_jsonl_writes_one_canonical_line_per_record(tmp_path: Path) -> None:
    binary = io.BytesIO()
    assert dump_jsonl(RECORDS, binary) == 4
    assert binary.getvalue().decode("utf-8") == "".join(line + "\n" for line in LINES)
    text = io.StringIO()
    assert dump_jsonl(iter(RECORDS), text) == 4
    assert text.getvalue() == binary.getvalue().decode("utf-8")
    path = tmp_path / "out.jsonl"
    with path.open("wb") as fp:
        dump_jsonl(RECORDS, fp)
    with path.open("w", encoding="utf-8") as fp:
        dump_jsonl(RECORDS[:1], fp)
    assert path.read_text(encoding="utf-8") == LINES[0] + "\n"
    assert dump_jsonl([], io.BytesIO()) == 0


@pytest.mark.usefixtures("backend")
def test_dump_jsonl_takes_a_path_as_iter_jsonl_does(tmp_path: Path) -> None:
    path = tmp_path / "by_path.jsonl"
    path.write_text("an older file, truncated\n", encoding="utf-8")
    assert dump_jsonl(RECORDS, path) == 4
    assert path.read_bytes() == "".join(line + "\n" for line in LINES).encode("utf-8")
    assert dump_jsonl(RECORDS[:1], str(path)) == 1
    assert list(iter_jsonl(str(path))) == RECORDS[:1]


@settings(max_examples=15, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(bst.records(max_items=2, max_text_size=80), max_size=4))
def test_dump_jsonl_then_iter_jsonl_round_trips(tmp_path: Path, records: list[Record]) -> None:
    path = tmp_path / "round.jsonl"
    with path.open("wb") as fp:
        assert dump_jsonl(records, fp) == len(records)
    # Text made of any characters never breaks a line: JSON escapes newlines in strings.
    assert path.read_bytes().count(b"\n") == len(records)
    assert list(iter_jsonl(path)) == records
