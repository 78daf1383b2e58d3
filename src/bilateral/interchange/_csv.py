"""
CSV tables: one flat table per kind of item, that join on a record key and item ids.

`write_csv` writes seven files into a directory, and `read_csv` rebuilds the very same
records from them (``read_csv(d) == records`` after ``write_csv(records, d)``):

``records.csv``
    One row per record: its key (``record``) and its source and extraction fields.
``actors.csv``, ``places.csv``, ``meetings.csv``, ``statements.csv``, ``claims.csv``
    One row per item: ``record`` and the item's ``id`` join across tables (a meeting's
    ``participants`` hold actor ids, a claim's ``statement`` a statement id, ...).
``outcomes.csv``
    One row per outcome: ``record``, ``meeting`` (the meeting's id) and ``index`` (its
    position in the meeting's outcomes, from 0) identify it.

Columns are listed in `CSV_TABLES` and documented in docs/how-to/convert.md. How values are
written:

* Text as itself; an empty cell is null (``None``). Files are UTF-8 (no byte-order mark
  written; one is accepted on reading), comma-separated, quoted where needed, with CRLF
  row ends (RFC 4180), so text with commas, quotes and line breaks survives.
* A text cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return (or
  their full-width forms), which a spreadsheet would run as a formula, gets a leading
  apostrophe, as OWASP advises against CSV injection. So that this stays reversible, a cell
  that starts with an apostrophe gets one more, and the empty string is written as a lone
  ``'`` (an empty cell being null). `read_csv` removes exactly one leading apostrophe.
* Integers in decimal. Dates as ``YYYY-MM-DD``, datetimes as RFC 3339, enums by value,
  as in the JSON wire format.
* Lists and small objects (aliases, roles, participants, authors, ...) as compact JSON
  (``["gustavo-petro","donald-trump"]``), lists of spans as ``[[start,end],...]``, and a
  single optional span as two integer columns (``cue_start``, ``cue_end``).
* ``statements.csv`` adds the text its spans cover (``speaker_mention_text``, ``cue_text``,
  ``content_text``, the content's spans joined by `` … ``) for reading; `read_csv` ignores
  these derived columns.

Rows of an item kind are in record order, then item order; `read_csv` keeps the order it
finds, except that outcomes are ordered by ``index``.
"""

from __future__ import annotations

import contextlib
import csv
import enum
import json
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from bilateral.errors import BilateralError, Problem, RecordError
from bilateral.interchange._common import KeyAllocator
from bilateral.serialize import DEFAULT_LIMITS, Limits, parse_json, structure, unstructure

if TYPE_CHECKING:
    import os
    from collections.abc import Callable, Iterable, Iterator, Mapping

    from bilateral.model import Record

__all__ = ["CSV_TABLES", "read_csv", "write_csv"]


class _Kind(enum.Enum):
    TEXT = "text"
    INT = "int"
    JSON = "json"
    SPANS = "spans"
    DERIVED = "derived"


_T, _I, _J, _S, _D = _Kind.TEXT, _Kind.INT, _Kind.JSON, _Kind.SPANS, _Kind.DERIVED


def _span_columns(name: str) -> tuple[tuple[str, _Kind], ...]:
    return ((f"{name}_start", _I), (f"{name}_end", _I))


_SCHEMA: dict[str, tuple[tuple[str, _Kind], ...]] = {
    "records": (
        ("record", _T),
        ("schema_version", _I),
        ("text", _T),
        ("title", _T),
        ("url", _T),
        ("publisher", _T),
        ("section", _T),
        ("authors", _J),
        ("published", _T),
        ("dateline", _T),
        ("language", _T),
        ("body", _S),
        ("extractor", _T),
        ("extractor_version", _T),
        ("extractor_stages", _J),
    ),
    "actors": (
        ("record", _T),
        ("id", _T),
        ("kind", _T),
        ("name", _T),
        ("aliases", _J),
        ("country", _T),
        ("roles", _J),
        ("members", _J),
        ("mentions", _S),
    ),
    "places": (
        ("record", _T),
        ("id", _T),
        ("name", _T),
        ("country", _T),
        ("kind", _T),
        ("mentions", _S),
    ),
    "meetings": (
        ("record", _T),
        ("id", _T),
        ("participants", _J),
        ("host", _T),
        ("medium", _T),
        ("status", _T),
        ("date_text", _T),
        ("date_year", _I),
        ("date_month", _I),
        ("date_day", _I),
        ("date_weekday", _T),
        ("date_granularity", _T),
        ("date_modifier", _T),
        ("date_start", _T),
        ("date_end", _T),
        *_span_columns("date_mention"),
        ("place", _T),
        ("duration_seconds", _I),
        ("duration_qualifier", _T),
        ("duration_text", _T),
        *_span_columns("duration_mention"),
        ("topics", _J),
        ("evidence", _S),
    ),
    "outcomes": (
        ("record", _T),
        ("meeting", _T),
        ("index", _I),
        ("kind", _T),
        ("by", _J),
        ("to", _J),
        ("text", _T),
        ("evidence", _S),
    ),
    "statements": (
        ("record", _T),
        ("id", _T),
        ("speakers", _J),
        ("mode", _T),
        *_span_columns("speaker_mention"),
        *_span_columns("cue"),
        ("content", _S),
        ("hedge", _T),
        ("speaker_mention_text", _D),
        ("cue_text", _D),
        ("content_text", _D),
    ),
    "claims": (
        ("record", _T),
        ("id", _T),
        ("claimants", _J),
        ("text", _T),
        ("about", _J),
        ("statement", _T),
        ("evidence", _S),
    ),
}

