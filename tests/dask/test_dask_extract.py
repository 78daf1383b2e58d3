"""
bilateral.dask on a local scheduler, over a small corpus with one broken article.

* The records of all parts, in part order, are byte for byte what ``bilateral extract
  --jobs 1`` writes for the same files, and the errors parts hold its ``--errors`` lines,
  which name the broken file (run on the processes scheduler, as a cluster would run it:
  every task pickled and sent to another process).
* A partition whose articles all fail still writes both its parts; no temporary file is
  left behind; parts of an earlier run are refused, or replaced on request.
* A custom extractor runs instead of the default pipeline, and its failures are reported
  like any other.
"""

from __future__ import annotations

import json
import os
import re
import shutil
from pathlib import Path

import pytest

# Skipped, not failed, where the extra is not installed; the imports below need it.
pytest.importorskip("dask.bag")

from bilateral.cli import main
from bilateral.dask import PartSummary, extract_bag, write_parts
from bilateral.model import Record, Source
from bilateral.serialize import loads

DEV = Path(__file__).parents[1] / "data" / "eval" / "dev"
ARTICLES = (
    "seed000_petro_trump.txt",
    "voa6205843_blinken_payne.txt",
    "voa8005899_rubio_saudi_ukraine_talks.txt",
    "voa8008079_india_mauritius.txt",
)
#: Latin-1 bytes where UTF-8 is required: the article cannot be read.
BROKEN = "Petro met Trump in Bogot\xe1 on Tuesday.\n".encode("latin-1")


@pytest.fixture
def corpus(tmp_path: Path) -> list[Path]:
    directory = tmp_path / "corpus"
    directory.mkdir()
    paths = [Path(shutil.copy(DEV / name, directory / name)) for name in ARTICLES]
    broken = directory / "broken.txt"
    broken.write_bytes(BROKEN)
    return [*paths[:2], broken, *paths[2:]]


def read_errors(parts: list[PartSummary]) -> list[dict[str, str]]:
    return [
        json.loads(line) for part in parts for line in Path(part.errors_path).read_text("utf-8").splitlines()
    ]


def test_dask_parts_equal_bilateral_extract(corpus: list[Path], tmp_path: Path) -> None:
    cli_records, cli_errors = tmp_path / "cli.jsonl", tmp_path / "cli-errors.jsonl"
    files = [str(path) for path in corpus]
    argv = ["extract", *files, "--jobs", "1", "--published", "2025-03-12", "-o", str(cli_records)]
    assert main([*argv, "--errors", str(cli_errors)]) == 1

    results = extract_bag(corpus, published="2025-03-12", npartitions=2)
    parts = write_parts(results, tmp_path / "out", scheduler="processes", num_workers=2)

    assert [part.partition for part in parts] == [0, 1]
    assert [Path(part.records_path).name for part in parts] == ["part-00000.jsonl", "part-00001.jsonl"]
    records = "".join(Path(part.records_path).read_text("utf-8") for part in parts)
    assert records == cli_records.read_text("utf-8")
    assert len(records.splitlines()) == len(ARTICLES) == sum(part.records for part in parts)
    assert all(isinstance(loads(line), Record) for line in records.splitlines())

    errors = read_errors(parts)
    assert errors == [json.loads(line) for line in cli_errors.read_text("utf-8").splitlines()]
    assert [error["file"] for error in errors] == [str(corpus[2])]
    assert "not valid UTF-8" in errors[0]["error"]
    assert sum(part.errors for part in parts) == 1
    assert sorted(path.name for path in (tmp_path / "out").iterdir()) == [
        "errors-00000.jsonl",
        "errors-00001.jsonl",
        "part-00000.jsonl",
        "part-00001.jsonl",
    ]


