"""Gold readers: the dev set reads cleanly, and malformed gold fails with file and line."""

from __future__ import annotations

import json
import pickle
from pathlib import Path

import pytest

from bilateral import BilateralError, Record, Span
from bilateral.evaluate import (
    GoldDocument,
    GoldError,
    evaluate,
    gold_to_record,
    load_gold,
    load_gold_document,
    parse_ann,
    parse_meeting_json,
    report_json,
)
from bilateral.model import Country, DurationQualifier, Group, OutcomeKind, Person, SpeechMode, Weekday

DEV = Path(__file__).parent.parent / "data" / "eval" / "dev"


@pytest.fixture(scope="module")
def dev() -> tuple[GoldDocument, ...]:
    return load_gold(DEV)


def test_dev_set_reads_with_the_readme_counts(dev: tuple[GoldDocument, ...]) -> None:
    assert [d.name for d in dev] == sorted(p.name.removesuffix(".txt") for p in DEV.glob("*.txt"))
    assert len(dev) == 6
    assert sum(len(d.attributions) for d in dev) == 124
    assert sum(len(d.meetings) for d in dev) == 12
    assert sum(len(d.claims) for d in dev) == 30
    counts = {d.name: (len(d.meetings), len(d.attributions), len(d.claims)) for d in dev}
    assert counts["seed000_petro_trump"] == (1, 32, 8)
    assert counts["voa8005899_rubio_saudi_ukraine_talks"] == (4, 13, 5)


def test_seed_details(dev: tuple[GoldDocument, ...]) -> None:
    seed = next(d for d in dev if d.name == "seed000_petro_trump")
    assert seed.published is None
    assert len(seed.discard) == 4
    assert seed.text[seed.discard[0].start : seed.discard[0].end].startswith("Home » World")
    by_id = {a.id: a for a in seed.attributions}
    # E4: discontinuous content, source "both".
    e4 = by_id["E4"]
    assert [seed.text[s.start : s.end] for s in e4.content] == [
        "The meeting between the two leaders",
        "as optimistic and constructive",
    ]
    assert e4.source is not None
    assert seed.text[e4.source[0].start : e4.source[0].end] == "both"
    # E6 and E7 share the Source T25 ("Trump himself").
    assert by_id["E6"].source == by_id["E7"].source == (Span(start=963, end=976),)
    # An Attribution-no-source has no source.
    assert by_id["E8"].source is None
    assert seed.text[by_id["E8"].cue.start : by_id["E8"].cue.end] == "A central focus of the discussions was"
    meeting = seed.meetings[0]
    assert [p.name for p in meeting.participants] == ["Gustavo Petro", "Donald Trump"]
    assert meeting.date is not None
    assert meeting.date.weekday is Weekday.TUESDAY
    assert meeting.date.year is None
    assert meeting.duration is not None
    assert (meeting.duration.seconds, meeting.duration.qualifier) == (7200, DurationQualifier.APPROXIMATELY)
    assert [o.kind for o in meeting.outcomes] == [
        OutcomeKind.PROPOSAL,
        OutcomeKind.AGREEMENT,
        OutcomeKind.INVITATION,
        OutcomeKind.DISAGREEMENT,
    ]


def test_published_dates_are_dates(dev: tuple[GoldDocument, ...]) -> None:
    rubio = next(d for d in dev if d.name.startswith("voa8005899"))
    assert rubio.published is not None
    assert rubio.published.isoformat() == "2025-03-10"
    delegation = rubio.meetings[3].participants[1]
    assert delegation.name == "Russian officials"
    assert delegation.is_delegation
    assert not rubio.meetings[3].participants[0].is_delegation


