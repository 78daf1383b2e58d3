"""
Strict reading (DESIGN section 4): wrong input is rejected with its exact path and a clear message.

The base payload is the golden full record (`golden/full_record.json`): every field is
set, so every field kind can be broken in place. Each row of `CASES` puts one wrong value
at one place and states the one problem `loads` must report: where (the exact JSON path)
and what (the exact message). The table runs with both JSON backends and with and
without ``lenient``: leniency forgives unknown keys and nothing else.

Paths: ``.name`` for an object member, ``[i]`` for an array item. A problem about a key
(missing, unknown) is located at the key's own path. Paths are written out literally
in the table, not computed, so the spelling is pinned too.

The model has no boolean field: booleans are tested where ints, strings, enums, arrays
and objects belong, which is where a lax reader would coerce them.
"""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bilateral.errors import IgnoredKeysWarning, InvalidJSONError, Problem, RecordError
from bilateral.model import SCHEMA_VERSION, Record, Span, TimeExpression
from bilateral.serialize import MIGRATIONS, converter, dumps, loads, make_converter, migrate, structure

if TYPE_CHECKING:
    from collections.abc import Callable

GOLDEN = Path(__file__).resolve().parent / "golden" / "full_record.json"
BASE: dict[str, Any] = json.loads(GOLDEN.read_bytes())
RECORD = loads(GOLDEN.read_bytes())

_STEP_RE = re.compile(r"\.([A-Za-z_][A-Za-z0-9_]*)|\[([0-9]+)\]")


def steps(path: str) -> list[str | int]:
    """``$.a[0].b`` -> ``["a", 0, "b"]`` (identifier keys and indexes only)."""
    assert path.startswith("$")
    out: list[str | int] = []
    rest = path[1:]
    while rest:
        match = _STEP_RE.match(rest)
        assert match is not None, path
        out.append(match[1] if match[1] is not None else int(match[2]))
        rest = rest[match.end() :]
    return out


def put(payload: Any, path: str, value: Any) -> Any:
    """A deep copy of *payload* with *value* at *path*."""
    out = copy.deepcopy(payload)
    *parents, last = steps(path)
    node = out
    for step in parents:
        node = node[step]
    node[last] = value
    return out


def problems_of(data: str | bytes, *, lenient: bool = False, cls: Any = Record) -> list[tuple[str, str]]:
    with pytest.raises(RecordError) as info:
        loads(data, cls, lenient=lenient)
    assert type(info.value) is RecordError  # valid JSON: never an InvalidJSONError
    return [(p.path, p.message) for p in info.value.problems]


class Case(NamedTuple):
    """Put *value* at *where*; `loads` reports *message* at *at* (default: *where*)."""

    where: str
    value: Any
    message: str
    at: str | None = None
    #: The problem is an unknown key, which ``lenient`` ignores.
    unknown_key: bool = False


DATE = "a date YYYY-MM-DD"
DATETIME = "a date YYYY-MM-DD or an RFC 3339 datetime with an offset (YYYY-MM-DDTHH:MM:SS+HH:MM)"
MEDIUMS = "'in_person', 'phone', 'video', 'unknown'"
WEEKDAYS = "'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'"
ACTOR_KINDS = "'person', 'organization', 'country', 'group'"
ACTORS = "one of Person, Organization, Country, Group"
OUTCOME_KINDS = "'agreement', 'invitation', 'proposal', 'commitment', 'disagreement'"