def test_dask_a_partition_of_failures_still_writes_its_parts(tmp_path: Path) -> None:
    broken = [tmp_path / f"broken-{i}.txt" for i in range(3)]
    for path in broken:
        path.write_bytes(BROKEN)
    missing = tmp_path / "missing.txt"
    parts = write_parts(extract_bag([*broken, missing], npartitions=2), tmp_path / "out", scheduler="sync")
    assert [(part.records, part.errors) for part in parts] == [(0, 2), (0, 2)]
    assert all(Path(part.records_path).read_text("utf-8") == "" for part in parts)
    assert [error["file"] for error in read_errors(parts)] == [*map(str, broken), str(missing)]
    assert read_errors(parts)[-1]["error"] == "cannot read: No such file or directory"


def test_dask_refuses_to_mix_runs_unless_asked(corpus: list[Path], tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    stale = out / "part-00007.jsonl"
    stale.write_text("{}\n", encoding="utf-8")
    keep = out / "README.txt"
    keep.write_text("not a part\n", encoding="utf-8")
    with pytest.raises(FileExistsError, match=r"part-00007\.jsonl"):
        write_parts(extract_bag(corpus[:1]), out, scheduler="sync")
    parts = write_parts(extract_bag(corpus[:1]), out, overwrite=True, scheduler="sync")
    assert not stale.exists()
    assert keep.exists()
    assert sorted(path.name for path in out.iterdir()) == [
        "README.txt",
        "errors-00000.jsonl",
        "part-00000.jsonl",
    ]
    assert parts[0].records == 1


class TitleExtractor:
    """An extractor of its own: the first line is the title; an empty article is an error."""

    def extract(self, source: Source) -> Record:
        first = source.text.partition("\n")[0]
        if not first:
            msg = "no title line"
            raise ValueError(msg)
        return Record(source=Source(text=source.text, title=first, published=source.published))


def test_dask_runs_a_custom_extractor(corpus: list[Path], tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    paths = [corpus[0], empty]
    parts = write_parts(
        extract_bag(paths, published="2025-03-12", extractor=TitleExtractor()),
        tmp_path / "out",
        scheduler="threads",
    )
    lines = [line for part in parts for line in Path(part.records_path).read_text("utf-8").splitlines()]
    assert len(lines) == 1
    record = loads(lines[0])
    assert record.source.title == corpus[0].read_text("utf-8").partition("\n")[0]
    assert record.source.published is not None
    assert record.source.published.isoformat() == "2025-03-12"
    assert read_errors(parts) == [{"file": str(empty), "error": "ValueError: no title line"}]


@pytest.mark.parametrize(
    ("published", "says"),
    [("2025-13-01", "no such date: '2025-13-01'"), ("12 March 2025", "publication date must be YYYY-MM-DD")],
)
def test_dask_a_bad_publication_date_is_refused_at_once(published: str, says: str) -> None:
    # It used to be checked per article, inside the workers: the whole corpus ran, and
    # every article "failed" with the same ValueError in the errors parts.
    with pytest.raises(ValueError, match=re.escape(says)):
        extract_bag(["a.txt", "b.txt"], published=published)


@pytest.mark.parametrize("paths", ["corpus/a.txt", b"corpus/a.txt", Path("corpus/a.txt")])
def test_dask_one_path_instead_of_many_is_refused(paths: object) -> None:
    # A str is an iterable too: extract_bag("a.txt") made one "article" per character.
    with pytest.raises(
        TypeError, match=r"paths must be an iterable of paths, not one path: wrap it in a list"
    ):
        extract_bag(paths)  # type: ignore[arg-type]


def test_dask_a_file_name_that_is_not_utf8_is_reported(tmp_path: Path) -> None:
    # The errors part is UTF-8: the name's surrogate escape is written as a JSON \u escape.
    bad = tmp_path / os.fsdecode(b"caf\xe9.txt")
    try:
        bad.write_bytes(BROKEN)
    except (OSError, UnicodeError):
        pytest.skip("the file system refuses a name that is not UTF-8")
    parts = write_parts(extract_bag([bad], npartitions=1), tmp_path / "out", scheduler="sync")
    assert [error["file"] for error in read_errors(parts)] == [str(bad)]
