"""JSON that is not a record at all is rejected at the root, with what it is instead."""

from __future__ import annotations

import pickle

import pytest

from bilateral.errors import IgnoredKeysWarning, InvalidJSONError, Problem, RecordError
from bilateral.serialize import loads

NOT_A_RECORD = "expected a bilateral record, an object with 'schema_version' and 'source'; got "


@pytest.mark.parametrize(
    ("data", "got"),
    [
        ("{}", "an empty object"),
        ('{"a": 1}', "an object with keys 'a'"),
        ('{"a":1,"b":2,"c":3,"d":4,"e":5,"f":6}', "an object with keys 'a', 'b', 'c', 'd', 'e', ..."),
        ('{"' + "k" * 100 + '": 1}', "an object with keys '" + "k" * 36 + "..."),
    ],
)
def test_an_object_without_record_keys_is_not_a_record(data: str, got: str) -> None:
    with pytest.raises(RecordError) as caught:
        loads(data)
    assert not isinstance(caught.value, InvalidJSONError)
    assert [(p.path, p.message) for p in caught.value.problems] == [("$", NOT_A_RECORD + got)]


def test_a_record_missing_only_its_version_is_told_which_key() -> None:
    with pytest.raises(RecordError) as caught:
        loads('{"source": {"text": ""}}')
    first = caught.value.problems[0]
    assert first.path == "$.schema_version"
    assert first.message.startswith("missing required key 'schema_version'")


def test_the_lenient_warning_pickles_with_its_problems() -> None:
    warning = IgnoredKeysWarning([Problem("$.x", "unknown key 'x' (Record has no such field)")])
    again = pickle.loads(pickle.dumps(warning))  # noqa: S301 - our own bytes
    assert type(again) is IgnoredKeysWarning
    assert again.problems == warning.problems
    assert str(again) == str(warning) == "ignored 1 unknown key(s): $.x"
