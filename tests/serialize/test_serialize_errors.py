"""
Every bilateral error pickles and unpickles equal: class, problems, line, message.

Errors cross process boundaries (``extract --jobs``, Dask workers), so what the reader
raised in a worker must arrive whole. The errors here are the ones serialization really
raises (from `loads`, `iter_jsonl`, `dumps`), plus hand-built ones with every field set.
"""

from __future__ import annotations

import copy
import pickle
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bilateral.errors import BilateralError, InvalidJSONError, Problem, RecordError, TextError
from bilateral.serialize import dumps, iter_jsonl, loads

ROOT = Path(__file__).resolve().parents[2]
LINE = dumps(loads((ROOT / "examples" / "petro_trump.json").read_bytes()))

PROTOCOLS = range(2, pickle.HIGHEST_PROTOCOL + 1)


def raised(data: str | bytes) -> RecordError:
    with pytest.raises(RecordError) as info:
        loads(data)
    return info.value


def real_errors() -> dict[str, BilateralError]:
    several = LINE.replace('"title":"', '"title":1,"x":"', 1).replace('"medium":"in_person"', '"medium":7')
    jsonl_error: RecordError | None = None
    try:
        list(iter_jsonl([LINE, "", "{"]))
    except RecordError as error:
        jsonl_error = error
    assert jsonl_error is not None
    return {
        "invalid JSON": raised(b"\xef\xbb\xbf{}"),
        "not a record": raised("[]"),
        "several problems": raised(several),
        "too deep": raised("[" * 1000),
        "jsonl line": jsonl_error,
        "text": TextError("no meeting found", "Petro met Trump.\nThey talked.", (0, 5)),
    }


def same(a: BaseException, b: BaseException) -> None:
    assert type(a) is type(b)
    assert a.args == b.args
    assert str(a) == str(b)
    if isinstance(a, RecordError):
        assert isinstance(b, RecordError)
        assert (b.problems, b.line) == (a.problems, a.line)
        assert all(type(p) is Problem for p in b.problems)
    if isinstance(a, TextError):
        assert isinstance(b, TextError)
        assert (b.message, b.source, b.span) == (a.message, a.source, a.span)


@pytest.mark.parametrize("name", list(real_errors()))
@pytest.mark.parametrize("protocol", PROTOCOLS)
def test_real_errors_pickle_and_copy_whole(name: str, protocol: int) -> None:
    error = real_errors()[name]
    same(error, pickle.loads(pickle.dumps(error, protocol=protocol)))  # noqa: S301 - our own bytes
    same(error, copy.deepcopy(error))


def test_the_real_errors_are_what_they_claim() -> None:
    errors = real_errors()
    assert type(errors["invalid JSON"]) is InvalidJSONError
    assert type(errors["not a record"]) is RecordError
    assert len(getattr(errors["several problems"], "problems", ())) == 3
    jsonl = errors["jsonl line"]
    assert isinstance(jsonl, InvalidJSONError)
    assert jsonl.line == 3
    assert str(jsonl).startswith("line 3: invalid JSON")


_TEXT = st.text(st.characters(exclude_categories=["Cs"]), max_size=30)
_PROBLEMS = st.lists(
    st.builds(Problem, st.from_regex(r"\$(\.[a-z]+|\[[0-9]\])*", fullmatch=True), _TEXT), min_size=1
)


@given(st.sampled_from([RecordError, InvalidJSONError]), _PROBLEMS, st.none() | st.integers(1, 10**9))
def test_any_record_error_pickles_equal(
    cls: type[RecordError], problems: list[Problem], line: int | None
) -> None:
    error = cls(problems, line=line)
    again = pickle.loads(pickle.dumps(error))  # noqa: S301 - our own bytes
    same(error, again)
    moved = again.with_line(7)
    assert (type(moved), moved.problems, moved.line) == (cls, error.problems, 7)
    same(moved, pickle.loads(pickle.dumps(moved)))  # noqa: S301 - our own bytes


@given(_TEXT, _TEXT, st.integers(0, 40), st.integers(0, 40))
def test_any_text_error_pickles_equal(message: str, source: str, start: int, length: int) -> None:
    error = TextError(message, source, (start, start + length))
    same(error, pickle.loads(pickle.dumps(error)))  # noqa: S301 - our own bytes


def test_errors_are_caught_as_what_callers_expect() -> None:
    error = raised("{")
    assert isinstance(error, InvalidJSONError)
    assert isinstance(error, RecordError)
    assert isinstance(error, BilateralError)
    assert isinstance(error, ValueError)  # code that catches ValueError around parsing still works
    assert isinstance(TextError("m", "s", (0, 1)), ValueError)
