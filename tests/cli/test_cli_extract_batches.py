"""``bilateral extract --jobs``: articles travel to the workers in batches, results stay in order."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING

import pytest

from bilateral._parallel import ExtractResult
from bilateral.cli import main
from bilateral.cli._extract import _MAX_BATCH, _MIN_TASKS_PER_JOB, _batch_size, _ordered

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from bilateral.cli._extract import _Call


@pytest.mark.parametrize(
    ("n_calls", "jobs", "expected"),
    [
        (1, 2, 1),
        (15, 2, 1),
        (2 * _MIN_TASKS_PER_JOB * 3, 2, 3),
        (10_000, 2, _MAX_BATCH),
        (1_000, 32, 1_000 // (32 * _MIN_TASKS_PER_JOB)),
    ],
)
def test_batch_size_keeps_every_worker_busy(n_calls: int, jobs: int, expected: int) -> None:
    assert _batch_size(n_calls, jobs) == expected


def _echo(name: str) -> ExtractResult:
    return ExtractResult(name, name, None)


def test_ordered_yields_batches_in_input_order_with_a_bounded_window() -> None:
    calls: list[_Call] = [(_echo, (str(i),), {}) for i in range(23)]
    batches = [calls[i : i + 4] for i in range(0, len(calls), 4)]
    submitted: list[int] = []

    def numbered() -> Iterator[list[_Call]]:
        for n, batch in enumerate(batches):
            submitted.append(n)
            yield batch

    with ThreadPoolExecutor(max_workers=3) as executor:
        seen: list[str] = []
        for k, results in enumerate(_ordered(executor, numbered(), window=2)):
            # Never more than the window ahead of what has been consumed.
            assert len(submitted) <= k + 2
            seen.extend(r.file for r in results)
    assert seen == [str(i) for i in range(23)]


def test_many_files_over_two_jobs_match_one_job_line_for_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    texts = [
        "Chinese President Xi Jinping met with U.S. President Joe Biden in Bali on Monday.",
        "Markets closed higher on Friday.",
        "Indian Prime Minister Narendra Modi visited Mauritius on Tuesday.",
    ]
    paths = []
    for i in range(40):
        path = tmp_path / f"a{i:02d}.txt"
        path.write_text(texts[i % len(texts)], encoding="utf-8")
        paths.append(str(path))
    paths.insert(17, str(tmp_path / "missing.txt"))  # a failure inside a batch
    outputs = []
    for jobs in ("1", "2"):
        code = main(["extract", "--jobs", jobs, "--published", "2026-11-26", *paths])
        captured = capsys.readouterr()
        outputs.append((code, captured.out, captured.err))
    assert outputs[0] == outputs[1]
    code, out, err = outputs[0]
    assert code == 1
    assert len(out.splitlines()) == 40
    assert "missing.txt" in err