CASES: dict[str, Case] = {
    # str
    "str <- int": Case("$.source.text", 5, "expected str, got int (5)"),
    "str <- float": Case("$.source.text", 1.5, "expected str, got float (1.5)"),
    "str <- bool": Case("$.source.text", True, "expected str, got bool (true)"),
    "str <- null (required)": Case("$.source.text", None, "expected str, got null"),
    "str <- array": Case("$.source.text", ["a"], "expected str, got array"),
    "str <- object": Case("$.source.text", {}, "expected str, got object"),
    "str <- empty (non-empty field)": Case(
        "$.actors[0].name", "", "'name' must be a non-empty string (got '')"
    ),
    "str <- blank (non-empty field)": Case(
        "$.actors[0].name", " \t", "'name' must be a non-empty string (got ' \\t')"
    ),
    "country code <- lower case": Case(
        "$.actors[0].country",
        "vn",
        "'country' must be an ISO 3166-1 alpha-2 code such as 'CO' (got 'vn')",
    ),
    # optional str
    "optional str <- int": Case("$.source.title", 7, "expected str, got int (7)"),
    "optional str <- false": Case("$.source.title", False, "expected str, got bool (false)"),
    "optional str <- array": Case("$.source.title", [], "expected str, got array"),
    "optional str <- empty": Case(
        "$.source.authors[0].role", "", "'role' must be a non-empty string (got '')"
    ),
    # int
    "int <- str": Case("$.source.body[0].start", "3", "expected int, got str ('3')"),
    "int <- integral float": Case("$.source.body[0].start", 3.0, "expected int, got float (3.0)"),
    "int <- float": Case("$.source.body[0].start", 3.5, "expected int, got float (3.5)"),
    "int <- true": Case("$.source.body[0].start", True, "expected int, got bool (true)"),
    "int <- false": Case("$.meetings[0].duration.seconds", False, "expected int, got bool (false)"),
    "int <- null (required)": Case("$.source.body[0].end", None, "expected int, got null"),
    "int <- array": Case("$.source.body[0].end", [1], "expected int, got array"),
    "int <- 2**63": Case(
        "$.meetings[0].duration.seconds",
        2**63,
        "integer does not fit in 64 bits (got int (9223372036854775808))",
    ),
    "int <- 2**64": Case(
        "$.meetings[0].date.year", 2**64, "integer does not fit in 64 bits (got int (18446744073709551616))"
    ),
    "int <- -2**63 - 1": Case(
        "$.meetings[0].date.year",
        -(2**63) - 1,
        "integer does not fit in 64 bits (got int (-9223372036854775809))",
    ),
    "int <- -2**63 (fits, out of the field's range)": Case(
        "$.meetings[0].date.year",
        -(2**63),
        "'year' must be between 1 and 9999 (got -9223372036854775808)",
    ),
    "int <- negative offset": Case(
        "$.source.body[0].start", -1, "'start' must be between 0 and 2**63-1 (got -1)"
    ),
    "int <- a 60-digit integer": Case(
        "$.meetings[0].duration.seconds",
        10**59,
        "integer does not fit in 64 bits (got int (an integer of 60 digits))",
    ),
    # optional int
    "optional int <- str": Case("$.meetings[0].date.month", "3", "expected int, got str ('3')"),
    "optional int <- float": Case("$.meetings[0].date.day", 11.0, "expected int, got float (11.0)"),
    "optional int <- bool": Case("$.meetings[0].date.year", True, "expected int, got bool (true)"),
    # date
    "date <- int": Case("$.meetings[0].date.start", 20250311, f"expected str ({DATE}), got int (20250311)"),
    "date <- one-digit month": Case(
        "$.meetings[0].date.start", "2025-3-11", f"expected {DATE}, got '2025-3-11'"
    ),
    "date <- compact": Case("$.meetings[0].date.start", "20250311", f"expected {DATE}, got '20250311'"),
    "date <- week date": Case("$.meetings[0].date.start", "2025-W11-2", f"expected {DATE}, got '2025-W11-2'"),
    "date <- ordinal date": Case("$.meetings[0].date.start", "2025-070", f"expected {DATE}, got '2025-070'"),
    "date <- non-ASCII digits": Case(
        "$.meetings[0].date.start", "\u0662\u0660\u0662\u0665-03-11", f"expected {DATE}, got '٢٠٢٥-03-11'"
    ),
    "date <- datetime": Case(
        "$.meetings[0].date.start",
        "2025-03-11T00:00:00+00:00",
        f"expected {DATE}, got '2025-03-11T00:00:00+00:00'",
    ),
    "date <- no such day": Case(
        "$.meetings[0].date.start", "2025-02-30", "invalid date '2025-02-30': day is out of range for month"
    ),
    # a date or an aware datetime: Source.published
    "datetime <- naive": Case(
        "$.source.published",
        "2025-03-12T08:30:15",
        "datetime without a UTC offset: '2025-03-12T08:30:15' (add 'Z' or '+HH:MM')",
    ),
    "datetime <- naive with fraction": Case(
        "$.source.published",
        "2025-03-12T08:30:15.25",
        "datetime without a UTC offset: '2025-03-12T08:30:15.25' (add 'Z' or '+HH:MM')",
    ),
    "datetime <- space for T": Case(
        "$.source.published",
        "2025-03-12 08:30:15+07:00",
        f"expected {DATETIME}, got '2025-03-12 08:30:15+07:00'",
    ),
    "datetime <- lower-case t": Case(
        "$.source.published",
        "2025-03-12t08:30:15+07:00",
        f"expected {DATETIME}, got '2025-03-12t08:30:15+07:00'",
    ),
    "datetime <- no seconds": Case(
        "$.source.published", "2025-03-12T08:30+07:00", f"expected {DATETIME}, got '2025-03-12T08:30+07:00'"
    ),
    "datetime <- seven fraction digits": Case(
        "$.source.published",
        "2025-03-12T08:30:15.1234567Z",
        f"expected {DATETIME}, got '2025-03-12T08:30:15.1234567Z'",
    ),
    "datetime <- offset without colon": Case(
        "$.source.published",
        "2025-03-12T08:30:15+0700",
        f"expected {DATETIME}, got '2025-03-12T08:30:15+0700'",
    ),
    "datetime <- offset hours only": Case(
        "$.source.published", "2025-03-12T08:30:15+07", f"expected {DATETIME}, got '2025-03-12T08:30:15+07'"
    ),
    "datetime <- offset with seconds": Case(
        "$.source.published",
        "2025-03-12T08:30:15+07:00:30",
        f"expected {DATETIME}, got '2025-03-12T08:30:15+07:00:30'",
    ),
    "datetime <- offset minute 99": Case(
        "$.source.published",
        "2025-03-12T08:30:15+07:99",
        f"expected {DATETIME}, got '2025-03-12T08:30:15+07:99'",
    ),
    "datetime <- offset hour 24": Case(
        "$.source.published",
        "2025-03-12T08:30:15+24:00",
        f"expected {DATETIME}, got '2025-03-12T08:30:15+24:00'",
    ),
    "datetime <- trailing space": Case(
        "$.source.published", "2025-03-12T08:30:15Z ", f"expected {DATETIME}, got '2025-03-12T08:30:15Z '"
    ),
    "datetime <- hour 24": Case(
        "$.source.published",
        "2025-03-12T24:00:00Z",
        "invalid date '2025-03-12T24:00:00Z': hour must be in 0..23",
    ),
    "datetime <- leap second": Case(
        "$.source.published",
        "2016-12-31T23:59:60Z",
        "invalid date '2016-12-31T23:59:60Z': second must be in 0..59",
    ),
    "datetime <- unix time": Case(
        "$.source.published", 1741743015, f"expected str ({DATETIME}), got int (1741743015)"
    ),
    # enum
    "enum <- upper case": Case(
        "$.meetings[0].medium", "IN_PERSON", f"expected one of {MEDIUMS}, got 'IN_PERSON'"
    ),
    "enum <- words for the value": Case(
        "$.meetings[0].medium", "in person", f"expected one of {MEDIUMS}, got 'in person'"
    ),
    "enum <- int": Case("$.meetings[0].medium", 1, f"expected str (one of {MEDIUMS}), got int (1)"),
    "enum <- null (not optional)": Case(
        "$.meetings[0].medium", None, f"expected str (one of {MEDIUMS}), got null"
    ),
    "enum <- array": Case("$.meetings[0].medium", ["phone"], f"expected str (one of {MEDIUMS}), got array"),
    "optional enum <- lower case": Case(
        "$.meetings[0].date.weekday", "tuesday", f"expected one of {WEEKDAYS}, got 'tuesday'"
    ),
    "optional enum <- float": Case(
        "$.meetings[0].date.weekday", 2.0, f"expected str (one of {WEEKDAYS}), got float (2.0)"
    ),
    # tuple
    "array <- str": Case("$.actors[0].aliases", "C", "expected array, got str ('C')"),
    "array <- object": Case("$.actors[0].aliases", {"0": "C"}, "expected array, got object"),
    "array <- null": Case("$.meetings[0].topics", None, "expected array, got null"),
    "array of objects <- str": Case("$.actors", "x", "expected array, got str ('x')"),
    "array item <- int": Case("$.meetings[0].topics[1]", 5, "expected str, got int (5)"),
    "array item <- null": Case("$.meetings[0].topics[1]", None, "expected str, got null"),
    "array item <- float": Case("$.claims[0].about[2]", 0.5, "expected str, got float (0.5)"),
    "set-like array <- repeated item": Case(
        "$.meetings[0].topics", ["trade", "trade"], "'topics' must not repeat items (repeated: 'trade')"
    ),
    "participants <- one": Case(
        "$.meetings[0].participants", ["luong-cuong"], "'participants' must name at least two actors (got 1)"
    ),
    "content <- empty": Case("$.statements[0].content", [], "'content' must hold at least one span"),
    # nested class, optional nested class
    "object <- array": Case("$.source", [], "expected object (Source), got array"),
    "object <- null (required)": Case("$.source", None, "expected object (Source), got null"),
    "optional object <- str": Case(
        "$.meetings[0].duration", "90 minutes", "expected object (Duration), got str ('90 minutes')"
    ),
    "optional object <- int": Case("$.extraction", 1, "expected object (Extraction), got int (1)"),
    "optional object <- array": Case("$.meetings[0].date", [], "expected object (TimeExpression), got array"),
    "object item <- bool": Case("$.source.authors[1]", False, "expected object (Author), got bool (false)"),
    # tagged union
    "union <- str": Case(
        "$.actors[0]", "luong-cuong", f"expected object ({ACTORS}), got str ('luong-cuong')"
    ),
    "union <- null": Case("$.actors[0]", None, f"expected object ({ACTORS}), got null"),
    "union kind <- unknown": Case("$.actors[0].kind", "robot", f"expected one of {ACTOR_KINDS}, got 'robot'"),
    "union kind <- wrong case": Case(
        "$.actors[0].kind", "Person", f"expected one of {ACTOR_KINDS}, got 'Person'"
    ),
    "union kind <- null": Case("$.actors[0].kind", None, f"expected str (one of {ACTOR_KINDS}), got null"),
    "union kind <- int": Case("$.actors[0].kind", 0, f"expected str (one of {ACTOR_KINDS}), got int (0)"),
    "union kind <- another kind": Case(
        "$.actors[0].kind",
        "country",
        "unknown key 'roles' (Country has no such field)",
        at="$.actors[0].roles",
        unknown_key=True,
    ),
    "outcome kind <- unknown": Case(
        "$.meetings[0].outcomes[0].kind", "treaty", f"expected one of {OUTCOME_KINDS}, got 'treaty'"
    ),
    # span
    "span <- array": Case("$.meetings[0].evidence[0]", [0, 5], "expected object (Span), got array"),
    "span <- str": Case("$.meetings[0].evidence[0]", "0..5", "expected object (Span), got str ('0..5')"),
    "span <- null": Case("$.meetings[0].evidence[0]", None, "expected object (Span), got null"),
    "span <- reversed": Case(
        "$.meetings[0].evidence[0]",
        {"start": 9, "end": 3},
        "Span end must not precede its start (got start=9, end=3)",
    ),
    "span <- beyond the text": Case(
        "$.meetings[0].evidence[0]",
        {"start": 0, "end": 10**6},
        "span 0..1000000 lies outside the source text (length 451)",
    ),
    "span end <- float": Case("$.statements[0].cue.end", 12.0, "expected int, got float (12.0)"),
    "optional span <- array": Case("$.statements[0].cue", [1, 2], "expected object (Span), got array"),
    # cross-field and cross-record checks
    # The model's message names both fields; the first one named is blamed.
    "start without end": Case(
        "$.meetings[0].date.end",
        None,
        "'start' and 'end' must both be set or both be None",
        at="$.meetings[0].date.start",
    ),
    "host not a participant": Case(
        "$.meetings[0].host", "vietnam", "'host' must be one of the participants (got 'vietnam')"
    ),
    "reference to no actor": Case("$.meetings[0].participants[1]", "nobody", "unknown actor id 'nobody'"),
}


