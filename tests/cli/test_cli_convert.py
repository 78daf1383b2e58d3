"""``bilateral convert``: formats in and out, stdout vs -o, bad records, usage errors, JSON-LD."""

from __future__ import annotations

import datetime as dt
import io
import json
import sys
import types
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs
import pytest

from bilateral.cli import main
from bilateral.errors import Problem, RecordError
from bilateral.interchange import read_csv, record_key, write_csv
from bilateral.serialize import dumps, loads, structure, unstructure

if TYPE_CHECKING:
    from bilateral.model import Record

EXAMPLE = Path(__file__).parents[2] / "examples" / "petro_trump.json"


@pytest.fixture
def seed() -> Record:
    record = loads(EXAMPLE.read_bytes())
    return attrs.evolve(record, source=attrs.evolve(record.source, published=dt.date(2025, 9, 25)))


@pytest.fixture
def undated() -> Record:
    return loads(EXAMPLE.read_bytes())


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(["convert", *argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _jsonl(path: Path, *records: Record) -> Path:
    path.write_text("".join(dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def test_json_to_jsonl_on_stdout(seed: Record, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "seed.json"
    path.write_text(dumps(seed, indent=2), encoding="utf-8")
    code, out, err = _run([str(path), "--to", "jsonl"], capsys)
    assert (code, err) == (0, "")
    assert out == dumps(seed) + "\n"


def test_jsonl_to_plover_with_o(
    seed: Record, undated: Record, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = _jsonl(tmp_path / "in.jsonl", seed, undated)
    target = tmp_path / "events.jsonl"
    code, out, err = _run([str(source), "--to", "plover", "-o", str(target)], capsys)
    assert (code, out) == (0, "")
    events = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    assert [e["id"] for e in events] == [f"{record_key(seed)}-m0"] + [
        f"{record_key(seed)}-m0-o{k}" for k in range(3)
    ]
    # The undated record (line 2) costs one stderr line per skipped item, and no failure.
    lines = err.splitlines()
    assert len(lines) == 4
    assert lines[0] == (
        f"{source}:2: skipped $.meetings[0]: no date: 'Tuesday' cannot be resolved without a publication date"
    )


def test_plover_skip_lines_name_the_line_after_blank_lines(
    undated: Record, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text("\n\n" + dumps(undated) + "\n", encoding="utf-8")
    code, out, err = _run([str(source), "--to", "plover"], capsys)
    assert (code, out) == (0, "")
    assert err.startswith(f"{source}:3: skipped $.meetings[0]")


def test_csv_needs_o(seed: Record, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = _jsonl(tmp_path / "in.jsonl", seed)
    code, out, err = _run([str(source), "--to", "csv"], capsys)
    assert (code, out) == (2, "")
    assert err == "bilateral convert: --to csv needs -o DIR (one CSV file per table)\n"


def test_csv_round_trip_through_the_cli(
    seed: Record, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = _jsonl(tmp_path / "in.jsonl", seed, seed)
    tables = tmp_path / "tables"
    assert _run([str(source), "--to", "csv", "-o", str(tables)], capsys) == (0, "", "")
    assert read_csv(tables) == [seed, seed]
    code, out, err = _run([str(tables), "--to", "jsonl"], capsys)  # a directory reads as csv
    assert (code, err) == (0, "")
    assert out == source.read_text(encoding="utf-8")
    assert _run([str(tables), "--from", "csv", "--to", "jsonl"], capsys)[1] == out


def test_bad_csv_tables_exit_1(seed: Record, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    tables = tmp_path / "tables"
    _run([str(_jsonl(tmp_path / "in.jsonl", seed)), "--to", "csv", "-o", str(tables)], capsys)
    (tables / "claims.csv").unlink()
    code, out, err = _run([str(tables), "--to", "jsonl"], capsys)
    assert (code, out) == (1, "")
    assert err == f"{tables}: missing table @ claims.csv\n"


def test_bad_lines_are_reported_and_the_rest_converted(
    seed: Record, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(dumps(seed) + "\n{not json\n" + dumps(seed) + "\n", encoding="utf-8")
    code, out, err = _run([str(source), "--to", "jsonl"], capsys)
    assert code == 1
    assert out == (dumps(seed) + "\n") * 2
    assert err.startswith(f"{source}:2: ")
    assert len(err.splitlines()) == 1


def test_a_bad_json_record_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "bad.json"
    path.write_text('{"schema_version": 1}', encoding="utf-8")
    code, out, err = _run([str(path), "--to", "plover"], capsys)
    assert (code, out) == (1, "")
    assert err.startswith(f"{path}: ")
    assert "source" in err


def test_every_problem_of_a_record_is_a_line_naming_the_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # As `bilateral validate` prints them: one `FILE[:LINE]: message @ path` line per
    # problem, so that grep and editors find each, not the first only.
    path = tmp_path / "bad.jsonl"
    path.write_text(
        '{"schema_version": 1, "source": {"text": 42}, "actors": [{"kind": "robot"}]}\n', encoding="utf-8"
    )
    code, out, err = _run([str(path), "--to", "jsonl"], capsys)
    assert (code, out) == (1, "")
    where = "$.actors[0].kind"
    assert err.splitlines() == [
        f"{path}:1: expected str, got int (42) @ $.source.text",
        f"{path}:1: expected one of 'person', 'organization', 'country', 'group', got 'robot' @ {where}",
    ]


@pytest.mark.parametrize(
    ("value", "kind"), [('"https://example.org/doc"', "a string"), ("3", "a number"), ("null", "null")]
)
def test_a_jsonld_file_that_holds_no_document_exits_1(
    value: str, kind: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("bilateral.jsonld", reason="needs the jsonld extra")
    path = tmp_path / "odd.jsonld"
    path.write_text(value + "\n", encoding="utf-8")
    code, out, err = _run([str(path), "--to", "jsonl"], capsys)
    assert (code, out) == (1, "")
    assert err == f"{path}: expected a JSON-LD document (an object or an array), got {kind} @ $\n"


def test_stdin_is_read_as_json_by_default(
    seed: Record, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(dumps(seed).encode())))
    code, out, _ = _run(["-", "--to", "jsonl"], capsys)
    assert (code, out) == (0, dumps(seed) + "\n")


def test_stdin_as_jsonl(
    seed: Record, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    data = (dumps(seed) + "\n") * 2
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data.encode())))
    code, out, err = _run(["-", "--from", "jsonl", "--to", "plover"], capsys)
    assert (code, err) == (0, "")
    assert len(out.splitlines()) == 8


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["missing.json", "--to", "jsonl"], "missing.json: no such file or directory"),
        (
            ["{dir}", "--to", "jsonl", "--from", "json"],
            "{dir} is a directory: give --from csv to read CSV tables",
        ),
        (["{file}", "--to", "jsonl", "--from", "csv"], "--from csv needs a directory of tables (got {file})"),
        (["{file}", "--to", "csv", "-o", "{file}"], "-o {file}: not a directory"),
        (
            ["{file}", "--to", "jsonl", "-o", "{dir}/no/such/out.jsonl"],
            "-o {dir}/no/such/out.jsonl: cannot write",
        ),
    ],
)
def test_usage_errors_exit_2(
    argv: list[str], message: str, seed: Record, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    file = _jsonl(tmp_path / "in.jsonl", seed)
    names = {"dir": str(tmp_path), "file": str(file)}
    code, out, err = _run([a.format(**names) for a in argv], capsys)
    assert (code, out) == (2, "")
    assert err.startswith(f"bilateral convert: {message.format(**names)}")


@pytest.mark.parametrize("to", ["jsonl", "jsonld", "plover", "csv"])
def test_an_output_that_is_the_input_is_refused(
    to: str, seed: Record, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The output is opened before the input is read: `-o` naming the input emptied it,
    # then converted nothing (exit 0 for JSON Lines).
    if to == "csv":
        source = tmp_path / "tables"
        write_csv([seed], source)
        argv = [str(source), "--to", "csv", "-o", str(tmp_path / "." / "tables")]
    else:
        source = _jsonl(tmp_path / "in.jsonl", seed)
        argv = [str(source), "--to", to, "-o", str(tmp_path / "sub" / ".." / "in.jsonl")]
        (tmp_path / "sub").mkdir()
    before = {p: p.read_bytes() for p in ([*source.iterdir()] if source.is_dir() else [source])}
    code, out, err = _run(argv, capsys)
    assert (code, out) == (2, "")
    assert (
        err == f"bilateral convert: -o {argv[-1]} is the input: it would be overwritten before it is read\n"
    )
    assert {p: p.read_bytes() for p in before} == before


def test_dash_as_output_is_standard_output(
    seed: Record, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # As '-' is standard input for FILE; it used to write a file named "-".
    monkeypatch.chdir(tmp_path)
    source = _jsonl(tmp_path / "in.jsonl", seed)
    assert _run([str(source), "--to", "jsonl", "-o", "-"], capsys) == (0, dumps(seed) + "\n", "")
    assert not (tmp_path / "-").exists()
    code, _, err = _run([str(source), "--to", "csv", "-o", "-"], capsys)
    assert (code, err) == (2, "bilateral convert: --to csv needs -o DIR (one CSV file per table)\n")


def test_unknown_format_is_an_argparse_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["convert", str(tmp_path), "--to", "xml"])
    assert info.value.code == 2
    assert "invalid choice: 'xml'" in capsys.readouterr().err


# --- JSON-LD ------------------------------------------------------------------------


def test_jsonld_unavailable_exits_2(
    seed: Record, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "bilateral.jsonld", None)  # import raises ImportError
    source = _jsonl(tmp_path / "in.jsonl", seed)
    for argv in ([str(source), "--to", "jsonld"], [str(source), "--from", "jsonld", "--to", "jsonl"]):
        code, out, err = _run(argv, capsys)
        assert (code, out) == (2, "")
        assert err.startswith(
            "bilateral convert: JSON-LD needs the jsonld extra (pip install 'bilateral[jsonld]'), "
            "which is unavailable"
        )


def _fake_jsonld() -> types.ModuleType:
    """A stand-in with the agreed API, so the CLI's plumbing is tested on its own."""
    module = types.ModuleType("bilateral.jsonld")

    def to_jsonld(record: Record) -> dict[str, Any]:
        return {"@context": {"@vocab": "https://example.org/"}, "record": unstructure(record)}

    def from_jsonld(document: object) -> Record:
        if not isinstance(document, dict) or "record" not in document:
            raise RecordError([Problem("$", "not a record document")])
        return structure(document["record"])

    module.to_jsonld = to_jsonld  # type: ignore[attr-defined]
    module.from_jsonld = from_jsonld  # type: ignore[attr-defined]
    return module


def test_jsonld_out_and_back_in(
    seed: Record, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "bilateral.jsonld", _fake_jsonld())
    single = tmp_path / "seed.json"
    single.write_text(dumps(seed), encoding="utf-8")
    code, out, err = _run([str(single), "--to", "jsonld"], capsys)
    assert (code, err) == (0, "")
    assert out.startswith('{\n  "@context": {')  # one document in, one indented document out
    (tmp_path / "seed.jsonld").write_text(out, encoding="utf-8")
    code, back, err = _run([str(tmp_path / "seed.jsonld"), "--to", "jsonl"], capsys)
    assert (code, err, back) == (0, "", dumps(seed) + "\n")

    many = _jsonl(tmp_path / "in.jsonl", seed, seed)
    code, out, _ = _run([str(many), "--to", "jsonld", "-o", str(tmp_path / "docs.jsonl")], capsys)
    assert (code, out) == (0, "")
    docs = (tmp_path / "docs.jsonl").read_text(encoding="utf-8")
    assert len(docs.splitlines()) == 2  # several records in, one compact document a line
    (tmp_path / "docs.jsonl").write_text(docs + "\n{}\n", encoding="utf-8")
    code, out, err = _run([str(tmp_path / "docs.jsonl"), "--from", "jsonld", "--to", "jsonl"], capsys)
    assert code == 1
    assert out == (dumps(seed) + "\n") * 2
    assert err.startswith(f"{tmp_path / 'docs.jsonl'}:4: ")


def test_a_foreign_jsonld_document_without_pyld_exits_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # bilateral's own documents need no pyld; another shape must be compacted with it, and
    # its ImportError ended the run in a traceback.
    pytest.importorskip("bilateral.jsonld", reason="needs the jsonld extra")
    monkeypatch.setitem(sys.modules, "pyld", None)  # import raises ImportError
    source = tmp_path / "foreign.jsonld"
    source.write_text('{"@context": "https://schema.org", "type": "NewsArticle"}', encoding="utf-8")
    code, out, err = _run([str(source), "--to", "jsonl"], capsys)
    assert (code, out) == (2, "")
    assert (
        err
        == f"bilateral convert: {source}: JSON-LD processing needs pyld: pip install 'bilateral[jsonld]'\n"
    )


def test_jsonld_module_without_the_agreed_functions_exits_2(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "bilateral.jsonld", types.ModuleType("bilateral.jsonld"))
    code, _, err = _run([str(EXAMPLE), "--to", "jsonld"], capsys)
    assert code == 2
    assert "JSON-LD is unavailable" in err


def test_jsonld_round_trip_with_the_real_module(
    seed: Record, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("bilateral.jsonld", reason="needs the jsonld extra")
    single = tmp_path / "seed.json"
    single.write_text(dumps(seed), encoding="utf-8")
    document = tmp_path / "seed.jsonld"
    assert _run([str(single), "--to", "jsonld", "-o", str(document)], capsys) == (0, "", "")
    assert _run([str(document), "--to", "jsonl"], capsys) == (0, dumps(seed) + "\n", "")
    many = _jsonl(tmp_path / "in.jsonl", seed, seed)
    code, out, err = _run([str(many), "--to", "jsonld"], capsys)
    assert (code, err) == (0, "")
    lines = tmp_path / "docs.jsonl"
    lines.write_text(out, encoding="utf-8")
    assert _run([str(lines), "--from", "jsonld", "--to", "jsonl"], capsys) == (0, many.read_text("utf-8"), "")