def test_gold_to_record_builds_valid_records(dev: tuple[GoldDocument, ...]) -> None:
    for doc in dev:
        record = gold_to_record(doc)
        assert isinstance(record, Record)
        assert record.source.text == doc.text
        assert len(record.statements) == len(doc.attributions)
        assert len(record.meetings) == len(doc.meetings)
        assert len(record.claims) == len(doc.claims)
    seed = gold_to_record(next(d for d in dev if d.name == "seed000_petro_trump"))
    petro = next(a for a in seed.actors if a.name == "Gustavo Petro")
    assert isinstance(petro, Person)
    assert petro.country == "CO"
    # The body skips the Discard breadcrumb and trailing boilerplate.
    (body,) = seed.source.body
    assert (body.start, body.end) == (112, 4284)
    assert seed.text(body).endswith("security and economic consequences.")
    modes = {seed.text(s.content[0]): s.mode for s in seed.statements}
    assert modes["“tremendous amounts of drugs come out of his country.”"] is SpeechMode.DIRECT
    assert modes["they got along “very well.”"] is SpeechMode.MIXED
    assert modes["energy production"] is SpeechMode.INDIRECT
    ceasefire = gold_to_record(next(d for d in dev if d.name.startswith("voa8008456")))
    kinds = {a.name: type(a) for a in ceasefire.actors}
    assert kinds["Ukrainian officials"] is Group
    assert kinds["United States"] is Country
    places = {p.name for p in ceasefire.places}
    assert {"Jeddah", "Oval Office"} <= places
    mauritius = gold_to_record(next(d for d in dev if d.name.startswith("voa8008079")))
    assert "Chagos Islands" in {p.name for p in mauritius.places}


def test_gold_scored_against_itself_is_perfect(dev: tuple[GoldDocument, ...]) -> None:
    report = evaluate(dev, {d.name: gold_to_record(d) for d in dev})
    assert report.missing == ()
    defined = 0
    for section in report_json(report)["total"].values():
        for name, metric in section.items():
            if metric["precision"] is None:
                continue
            defined += 1
            assert (metric["precision"], metric["recall"], metric["f1"]) == (1.0, 1.0, 1.0), name
    assert defined == 3 * 6 + 10 + 3  # every metric is defined on the dev set
    assert report.total.attributions.content_exact.gold == 124
    assert report.total.direct.content_exact.gold + report.total.indirect.content_exact.gold == 124


# --------------------------------------------------------------------------- malformed .ann

TEXT = "Petro said hello. Trump agreed."
GOOD = (
    "T1\tSource 0 5\tPetro\n"
    "T2\tCue 6 10\tsaid\n"
    "T3\tContent 11 16\thello\n"
    "T4\tAttribution 6 10\tsaid\n"
    "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n"
    "#1\tAnnotatorNotes E1\ta note\n"
)


def test_good_ann_parses() -> None:
    attributions, discard = parse_ann(GOOD, TEXT, filename="x.ann")
    assert discard == ()
    (a,) = attributions
    assert a.source == (Span(start=0, end=5),)
    assert a.cue == Span(start=6, end=10)
    assert a.content == (Span(start=11, end=16),)


def test_crlf_blank_lines_and_byte_order_marks_are_accepted() -> None:
    attributions, _ = parse_ann("\ufeff" + GOOD.replace("\n", "\r\n") + "\r\n\r\n", TEXT, filename="x.ann")
    assert len(attributions) == 1
    assert parse_meeting_json("\ufeff" + json.dumps(MEETING), TEXT + " agreed")[0] is not None


@pytest.mark.parametrize(
    ("ann", "line", "fragment"),
    [
        (GOOD.replace("\tPetro\n", "\tPedro\n"), 1, "does not match the article"),
        (GOOD.replace("Source 0 5", "Speaker 0 5"), 1, "unknown type"),
        (GOOD.replace("Content 11 16\thello", "Content 11 99\thello"), 3, "outside the text"),
        (GOOD.replace("Content 11 16\thello", "Content 16 11\thello"), 3, "empty or outside"),
        (GOOD.replace("T1\tSource 0 5\tPetro", "T1 Source 0 5 Petro"), 1, "malformed T line"),
        (GOOD.replace("Source:T1", "Source:T9"), 5, "not a T line"),
        (GOOD.replace("Cue:T2", "Cue:T3"), 5, "used as Cue"),
        (GOOD.replace(" Source:T1", ""), 5, "needs a Source"),
        (
            GOOD.replace("Attribution:T4", "Attribution-no-source:T4").replace(
                "T4\tAttribution 6", "T4\tAttribution-no-source 6"
            ),
            5,
            "must not have one",
        ),
        (GOOD.replace("Attribution:T4", "Attribution-no-source:T4"), 5, "used as Attribution-no-source"),
        (GOOD.replace("E1\tAttribution:T4 Content:T3", "E1\tContent:T3 Attribution:T4"), 5, "first role"),
        (GOOD.replace("Cue:T2", "Trigger:T2"), 5, "unknown role"),
        (GOOD.replace("Content:T3 Cue:T2", "Content:T3 Content:T3 Cue:T2"), 5, "given twice"),
        (GOOD.replace(" Cue:T2", ""), 5, "missing Cue"),
        (GOOD + "R1\tRelation Arg1:T1 Arg2:T2\n", 7, "unsupported line"),
        (GOOD + "T1\tDiscard 18 23\tTrump\n", 7, "duplicate id T1"),
        (GOOD + "T5\tSource 18 23\tTrump\n", 7, "not linked by any E line"),
        (GOOD + "#note without tab\n", 7, "malformed note"),
        (GOOD.replace("Content:T3", "Content=T3"), 5, "malformed role"),
        (GOOD.replace("E1\tAttribution", "E1 Attribution"), 5, "malformed E line"),
        (GOOD + "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n", 7, "duplicate id E1"),
    ],
)
def test_malformed_ann_names_file_and_line(ann: str, line: int, fragment: str) -> None:
    with pytest.raises(GoldError) as info:
        parse_ann(ann, TEXT, filename="gold/x.ann")
    assert info.value.file == "gold/x.ann"
    assert info.value.line == line
    assert str(info.value).startswith(f"gold/x.ann:{line}: ")
    assert fragment in str(info.value)