@pytest.mark.parametrize("lenient", [False, True], ids=["strict", "lenient"])
@pytest.mark.parametrize("name", list(CASES))
@pytest.mark.usefixtures("backend")
def test_a_wrong_value_is_rejected_at_its_path(name: str, lenient: bool) -> None:
    case = CASES[name]
    payload = put(BASE, case.where, case.value)
    if lenient and case.unknown_key:
        # Accepted, but not silently: the warning names what was ignored, where.
        with pytest.warns(IgnoredKeysWarning) as caught:
            assert loads(json.dumps(payload), lenient=True) is not None
        assert [w.message.problems for w in caught] == [(Problem(case.at or case.where, case.message),)]  # type: ignore[union-attr]
        return
    assert problems_of(json.dumps(payload), lenient=lenient) == [(case.at or case.where, case.message)]
    # structure() on the decoded payload says the same as loads() on the text.
    with pytest.raises(RecordError) as info:
        structure(payload, Record, lenient=lenient)
    assert info.value.problems == (Problem(case.at or case.where, case.message),)


@pytest.mark.usefixtures("backend")
def test_the_base_payload_is_valid() -> None:
    assert loads(json.dumps(BASE)) == RECORD
    assert loads(json.dumps(BASE), lenient=True) == RECORD


def test_floats_are_rejected_wherever_they_appear() -> None:
    # Integral floats too: 1.0 is not 1 on this wire.
    for path, value in _leaves(BASE):
        if path == "$.schema_version":
            continue
        wrong = 2.0 if isinstance(value, int) else 0.5
        problems = problems_of(json.dumps(put(BASE, path, wrong)))
        assert [p for p, _ in problems] == [path], path
        assert problems[0][1].endswith(f"got float ({wrong!r})"), problems


