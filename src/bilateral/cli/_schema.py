"""``bilateral schema``: print the JSON Schema of the wire format."""

from __future__ import annotations

import json
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import argparse

__all__ = ["add_parser"]


def add_parser(subparsers: argparse._SubParsersAction[Any]) -> None:
    """Register ``bilateral schema``."""
    parser = subparsers.add_parser(
        "schema",
        help="print the JSON Schema (draft 2020-12) of the record format",
        description="Print the JSON Schema (draft 2020-12) of a serialized record, generated from the types.",
    )
    parser.set_defaults(func=_run)


def _run(_args: argparse.Namespace) -> int:
    from bilateral.serialize import json_schema  # noqa: PLC0415 - keep CLI start-up light

    sys.stdout.write(json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n")
    return 0
