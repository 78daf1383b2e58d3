"""
``bilateral convert``: records to and from the interchange formats.

Input (``--from``, default by FILE: a directory is ``csv``; ``.jsonl``/``.ndjson`` is
``jsonl``; ``.jsonld`` is ``jsonld``; anything else ``json``):

* ``json``: one record; ``jsonl``: one record a line; ``csv``: a directory of tables
  written by ``--to csv``; ``jsonld``: one JSON-LD document (one a line for
  ``.jsonl``/``.ndjson``), read back by `bilateral.jsonld.from_jsonld`.

Output (``--to``), on stdout or ``-o FILE``:

* ``jsonl``: one canonical record a line;
* ``jsonld``: one JSON-LD document (`bilateral.jsonld.to_jsonld`), indented when the input
  is one JSON document, else one compact document a line;
* ``plover``: PLOVER events, one a line; each meeting or outcome left out is named on
  stderr (``FILE[:LINE]: skipped $.meetings[0]: reason``), which is not an error;
* ``csv``: one table per kind of item, into ``-o DIR`` (required).

A record that cannot be read costs one line on stderr; the others are converted and the
exit code is 1 at the end. Exit 2 for usage errors, including JSON-LD when the ``jsonld``
extra is not installed.
"""

from __future__ import annotations

import contextlib
import importlib
import json
import sys
from pathlib import Path
from typing import IO, TYPE_CHECKING, NamedTuple

from bilateral.errors import BilateralError, Problem, RecordError

if TYPE_CHECKING:
    import argparse
    from collections.abc import Callable, Iterator
    from types import ModuleType

    from bilateral.model import Record

__all__ = ["add_parser"]

_PROG = "bilateral convert"
_JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
_JSON_INDENT = 2
#: How a JSON value that is not a document is named in a message.
_JSON_KINDS: dict[type, str] = {str: "a string", bool: "a boolean"}


class _UsageError(Exception):
    """A problem with the command line or the installation (exit 2)."""


class _Item(NamedTuple):
    """One record read (or the error reading it), and where it came from."""

    where: str
    record: Record | None
    error: str | None = None


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register ``convert`` on the ``bilateral`` command line."""
    parser = subparsers.add_parser(
        "convert",
        help="convert records to JSON Lines, JSON-LD, PLOVER events or CSV tables (and back)",
        description=(
            "Convert records between formats. FILE holds one record (.json), one record a line "
            "(.jsonl/.ndjson), JSON-LD (--from jsonld) or, for --from csv, is a directory of tables. "
            "Exit 0 on success, 1 if any record could not be read, 2 on usage errors."
        ),
    )
    parser.add_argument("file", metavar="FILE", help="input file or directory; '-' reads standard input")
    parser.add_argument(
        "--to",
        required=True,
        choices=("jsonl", "jsonld", "plover", "csv"),
        help="output format (csv needs -o DIR)",
    )
    parser.add_argument(
        "--from",
        dest="source_format",
        choices=("json", "jsonl", "jsonld", "csv"),
        help="input format (default: csv for a directory, jsonl for .jsonl/.ndjson, jsonld for "
        ".jsonld, else json)",
    )
    parser.add_argument(
        "-o",
        "--output",
        metavar="OUT",
        help="output file ('-' for stdout); the directory for --to csv (default: stdout)",
    )
    parser.add_argument(
        "--lenient", action="store_true", help="ignore unknown keys in JSON records instead of rejecting them"
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Run ``bilateral convert`` with parsed *args*; return the exit code."""
    try:
        return _run(args)
    except _UsageError as error:
        sys.stderr.write(f"{_PROG}: {error}\n")
        return 2


def _input_format(path: Path | None) -> str:
    if path is not None and path.is_dir():
        return "csv"
    suffix = "" if path is None else path.suffix.lower()
    if suffix in _JSONL_SUFFIXES:
        return "jsonl"
    return "jsonld" if suffix == ".jsonld" else "json"