#: Table name -> its columns, in file order. Each table is the file ``<name>.csv``.
CSV_TABLES: Mapping[str, tuple[str, ...]] = {
    table: tuple(name for name, _ in columns) for table, columns in _SCHEMA.items()
}

#: Item tables whose rows are items of the record's list of the same name.
_ITEM_TABLES = ("actors", "places", "meetings", "statements", "claims")

#: First characters a spreadsheet takes as the start of a formula (OWASP's list, and the
#: full-width forms some spreadsheets also accept), plus the escape character itself.
_FORMULA_START = frozenset("=+-@\t\r\uff1d\uff0b\uff0d\uff20'")
#: Separator of the content spans' texts in the derived ``content_text`` column.
_CONTENT_JOINER = " … "
#: Problems collected before `read_csv` gives up on a directory.
_MAX_PROBLEMS = 100
_DIGITS = re.compile(r"[0-9]{1,19}")
#: Fields of a meeting's date and duration, each in a ``date_*`` / ``duration_*`` column
#: (their ``mention`` span in two integer columns).
_DATE_FIELDS = ("text", "year", "month", "day", "weekday", "granularity", "modifier", "start", "end")
_DURATION_FIELDS = ("seconds", "qualifier", "text")


# --- writing --------------------------------------------------------------------------


def _escape(text: str) -> str:
    if not text or text[0] in _FORMULA_START:
        return "'" + text
    return text


