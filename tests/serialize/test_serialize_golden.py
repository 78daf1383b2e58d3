"""
Deterministic output: `dumps` gives exactly the bytes of committed golden files.

Two records are pinned: the bundled example (`examples/petro_trump.json`) and a
hand-built record that sets every optional field and uses every actor kind and every
outcome kind (`full_record`). Their canonical JSON (compact, and indented by 2 for the
full record) is committed under ``tests/serialize/golden/``; the tests compare bytes:

* in this process, with each JSON backend (orjson and the standard library);
* in fresh interpreters under several ``PYTHONHASHSEED`` values, so no set or dict order
  that depends on string hashing can leak into the output;
* in a fresh interpreter where orjson cannot be imported at all, so the import-time
  fallback to the standard library is what writes.

A golden file changes only with the wire format. After a deliberate change, regenerate
them with ``python tests/serialize/test_serialize_golden.py`` and review the diff.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import typing
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs
import pytest

import bilateral.serialize._json as sjson
from bilateral.model import (
    ACTOR_TYPES,
    OUTCOME_TYPES,
    Agreement,
    Author,
    Claim,
    Commitment,
    Country,
    Disagreement,
    Duration,
    DurationQualifier,
    Extraction,
    Granularity,
    Group,
    Invitation,
    Medium,
    Meeting,
    MeetingStatus,
    Organization,
    Person,
    Place,
    PlaceKind,
    Proposal,
    Record,
    Role,
    Source,
    Span,
    SpeechMode,
    Statement,
    TimeExpression,
    Weekday,
)
from bilateral.serialize import dumps, loads
from bilateral.serialize._shapes import model_classes

if TYPE_CHECKING:
    from collections.abc import Iterator

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = Path(__file__).resolve().parent / "golden"
EXAMPLE = ROOT / "examples" / "petro_trump.json"

# Non-ASCII of every UTF-8 length, an astral character, U+2028 (which some encoders
# escape), a tab, a backslash, a slash and double quotes: everything an encoder could
# write in two ways.
TEXT = (
    "HANOI \u2014 Vietnamese President L\u01b0\u01a1ng C\u01b0\u1eddng hosted Finnish President "
    "Alexander Stubb at the Presidential Palace in Hanoi on Tuesday, March 11, 2025, for about "
    "90 minutes. \u201cWe agreed to double trade by 2030,\u201d Stubb reportedly said. Officials of "
    "ASEAN and a Finnish delegation attended. C\u01b0\u1eddng invited Stubb to Ha Long Bay; Stubb "
    "proposed a joint fund and pledged \u20ac10 million. The two sides differed on sea-lane rules "
    '\U0001f30a.\u2028Notes:\tpath C:\\docs/a "quoted" word.'
)


def span(needle: str, nth: int = 0) -> Span:
    """The span of the *nth* occurrence (0-based) of *needle* in `TEXT`."""
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(needle, start + 1)
    return Span(start=start, end=start + len(needle))


def full_record() -> Record:
    """Every actor kind, every outcome kind, every optional field set (most of them twice)."""
    quote = span("We agreed to double trade by 2030,")
    return Record(
        source=Source(
            text=TEXT,
            title="Vietnam and Finland agree to double trade",
            url="https://example.org/world/2025/03/12/vietnam-finland",
            publisher="Example Wire",
            section="World",
            authors=(Author(name="Mai Tr\u1ea7n", role="Hanoi correspondent"), Author(name="Staff")),
            published=dt.datetime(2025, 3, 12, 8, 30, 15, 250000, tzinfo=dt.timezone(dt.timedelta(hours=7))),
            dateline="HANOI",
            language="en",
            body=(Span(start=span("Vietnamese").start, end=span("\u2028").start),),
        ),
        actors=(
            Person(
                id="luong-cuong",
                name="L\u01b0\u01a1ng C\u01b0\u1eddng",
                aliases=("C\u01b0\u1eddng",),
                country="VN",
                mentions=(span("L\u01b0\u01a1ng C\u01b0\u1eddng"), span("C\u01b0\u1eddng", 1)),
                roles=(Role(title="President", of="vietnam"),),
            ),
            Person(
                id="alexander-stubb",
                name="Alexander Stubb",
                aliases=("Stubb",),
                country="FI",
                mentions=(span("Alexander Stubb"), span("Stubb", 1), span("Stubb", 2), span("Stubb", 3)),
                roles=(Role(title="President", of="finland"),),
            ),
            Organization(
                id="asean",
                name="ASEAN",
                country="ID",
                aliases=("Association of Southeast Asian Nations",),
                mentions=(span("ASEAN"),),
                roles=(Role(title="Dialogue partner host", of="vietnam"),),
            ),
            Country(
                id="vietnam",
                name="Vietnam",
                aliases=("Vietnamese",),
                country="VN",
                mentions=(span("Vietnamese"),),
            ),
            Country(
                id="finland", name="Finland", aliases=("Finnish",), country="FI", mentions=(span("Finnish"),)
            ),
            Group(
                id="finnish-delegation",
                name="a Finnish delegation",
                aliases=("the Finnish delegation",),
                country="FI",
                mentions=(span("a Finnish delegation"),),
                members=("alexander-stubb",),
            ),
        ),
        places=(
            Place(
                id="hanoi",
                name="Hanoi",
                country="VN",
                kind=PlaceKind.CITY,
                mentions=(span("HANOI"), span("Hanoi")),
            ),
            Place(
                id="presidential-palace",
                name="the Presidential Palace",
                country="VN",
                kind=PlaceKind.VENUE,
                mentions=(span("the Presidential Palace"),),
            ),
            Place(
                id="ha-long-bay",
                name="Ha Long Bay",
                country="VN",
                kind=PlaceKind.REGION,
                mentions=(span("Ha Long Bay"),),
            ),
        ),
        meetings=(
            Meeting(
                id="meeting-1",
                participants=("luong-cuong", "alexander-stubb"),
                host="luong-cuong",
                medium=Medium.IN_PERSON,
                status=MeetingStatus.HELD,
                date=TimeExpression(
                    text="Tuesday, March 11, 2025",
                    year=2025,
                    month=3,
                    day=11,
                    weekday=Weekday.TUESDAY,
                    granularity=Granularity.DAY,
                    modifier="afternoon",
                    start=dt.date(2025, 3, 11),
                    end=dt.date(2025, 3, 11),
                    mention=span("Tuesday, March 11, 2025"),
                ),
                place="presidential-palace",
                duration=Duration(
                    seconds=5400,
                    qualifier=DurationQualifier.APPROXIMATELY,
                    text="about 90 minutes",
                    mention=span("about 90 minutes"),
                ),
                topics=("trade", "sea lanes"),
                outcomes=(
                    Agreement(
                        by=("luong-cuong", "alexander-stubb"),
                        to=("vietnam", "finland"),
                        text="double trade by 2030",
                        evidence=(quote,),
                    ),
                    Invitation(
                        by=("luong-cuong",),
                        to=("alexander-stubb",),
                        text="Stubb invited to Ha Long Bay",
                        evidence=(span("C\u01b0\u1eddng invited Stubb to Ha Long Bay"),),
                    ),
                    Proposal(
                        by=("alexander-stubb",),
                        to=("luong-cuong",),
                        text="a joint fund",
                        evidence=(span("proposed a joint fund"),),
                    ),
                    Commitment(
                        by=("alexander-stubb", "finland"),
                        to=("vietnam",),
                        text="\u20ac10 million",
                        evidence=(span("pledged \u20ac10 million"),),
                    ),
                    Disagreement(
                        by=("luong-cuong", "alexander-stubb"),
                        to=("asean",),
                        text="sea-lane rules",
                        evidence=(span("differed on sea-lane rules"),),
                    ),
                ),
                evidence=(span("hosted"), span("for about 90 minutes")),
            ),
        ),
        statements=(
            Statement(
                id="statement-1",
                speakers=("alexander-stubb",),
                mode=SpeechMode.DIRECT,
                speaker_mention=span("Stubb", 1),
                cue=span("reportedly said"),
                content=(quote, span("Stubb", 1)),
                hedge="reportedly",
            ),
        ),
        claims=(
            Claim(
                id="claim-1",
                claimants=("alexander-stubb", "luong-cuong"),
                text="Vietnam and Finland agreed to double trade by 2030",
                about=("vietnam", "finland", "hanoi"),
                statement="statement-1",
                evidence=(quote,),
            ),
        ),
        extraction=Extraction(
            extractor="hand", version="2025.03", stages=("article", "entities", "meetings")
        ),
    )


def example_record() -> Record:
    return loads(EXAMPLE.read_bytes())


def golden_outputs() -> dict[str, str]:
    """Golden file name -> the text `dumps` must give for it."""
    full = full_record()
    return {
        "petro_trump.json": dumps(example_record()),
        "full_record.json": dumps(full),
        "full_record.indent2.json": dumps(full, indent=2),
    }


def regenerate() -> None:
    GOLDEN.mkdir(exist_ok=True)
    for name, text in golden_outputs().items():
        (GOLDEN / name).write_bytes(text.encode("utf-8"))


def _instances(value: Any) -> Iterator[Any]:
    """Every model instance inside *value*, depth first."""
    if attrs.has(type(value)):
        yield value
        for field in attrs.fields(type(value)):
            yield from _instances(getattr(value, field.name))
    elif isinstance(value, tuple):
        for item in value:
            yield from _instances(item)


def test_the_full_record_uses_every_kind_and_sets_every_optional_field() -> None:
    instances = list(_instances(full_record()))
    used = {type(node) for node in instances}
    assert set(ACTOR_TYPES.values()) <= used
    assert set(OUTCOME_TYPES.values()) <= used
    optional = {
        (cls, field.name)
        for cls in model_classes()
        for field in attrs.fields(cls)
        if type(None) in typing.get_args(typing.get_type_hints(cls)[field.name])
    }
    set_somewhere = {
        (type(node), field.name)
        for node in instances
        for field in attrs.fields(type(node))
        if getattr(node, field.name) is not None
    }
    assert optional
    assert optional - set_somewhere == set()
    # Tuples too: every tuple field holds at least one item somewhere.
    tuples = {
        (cls, field.name)
        for cls in model_classes()
        for field in attrs.fields(cls)
        if typing.get_origin(typing.get_type_hints(cls)[field.name]) is tuple
    }
    non_empty = {
        (type(node), field.name)
        for node in instances
        for field in attrs.fields(type(node))
        if getattr(node, field.name)
    }
    assert tuples - non_empty == set()


def test_golden_files_are_the_dumps_output(backend: str) -> None:
    assert sjson._USE_ORJSON is (backend == "orjson")
    for name, text in golden_outputs().items():
        assert text.encode("utf-8") == (GOLDEN / name).read_bytes(), name


def test_golden_files_load_back_to_the_same_records(backend: str) -> None:
    full = full_record()
    assert sjson._USE_ORJSON is (backend == "orjson")
    assert loads((GOLDEN / "full_record.json").read_bytes()) == full
    assert loads((GOLDEN / "full_record.indent2.json").read_bytes()) == full
    assert loads((GOLDEN / "petro_trump.json").read_bytes()) == example_record()


def test_the_example_file_is_its_own_indented_dumps(backend: str) -> None:
    assert sjson._USE_ORJSON is (backend == "orjson")
    assert (dumps(example_record(), indent=2) + "\n").encode("utf-8") == EXAMPLE.read_bytes()


def test_dumps_writes_non_ascii_as_itself_and_escapes_only_what_json_requires() -> None:
    text = (GOLDEN / "full_record.json").read_text(encoding="utf-8")
    assert "L\u01b0\u01a1ng" in text
    assert "\U0001f30a" in text
    assert "\u2028" in text
    assert "\\t" in text
    assert '\\"quoted\\"' in text
    assert "C:\\\\docs/a" in text  # the slash is not escaped
    assert text.startswith('{"schema_version":1,"source":{"text":"HANOI')
    assert '"published":"2025-03-12T08:30:15.250000+07:00"' in text
    assert '{"kind":"person","id":"luong-cuong"' in text


# Fresh interpreters: the test module itself is run, so its `full_record` is what they build.
_CHILD = """
import runpy, sys
if sys.argv[2] == "block-orjson":
    sys.modules["orjson"] = None  # import orjson now raises ImportError
