"""``bilateral validate FILE...``: check records against the wire format and the model."""

from __future__ import annotations

import sys
import warnings
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bilateral.errors import BilateralError, IgnoredKeysWarning, InvalidJSONError, Problem, RecordError

if TYPE_CHECKING:
    import argparse

__all__ = ["add_parser"]

_JSONL_SUFFIXES = {".jsonl", ".ndjson"}


def add_parser(subparsers: argparse._SubParsersAction[Any]) -> None:
    """Register ``bilateral validate``."""
    parser = subparsers.add_parser(
        "validate",
        help="check record files (JSON, or JSON Lines for .jsonl/.ndjson)",
        description=(
            "Check that each FILE holds valid bilateral records: .jsonl/.ndjson files one record "
            "a line, other files one record (unless --format says). Prints one line per problem on "
            "stderr (FILE[:LINE]: message @ path). Exit 0 if all are valid, 1 if any is not, 2 on "
            "usage errors."
        ),
    )
    parser.add_argument("files", nargs="+", metavar="FILE", help="record files; '-' reads standard input")
    parser.add_argument(
        "--lenient",
        action="store_true",
        help="accept unknown keys instead of rejecting them (each is still named, as a note)",
    )
    parser.add_argument(
        "--format",
        choices=("json", "jsonl"),
        help="json: one record a file; jsonl: one record a line (default: jsonl for .jsonl/.ndjson "
        "files, json for others and for standard input)",
    )
    parser.add_argument("-q", "--quiet", action="store_true", help="print nothing when a file is valid")
    parser.set_defaults(func=_run)


def _report(name: str, error: RecordError) -> None:
    where = f"{name}:{error.line}" if error.line is not None else name
    for problem in error.problems:
        sys.stderr.write(f"{where}: {problem.message} @ {problem.path}\n")


def _note_ignored(name: str, line: int | None, caught: list[warnings.WarningMessage]) -> None:
    """Name every unknown key lenient reading let through: accepted, but not silently."""
    where = f"{name}:{line}" if line is not None else name
    for w in caught:
        if isinstance(w.message, IgnoredKeysWarning):
            for problem in w.message.problems:
                sys.stderr.write(f"{where}: note: ignored {problem.message} @ {problem.path}\n")


def _validate_one(name: str, path: Path | None, *, lenient: bool, fmt: str | None = None) -> tuple[bool, int]:
    """Validate one file as *fmt* (``None``: by its suffix); return (all valid, number of valid records)."""
    from bilateral.serialize import DEFAULT_LIMITS, loads  # noqa: PLC0415
    from bilateral.serialize._jsonl import line_results  # noqa: PLC0415

    if fmt is None:
        fmt = "jsonl" if path is not None and path.suffix.lower() in _JSONL_SUFFIXES else "json"
    if fmt == "jsonl":
        # Every bad line is reported, not only the first: iter_jsonl would stop there.
        ok, count = True, 0
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", IgnoredKeysWarning)
            for number, item in line_results(sys.stdin.buffer if path is None else path, lenient=lenient):
                if isinstance(item, RecordError):
                    ok = False
                    _report(name, item)
                else:
                    count += 1
                    _note_ignored(name, number, caught)
                caught.clear()
        return ok, count
    limit = DEFAULT_LIMITS.max_bytes
    if path is None:
        data = sys.stdin.buffer.read(limit + 1)
    else:
        with path.open("rb") as fp:
            # Read one byte past the limit at most: enough for loads to reject the input as
            # too big, without holding a huge file in memory first.
            data = fp.read(limit + 1)
    try:
        if len(data) > limit:
            raise InvalidJSONError([Problem("$", f"input is over the limit of {limit} bytes")])
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", IgnoredKeysWarning)
            loads(data, lenient=lenient)
        _note_ignored(name, None, caught)
    except RecordError as e:
        _report(name, e)
        return False, 0
    return True, 1


def _run(args: argparse.Namespace) -> int:
    for name in args.files:
        # Not `is_file()`: a pipe (`bilateral validate <(zcat x.json.gz)`) is there to be read.
        if name != "-" and (Path(name).is_dir() or not Path(name).exists()):
            reason = "is a directory" if Path(name).is_dir() else "no such file"
            sys.stderr.write(f"bilateral validate: {name}: {reason}\n")
            return 2
    all_ok = True
    for name in args.files:
        path = None if name == "-" else Path(name)
        try:
            ok, count = _validate_one(name, path, lenient=args.lenient, fmt=args.format)
        except OSError as e:
            sys.stderr.write(f"{name}: cannot read: {e.strerror or e}\n")
            ok, count = False, 0
        except BilateralError as e:
            sys.stderr.write(f"{name}: {e}\n")
            ok, count = False, 0
        all_ok &= ok
        if ok and not args.quiet:
            sys.stdout.write(f"{name}: valid ({count} record{'s' if count != 1 else ''})\n")
    return 0 if all_ok else 1