def _leaves(node: Any, path: str = "$") -> list[tuple[str, Any]]:
    """(path, value) of every string, integer and null inside a payload."""
    if isinstance(node, dict):
        return [leaf for key, value in node.items() for leaf in _leaves(value, f"{path}.{key}")]
    if isinstance(node, list):
        return [leaf for i, value in enumerate(node) for leaf in _leaves(value, f"{path}[{i}]")]
    return [(path, node)]


# Several problems at once.


def test_every_problem_is_reported_in_one_error_in_document_order() -> None:
    payload = BASE
    for case in (
        Case("$.source.title", 5, "expected str, got int (5)"),
        Case("$.source.published", "2025-03-12T08:30:15", ""),
        Case("$.actors[0].name", None, "expected str, got null"),
        Case("$.actors[5].members", "alexander-stubb", ""),
        Case("$.meetings[0].medium", "IN_PERSON", ""),
        Case("$.meetings[0].outcomes[4].kind", "treaty", ""),
        Case("$.statements[0].cue.start", True, "expected int, got bool (true)"),
        Case("$.extraction.stages[1]", 1.5, "expected str, got float (1.5)"),
    ):
        payload = put(payload, case.where, case.value)
    problems = problems_of(json.dumps(payload))
    assert [path for path, _ in problems] == [
        "$.source.title",
        "$.source.published",
        "$.actors[0].name",
        "$.actors[5].members",
        "$.meetings[0].medium",
        "$.meetings[0].outcomes[4].kind",
        "$.statements[0].cue.start",
        "$.extraction.stages[1]",
    ]
    assert problems[0][1] == "expected str, got int (5)"
    assert problems[6][1] == "expected int, got bool (true)"