ns = runpy.run_path(sys.argv[1])
import bilateral.serialize as s
outputs = ns["golden_outputs"]()
sys.stdout.buffer.write(s.backend.encode() + b"\\0")
sys.stdout.buffer.write(b"\\0".join(outputs[name].encode("utf-8") for name in sorted(outputs)))
"""


def _child_outputs(seed: str, mode: str) -> tuple[str, dict[str, bytes]]:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    done = subprocess.run(  # noqa: S603 - our own interpreter and script
        [sys.executable, "-c", _CHILD, __file__, mode],
        capture_output=True,
        env=env,
        check=False,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    name, *texts = done.stdout.split(b"\0")
    return name.decode(), dict(zip(sorted(golden_outputs()), texts, strict=True))


def _golden_bytes() -> dict[str, bytes]:
    return {name: (GOLDEN / name).read_bytes() for name in sorted(golden_outputs())}


@pytest.mark.parametrize("seed", ["0", "1", "12345", "random"])
def test_the_same_bytes_under_any_hash_seed(seed: str) -> None:
    used, outputs = _child_outputs(seed, "default")
    assert used == sjson.backend
    assert outputs == _golden_bytes()


def test_the_same_bytes_when_orjson_cannot_be_imported() -> None:
    used, outputs = _child_outputs("random", "block-orjson")
    assert used == "json"
    assert outputs == _golden_bytes()


if __name__ == "__main__":
    regenerate()
