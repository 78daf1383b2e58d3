"""The picklable per-article worker behind ``--jobs`` (and Dask): results, errors, dates."""

from __future__ import annotations

import datetime as dt
import pickle
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_all_start_methods, get_context
from typing import TYPE_CHECKING

import pytest

from bilateral._parallel import ExtractResult, describe_error, extract_path, extract_source, parse_published
from bilateral.errors import TextError
from bilateral.model import Source
from bilateral.serialize import loads
from bilateral.text._io import read_source

if TYPE_CHECKING:
    from pathlib import Path

TEXT = "Chinese President Xi Jinping met with U.S. President Joe Biden in Bali on Monday."


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "xi.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def test_extract_path_returns_the_record_as_json(article: Path) -> None:
    result = extract_path(article, "2026-11-26")
    assert isinstance(result, ExtractResult)
    assert result.file == str(article)
    assert result.error is None
    assert result.json is not None
    assert "\n" not in result.json  # one JSON Lines line
    record = loads(result.json)
    assert record.source.published == dt.date(2026, 11, 26)
    assert len(record.meetings) == 1


def test_extract_path_indents_on_request(article: Path) -> None:
    result = extract_path(article, indent=2)
    assert result.json is not None
    assert result.json.startswith('{\n  "schema_version": 1')


def test_errors_come_back_instead_of_up(tmp_path: Path) -> None:
    missing = extract_path(tmp_path / "missing.txt")
    assert missing.json is None
    assert missing.error is not None
    assert missing.error == "cannot read: No such file or directory"
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe")
    result = extract_path(bad)
    assert result.json is None
    assert result.error is not None
    assert "\n" not in result.error


def test_unreadable_input_errors_give_the_reason_and_nothing_else(tmp_path: Path) -> None:
    # The reason already says where ("at byte 3"); the "(at a..b)" that TextError's own
    # text adds points into an excerpt of the bytes, which a one-line message leaves out.
    bad = tmp_path / "latin1.txt"
    bad.write_bytes(b"Caf\xe9 talks in Bogot\xe1")
    assert extract_path(bad).error == "input is not valid UTF-8: invalid continuation byte at byte 3 (0xe9)"
    big = tmp_path / "big.txt"
    big.write_bytes(b"x" * 9)
    with pytest.raises(TextError) as caught:
        read_source(big, max_bytes=8)
    assert describe_error(caught.value) == "input is larger than the limit of 8 bytes"


def test_a_bad_date_is_an_error_result(article: Path) -> None:
    result = extract_path(article, "2026-02-30")
    assert result.json is None
    assert result.error is not None
    assert "2026-02-30" in result.error


def test_extract_source_for_text_already_read() -> None:
    result = extract_source("-", Source(text=TEXT))
    assert result.file == "-"
    assert result.json is not None
    assert loads(result.json).source.text == TEXT


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, None),
        ("2025-03-12", dt.date(2025, 3, 12)),
        (dt.date(2025, 3, 12), dt.date(2025, 3, 12)),
    ],
)
def test_parse_published(value: str | dt.date | None, expected: dt.date | None) -> None:
    assert parse_published(value) == expected


@pytest.mark.parametrize("value", ["20250312", "2025-W11-3", "2025-3-12", "2025-02-30", " 2025-03-12"])
def test_parse_published_is_strict(value: str) -> None:
    with pytest.raises(ValueError, match="2025"):
        parse_published(value)


def test_worker_and_results_pickle(article: Path) -> None:
    assert pickle.loads(pickle.dumps(extract_path)) is extract_path  # noqa: S301 - our own bytes
    result = extract_path(article)
    assert pickle.loads(pickle.dumps(result)) == result  # noqa: S301 - our own bytes


def test_worker_runs_in_another_process(article: Path) -> None:
    method = "forkserver" if "forkserver" in get_all_start_methods() else "spawn"
    with ProcessPoolExecutor(max_workers=1, mp_context=get_context(method)) as pool:
        remote = pool.submit(extract_path, article, "2026-11-26").result()
    assert remote == extract_path(article, "2026-11-26")
