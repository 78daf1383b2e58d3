"""
``bilateral extract``: news articles in, records out.

Output rules (DESIGN.md section 7):

* one input, default ``--format json``: one JSON object, indented by two spaces, to stdout
  (or ``-o FILE``; ``-o DIR`` for an existing directory writes ``DIR/<stem>.json``);
* several inputs, default ``--format jsonl``: one compact record a line, in input order,
  to stdout or ``-o FILE``;
* ``--format json`` with several inputs needs ``-o DIR``: one ``<stem>.json`` each
  (``stdin.json`` for ``-``); without it, or when two inputs share a stem, exit 2.

A failed article costs one line on stderr (and a ``{"file": ..., "error": ...}`` line in
``--errors FILE``); the others carry on and the exit code is 1 at the end.
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from bilateral._parallel import ExtractResult, describe_error, extract_path, extract_source, parse_published

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Callable, Iterable, Iterator
    from concurrent.futures import Executor

    from bilateral.model import Source

__all__ = ["add_parser"]

_PROG = "bilateral extract"
#: Indentation of a ``--format json`` document (JSON Lines are always one line a record).
_JSON_INDENT = 2
#: Tasks kept in flight per worker: enough to hide latency, few enough to bound memory.
_WINDOW_PER_JOB = 4
#: Most articles sent to a worker as one task. A news article takes milliseconds; sending
#: each on its own costs the main process (pickling, pipes, futures) CPU the workers need
#: on a machine with as many cores as jobs.
_MAX_BATCH = 16
#: Fewest tasks per worker, so a small corpus still spreads evenly over the workers.
_MIN_TASKS_PER_JOB = 8

#: One unit of work: a picklable function and its positional and keyword arguments.
_Call = tuple["Callable[..., ExtractResult]", tuple[Any, ...], dict[str, Any]]


class _UsageError(Exception):
    """A problem with the command line itself (exit 2)."""


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register ``extract`` on the ``bilateral`` command line."""
    parser = subparsers.add_parser(
        "extract",
        help="extract records from news articles",
        description=(
            "Extract a record from each article (plain text or HTML, UTF-8). One input gives "
            "one JSON object (indented); several give JSON Lines in input order."
        ),
    )
    parser.add_argument("files", nargs="+", metavar="FILE", help="article files; '-' reads stdin")
    parser.add_argument(
        "--published",
        type=_date_argument,
        metavar="DATE",
        help="publication date YYYY-MM-DD, the anchor for relative dates (default: from the page)",
    )
    parser.add_argument(
        "--format",
        choices=("json", "jsonl"),
        help="json: one indented object per input; jsonl: one record a line "
        "(default: json for one input, jsonl for several)",
    )
    parser.add_argument(
        "-o",
        "--output",
        metavar="OUT",
        help="output file ('-' for stdout); a directory for --format json with several inputs "
        "(default: stdout)",
    )
    parser.add_argument(
        "--jobs",
        type=_jobs_argument,
        default=1,
        metavar="N",
        help="worker processes (default: 1)",
    )
    parser.add_argument(
        "--errors",
        metavar="FILE",
        help='write one JSON line {"file": ..., "error": ...} per failed article to FILE',
    )
    parser.set_defaults(func=run)


def _date_argument(value: str) -> dt.date | dt.datetime:
    try:
        published = parse_published(value)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None
    assert published is not None  # noqa: S101 - a str never parses to None
    return published


def _jobs_argument(value: str) -> int:
    try:
        jobs = int(value)
    except ValueError:
        jobs = 0
    if jobs < 1:
        msg = f"must be a whole number >= 1 (got {value!r})"
        raise argparse.ArgumentTypeError(msg)
    return jobs


def run(args: argparse.Namespace) -> int:
    """Run ``bilateral extract`` with parsed *args*; return the exit code."""
    try:
        return _run(args)
    except _UsageError as error:
        sys.stderr.write(f"{_PROG}: error: {error}\n")
        return 2


def _run(args: argparse.Namespace) -> int:
    files: list[str] = args.files
    if files.count("-") > 1:
        raise _UsageError("'-' (stdin) can be given only once")
    fmt: str = args.format or ("json" if len(files) == 1 else "jsonl")
    # "-o -" is standard output, as "-" is standard input among the articles.
    output: Path | None = Path(args.output) if args.output not in {None, "-"} else None
    to_dir = fmt == "json" and (len(files) > 1 or (output is not None and output.is_dir()))
    if fmt == "json" and len(files) > 1 and output is None:
        raise _UsageError("--format json with several inputs needs -o DIR (one file each)")
    if to_dir:
        assert output is not None  # noqa: S101 - checked just above
        targets = _targets(files, output)
    elif output is not None and output.is_dir():
        msg = f"-o {output}: is a directory (JSON Lines go to one file)"
        raise _UsageError(msg)

    _refuse_overwriting_inputs(
        files,
        output=None if to_dir else output,
        errors=args.errors,
        targets=targets.values() if to_dir else (),
    )

    indent = _JSON_INDENT if fmt == "json" else None
    calls = _calls(files, args.published, indent)
    with _open_errors(args.errors) as errors:
        if to_dir:
            return _write_each(_results(calls, args.jobs), targets, errors)
        with _open_output(output) as out:
            return _write_stream(_results(calls, args.jobs), out, errors)


