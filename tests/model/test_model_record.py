"""`Record` checks what only the whole can: unique ids, resolved references, spans in the text."""

from __future__ import annotations

import pickle
from typing import TYPE_CHECKING, Any

import attrs
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from bilateral.errors import Problem, RecordError
from bilateral.model import (
    Claim,
    Country,
    Duration,
    Group,
    Invitation,
    Meeting,
    Person,
    Place,
    Record,
    Role,
    Source,
    Span,
    Statement,
    TimeExpression,
    Weekday,
)
from bilateral.model.record import _check, _valid
from bilateral.testing import strategies as bst

if TYPE_CHECKING:
    from collections.abc import Iterator

#: A location inside a value: attribute names and tuple indexes.
Path = tuple[str | int, ...]

TEXT = (
    "Colombian President Gustavo Petro met Donald Trump in Cartagena on Tuesday. "
    "Petro said the drugs do not originate in Colombia."
)


def span(words: str, occurrence: int = 0) -> Span:
    start = -1
    for _ in range(occurrence + 1):
        start = TEXT.index(words, start + 1)
    return Span(start=start, end=start + len(words))


def make_record() -> Record:
    return Record(
        source=Source(text=TEXT, body=(Span(start=0, end=len(TEXT)),)),
        actors=(
            Person(
                id="petro",
                name="Gustavo Petro",
                aliases=("Petro",),
                country="CO",
                roles=(Role(title="President", of="colombia"),),
                mentions=(span("Gustavo Petro"), span("Petro", 1)),
            ),
            Person(id="trump", name="Donald Trump", country="US", mentions=(span("Donald Trump"),)),
            Country(id="colombia", name="Colombia", country="CO", mentions=(span("Colombia"),)),
            Group(id="leaders", name="the two leaders", members=("petro", "trump")),
        ),
        places=(Place(id="cartagena", name="Cartagena", country="CO", mentions=(span("Cartagena"),)),),
        meetings=(
            Meeting(
                id="m1",
                participants=("petro", "trump"),
                host="petro",
                place="cartagena",
                date=TimeExpression(text="Tuesday", weekday=Weekday.TUESDAY, mention=span("Tuesday")),
                duration=Duration(seconds=3600, mention=span("Tuesday")),
                outcomes=(Invitation(by=("petro",), to=("trump",), text="visit", evidence=(span("met"),)),),
                evidence=(span("met Donald Trump"),),
            ),
        ),
        statements=(
            Statement(
                id="s1",
                speakers=("petro",),
                speaker_mention=span("Petro", 1),
                cue=span("said"),
                content=(span("the drugs do not originate in Colombia"),),
            ),
        ),
        claims=(
            Claim(
                id="c1",
                claimants=("petro",),
                text="The drugs do not originate in Colombia.",
                about=("colombia", "cartagena"),
                statement="s1",
                evidence=(span("the drugs do not originate in Colombia"),),
            ),
        ),
    )


def problems_of(record: Record, path: Path, value: object) -> tuple[Problem, ...]:
    with pytest.raises(RecordError) as info:
        replace_at(record, path, value)
    return info.value.problems


def replace_at(value: Any, path: Path, new: object) -> Any:
    """*value* with the item at *path* replaced: rebuilds (and re-validates) every level."""
    if not path:
        return new
    head, *rest = path
    if isinstance(head, int):
        items = list(value)
        items[head] = replace_at(items[head], tuple(rest), new)
        return tuple(items)
    return attrs.evolve(value, **{head: replace_at(getattr(value, head), tuple(rest), new)})


def get_at(value: Any, path: Path) -> Any:
    for part in path:
        value = value[part] if isinstance(part, int) else getattr(value, part)
    return value


def json_path(path: Path) -> str:
    return "$" + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in path)


def test_the_example_record_is_valid() -> None:
    record = make_record()
    assert record.actor("petro").name == "Gustavo Petro"
    assert record.text(record.statements[0].cue or Span(start=0, end=0)) == "said"
    with pytest.raises(KeyError):
        record.actor("cartagena")  # a place, not an actor


# Exact paths, one per kind of reference.


@pytest.mark.parametrize(
    ("path", "what"),
    [
        (("actors", 0, "roles", 0, "of"), "actor"),
        (("actors", 3, "members", 1), "actor"),
        (("meetings", 0, "participants", 1), "actor"),
        (("meetings", 0, "place"), "place"),
        (("meetings", 0, "outcomes", 0, "by", 0), "actor"),
        (("meetings", 0, "outcomes", 0, "to", 0), "actor"),
        (("statements", 0, "speakers", 0), "actor"),
        (("claims", 0, "claimants", 0), "actor"),
        (("claims", 0, "about", 1), "actor or place"),
        (("claims", 0, "statement"), "statement"),
    ],
    ids=lambda p: json_path(p) if isinstance(p, tuple) else p,
)
def test_an_unknown_reference_is_reported_at_its_path(path: Path, what: str) -> None:
    assert problems_of(make_record(), path, "nobody") == (
        Problem(json_path(path), f"unknown {what} id 'nobody'"),
    )