def test_discontinuous_cue_is_rejected_and_fragments_must_be_ordered() -> None:
    cue = GOOD.replace("T2\tCue 6 10\tsaid", "T2\tCue 0 5;6 10\tPetro said").replace(" Source:T1", "")
    cue = cue.replace("T1\tSource 0 5\tPetro\n", "").replace("Attribution:T4", "Attribution-no-source:T4")
    cue = cue.replace("T4\tAttribution 6", "T4\tAttribution-no-source 6")
    with pytest.raises(GoldError, match="one contiguous span"):
        parse_ann(cue, TEXT, filename="x.ann")
    unordered = GOOD.replace("T3\tContent 11 16\thello", "T3\tContent 18 23;11 16\tTrump hello")
    with pytest.raises(GoldError, match="in order"):
        parse_ann(unordered, TEXT, filename="x.ann")


def test_discard_spans_are_collected() -> None:
    _, discard = parse_ann(GOOD + "T5\tDiscard 18 31\tTrump agreed.\n", TEXT, filename="x.ann")
    assert discard == (Span(start=18, end=31),)


def test_gold_error_pickles() -> None:
    err = GoldError("bad", "x.ann", 3)
    back = pickle.loads(pickle.dumps(err))  # noqa: S301 - our own object
    assert (back.message, back.file, back.line, str(back)) == ("bad", "x.ann", 3, "x.ann:3: bad")
    assert isinstance(back, BilateralError)
    assert str(GoldError("bad", "x.json")) == "x.json: bad"


# --------------------------------------------------------------------------- malformed JSON

MEETING = {
    "document": "x.txt",
    "published": "2025-03-12",
    "meetings": [
        {
            "participants": [
                {"name": "Gustavo Petro", "title": "President", "country": "CO"},
                {"name": "Donald Trump", "title": "President", "country": "US"},
            ],
            "date": {"text": "Tuesday", "year": None, "month": None, "day": None, "weekday": "Tuesday"},
            "place": None,
            "duration": None,
            "topics": [],
            "outcomes": [
                {"kind": "agreement", "by": ["Donald Trump"], "to": [], "text": "t", "evidence": "agreed"}
            ],
        }
    ],
    "claims": [{"claimant": "Gustavo Petro", "text": "hello", "about": []}],
    "places_mentioned": [],
}


def _with(path: list[str | int], value: object) -> str:
    payload = json.loads(json.dumps(MEETING))
    target = payload
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return json.dumps(payload, indent=1)


def test_good_meeting_json_parses() -> None:
    published, meetings, claims, places = parse_meeting_json(json.dumps(MEETING), TEXT)
    assert published is not None
    assert published.isoformat() == "2025-03-12"
    assert meetings[0].outcomes[0].kind is OutcomeKind.AGREEMENT
    assert claims[0].claimant == "Gustavo Petro"
    assert places == ()