def _check(args: argparse.Namespace, name: str, path: Path | None, source: str) -> None:
    """Reject a command line that cannot work, before reading anything."""
    problem = None
    if args.to == "csv" and args.output is None:
        problem = "--to csv needs -o DIR (one CSV file per table)"
    elif args.to == "csv" and Path(args.output).exists() and not Path(args.output).is_dir():
        problem = f"-o {args.output}: not a directory"
    elif path is not None and not path.exists():
        problem = f"{name}: no such file or directory"
    elif source == "csv" and (path is None or not path.is_dir()):
        problem = f"--from csv needs a directory of tables (got {name})"
    elif source != "csv" and path is not None and path.is_dir():
        problem = f"{name} is a directory: give --from csv to read CSV tables"
    elif path is not None and args.output is not None and _same_file(path, Path(args.output)):
        # The output is opened (emptied) before the input is read.
        problem = f"-o {args.output} is the input: it would be overwritten before it is read"
    if problem is not None:
        raise _UsageError(problem)


def _same_file(a: Path, b: Path) -> bool:
    """Whether *a* and *b* name one file or directory, however spelled (*b* may not exist yet)."""
    try:
        return a.samefile(b)
    except OSError:
        return a.resolve() == b.resolve()


def _run(args: argparse.Namespace) -> int:
    if args.output == "-":
        # Standard output, as "-" is standard input for FILE.
        args.output = None
    name: str = args.file
    path = None if name == "-" else Path(name)
    source = args.source_format or _input_format(path)
    _check(args, name, path, source)
    jsonld = _jsonld() if "jsonld" in {source, args.to} else None
    lines = source == "jsonl" or (
        source == "jsonld" and path is not None and path.suffix.lower() in _JSONL_SUFFIXES
    )

    items = _read(name, path, source, jsonld, lenient=args.lenient, lines=lines)
    failed = False

    def records() -> Iterator[tuple[str, Record]]:
        """The records read, in order; each one that failed is reported on stderr instead."""
        nonlocal failed
        for item in items:
            if item.record is None:
                failed = True
                # One line per problem, each naming the input, as `bilateral validate` does.
                for line in str(item.error).splitlines():
                    sys.stderr.write(f"{item.where}: {line}\n")
            else:
                yield item.where, item.record

    if args.to == "csv":
        from bilateral.interchange import write_csv  # noqa: PLC0415 - load what the command needs

        write_csv((record for _, record in records()), Path(args.output))
        return 1 if failed else 0

    with _open_output(args.output) as out:
        if args.to == "jsonl":
            from bilateral.serialize import dumps  # noqa: PLC0415

            for _, record in records():
                out.write(dumps(record))
                out.write("\n")
        elif args.to == "jsonld":
            assert jsonld is not None  # noqa: S101 - loaded above for --to jsonld
            indent = None if lines or source == "csv" else _JSON_INDENT
            for _, record in records():
                document = jsonld.to_jsonld(record)
                out.write(json.dumps(document, ensure_ascii=False, indent=indent))
                out.write("\n")
        else:
            _write_plover(records(), out)
    return 1 if failed else 0


def _write_plover(records: Iterator[tuple[str, Record]], out: IO[str]) -> None:
    from bilateral.interchange import KeyAllocator, to_plover  # noqa: PLC0415

    keys = KeyAllocator()
    for where, record in records:
        events, skipped = to_plover(record, key=keys(record))
        for event in events:
            out.write(json.dumps(event, ensure_ascii=False, separators=(",", ":")))
            out.write("\n")
        for entry in skipped:
            sys.stderr.write(f"{where}: skipped {entry}\n")


def _jsonld() -> ModuleType:
    """`bilateral.jsonld`, or a usage error saying what to install."""
    try:
        module = importlib.import_module("bilateral.jsonld")
    except ImportError as e:
        msg = f"JSON-LD needs the jsonld extra (pip install 'bilateral[jsonld]'), which is unavailable: {e}"
        raise _UsageError(msg) from None
    if not all(hasattr(module, fn) for fn in ("to_jsonld", "from_jsonld")):
        msg = "JSON-LD is unavailable: bilateral.jsonld has no to_jsonld/from_jsonld"
        raise _UsageError(msg)
    return module