def test_missing_keys_and_unknown_keys_are_all_reported() -> None:
    payload = copy.deepcopy(BASE)
    del payload["source"]["text"]
    del payload["meetings"][0]["participants"]
    del payload["statements"][0]["content"]
    payload["places"][1]["area"] = 3
    payload["actors"][2]["Kind"] = "organization"
    problems = problems_of(json.dumps(payload))
    assert problems == [
        ("$.source.text", "missing required key 'text'"),
        ("$.actors[2].Kind", "unknown key 'Kind' (Organization has no such field)"),
        ("$.places[1].area", "unknown key 'area' (Place has no such field)"),
        ("$.meetings[0].participants", "missing required key 'participants'"),
        ("$.statements[0].content", "missing required key 'content'"),
    ]


# Not the tags: a member whose "kind" is wrong is not checked further (which class would
# its fields be checked against?), so a broken tag hides the other problems in its object.
LEAVES = [
    (path, value)
    for path, value in _leaves(BASE)
    if path != "$.schema_version" and not path.endswith(".kind") and value is not None
]


@settings(max_examples=40)
@given(st.sets(st.sampled_from(range(len(LEAVES))), min_size=2, max_size=6))
def test_several_wrong_leaves_give_one_problem_each(chosen: set[int]) -> None:
    payload = BASE
    expected = set()
    for i in chosen:
        path, value = LEAVES[i]
        payload = put(payload, path, 1.5 if isinstance(value, str) else "1")
        expected.add(path)
    problems = problems_of(json.dumps(payload))
    assert {path for path, _ in problems} == expected
    assert len(problems) == len(expected)


