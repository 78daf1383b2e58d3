"""CSV tables: lossless round trips, stable bytes, formula escaping, joins and strict reading."""

from __future__ import annotations

import csv
import datetime as dt
import tempfile
from pathlib import Path

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bilateral.errors import RecordError
from bilateral.interchange import CSV_TABLES, read_csv, record_key, write_csv
from bilateral.model import (
    Actor,
    Agreement,
    Claim,
    Country,
    Extraction,
    Invitation,
    Meeting,
    MeetingStatus,
    Person,
    Record,
    Role,
    Source,
    Span,
    SpeechMode,
    Statement,
    TimeExpression,
)
from bilateral.serialize import Limits
from bilateral.testing.strategies import records

TEXT = 'Petro met Trump. "=SUM(A1)" he said, + more.\r\nNew line; "quotes", commas.'


def _record(*, title: str | None = "=cmd|' /C calc'!A0", **source: object) -> Record:
    actors: tuple[Actor, ...] = (
        Person(id="petro", name="Gustavo Petro", country="CO", roles=(Role(title="President", of="co"),)),
        Person(id="trump", name="-Trump", mentions=(Span(start=10, end=15),)),
        Country(id="co", name="Colombia", country="CO"),
    )
    meeting = Meeting(
        id="m1",
        participants=("petro", "trump"),
        host="trump",
        status=MeetingStatus.HELD,
        date=TimeExpression(text="Tuesday", mention=Span(start=0, end=5)),
        outcomes=(
            Agreement(by=("petro", "trump"), text="@sanctions do not work"),
            Invitation(by=("petro",), to=("trump",), text="visit", evidence=(Span(start=0, end=16),)),
        ),
        evidence=(Span(start=0, end=16),),
    )
    statement = Statement(
        id="s1",
        speakers=("petro",),
        mode=SpeechMode.DIRECT,
        speaker_mention=Span(start=29, end=31),
        cue=Span(start=32, end=36),
        content=(Span(start=17, end=28), Span(start=38, end=44)),
    )
    claim = Claim(id="c1", claimants=("petro",), text="'quoted", about=("co",), statement="s1")
    return Record(
        source=Source(text=TEXT, title=title, **source),  # type: ignore[arg-type]
        actors=actors,
        meetings=(meeting,),
        statements=(statement,),
        claims=(claim,),
        extraction=Extraction(extractor="test", version="1", stages=("a", "b")),
    )


def _rows(directory: Path, table: str) -> list[dict[str, str]]:
    with (directory / f"{table}.csv").open(encoding="utf-8", newline="") as fp:
        return list(csv.DictReader(fp))


def _roundtrip(items: list[Record]) -> list[Record]:
    with tempfile.TemporaryDirectory() as tmp:
        write_csv(items, tmp)
        return read_csv(tmp)


@settings(max_examples=60)
@given(st.lists(records(), max_size=3))
def test_any_records_read_back_equal(items: list[Record]) -> None:
    assert _roundtrip(items) == items


@settings(max_examples=25)
@given(records())
def test_output_is_byte_stable(record: Record) -> None:
    with tempfile.TemporaryDirectory() as one, tempfile.TemporaryDirectory() as two:
        write_csv([record], one)
        write_csv([record], two)
        for table in CSV_TABLES:
            assert (Path(one) / f"{table}.csv").read_bytes() == (Path(two) / f"{table}.csv").read_bytes()


def test_a_hand_made_record_reads_back_equal(tmp_path: Path) -> None:
    record = _record(published=dt.datetime(2025, 9, 25, 8, 30, tzinfo=dt.timezone(dt.timedelta(hours=-5))))
    assert write_csv([record], tmp_path) == [record_key(record)]
    assert read_csv(tmp_path) == [record]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(f"{t}.csv" for t in CSV_TABLES)


def test_headers_are_the_documented_columns(tmp_path: Path) -> None:
    write_csv([], tmp_path)
    for table, columns in CSV_TABLES.items():
        with (tmp_path / f"{table}.csv").open(encoding="utf-8", newline="") as fp:
            assert tuple(next(csv.reader(fp))) == columns
    assert read_csv(tmp_path) == []


def test_formula_cells_are_escaped_and_restored(tmp_path: Path) -> None:
    record = _record()
    write_csv([record], tmp_path)
    assert _rows(tmp_path, "records")[0]["title"] == "'=cmd|' /C calc'!A0"
    names = [row["name"] for row in _rows(tmp_path, "actors")]
    assert names == ["Gustavo Petro", "'-Trump", "Colombia"]
    assert [row["text"] for row in _rows(tmp_path, "outcomes")] == ["'@sanctions do not work", "visit"]
    assert _rows(tmp_path, "claims")[0]["text"] == "''quoted"
    for table in CSV_TABLES:
        for row in _rows(tmp_path, table):
            for cell in row.values():
                assert not cell or cell[0] not in "=+-@\t\r", (table, cell)
    assert read_csv(tmp_path) == [record]