#: Why an output may not be an input: outputs are opened (and emptied) before articles are read.
_LOST = ": it would be overwritten before it is read"


def _file_key(path: Path) -> object:
    """What tells files apart, whatever the spelling: device and inode, or the resolved path."""
    try:
        stat = path.stat()
    except OSError:  # does not exist (yet): where it would be
        return path.resolve()
    return (stat.st_dev, stat.st_ino)


def _refuse_overwriting_inputs(
    files: list[str], *, output: Path | None, errors: str | None, targets: Iterable[Path] = ()
) -> None:
    """Refuse an output that is an input, or ``-o`` and ``--errors`` naming one file: it would be lost."""
    outputs = [("-o", output), ("--errors", None if errors is None else Path(errors))]
    targets = list(targets)
    if all(path is None for _, path in outputs) and not targets:
        return
    # One stat per input, then set lookups: a corpus can have a million files.
    inputs = {_file_key(Path(name)) for name in files if name != "-"}
    for label, path in outputs:
        if path is not None and _file_key(path) in inputs:
            msg = f"{label} {path} is also an input{_LOST}"
            raise _UsageError(msg)
    clash = next((target for target in targets if _file_key(target) in inputs), None)
    if clash is not None:
        msg = f"-o {output or clash.parent} would write {clash}, also an input{_LOST}"
        raise _UsageError(msg)
    if output is not None and errors is not None and _file_key(output) == _file_key(Path(errors)):
        msg = f"-o and --errors name the same file {output}"
        raise _UsageError(msg)


def _targets(files: list[str], directory: Path) -> dict[str, Path]:
    """``<stem>.json`` in *directory* for each input; two inputs may not share one."""
    if directory.exists() and not directory.is_dir():
        msg = f"-o {directory}: not a directory"
        raise _UsageError(msg)
    targets: dict[str, Path] = {}
    seen: dict[Path, str] = {}
    for name in files:
        target = directory / f"{'stdin' if name == '-' else Path(name).stem}.json"
        if target in seen:
            msg = f"{seen[target]} and {name} would both be written to {target}"
            raise _UsageError(msg)
        seen[target] = name
        targets[name] = target
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        msg = f"-o {directory}: {error.strerror or error}"
        raise _UsageError(msg) from None
    return targets


def _calls(files: list[str], published: dt.date | None, indent: int | None) -> list[_Call]:
    """One picklable call per input; stdin is read here, once, in the main process."""
    calls: list[_Call] = []
    for name in files:
        if name == "-":
            source = _read_stdin(published)
            if isinstance(source, ExtractResult):
                calls.append((_failed, (source,), {}))
            else:
                calls.append((extract_source, ("-", source), {"indent": indent}))
        else:
            calls.append((extract_path, (name, published), {"indent": indent}))
    return calls


def _read_stdin(published: dt.date | None) -> Source | ExtractResult:
    from bilateral.text._io import read_source  # noqa: PLC0415

    try:
        return read_source(sys.stdin.buffer, published=published)
    except Exception as error:  # noqa: BLE001 - reported like any failed article
        return ExtractResult("-", None, describe_error(error))


def _failed(result: ExtractResult) -> ExtractResult:
    """Pass an already failed result through the same path as the others."""
    return result


def _results(calls: list[_Call], jobs: int) -> Iterator[ExtractResult]:
    """Run *calls* in order, in this process or in *jobs* worker processes."""
    progress = _Progress(len(calls), sys.stderr)
    try:
        if jobs == 1 or len(calls) == 1:
            for func, positional, keywords in calls:
                yield func(*positional, **keywords)
                progress.step()
            return
        import multiprocessing  # noqa: PLC0415
        from concurrent.futures import ProcessPoolExecutor  # noqa: PLC0415

        # Not "fork": forking a process that may hold threads can deadlock (and warns from
        # Python 3.12). The workers import bilateral and build their pipeline once each.
        method = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
        context = multiprocessing.get_context(method)
        size = _batch_size(len(calls), jobs)
        batches = [calls[i : i + size] for i in range(0, len(calls), size)]
        with ProcessPoolExecutor(max_workers=min(jobs, len(batches)), mp_context=context) as executor:
            for results in _ordered(executor, batches, window=jobs * _WINDOW_PER_JOB):
                for result in results:
                    yield result
                    progress.step()
    finally:
        progress.close()