def test_a_tagged_union_member_reports_a_missing_kind_at_the_kind() -> None:
    payload = copy.deepcopy(BASE)
    del payload["actors"][3]["kind"]
    del payload["meetings"][0]["outcomes"][2]["kind"]
    assert problems_of(json.dumps(payload)) == [
        ("$.actors[3].kind", f"missing required key 'kind' (one of {ACTOR_KINDS})"),
        ("$.meetings[0].outcomes[2].kind", f"missing required key 'kind' (one of {OUTCOME_KINDS})"),
    ]


def test_odd_keys_are_quoted_in_paths_so_the_message_prints() -> None:
    payload = copy.deepcopy(BASE)
    payload["source"]['a "b"\n'] = 1
    payload["source"]["\u00e9t\u00e9"] = 1
    problems = problems_of(json.dumps(payload))
    assert [path for path, _ in problems] == ['$.source["a \\"b\\"\\n"]', '$.source["\u00e9t\u00e9"]']
    for path, message in problems:
        (path + message).encode("utf-8")  # printable: no lone surrogate, no raw newline in the path
        assert "\n" not in path


def test_loads_reads_other_model_types_strictly_too() -> None:
    assert loads('{"start": 1, "end": 2}', Span) == Span(start=1, end=2)
    assert problems_of('{"start": 1, "end": 2.0}', cls=Span) == [("$.end", "expected int, got float (2.0)")]
    assert problems_of('{"start": 1}', cls=Span) == [("$.end", "missing required key 'end'")]
    assert problems_of('{"start": 1, "end": 2, "len": 1}', cls=Span) == [
        ("$.len", "unknown key 'len' (Span has no such field)")
    ]
    with pytest.warns(IgnoredKeysWarning, match=r"\$\.len"):
        assert loads('{"start": 1, "end": 2, "len": 1}', Span, lenient=True) == Span(start=1, end=2)
    assert problems_of("[1, 2]", cls=Span) == [("$", "expected object (Span), got array")]
    assert problems_of('{"text": "May", "month": "5"}', cls=TimeExpression) == [
        ("$.month", "expected int, got str ('5')")
    ]
    spans = loads('[{"start": 0, "end": 1}]', tuple[Span, ...])
    assert spans == (Span(start=0, end=1),)
    assert problems_of('[{"start": 0, "end": 1}, {"start": "0", "end": 1}]', cls=tuple[Span, ...]) == [
        ("$[1].start", "expected int, got str ('0')")
    ]


# Lenient: unknown keys only.

UNKNOWN_KEYS = (
    "$.comment",
    "$.source.encoding",
    "$.source.authors[0].email",
    "$.actors[0].gender",
    "$.actors[5].size",
    "$.places[0].population",
    "$.meetings[0].date.timezone",
    "$.meetings[0].outcomes[3].amount",
    "$.statements[0].cue.length",
    "$.extraction.host",
)


