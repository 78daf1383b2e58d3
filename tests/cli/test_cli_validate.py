"""
``bilateral validate``: one ``FILE[:LINE]: message @ path`` line per problem, exit 0/1/2.

Exit codes: 0 when every record of every file is valid, 1 when any is not (or a file
cannot be read), 2 on usage errors (no file named, a file that does not exist).
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest

import bilateral.serialize
from bilateral.cli import main
from bilateral.serialize import Limits, dumps, loads

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE_PATH = ROOT / "examples" / "petro_trump.json"
EXAMPLE = loads(EXAMPLE_PATH.read_bytes())
LINE = dumps(EXAMPLE)
MEDIUMS = "'in_person', 'phone', 'video', 'unknown'"
ACTOR_KINDS = "'person', 'organization', 'country', 'group'"
ADD_OFFSET = "(add 'Z' or '+HH:MM')"


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(["validate", *argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def write(path: Path, text: str) -> str:
    path.write_bytes(text.encode("utf-8"))
    return str(path)


def test_valid_files_exit_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    jsonl = write(tmp_path / "two.jsonl", LINE + "\n\n" + LINE + "\r\n")
    ndjson = write(tmp_path / "one.NDJSON", LINE)
    empty = write(tmp_path / "empty.jsonl", "")
    code, out, err = run([str(EXAMPLE_PATH), jsonl, ndjson, empty], capsys)
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        f"{EXAMPLE_PATH}: valid (1 record)",
        f"{jsonl}: valid (2 records)",
        f"{ndjson}: valid (1 record)",
        f"{empty}: valid (0 records)",
    ]
    assert run(["-q", str(EXAMPLE_PATH), jsonl], capsys) == (0, "", "")


def test_every_bad_line_of_a_jsonl_file_is_reported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    payload = json.loads(LINE)
    payload["source"]["title"] = 5
    payload["meetings"][0]["medium"] = "zoom"
    two_problems = json.dumps(payload)
    lines = [LINE, "", two_problems, LINE, "[1,", LINE]
    path = write(tmp_path / "records.jsonl", "".join(line + "\n" for line in lines))
    code, out, err = run([path], capsys)
    assert code == 1
    assert out == ""
    assert err.splitlines() == [
        f"{path}:3: expected str, got int (5) @ $.source.title",
        f"{path}:3: expected one of {MEDIUMS}, got 'zoom' @ $.meetings[0].medium",
        f"{path}:5: invalid JSON: Expecting value at line 1, column 4 @ $",
    ]


def test_a_bad_json_file_lists_every_problem(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    payload = json.loads(LINE)
    payload["source"]["published"] = "2025-03-12T10:00:00"
    payload["actors"][0]["kind"] = "robot"
    payload["extra"] = 1
    path = write(tmp_path / "record.json", json.dumps(payload, indent=2))
    code, out, err = run([path, str(EXAMPLE_PATH)], capsys)
    assert code == 1
    assert out == f"{EXAMPLE_PATH}: valid (1 record)\n"
    assert err.splitlines() == [
        f"{path}: unknown key 'extra' (Record has no such field) @ $.extra",
        f"{path}: datetime without a UTC offset: '2025-03-12T10:00:00' {ADD_OFFSET} @ $.source.published",
        f"{path}: expected one of {ACTOR_KINDS}, got 'robot' @ $.actors[0].kind",
    ]


def test_lenient_accepts_unknown_keys_only(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    payload = json.loads(LINE)
    payload["source"]["encoding"] = "utf-8"
    path = write(tmp_path / "newer.json", json.dumps(payload))
    assert run([path], capsys)[0] == 1
    note = f"{path}: note: ignored unknown key 'encoding' (Source has no such field) @ $.source.encoding\n"
    assert run(["--lenient", path], capsys) == (0, f"{path}: valid (1 record)\n", note)
    payload["source"]["title"] = 1
    write(tmp_path / "newer.json", json.dumps(payload))
    assert run(["--lenient", path], capsys) == (
        1,
        "",
        f"{path}: expected str, got int (1) @ $.source.title\n",
    )


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "invalid JSON: Expecting value at line 1, column 1"),
        (b"\xef\xbb\xbf{}", "input starts with a UTF-8 byte-order mark"),
        (b'{"a": "\xff"}', "invalid UTF-8 at byte offset 7 (line 1): invalid start byte"),
        (b"[" * 100_000, "arrays and objects nest deeper than the limit of 64 levels"),
        (b'{"a": 1, "a": 2}', "duplicate key 'a' in the object at $"),
    ],
)
def test_invalid_json_is_reported_at_the_root(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, message: str
) -> None:
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    code, out, err = run([str(path)], capsys)
    assert (code, out) == (1, "")
    assert err.startswith(f"{path}: {message}")
    assert err.endswith(" @ $\n")
    assert err.count("\n") == 1


def test_a_file_over_the_size_limit_is_not_read_whole(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bilateral.serialize, "DEFAULT_LIMITS", Limits(max_bytes=1000))
    code, out, err = run([str(EXAMPLE_PATH)], capsys)
    assert (code, out) == (1, "")
    assert err == f"{EXAMPLE_PATH}: input is over the limit of 1000 bytes @ $\n"


def test_standard_input(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    def stdin(data: bytes) -> Any:
        return io.TextIOWrapper(io.BytesIO(data), encoding="utf-8")

    monkeypatch.setattr(sys, "stdin", stdin(LINE.encode()))
    assert run(["-"], capsys) == (0, "-: valid (1 record)\n", "")
    monkeypatch.setattr(sys, "stdin", stdin(b'{"schema_version": 2}'))
    code, _, err = run(["-"], capsys)
    assert code == 1
    newer = "schema_version 2 is newer than this bilateral reads (1): upgrade bilateral"
    assert err == f"-: {newer} @ $.schema_version\n"


def test_format_jsonl_reads_standard_input_a_record_a_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # `... | bilateral validate -` read one JSON document, so piped JSON Lines failed
    # on line 2 with "Extra data"; --format names the layout where no suffix can.
    lines = f'{LINE}\n{{"schema_version": 1}}\n{LINE}\n'.encode()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(lines), encoding="utf-8"))
    code, out, err = run(["--format", "jsonl", "-"], capsys)
    assert (code, out, err) == (1, "", "-:2: missing required key 'source' @ $.source\n")
    exported = write(tmp_path / "export.txt", f"{LINE}\n{LINE}\n")
    assert run(["--format", "jsonl", exported], capsys) == (0, f"{exported}: valid (2 records)\n", "")
    one = write(tmp_path / "one.jsonl", LINE)
    assert run(["--format", "json", one], capsys) == (0, f"{one}: valid (1 record)\n", "")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_pipe_is_read_like_a_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # `bilateral validate <(zcat records.json.gz)` names a pipe (/dev/fd/63): it is not a
    # regular file, but it is there to be read, as extract and convert read it.
    fifo = tmp_path / "records.fifo"
    os.mkfifo(fifo)
    writer = threading.Thread(target=fifo.write_text, args=(LINE,), kwargs={"encoding": "utf-8"})
    writer.start()
    try:
        assert run([str(fifo)], capsys) == (0, f"{fifo}: valid (1 record)\n", "")
    finally:
        if writer.is_alive():  # validate refused the pipe: open it so the writer can finish
            fifo.read_bytes()
        writer.join()


def test_usage_errors_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "missing.json"
    code, out, err = run([str(EXAMPLE_PATH), str(missing)], capsys)
    assert (code, out) == (2, "")
    assert err == f"bilateral validate: {missing}: no such file\n"
    # A directory is not a record file, and says so: "no such file" sent users looking
    # for a typo in a path that exists.
    assert run([str(tmp_path)], capsys) == (2, "", f"bilateral validate: {tmp_path}: is a directory\n")
    with pytest.raises(SystemExit) as info:
        main(["validate"])
    assert info.value.code == 2
    assert "required: FILE" in capsys.readouterr().err
    with pytest.raises(SystemExit) as info:
        main(["validate", "--strict", str(EXAMPLE_PATH)])
    assert info.value.code == 2


def test_a_record_the_model_rejects_after_structuring(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Cross-record checks (ids, spans inside the text) report through the same lines.
    payload = json.loads(LINE)
    payload["source"]["text"] = "short"
    path = write(tmp_path / "short.jsonl", json.dumps(payload) + "\n")
    code, _, err = run([path], capsys)
    assert code == 1
    lines = err.splitlines()
    assert lines
    assert all(
        line.startswith(f"{path}:1: span ") and "lies outside the source text (length 5) @ $." in line
        for line in lines
    )


def test_the_installed_command_runs_as_a_module(tmp_path: Path) -> None:
    bad = write(tmp_path / "bad.jsonl", LINE + "\n{}\n")
    done = subprocess.run(  # noqa: S603 - our own interpreter
        [sys.executable, "-m", "bilateral", "validate", str(EXAMPLE_PATH), bad],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert done.returncode == 1
    assert done.stdout == f"{EXAMPLE_PATH}: valid (1 record)\n"
    assert done.stderr.startswith(f"{bad}:2: expected a bilateral record")
    assert "Traceback" not in done.stderr
