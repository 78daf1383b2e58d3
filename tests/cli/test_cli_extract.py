"""``bilateral extract``: inputs, formats, outputs, failures, exit codes and ``--jobs``."""

from __future__ import annotations

import io
import json
import os
from typing import TYPE_CHECKING

import pytest

from bilateral.cli import main
from bilateral.cli._extract import _Progress
from bilateral.serialize import loads

if TYPE_CHECKING:
    from pathlib import Path

    from bilateral.model import Record

ARTICLES = {
    "petro": (
        "Colombian President Gustavo Petro met U.S. President Donald Trump on Tuesday. "
        "Petro extended an invitation to Trump to visit Cartagena."
    ),
    "xi": "Chinese President Xi Jinping met with U.S. President Joe Biden in Bali on Monday.",
    "none": "Markets closed higher on Friday.",
}


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    out = {}
    for name, text in ARTICLES.items():
        path = tmp_path / "in" / f"{name}.txt"
        path.parent.mkdir(exist_ok=True)
        path.write_text(text, encoding="utf-8")
        out[name] = path
    return out


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(["extract", *argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _records(jsonl: str) -> list[Record]:
    return [loads(line) for line in jsonl.splitlines()]


def test_one_input_gives_one_indented_object(
    files: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = _run([str(files["petro"])], capsys)
    assert (code, err) == (0, "")
    assert out.startswith('{\n  "schema_version": 1,')
    assert out.endswith("}\n")
    record = loads(out)
    assert record.source.text == ARTICLES["petro"]
    assert len(record.meetings) == 1


def test_several_inputs_give_json_lines_in_input_order(
    files: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    order = ["xi", "none", "petro"]
    code, out, _ = _run([str(files[n]) for n in order], capsys)
    assert code == 0
    assert [r.source.text for r in _records(out)] == [ARTICLES[n] for n in order]


def test_format_jsonl_for_one_input(files: dict[str, Path], capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(["--format", "jsonl", str(files["xi"])], capsys)
    assert code == 0
    assert out.count("\n") == 1
    assert out.startswith('{"schema_version":1,')


def test_stdin(
    files: dict[str, Path], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(ARTICLES["petro"].encode())))
    code, out, _ = _run(["-"], capsys)
    assert code == 0
    from_stdin = out
    code, out, _ = _run([str(files["petro"])], capsys)
    assert code == 0
    assert from_stdin == out


def test_stdin_only_once(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _run(["-", "-"], capsys)
    assert (code, out) == (2, "")
    assert "stdin" in err


def test_published_anchors_relative_dates(files: dict[str, Path], capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(["--published", "2026-11-26", str(files["petro"])], capsys)
    assert code == 0
    (meeting,) = loads(out).meetings
    assert meeting.date is not None
    assert meeting.date.start is not None
    assert meeting.date.start.isoformat() == "2026-11-24"
    _, out, _ = _run([str(files["petro"])], capsys)
    (meeting,) = loads(out).meetings
    assert meeting.date is not None
    assert meeting.date.start is None  # no anchor: the weekday only


@pytest.mark.parametrize("value", ["20261126", "2026-11-31", "26/11/2026", "tomorrow"])
def test_published_must_be_a_real_iso_date(
    value: str, files: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["extract", "--published", value, str(files["xi"])])
    assert exc.value.code == 2
    assert "--published" in capsys.readouterr().err


def test_json_with_several_inputs_needs_a_directory(
    files: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = _run(["--format", "json", str(files["xi"]), str(files["petro"])], capsys)
    assert (code, out) == (2, "")
    assert "-o DIR" in err


def test_json_into_a_directory_writes_one_file_each(
    files: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "out"
    code, out, _ = _run(["--format", "json", "-o", str(target), *map(str, files.values())], capsys)
    assert (code, out) == (0, "")
    assert sorted(p.name for p in target.iterdir()) == ["none.json", "petro.json", "xi.json"]
    for name, text in ARTICLES.items():
        assert loads((target / f"{name}.json").read_bytes()).source.text == text


def test_one_input_into_an_existing_directory(
    files: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "out"
    target.mkdir()
    code, _, _ = _run(["-o", str(target), str(files["xi"])], capsys)
    assert code == 0
    assert (target / "xi.json").is_file()


def test_two_inputs_with_one_stem_are_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    paths = []
    for folder in ("a", "b"):
        path = tmp_path / folder / "same.txt"
        path.parent.mkdir()
        path.write_text(ARTICLES["xi"], encoding="utf-8")
        paths.append(str(path))
    code, _, err = _run(["--format", "json", "-o", str(tmp_path / "out"), *paths], capsys)
    assert code == 2
    assert "same.json" in err


#: The end of the message when an output would overwrite an input.
LOST = ": it would be overwritten before it is read"


@pytest.mark.parametrize(
    ("options", "says"),
    [
        (["-o", "{xi}"], "-o {xi} is also an input" + LOST),
        (["-o", "{other}"], "-o {other} is also an input" + LOST),
        (["--errors", "{xi}"], "--errors {xi} is also an input" + LOST),
        (["-o", "{out}", "--errors", "{out}"], "-o and --errors name the same file {out}"),
        (["--format", "json", "-o", "{folder}"], "-o {folder} would write {clash}, also an input" + LOST),
    ],
)
def test_an_output_that_is_an_input_is_refused(
    options: list[str], says: str, files: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Output files are opened before the articles are read: `-o article.txt` emptied the
    # article, then wrote the record of an empty text and exited 0.
    folder = files["xi"].parent
    clash = folder / "petro.json"
    clash.write_text(ARTICLES["petro"], encoding="utf-8")
    names = {
        "xi": files["xi"],
        "other": folder / ".." / "in" / "xi.txt",  # another spelling of the same file
        "out": tmp_path / "out.jsonl",
        "folder": folder,
        "clash": clash,
    }
    inputs = [files["xi"], clash] if "--format" in options else [files["xi"], files["none"]]
    before = {path: path.read_bytes() for path in inputs}
    code, out, err = _run([*(o.format(**names) for o in options), *map(str, inputs)], capsys)
    assert (code, out, err) == (2, "", f"bilateral extract: error: {says.format(**names)}\n")
    assert {path: path.read_bytes() for path in inputs} == before


def test_dash_as_output_is_standard_output(
    files: dict[str, Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # As '-' is standard input among the articles; it used to write a file named "-".
    monkeypatch.chdir(tmp_path)
    code, out, err = _run(["-o", "-", str(files["xi"])], capsys)
    assert (code, err) == (0, "")
    assert loads(out).source.text == ARTICLES["xi"]
    assert not (tmp_path / "-").exists()
    code, _, err = _run(["--format", "json", "-o", "-", str(files["xi"]), str(files["none"])], capsys)
    assert (code, err) == (
        2,
        "bilateral extract: error: --format json with several inputs needs -o DIR (one file each)\n",
    )


def test_jsonl_to_a_file(files: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "records.jsonl"
    code, out, _ = _run(["-o", str(target), str(files["xi"]), str(files["petro"])], capsys)
    assert (code, out) == (0, "")
    assert len(_records(target.read_text(encoding="utf-8"))) == 2


def test_jsonl_into_a_directory_is_refused(
    files: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = _run(["-o", str(tmp_path), str(files["xi"]), str(files["petro"])], capsys)
    assert code == 2
    assert "directory" in err


def test_a_failed_article_is_reported_and_the_rest_go_on(
    files: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"Caf\xe9 talks")  # Latin-1, not UTF-8
    missing = tmp_path / "missing.txt"
    errors = tmp_path / "errors.jsonl"
    argv = ["--errors", str(errors), str(files["xi"]), str(bad), str(missing), str(files["petro"])]
    code, out, err = _run(argv, capsys)
    assert code == 1
    assert [r.source.text for r in _records(out)] == [ARTICLES["xi"], ARTICLES["petro"]]
    lines = err.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith(f"bilateral extract: {bad}: ")
    assert "UTF-8" in lines[0]
    assert lines[1] == f"bilateral extract: {missing}: cannot read: No such file or directory"
    reported = [json.loads(line) for line in errors.read_text(encoding="utf-8").splitlines()]
    assert [r["file"] for r in reported] == [str(bad), str(missing)]
    assert all(r["error"] for r in reported)


def _undecodable_name(folder: Path) -> Path:
    """A file whose name is not UTF-8 (Latin-1 "café.txt"), where the file system allows it."""
    path = folder / os.fsdecode(b"caf\xe9.txt")
    try:
        path.write_bytes(b"Caf\xe9 talks")  # not UTF-8 inside either: the article fails
    except (OSError, UnicodeError):
        pytest.skip("the file system refuses a name that is not UTF-8")
    return path


def test_a_file_name_that_is_not_utf8_goes_to_the_errors_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # json.dumps kept the name's surrogate escape, which the UTF-8 errors file cannot hold:
    # a traceback. It is written as a JSON \u escape, and reads back as the same name.
    bad = _undecodable_name(tmp_path)
    errors = tmp_path / "errors.jsonl"
    code, out, err = _run(["--errors", str(errors), str(bad)], capsys)
    assert (code, out) == (1, "")
    assert err.startswith("bilateral extract: ")
    (line,) = errors.read_text(encoding="utf-8").splitlines()
    assert '"file": "' + str(tmp_path) + '/caf\\udce9.txt"' in line
    assert json.loads(line)["file"] == str(bad)


def test_a_directory_given_as_an_article_is_reported_as_unreadable(
    files: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = _run([str(tmp_path), str(files["xi"])], capsys)
    assert code == 1
    assert [r.source.text for r in _records(out)] == [ARTICLES["xi"]]
    # `bilateral extract corpus/` is a natural first try: say what to give instead.
    hint = f"cannot read: Is a directory (give the articles in it, such as {tmp_path}/*.txt)"
    assert err.splitlines() == [f"bilateral extract: {tmp_path}: {hint}"]


def test_no_errors_file_when_all_goes_well(
    files: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    errors = tmp_path / "errors.jsonl"
    code, _, _ = _run(["--errors", str(errors), str(files["xi"])], capsys)
    assert code == 0
    assert errors.read_text(encoding="utf-8") == ""


def test_jobs_two_gives_the_same_bytes_as_jobs_one(
    files: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = [str(files[n]) for n in ("petro", "xi", "none", "petro", "xi")]
    paths.insert(2, str(tmp_path / "missing.txt"))
    one = _run(["--jobs", "1", "--published", "2026-11-26", *paths], capsys)
    two = _run(["--jobs", "2", "--published", "2026-11-26", *paths], capsys)
    assert one == two
    assert one[0] == 1
    assert len(one[1].splitlines()) == 5


@pytest.mark.parametrize("jobs", ["0", "-1", "two"])
def test_jobs_must_be_positive(jobs: str, files: dict[str, Path], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["extract", "--jobs", jobs, str(files["xi"])])
    assert exc.value.code == 2
    capsys.readouterr()


def test_no_progress_bar_when_stderr_is_not_a_terminal(
    files: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = _run([str(files["xi"]), str(files["petro"])], capsys)
    assert (code, err) == (0, "")


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_on_a_terminal() -> None:
    stream = _Terminal()
    progress = _Progress(4, stream)
    for _ in range(4):
        progress.step()
    progress.close()
    shown = stream.getvalue()
    assert shown.count("\r") == 4
    assert "4/4" in shown
    assert shown.endswith("\n")
    quiet = io.StringIO()
    progress = _Progress(4, quiet)
    progress.step()
    progress.close()
    assert quiet.getvalue() == ""