@pytest.mark.usefixtures("backend")
def test_unknown_keys_are_errors_unless_lenient() -> None:
    payload = BASE
    for i, path in enumerate(UNKNOWN_KEYS):
        payload = put(payload, path, [i, {"nested": None}])
    text = json.dumps(payload)
    problems = problems_of(text)
    assert [path for path, _ in problems] == list(UNKNOWN_KEYS)
    assert problems[1] == ("$.source.encoding", "unknown key 'encoding' (Source has no such field)")
    assert problems[0] == ("$.comment", "unknown key 'comment' (Record has no such field)")
    lenient_reads: list[Callable[[], object]] = [
        lambda: loads(text, lenient=True),
        lambda: structure(payload, lenient=True),
        lambda: make_converter(forbid_extra_keys=False).structure(payload, Record),
    ]
    for read in lenient_reads:
        with pytest.warns(IgnoredKeysWarning) as caught:
            value = read()
        assert value == RECORD
        [warning] = caught
        assert isinstance(warning.message, IgnoredKeysWarning)
        assert [p.path for p in warning.message.problems] == list(UNKNOWN_KEYS)
        assert warning.filename == __file__  # it points at the caller, not into bilateral
    with pytest.raises(RecordError) as info:
        converter.structure(payload, Record)
    assert [p.path for p in info.value.problems] == list(UNKNOWN_KEYS)


@pytest.mark.usefixtures("backend")
def test_lenient_still_reports_everything_but_unknown_keys() -> None:
    payload = put(BASE, "$.source.encoding", "utf-8")
    payload = put(payload, "$.source.title", 1)
    payload = put(payload, "$.meetings[0].status", "HELD")
    assert [p for p, _ in problems_of(json.dumps(payload), lenient=True)] == [
        "$.source.title",
        "$.meetings[0].status",
    ]
    # Missing keys are not "unknown keys": lenient does not forgive them.
    del payload["source"]["text"]
    assert "$.source.text" in [p for p, _ in problems_of(json.dumps(payload), lenient=True)]


def test_lenient_does_not_relax_json_itself() -> None:
    text = json.dumps(BASE)
    with pytest.raises(InvalidJSONError):
        loads(text.replace('"schema_version": 1', '"schema_version": 1, "schema_version": 1'), lenient=True)
    with pytest.raises(InvalidJSONError):
        loads(text.replace('"seconds": 5400', '"seconds": NaN'), lenient=True)


# schema_version and migrations.


@pytest.mark.parametrize(
    ("version", "message"),
    [
        ("1", "expected int (the format version, 1), got str ('1')"),
        (True, "expected int (the format version, 1), got bool (true)"),
        (1.0, "expected int (the format version, 1), got float (1.0)"),
        (None, "expected int (the format version, 1), got null"),
        ([1], "expected int (the format version, 1), got array"),
        (2, "schema_version 2 is newer than this bilateral reads (1): upgrade bilateral"),
        (2**70, f"schema_version {2**70} is newer than this bilateral reads (1): upgrade bilateral"),
        (0, "unknown schema_version 0: no migration from version 0 (current: 1)"),
        (-3, "unknown schema_version -3: no migration from version -3 (current: 1)"),
    ],
)
@pytest.mark.usefixtures("backend")
def test_a_bad_schema_version_is_rejected_at_its_path(version: Any, message: str) -> None:
    payload = put(BASE, "$.schema_version", version)
    assert problems_of(json.dumps(payload)) == [("$.schema_version", message)]
    assert problems_of(json.dumps(payload), lenient=True) == [("$.schema_version", message)]


@pytest.mark.usefixtures("backend")
def test_a_missing_schema_version_is_rejected_at_its_path() -> None:
    payload = copy.deepcopy(BASE)
    del payload["schema_version"]
    message = (
        "missing required key 'schema_version': a record says which version of the format it uses "
        "(this bilateral writes 1)"
    )
    assert problems_of(json.dumps(payload)) == [("$.schema_version", message)]