def test_empty_string_and_none_stay_apart(tmp_path: Path) -> None:
    empty, none = _record(title=""), _record(title=None)
    write_csv([empty, none], tmp_path)
    assert [row["title"] for row in _rows(tmp_path, "records")] == ["'", ""]
    assert read_csv(tmp_path) == [empty, none]


def test_ids_join_across_tables(tmp_path: Path) -> None:
    record = _record()
    write_csv([record], tmp_path)
    (key,) = [row["record"] for row in _rows(tmp_path, "records")]
    assert key == record_key(record)
    actor_ids = {row["id"] for row in _rows(tmp_path, "actors") if row["record"] == key}
    (meeting,) = _rows(tmp_path, "meetings")
    assert (meeting["record"], meeting["host"]) == (key, "trump")
    assert meeting["participants"] == '["petro","trump"]'
    assert {"petro", "trump"} <= actor_ids
    outcomes = _rows(tmp_path, "outcomes")
    assert [(o["meeting"], o["index"], o["kind"]) for o in outcomes] == [
        ("m1", "0", "agreement"),
        ("m1", "1", "invitation"),
    ]
    (claim,) = _rows(tmp_path, "claims")
    assert claim["statement"] == "s1"
    assert claim["statement"] in {row["id"] for row in _rows(tmp_path, "statements")}


def test_flat_columns_hold_plain_values(tmp_path: Path) -> None:
    write_csv([_record()], tmp_path)
    (meeting,) = _rows(tmp_path, "meetings")
    assert meeting["date_text"] == "Tuesday"
    assert (meeting["date_mention_start"], meeting["date_mention_end"]) == ("0", "5")
    assert meeting["date_year"] == meeting["duration_seconds"] == ""
    assert meeting["evidence"] == "[[0,16]]"
    (statement,) = _rows(tmp_path, "statements")
    assert statement["content"] == "[[17,28],[38,44]]"
    assert (statement["cue_start"], statement["cue_end"]) == ("32", "36")
    assert statement["cue_text"] == TEXT[32:36]
    assert statement["content_text"] == f"{TEXT[17:28]} … {TEXT[38:44]}"
    (person, *_) = _rows(tmp_path, "actors")
    assert person["roles"] == '[{"title":"President","of":"co"}]'
    assert person["members"] == ""
    (row,) = _rows(tmp_path, "records")
    assert (row["extractor"], row["extractor_stages"]) == ("test", '["a","b"]')


def test_equal_records_get_numbered_keys(tmp_path: Path) -> None:
    record = _record()
    keys = write_csv([record, record], tmp_path)
    assert keys == [record_key(record), f"{record_key(record)}-2"]
    assert read_csv(tmp_path) == [record, record]


def test_derived_columns_are_ignored_on_reading(tmp_path: Path) -> None:
    record = _record()
    write_csv([record], tmp_path)
    _rewrite(tmp_path, "statements", lambda row: {**row, "content_text": "edited"})
    assert read_csv(tmp_path) == [record]


def test_long_text_round_trips_and_the_csv_limit_is_restored(tmp_path: Path) -> None:
    record = attrs.evolve(_record(), source=Source(text=TEXT + "x" * 300_000))
    before = csv.field_size_limit()
    write_csv([record], tmp_path)
    assert read_csv(tmp_path) == [record]
    assert csv.field_size_limit() == before


def test_a_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    record = _record()
    write_csv([record], tmp_path)
    path = tmp_path / "records.csv"
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    assert read_csv(tmp_path) == [record]


# --- strict reading ---------------------------------------------------------------


def _rewrite(directory: Path, table: str, change: object) -> None:
    rows = _rows(directory, table)
    with (directory / f"{table}.csv").open("w", encoding="utf-8", newline="") as fp:
        writer = csv.DictWriter(fp, fieldnames=CSV_TABLES[table])
        writer.writeheader()
        writer.writerows([change(row) for row in rows])  # type: ignore[operator]


def _problems(directory: Path, **kwargs: Limits) -> list[str]:
    with pytest.raises(RecordError) as info:
        read_csv(directory, **kwargs)
    return [str(p) for p in info.value.problems]


@pytest.fixture
def written(tmp_path: Path) -> Path:
    write_csv([_record()], tmp_path)
    return tmp_path


def test_a_missing_table_is_an_error(written: Path) -> None:
    (written / "claims.csv").unlink()
    assert _problems(written) == ["missing table @ claims.csv"]


def test_a_folder_that_is_not_there_is_one_problem(tmp_path: Path) -> None:
    # Not seven "missing table" problems, nor seven "cannot read: Not a directory".
    assert _problems(tmp_path / "nothere") == [f"no such directory @ {tmp_path / 'nothere'}"]
    (tmp_path / "file.csv").write_text("record\n", encoding="utf-8")
    assert _problems(tmp_path / "file.csv") == [f"not a directory @ {tmp_path / 'file.csv'}"]


def test_a_missing_records_table_is_reported_once(written: Path) -> None:
    (written / "records.csv").unlink()
    assert _problems(written) == ["missing table @ records.csv"]  # not every orphaned row too