@pytest.mark.parametrize(
    ("path", "wrong_kind"),
    [
        (("meetings", 0, "participants", 1), "cartagena"),  # a place where an actor must be
        (("meetings", 0, "place"), "trump"),  # an actor where a place must be
        (("claims", 0, "statement"), "m1"),  # a meeting where a statement must be
        (("claims", 0, "about", 0), "s1"),  # claims are about actors and places only
    ],
)
def test_a_reference_to_the_wrong_kind_of_item_is_unknown(path: Path, wrong_kind: str) -> None:
    (problem,) = problems_of(make_record(), path, wrong_kind)
    assert problem.path == json_path(path)
    assert problem.message.endswith(f" id {wrong_kind!r}")


@pytest.mark.parametrize(
    ("path", "first"),
    [
        (("places", 0, "id"), "$.actors[0].id"),
        (("actors", 1, "id"), "$.actors[0].id"),
        (("meetings", 0, "id"), "$.actors[0].id"),
        (("statements", 0, "id"), "$.actors[0].id"),
        (("claims", 0, "id"), "$.actors[0].id"),
    ],
)
def test_a_duplicate_id_is_reported_where_it_repeats(path: Path, first: str) -> None:
    record = make_record()
    old = get_at(record, path)
    problems = problems_of(record, path, "petro")
    assert problems[0] == Problem(json_path(path), f"duplicate id 'petro' (first used @ {first})")
    # Whatever referred to the renamed item now refers to nothing.
    assert all(p.message.endswith(f" id {old!r}") for p in problems[1:])


def test_ids_are_unique_across_kinds_not_only_within_one() -> None:
    record = make_record()
    problems = problems_of(record, ("claims", 0, "id"), "cartagena")
    assert problems == (Problem("$.claims[0].id", "duplicate id 'cartagena' (first used @ $.places[0].id)"),)


SPAN_PATHS: list[Path] = [
    ("source", "body", 0),
    ("actors", 0, "mentions", 1),
    ("places", 0, "mentions", 0),
    ("meetings", 0, "date", "mention"),
    ("meetings", 0, "duration", "mention"),
    ("meetings", 0, "outcomes", 0, "evidence", 0),
    ("meetings", 0, "evidence", 0),
    ("statements", 0, "speaker_mention"),
    ("statements", 0, "cue"),
    ("statements", 0, "content", 0),
    ("claims", 0, "evidence", 0),
]


@pytest.mark.parametrize("path", SPAN_PATHS, ids=json_path)
def test_a_span_past_the_text_is_reported_at_its_path(path: Path) -> None:
    n = len(TEXT)
    assert problems_of(make_record(), path, Span(start=n - 1, end=n + 1)) == (
        Problem(json_path(path), f"span {n - 1}..{n + 1} lies outside the source text (length {n})"),
    )


@pytest.mark.parametrize("path", SPAN_PATHS, ids=json_path)
def test_a_span_ending_at_the_text_end_is_inside(path: Path) -> None:
    n = len(TEXT)
    assert get_at(replace_at(make_record(), path, Span(start=n, end=n)), path) == Span(start=n, end=n)


def test_spans_count_code_points_not_utf16_units() -> None:
    text = "\U0001f1e8\U0001f1f4 Petro"  # a flag: two code points, four UTF-16 units
    assert len(text) == 8
    Record(source=Source(text=text, body=(Span(start=0, end=8),)))
    with pytest.raises(
        RecordError, match=r"span 0\.\.9 lies outside the source text \(length 8\) @ \$\.source\.body\[0\]"
    ):
        Record(source=Source(text=text, body=(Span(start=0, end=9),)))


def test_every_problem_is_reported_at_once() -> None:
    record = make_record()
    bad = attrs.evolve(record.meetings[0], participants=("petro", "ghost"), place="atlantis")
    with pytest.raises(RecordError) as info:
        attrs.evolve(
            record,
            places=(*record.places, Place(id="petro", name="Petro town")),
            meetings=(bad,),
            source=attrs.evolve(record.source, body=(Span(start=0, end=10_000),)),
        )
    assert [p.path for p in info.value.problems] == [
        "$.source.body[0]",
        "$.places[1].id",
        "$.meetings[0].participants[1]",
        "$.meetings[0].place",
    ]
    assert str(info.value).startswith("4 problems:\n  - span 0..10000 lies outside")


def test_record_errors_pickle() -> None:
    with pytest.raises(RecordError) as info:
        replace_at(make_record(), ("claims", 0, "statement"), "nothing")
    again = pickle.loads(pickle.dumps(info.value))  # noqa: S301 - our own bytes
    assert type(again) is RecordError
    assert again.problems == info.value.problems
    assert str(again) == str(info.value)