def test_records_are_written_with_the_current_version_first() -> None:
    assert SCHEMA_VERSION == 1
    assert dumps(RECORD).startswith('{"schema_version":1,')


def _v0(record_payload: dict[str, Any]) -> dict[str, Any]:
    """A synthetic version 0 of the format: "article" for "source", offsets as [start, end]."""
    out = copy.deepcopy(record_payload)
    out["schema_version"] = 0
    source = out.pop("source")
    source["body"] = [[s["start"], s["end"]] for s in source["body"]]
    out["article"] = source
    return out


def _v0_to_v1(payload: dict[str, Any]) -> dict[str, Any]:
    source = payload.pop("article")
    source["body"] = [{"start": start, "end": end} for start, end in source["body"]]
    # Keys in the current order, so the payload is what version 1 writes.
    return {
        "schema_version": 0,
        "source": source,
        **{k: v for k, v in payload.items() if k != "schema_version"},
    }


@pytest.mark.usefixtures("backend")
def test_an_older_version_is_upgraded_by_its_registered_migration(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(MIGRATIONS, 0, _v0_to_v1)
    old = _v0(BASE)
    before = copy.deepcopy(old)
    assert loads(json.dumps(old)) == RECORD
    assert structure(old) == RECORD
    assert old == before  # the caller's payload is never changed
    upgraded = migrate(old)
    assert upgraded == BASE
    assert migrate(BASE) is BASE  # a current payload is not copied


def test_migrations_chain_from_any_older_version(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []

    def from_minus_one(payload: dict[str, Any]) -> dict[str, Any]:
        calls.append(-1)
        payload["article"] = payload.pop("story")  # version -1 called it "story"
        return payload

    def from_zero(payload: dict[str, Any]) -> dict[str, Any]:
        calls.append(0)
        return _v0_to_v1(payload)

    monkeypatch.setitem(MIGRATIONS, -1, from_minus_one)
    monkeypatch.setitem(MIGRATIONS, 0, from_zero)
    older = _v0(BASE)
    older["story"] = older.pop("article")
    older["schema_version"] = -1
    assert loads(json.dumps(older)) == RECORD
    assert calls == [-1, 0]


@pytest.mark.usefixtures("backend")
def test_a_migration_that_adds_or_drops_keys_still_loads(monkeypatch: pytest.MonkeyPatch) -> None:
    # The fast path checks the number of object members in the text against the keys it
    # read; a migration changes that number, and loading must still succeed.
    def drop_legacy(payload: dict[str, Any]) -> dict[str, Any]:
        del payload["legacy"]
        payload["source"]["x_extra"] = None
        del payload["source"]["x_extra"]
        return payload

    monkeypatch.setitem(MIGRATIONS, 0, drop_legacy)
    old = {**copy.deepcopy(BASE), "schema_version": 0, "legacy": {"a": 1, "b": [{"c": 2}]}}
    assert loads(json.dumps(old)) == RECORD


@pytest.mark.usefixtures("backend")
def test_a_migration_that_breaks_on_a_malformed_old_payload_is_a_record_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(MIGRATIONS, 0, _v0_to_v1)
    malformed = _v0(BASE)
    del malformed["article"]
    problems = problems_of(json.dumps(malformed))
    assert len(problems) == 1
    assert problems[0][0] == "$"
    assert problems[0][1].startswith("cannot upgrade from schema_version 0 to 1: KeyError: 'article'")
    malformed = _v0(BASE)
    malformed["article"]["body"] = [5]  # not a pair: the step cannot unpack it
    assert problems_of(json.dumps(malformed))[0][1].startswith(
        "cannot upgrade from schema_version 0 to 1: TypeError"
    )


@pytest.mark.usefixtures("backend")
def test_after_migration_the_upgraded_payload_is_checked_as_strictly(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(MIGRATIONS, 0, _v0_to_v1)
    old = _v0(BASE)
    old["article"]["title"] = 3
    old["surplus"] = True
    assert problems_of(json.dumps(old)) == [
        ("$.surplus", "unknown key 'surplus' (Record has no such field)"),
        ("$.source.title", "expected str, got int (3)"),
    ]