def _read(
    name: str, path: Path | None, source: str, jsonld: ModuleType | None, *, lenient: bool, lines: bool
) -> Iterator[_Item]:
    """The records of the input, one `_Item` each (errors included, in order)."""
    from bilateral.serialize import loads  # noqa: PLC0415

    if source == "csv":
        yield from _read_csv(name, path)
        return
    if source == "jsonl":
        yield from _read_jsonl(name, path, lenient=lenient)
        return
    assert jsonld is not None or source == "json"  # noqa: S101 - loaded by the caller
    if source == "jsonld" and lines:
        yield from _read_jsonld_lines(name, path, jsonld.from_jsonld)  # type: ignore[union-attr]
        return
    try:
        data = sys.stdin.buffer.read() if path is None else path.read_bytes()
    except OSError as e:
        yield _Item(name, None, f"cannot read: {e.strerror or e}")
        return
    if source == "json":
        yield _decode(name, lambda: loads(data, lenient=lenient))
    else:
        yield _decode(name, _from_jsonld, jsonld.from_jsonld, data)  # type: ignore[union-attr]


def _read_jsonld_lines(
    name: str, path: Path | None, from_jsonld: Callable[[object], Record]
) -> Iterator[_Item]:
    try:
        with contextlib.ExitStack() as stack:
            fp = sys.stdin.buffer if path is None else stack.enter_context(path.open("rb"))
            for number, raw in enumerate(fp, start=1):
                if raw.strip():
                    yield _decode(f"{name}:{number}", _from_jsonld, from_jsonld, raw)
    except OSError as e:
        yield _Item(name, None, f"cannot read: {e.strerror or e}")


def _read_jsonl(name: str, path: Path | None, *, lenient: bool) -> Iterator[_Item]:
    # line_results reads every line (a bad one is yielded as its error) with the per-line
    # size limit, and numbers each.
    from bilateral.serialize._jsonl import line_results  # noqa: PLC0415

    try:
        with contextlib.ExitStack() as stack:
            fp = sys.stdin.buffer if path is None else stack.enter_context(path.open("rb"))
            for number, result in line_results(fp, lenient=lenient):
                if isinstance(result, RecordError):
                    yield _Item(f"{name}:{number}", None, _describe(result))
                else:
                    yield _Item(f"{name}:{number}", result)
    except OSError as e:
        yield _Item(name, None, f"cannot read: {e.strerror or e}")


def _from_jsonld(from_jsonld: Callable[[object], Record], data: bytes) -> Record:
    from bilateral.serialize import parse_json  # noqa: PLC0415

    document = parse_json(data)
    if not isinstance(document, (dict, list)):
        # Said in JSON's words: from_jsonld's own message is about Python values.
        kind = "null" if document is None else _JSON_KINDS.get(type(document), "a number")
        raise RecordError([Problem("$", f"expected a JSON-LD document (an object or an array), got {kind}")])
    return from_jsonld(document)


def _decode(where: str, make: Callable[..., Record], *args: object) -> _Item:
    """The record *make* builds from *args*, or the error it raises, as an `_Item`."""
    try:
        return _Item(where, make(*args))
    except RecordError as e:
        return _Item(where, None, _describe(e))
    except ImportError as e:
        # A JSON-LD document in another shape than bilateral's needs pyld to be compacted:
        # a missing extra, so a usage error, like --to jsonld without bilateral.jsonld.
        msg = f"{where}: {e}"
        raise _UsageError(msg) from None
    except BilateralError as e:
        return _Item(where, None, str(e))


def _describe(error: RecordError) -> str:
    """A RecordError on one line per problem, without the line number (``where`` has it)."""
    return "\n".join(str(problem) for problem in error.problems)


def _read_csv(name: str, path: Path | None) -> Iterator[_Item]:
    from bilateral.interchange import read_csv  # noqa: PLC0415

    assert path is not None  # noqa: S101 - checked by the caller
    try:
        records = read_csv(path)
    except RecordError as e:
        yield _Item(name, None, _describe(e))
        return
    for record in records:
        yield _Item(name, record)


class _Output:
    """A context manager over stdout or an opened file (stdout is never closed)."""

    def __init__(self, stream: IO[str], *, close: bool) -> None:
        self._stream, self._close = stream, close

    def __enter__(self) -> IO[str]:
        return self._stream

    def __exit__(self, *_exc: object) -> None:
        if self._close:
            self._stream.close()
        else:
            self._stream.flush()


def _open_output(output: str | None) -> _Output:
    if output is None:
        return _Output(sys.stdout, close=False)
    try:
        return _Output(Path(output).open("w", encoding="utf-8", newline="\n"), close=True)
    except OSError as e:
        msg = f"-o {output}: cannot write: {e.strerror or e}"
        raise _UsageError(msg) from None