@pytest.mark.parametrize(
    ("data", "fragment"),
    [
        (
            _with(["published"], "12/03/2025"),
            "expected a date YYYY-MM-DD or null, got '12/03/2025' @ $.published",
        ),
        (_with(["published"], "2025-02-30"), "@ $.published"),
        (_with(["meetings", 0, "participants", 1, "name"], 7), "non-empty string, got an integer"),
        (_with(["meetings", 0, "participants", 1, "country"], "USA"), "alpha-2"),
        (_with(["meetings", 0, "participants"], [{"name": "A"}]), "at least two participants"),
        (_with(["meetings", 0, "date", "month"], 13), "expected 1..12, got 13 @ $.meetings[0].date.month"),
        (_with(["meetings", 0, "date", "year"], True), "expected an integer, got a boolean"),
        (_with(["meetings", 0, "date", "weekday"], "Tue"), "expected one of 'Monday'"),
        (_with(["meetings", 0, "outcomes", 0, "kind"], "deal"), "@ $.meetings[0].outcomes[0].kind"),
        (_with(["meetings", 0, "outcomes", 0, "evidence"], "nowhere"), "not an exact substring"),
        (_with(["meetings", 0, "outcomes", 0, "by"], "Donald Trump"), "expected an array, got a string"),
        (_with(["claims", 0, "text"], "goodbye"), "@ $.claims[0].text"),
        (_with(["claims", 0, "extra"], 1), "unknown key(s) ['extra']"),
        (_with(["meetings", 0, "duration"], {"text": "x", "seconds": 1}), "missing key(s) ['qualifier']"),
        (_with(["meetings"], {}), "expected an array, got an object"),
        ("[]", "expected an object, got an array @ $"),
    ],
)
def test_malformed_meeting_json_names_the_path(data: str, fragment: str) -> None:
    with pytest.raises(GoldError) as info:
        parse_meeting_json(data, TEXT + " agreed", filename="x.meeting.json")
    assert str(info.value).startswith("x.meeting.json: ")
    assert fragment in str(info.value)


def test_json_syntax_errors_carry_the_line() -> None:
    with pytest.raises(GoldError) as info:
        parse_meeting_json('{\n "document": "x.txt",\n "published": nul\n}', TEXT, filename="x.meeting.json")
    assert info.value.line == 3
    assert str(info.value).startswith("x.meeting.json:3: invalid JSON")


def test_duplicate_keys_and_deep_nesting_are_gold_errors() -> None:
    with pytest.raises(GoldError, match="duplicate key 'published'"):
        parse_meeting_json('{"published": null, "published": null}', TEXT)
    with pytest.raises(GoldError):
        parse_meeting_json("[" * 100_000 + "]" * 100_000, TEXT)


# --------------------------------------------------------------------------- files


def _write_doc(root: Path, name: str = "doc", ann: str = GOOD, meeting: str | None = None) -> Path:
    (root / f"{name}.txt").write_text(TEXT + " agreed", encoding="utf-8")
    (root / f"{name}.ann").write_text(ann, encoding="utf-8")
    (root / f"{name}.meeting.json").write_text(meeting or json.dumps(MEETING), encoding="utf-8")
    return root / f"{name}.txt"


def test_load_gold_document_and_directory(tmp_path: Path) -> None:
    txt = _write_doc(tmp_path)
    (tmp_path / "README.md").write_text("ignored", encoding="utf-8")
    doc = load_gold_document(txt)
    assert doc.name == "doc"
    assert load_gold(tmp_path) == (doc,)


def test_missing_companion_file(tmp_path: Path) -> None:
    _write_doc(tmp_path)
    (tmp_path / "doc.ann").unlink()
    with pytest.raises(GoldError, match=r"doc\.ann: file not found"):
        load_gold(tmp_path)


def test_invalid_utf8_names_the_line(tmp_path: Path) -> None:
    _write_doc(tmp_path)
    (tmp_path / "doc.ann").write_bytes(GOOD.encode() + b"T9\tCue 0 1\t\xff\n")
    with pytest.raises(GoldError) as info:
        load_gold(tmp_path)
    assert info.value.line == 7
    assert "not valid UTF-8" in str(info.value)


def test_empty_or_missing_directory(tmp_path: Path) -> None:
    with pytest.raises(GoldError, match="no gold documents"):
        load_gold(tmp_path)
    with pytest.raises(GoldError, match="not a directory"):
        load_gold(tmp_path / "nope")