def test_an_empty_text_admits_only_empty_spans_at_zero() -> None:
    Record(source=Source(text="", body=(Span(start=0, end=0),)))
    with pytest.raises(RecordError, match=r"span 0\.\.1 .* @ \$\.source\.body\[0\]"):
        Record(source=Source(text="", body=(Span(start=0, end=1),)))


# The same checks on generated records, at locations hypothesis chooses.


def walk(value: object, path: Path = ()) -> Iterator[tuple[Path, object]]:
    """Every (path, value) inside *value*, depth first."""
    yield path, value
    cls = type(value)
    if attrs.has(cls):
        for field in attrs.fields(cls):
            yield from walk(getattr(value, field.name), (*path, field.name))
    elif isinstance(value, tuple):
        for i, item in enumerate(value):
            yield from walk(item, (*path, i))


def reference_sites(record: Record) -> Iterator[tuple[Path, str]]:
    """Where a record refers to an id, and what kind of item that id must name."""
    for i, actor in enumerate(record.actors):
        for j, role in enumerate(getattr(actor, "roles", ())):
            if role.of is not None:
                yield ("actors", i, "roles", j, "of"), "actor"
        for j, _ in enumerate(getattr(actor, "members", ())):
            yield ("actors", i, "members", j), "actor"
    for i, meeting in enumerate(record.meetings):
        for j, participant in enumerate(meeting.participants):
            if participant != meeting.host:  # the host must stay a participant (checked by Meeting)
                yield ("meetings", i, "participants", j), "actor"
        if meeting.place is not None:
            yield ("meetings", i, "place"), "place"
        for k, outcome in enumerate(meeting.outcomes):
            for field in ("by", "to"):
                for j, _ in enumerate(getattr(outcome, field)):
                    yield ("meetings", i, "outcomes", k, field, j), "actor"
    for i, statement in enumerate(record.statements):
        for j, _ in enumerate(statement.speakers):
            yield ("statements", i, "speakers", j), "actor"
    for i, claim in enumerate(record.claims):
        for j, _ in enumerate(claim.claimants):
            yield ("claims", i, "claimants", j), "actor"
        for j, _ in enumerate(claim.about):
            yield ("claims", i, "about", j), "actor or place"
        if claim.statement is not None:
            yield ("claims", i, "statement"), "statement"


KINDS = ("actors", "places", "meetings", "statements", "claims")


def all_ids(record: Record) -> set[str]:
    return {item.id for kind in KINDS for item in getattr(record, kind)}


@given(bst.records(), st.data())
def test_generated_unknown_reference_is_reported_at_its_path(record: Record, data: st.DataObject) -> None:
    sites = list(reference_sites(record))
    assume(sites)
    path, what = data.draw(st.sampled_from(sites))
    new = data.draw(bst.ids().filter(lambda i: i not in all_ids(record)))
    assert problems_of(record, path, new) == (Problem(json_path(path), f"unknown {what} id {new!r}"),)


@given(bst.records(), st.data())
def test_generated_span_past_the_text_is_reported_at_its_path(record: Record, data: st.DataObject) -> None:
    sites = [path for path, value in walk(record) if isinstance(value, Span)]
    assume(sites)
    path = data.draw(st.sampled_from(sites))
    n = len(record.source.text)
    start = data.draw(st.integers(0, n))
    end = data.draw(st.integers(n + 1, n + 1000))
    assert problems_of(record, path, Span(start=start, end=end)) == (
        Problem(json_path(path), f"span {start}..{end} lies outside the source text (length {n})"),
    )


@given(bst.records(), st.data())
def test_generated_duplicate_id_is_reported_where_it_repeats(record: Record, data: st.DataObject) -> None:
    items = [(kind, i) for kind in KINDS for i in range(len(getattr(record, kind)))]
    assume(len(items) >= 2)
    first, second = sorted(
        data.draw(st.lists(st.sampled_from(items), min_size=2, max_size=2, unique=True)), key=items.index
    )
    first_id = getattr(record, first[0])[first[1]].id
    path = (*second, "id")
    old = get_at(record, path)
    problems = problems_of(record, path, first_id)
    duplicate = Problem(
        json_path(path), f"duplicate id {first_id!r} (first used @ {json_path((*first, 'id'))})"
    )
    assert duplicate in problems
    others = [p for p in problems if p != duplicate]
    assert all(p.message.startswith("unknown ") and p.message.endswith(f" id {old!r}") for p in others)


@given(bst.records())
def test_generated_records_rebuild_unchanged(record: Record) -> None:
    assert attrs.evolve(record) == record
    assert hash(record) == hash(attrs.evolve(record))


@given(bst.records())
def test_generated_records_pass_the_quick_check(record: Record) -> None:
    # A valid record must be confirmed by the quick check alone: if it said no, the
    # record would still build (the detailed check finds nothing), only slowly.
    assert _valid(record)
    assert list(_check(record)) == []