def _batch_size(n_calls: int, jobs: int) -> int:
    """Articles per task: up to `_MAX_BATCH`, while every worker still gets several tasks."""
    return max(1, min(_MAX_BATCH, n_calls // (jobs * _MIN_TASKS_PER_JOB)))


def _run_batch(batch: list[_Call]) -> list[ExtractResult]:
    """Run one task's calls in a worker (module level, so it pickles by reference)."""
    return [func(*positional, **keywords) for func, positional, keywords in batch]


def _ordered(
    executor: Executor, batches: Iterable[list[_Call]], *, window: int
) -> Iterator[list[ExtractResult]]:
    """
    Results of each batch in input order, with at most *window* batches in flight.

    `Executor.map` would submit every task up front; a corpus of a million files would
    then hold a million futures (and their results) in memory.
    """
    pending: collections.deque[Any] = collections.deque()
    for batch in batches:
        pending.append(executor.submit(_run_batch, batch))
        if len(pending) >= window:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


def _report(result: ExtractResult, errors: IO[str] | None) -> None:
    sys.stderr.write(f"{_PROG}: {result.file}: {result.error}\n")
    if errors is not None:
        errors.write(json.dumps({"file": result.file, "error": result.error}, ensure_ascii=False) + "\n")
        errors.flush()


def _write_stream(results: Iterable[ExtractResult], out: IO[str], errors: IO[str] | None) -> int:
    code = 0
    for result in results:
        if result.json is None:
            _report(result, errors)
            code = 1
            continue
        out.write(result.json)
        out.write("\n")
    out.flush()
    return code


def _write_each(results: Iterable[ExtractResult], targets: dict[str, Path], errors: IO[str] | None) -> int:
    code = 0
    for result in results:
        if result.json is None:
            _report(result, errors)
            code = 1
            continue
        try:
            targets[result.file].write_text(result.json + "\n", encoding="utf-8")
        except OSError as error:
            _report(ExtractResult(result.file, None, f"cannot write {targets[result.file]}: {error}"), errors)
            code = 1
    return code


class _Output:
    """A context manager over stdout or an opened file (stdout is never closed)."""

    def __init__(self, stream: IO[str], *, close: bool) -> None:
        self.stream, self._close = stream, close

    def __enter__(self) -> IO[str]:
        return self.stream

    def __exit__(self, *_exc: object) -> None:
        if self._close:
            self.stream.close()


def _open_output(path: Path | None) -> _Output:
    if path is None:
        return _Output(sys.stdout, close=False)
    try:
        return _Output(path.open("w", encoding="utf-8", newline="\n"), close=True)
    except OSError as error:
        msg = f"-o {path}: {error.strerror or error}"
        raise _UsageError(msg) from None


class _Errors:
    """The ``--errors`` file, or nothing."""

    def __init__(self, stream: IO[str] | None) -> None:
        self.stream = stream

    def __enter__(self) -> IO[str] | None:
        return self.stream

    def __exit__(self, *_exc: object) -> None:
        if self.stream is not None:
            self.stream.close()


def _open_errors(path: str | None) -> _Errors:
    if path is None:
        return _Errors(None)
    try:
        # A file name that is not UTF-8 comes as a surrogate escape ("caf\udce9.txt"): written
        # back-slashed, it is a JSON \u escape inside its string, and reads back as the name.
        return _Errors(Path(path).open("w", encoding="utf-8", errors="backslashreplace", newline="\n"))
    except OSError as error:
        msg = f"--errors {path}: {error.strerror or error}"
        raise _UsageError(msg) from None


class _Progress:
    """
    A one-line progress bar on stderr, only when stderr is a terminal.

    Piped or redirected stderr gets nothing, so logs stay clean (DESIGN.md section 7).
    """

    _WIDTH = 30

    def __init__(self, total: int, stream: IO[str]) -> None:
        self.total, self.done, self.stream = total, 0, stream
        isatty = getattr(stream, "isatty", None)
        self.enabled = total > 1 and isatty is not None and bool(isatty())

    def step(self) -> None:
        self.done += 1
        if not self.enabled:
            return
        filled = self._WIDTH * self.done // self.total
        bar = "#" * filled + "-" * (self._WIDTH - filled)
        self.stream.write(f"\r{_PROG} [{bar}] {self.done}/{self.total}")
        self.stream.flush()

    def close(self) -> None:
        if self.enabled and self.done:
            self.stream.write("\n")
            self.stream.flush()