def test_a_wrong_header_is_an_error(written: Path) -> None:
    path = written / "places.csv"
    path.write_text("record,id,name\n", encoding="utf-8")
    (problem,) = _problems(written)
    assert problem.startswith("expected the header record,id,name,country,kind,mentions (got record,id,name)")
    assert problem.endswith("@ places.csv:1")


def test_bad_cells_are_reported_with_file_line_and_column(written: Path) -> None:
    _rewrite(written, "meetings", lambda row: {**row, "date_mention_start": "-1", "evidence": "[[1,2]"})
    _rewrite(written, "statements", lambda row: {**row, "content": "[[1,true]]"})
    problems = _problems(written)
    assert "expected a non-negative integer (got '-1') @ meetings.csv:2:date_mention_start" in problems
    assert any(p.startswith("invalid JSON") and p.endswith("@ meetings.csv:2:evidence") for p in problems)
    assert "expected [start, end] integer pairs (got [1,true]) @ statements.csv:2:content" in problems


def test_invalid_items_point_at_their_row(written: Path) -> None:
    _rewrite(
        written, "actors", lambda row: {**row, "country": "Colombia" if row["id"] == "co" else row["country"]}
    )
    key = _rows(written, "records")[0]["record"]
    (problem,) = _problems(written)
    assert problem.startswith(f"record {key}: 'country' must be an ISO 3166-1 alpha-2 code")
    assert problem.endswith("@ actors.csv:4 $.actors[2].country")


def test_dangling_references_point_at_their_row(written: Path) -> None:
    _rewrite(
        written, "outcomes", lambda row: {**row, "by": '["nobody"]' if row["index"] == "1" else row["by"]}
    )
    key = _rows(written, "records")[0]["record"]
    (problem,) = _problems(written)
    assert (
        problem == f"record {key}: unknown actor id 'nobody' @ outcomes.csv:3 $.meetings[0].outcomes[1].by[0]"
    )


def test_a_span_outside_the_text_is_an_error(written: Path) -> None:
    _rewrite(written, "claims", lambda row: {**row, "evidence": "[[0,100000]]"})
    (problem,) = _problems(written)
    assert "lies outside the source text" in problem
    assert problem.endswith("@ claims.csv:2 $.claims[0].evidence[0]")


def test_rows_of_unknown_records_and_meetings_are_errors(written: Path) -> None:
    _rewrite(written, "places", lambda row: row)
    with (written / "places.csv").open("a", encoding="utf-8", newline="") as fp:
        csv.writer(fp).writerow(["nope", "p", "Paris", "FR", "city", "[]"])
    _rewrite(written, "outcomes", lambda row: {**row, "meeting": "m9" if row["index"] == "0" else "m1"})
    problems = _problems(written)
    assert "unknown record key 'nope' @ places.csv:2:record" in problems
    assert "unknown meeting id 'm9' @ outcomes.csv:2:meeting" in problems


def test_outcome_indices_must_count_from_zero(written: Path) -> None:
    _rewrite(written, "outcomes", lambda row: {**row, "index": "2" if row["index"] == "1" else "0"})
    (problem,) = _problems(written)
    assert "must be numbered 0, 1, ... without gaps or repeats (expected 1, got 2)" in problem


def test_outcome_rows_may_come_in_any_order(written: Path) -> None:
    rows = _rows(written, "outcomes")
    with (written / "outcomes.csv").open("w", encoding="utf-8", newline="") as fp:
        writer = csv.DictWriter(fp, fieldnames=CSV_TABLES["outcomes"])
        writer.writeheader()
        writer.writerows(reversed(rows))
    assert read_csv(written) == [_record()]


def test_duplicate_record_keys_are_errors(written: Path) -> None:
    _rewrite(written, "records", lambda row: row)
    with (written / "records.csv").open(encoding="utf-8", newline="") as fp:
        rows = list(csv.reader(fp))
    with (written / "records.csv").open("a", encoding="utf-8", newline="") as fp:
        csv.writer(fp).writerow(rows[1])
    assert any("duplicate record key" in p for p in _problems(written))


def test_ragged_rows_and_invalid_utf8_are_errors(written: Path) -> None:
    with (written / "places.csv").open("a", encoding="utf-8", newline="") as fp:
        fp.write("only,two\r\n")
    (written / "claims.csv").write_bytes(b"record,id\xff\n")
    problems = _problems(written)
    assert "expected 6 cells (got 2) @ places.csv:2" in problems
    assert "not UTF-8 (byte 9) @ claims.csv" in problems


def test_cells_over_the_limit_are_errors(written: Path) -> None:
    problems = _problems(written, limits=Limits(max_bytes=40))
    assert any("field larger than field limit" in p for p in problems)


def test_problems_are_capped(written: Path) -> None:
    _rewrite(written, "records", lambda row: row)
    with (written / "places.csv").open("a", encoding="utf-8", newline="") as fp:
        writer = csv.writer(fp)
        for i in range(300):
            writer.writerow(["nope", f"p{i}", "Paris", "FR", "city", "[]"])
    assert len(_problems(written)) == 100
