"""
The ``bilateral`` command line: a thin shell over the library.

Each sub-command lives in its own private module exposing ``add_parser(subparsers)``,
which registers the sub-command and sets ``func`` (taking the parsed namespace and
returning the exit code). Results go to stdout, diagnostics to stderr.
Exit codes: 0 success, 1 bad data or a failed item, 2 usage.
"""

from __future__ import annotations

import argparse
import io
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = ["main"]

#: Sub-command modules, in the order ``--help`` lists them.
_COMMANDS = ("_extract", "_validate", "_convert", "_schema", "_evaluate")


def _parser() -> argparse.ArgumentParser:
    import importlib  # noqa: PLC0415 - keep `import bilateral` light

    parser = argparse.ArgumentParser(
        prog="bilateral",
        description="Turn news reports of diplomatic meetings into typed records.",
    )
    from bilateral import __version__  # noqa: PLC0415

    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name in _COMMANDS:
        try:
            module = importlib.import_module(f"bilateral.cli.{name}")
        except ModuleNotFoundError as e:
            if e.name != f"bilateral.cli.{name}":
                raise
            continue  # a sub-command not built (yet) in this tree
        module.add_parser(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with *argv* (default: ``sys.argv[1:]``) and return the exit code."""
    # A file name that is not UTF-8 arrives as a surrogate escape ("caf\udce9.txt"), which a
    # strict stream cannot print: the message naming the file would end in a traceback.
    for stream in (sys.stdout, sys.stderr):
        if getattr(stream, "errors", None) == "strict" and isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="backslashreplace")
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        code: int = args.func(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # Output closed early (``bilateral extract ... | head``): not an error of ours.
        sys.stderr.close()
        return 1
    return code


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