def _compact(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _cell(kind: _Kind, value: object) -> str:
    """The cell for a JSON-like *value* (from `unstructure`) in a column of *kind*."""
    if value is None:
        return ""
    if kind is _Kind.SPANS and isinstance(value, list):  # spans unstructure to dicts
        return _compact([[s["start"], s["end"]] for s in value])
    if kind is _Kind.JSON:
        return _compact(value)
    if isinstance(value, str):
        return _escape(value)
    return str(value)  # an int (booleans never occur in the wire format)


def _split_span(values: dict[str, Any], name: str, span: dict[str, int] | None) -> None:
    values[f"{name}_start"] = None if span is None else span["start"]
    values[f"{name}_end"] = None if span is None else span["end"]


def _rows(key: str, record: Record) -> Iterator[tuple[str, dict[str, Any]]]:
    """The rows of one record as (table, column -> JSON-like value)."""
    payload = unstructure(record)
    source = payload["source"]
    extraction = payload["extraction"] or {}
    yield (
        "records",
        {
            "record": key,
            "schema_version": payload["schema_version"],
            **{k: source[k] for k in ("text", "title", "url", "publisher", "section", "authors")},
            **{k: source[k] for k in ("published", "dateline", "language", "body")},
            "extractor": extraction.get("extractor"),
            "extractor_version": extraction.get("version"),
            "extractor_stages": extraction.get("stages"),
        },
    )
    for table in ("actors", "places"):
        for item in payload[table]:
            yield table, {"record": key, **item}
    for meeting in payload["meetings"]:
        values = {"record": key, **meeting}
        date = meeting["date"] or {}
        for field in _DATE_FIELDS:
            values[f"date_{field}"] = date.get(field)
        _split_span(values, "date_mention", date.get("mention"))
        duration = meeting["duration"] or {}
        for field in _DURATION_FIELDS:
            values[f"duration_{field}"] = duration.get(field)
        _split_span(values, "duration_mention", duration.get("mention"))
        yield "meetings", values
        for index, outcome in enumerate(meeting["outcomes"]):
            yield "outcomes", {"record": key, "meeting": meeting["id"], "index": index, **outcome}
    text = record.source.text
    for statement in payload["statements"]:
        values = {"record": key, **statement}
        for name in ("speaker_mention", "cue"):
            span = statement[name]
            _split_span(values, name, span)
            values[f"{name}_text"] = None if span is None else text[span["start"] : span["end"]]
        values["content_text"] = _CONTENT_JOINER.join(
            text[s["start"] : s["end"]] for s in statement["content"]
        )
        yield "statements", values
    for claim in payload["claims"]:
        yield "claims", {"record": key, **claim}


def write_csv(records: Iterable[Record], directory: str | os.PathLike[str]) -> list[str]:
    """
    Write *records* as CSV tables into *directory* (created if needed).

    Writes ``records.csv``, ``actors.csv``, ``places.csv``, ``meetings.csv``,
    ``outcomes.csv``, ``statements.csv`` and ``claims.csv`` (replacing files of those
    names), each with its header row even when it has no other. Records are consumed one at
    a time. Each is keyed by `bilateral.interchange.record_key`, numbered when two records
    are equal (see `bilateral.interchange.KeyAllocator`). The layout is described in this
    module's documentation; the output is byte-stable.

    Args:
        records: The records to write.
        directory: Where to write the tables.

    Returns:
        The key of each record, in order.

    .. versionadded:: 0.1.0
    """
    folder = Path(directory)
    folder.mkdir(parents=True, exist_ok=True)
    keys = KeyAllocator()
    written: list[str] = []
    with contextlib.ExitStack() as stack:
        writers = {}
        for table, columns in CSV_TABLES.items():
            fp = stack.enter_context((folder / f"{table}.csv").open("w", encoding="utf-8", newline=""))
            writers[table] = csv.writer(fp)
            writers[table].writerow(columns)
        for record in records:
            key = keys(record)
            written.append(key)
            for table, values in _rows(key, record):
                writers[table].writerow([_cell(kind, values.get(name)) for name, kind in _SCHEMA[table]])
    return written


# --- reading --------------------------------------------------------------------------


class _TooMany(Exception):  # noqa: N818 - internal signal, never escapes
    """Enough problems found: stop reading."""


class _Problems:
    def __init__(self) -> None:
        self.items: list[Problem] = []

    def add(self, path: str, message: str) -> None:
        self.items.append(Problem(path, message))
        if len(self.items) >= _MAX_PROBLEMS:
            raise _TooMany


class _Row(NamedTuple):
    line: int
    values: dict[str, Any]


def _unescape(cell: str) -> str:
    return cell.removeprefix("'")


def _parse_spans(value: object) -> list[dict[str, int]] | str:
    """``[[start, end], ...]`` as span payloads, or what is wrong with it."""
    if not isinstance(value, list):
        return "expected a JSON list of [start, end] pairs"
    spans = []
    for item in value:
        if not (isinstance(item, list) and len(item) == 2 and all(type(n) is int for n in item)):  # noqa: PLR2004
            return f"expected [start, end] integer pairs (got {_compact(item)[:40]})"
        spans.append({"start": item[0], "end": item[1]})
    return spans


def _parse_cell(kind: _Kind, cell: str, limits: Limits) -> tuple[Any, str | None]:
    """The value of a cell, and an error message (``None`` when it parsed)."""
    if cell == "":
        return None, None
    if kind in {_Kind.TEXT, _Kind.DERIVED}:
        return _unescape(cell), None
    if kind is _Kind.INT:
        if not _DIGITS.fullmatch(cell):
            return None, f"expected a non-negative integer (got {cell[:40]!r})"
        return int(cell), None
    try:
        value = parse_json(cell, limits)
    except RecordError as e:
        return None, f"invalid JSON: {e.problems[0].message}"
    if kind is _Kind.SPANS:
        spans = _parse_spans(value)
        return (None, spans) if isinstance(spans, str) else (spans, None)
    return value, None


@contextlib.contextmanager
def _field_size_limit(limit: int) -> Iterator[None]:
    # The csv module's field limit (128 KiB by default) is process-wide; an article text
    # is longer. Raise it to the input limit while reading, then put it back.
    previous = csv.field_size_limit(limit)
    try:
        yield
    finally:
        csv.field_size_limit(previous)


def _read_table(path: Path, table: str, limits: Limits, problems: _Problems) -> list[_Row]:
    name = path.name
    columns = _SCHEMA[table]
    rows: list[_Row] = []
    try:
        with path.open(encoding="utf-8-sig", newline="") as fp:
            reader = csv.reader(fp, strict=True)
            header = next(reader, None)
            if header is None or tuple(header) != CSV_TABLES[table]:
                got = "nothing" if header is None else ",".join(header)[:200]
                problems.add(f"{name}:1", f"expected the header {','.join(CSV_TABLES[table])} (got {got})")
                return rows
            while True:
                line = reader.line_num + 1
                cells = next(reader, None)
                if cells is None:
                    break
                if len(cells) != len(columns):
                    problems.add(f"{name}:{line}", f"expected {len(columns)} cells (got {len(cells)})")
                    continue
                values: dict[str, Any] = {}
                for (column, kind), cell in zip(columns, cells, strict=True):
                    values[column], error = _parse_cell(kind, cell, limits)
                    if error is not None:
                        problems.add(f"{name}:{line}:{column}", error)
                rows.append(_Row(line, values))
    except FileNotFoundError:
        problems.add(name, "missing table")
    except UnicodeDecodeError as e:
        problems.add(name, f"not UTF-8 (byte {e.start})")
    except csv.Error as e:
        problems.add(f"{name}:{reader.line_num}", f"malformed CSV: {e}")
    except OSError as e:
        problems.add(name, f"cannot read: {e.strerror or e}")
    return rows


def _span(values: dict[str, Any], name: str) -> dict[str, Any] | None:
    start, end = values[f"{name}_start"], values[f"{name}_end"]
    return None if start is None and end is None else {"start": start, "end": end}


def _group(
    values: dict[str, Any], prefix: str, fields: tuple[str, ...], mention: dict[str, Any] | None
) -> dict[str, Any] | None:
    """The nested object held in the ``<prefix>_<field>`` columns; ``None`` if all are empty."""
    group = {field: values[f"{prefix}_{field}"] for field in fields}
    group["mention"] = mention
    return None if all(v is None for v in group.values()) else group


def _record_payload(values: dict[str, Any]) -> dict[str, Any]:
    source = {
        k: values[k]
        for k in (
            "text",
            "title",
            "url",
            "publisher",
            "section",
            "authors",
            "published",
            "dateline",
            "language",
        )
    }
    source["body"] = values["body"]
    extraction = None
    if any(values[k] is not None for k in ("extractor", "extractor_version", "extractor_stages")):
        extraction = {
            "extractor": values["extractor"],
            "version": values["extractor_version"],
            "stages": values["extractor_stages"],
        }
    return {
        "schema_version": values["schema_version"],
        "source": source,
        **{table: [] for table in _ITEM_TABLES},
        "extraction": extraction,
    }


def _item_payload(table: str, values: dict[str, Any]) -> dict[str, Any]:
    if table == "actors":
        item = {k: values[k] for k in ("kind", "id", "name", "aliases", "country", "mentions")}
        # roles and members exist for some kinds only: an empty cell means "not this kind".
        item.update({k: values[k] for k in ("roles", "members") if values[k] is not None})
        return item
    if table == "meetings":
        date = _group(values, "date", _DATE_FIELDS, _span(values, "date_mention"))
        duration = _group(values, "duration", _DURATION_FIELDS, _span(values, "duration_mention"))
        item = {k: values[k] for k in ("id", "participants", "host", "medium", "status")}
        item.update(date=date, place=values["place"], duration=duration)
        item.update(topics=values["topics"], outcomes=[], evidence=values["evidence"])
        return item
    if table == "statements":
        item = {k: values[k] for k in ("id", "speakers", "mode")}
        item.update(speaker_mention=_span(values, "speaker_mention"), cue=_span(values, "cue"))
        item.update(content=values["content"], hedge=values["hedge"])
        return item
    columns = CSV_TABLES[table]
    return {k: values[k] for k in columns if k != "record"}


def _locate(problem: Problem, lines: dict[str, int], record_line: str) -> Problem:
    """Point a record-level problem at the CSV row the offending item came from."""
    match = re.match(
        r"\$\.(actors|places|meetings|statements|claims)\[(\d+)\](?:\.outcomes\[(\d+)\])?", problem.path
    )
    where = record_line
    if match is not None:
        table, index, outcome = match.groups()
        found = lines.get(f"outcomes/{index}/{outcome}" if outcome is not None else f"{table}/{index}")
        if found is not None:
            where = f"{'outcomes' if outcome is not None else table}.csv:{found}"
    return Problem(f"{where} {problem.path}", problem.message)


def read_csv(directory: str | os.PathLike[str], *, limits: Limits = DEFAULT_LIMITS) -> list[Record]:
    """
    Read the records that `write_csv` wrote into *directory*.

    Strict like `bilateral.serialize.loads`: every table must be there with its exact
    header, each cell must parse, each child row must belong to a record in
    ``records.csv``, and each rebuilt record must be valid. Every problem found is
    reported at once (up to 100), each with the file, line and column or JSON path.
    The whole directory is read into memory.

    Args:
        directory: The folder holding the tables.
        limits: ``max_bytes`` bounds each cell (in characters) and ``max_depth`` the
            nesting of JSON cells.

    Returns:
        The records, in the order of ``records.csv``.

    Raises:
        RecordError: when the tables do not hold valid records.

    .. versionadded:: 0.1.0
    """
    folder = Path(directory)
    if not folder.is_dir():
        # One problem, not one per table.
        raise RecordError(
            [Problem(str(folder), "not a directory" if folder.exists() else "no such directory")]
        )
    problems = _Problems()
    try:
        with _field_size_limit(limits.max_bytes):
            tables = {
                table: _read_table(folder / f"{table}.csv", table, limits, problems) for table in _SCHEMA
            }
        # Rows that did not parse would only echo their problems as invalid records.
        records = [] if problems.items else _assemble(tables, problems)
    except _TooMany:
        records = []
    if problems.items:
        raise RecordError(problems.items)
    return records


def _assemble(tables: dict[str, list[_Row]], problems: _Problems) -> list[Record]:
    payloads: dict[str, tuple[int, dict[str, Any], dict[str, int]]] = {}
    for row in tables["records"]:
        key = row.values["record"]
        if key is None:
            problems.add(f"records.csv:{row.line}:record", "missing record key")
        elif key in payloads:
            problems.add(f"records.csv:{row.line}:record", f"duplicate record key {key!r}")
        else:
            payloads[key] = (row.line, _record_payload(row.values), {})

    def owner(table: str, row: _Row) -> tuple[dict[str, Any], dict[str, int]] | None:
        key = row.values["record"]
        if key not in payloads:
            problems.add(f"{table}.csv:{row.line}:record", f"unknown record key {key!r}")
            return None
        _, payload, lines = payloads[key]
        return payload, lines

    for table in _ITEM_TABLES:
        for row in tables[table]:
            found = owner(table, row)
            if found is not None:
                payload, lines = found
                lines[f"{table}/{len(payload[table])}"] = row.line
                payload[table].append(_item_payload(table, row.values))

    _attach_outcomes(tables["outcomes"], payloads, owner, problems)

    records = []
    for key, (line, payload, lines) in payloads.items():
        try:
            records.append(structure(payload))
        except RecordError as e:
            for problem in e.problems:
                located = _locate(problem, lines, f"records.csv:{line}")
                problems.add(located.path, f"record {key}: {located.message}")
        except BilateralError as e:
            problems.add(f"records.csv:{line}", f"record {key}: {e}")
    return records


def _attach_outcomes(
    rows: list[_Row],
    payloads: dict[str, tuple[int, dict[str, Any], dict[str, int]]],
    owner: Callable[[str, _Row], tuple[dict[str, Any], dict[str, int]] | None],
    problems: _Problems,
) -> None:
    """Put each outcome row into its meeting, in ``index`` order (0, 1, ... with no gap)."""
    by_meeting: dict[tuple[str, int], list[_Row]] = {}
    positions: dict[str, dict[str, int]] = {}  # record key -> meeting id -> position
    for row in rows:
        found = owner("outcomes", row)
        if found is None:
            continue
        payload, _ = found
        key, meeting_id = row.values["record"], row.values["meeting"]
        if key not in positions:
            positions[key] = {}
            for i, m in enumerate(payload["meetings"]):
                positions[key].setdefault(m["id"], i)
        position = positions[key].get(meeting_id)
        if position is None:
            problems.add(f"outcomes.csv:{row.line}:meeting", f"unknown meeting id {meeting_id!r}")
            continue
        by_meeting.setdefault((row.values["record"], position), []).append(row)
    for (key, position), group in by_meeting.items():
        _, payload, lines = payloads[key]
        meeting = payload["meetings"][position]
        group.sort(key=lambda r: -1 if r.values["index"] is None else r.values["index"])
        for expected, row in enumerate(group):
            if row.values["index"] != expected:
                problems.add(
                    f"outcomes.csv:{row.line}:index",
                    f"outcomes of meeting {meeting['id']!r} must be numbered 0, 1, ... "
                    f"without gaps or repeats (expected {expected}, got {row.values['index']})",
                )
                break
            lines[f"outcomes/{position}/{expected}"] = row.line
            outcome = {k: row.values[k] for k in ("kind", "by", "to", "text", "evidence")}
            meeting["outcomes"].append(outcome)
