"""
``bilateral evaluate GOLD_DIR [PRED_DIR | --extractor MODULE:NAME] [--json]``.

Scores a directory of predicted records (``NAME.json``, one per gold ``NAME.txt``), or the
records an extractor makes from the gold texts (default: the built-in pipeline).
Exit codes: 0 scored, 1 bad gold or predictions or an extractor failure, 2 usage.
"""

from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import argparse

__all__ = ["add_parser", "resolve_extractor"]


class _UsageError(Exception):
    """A command-line mistake: reported on stderr with exit code 2."""


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register the ``evaluate`` sub-command."""
    parser = subparsers.add_parser(
        "evaluate",
        help="score predicted records, or an extractor, against gold annotations",
        description=(
            "Score predictions against a gold directory (NAME.txt, NAME.ann in brat standoff, "
            "NAME.meeting.json). Predictions come from PRED_DIR (NAME.json records), from "
            "--extractor, or by default from the built-in pipeline run over the gold texts."
        ),
    )
    parser.add_argument("gold_dir", metavar="GOLD_DIR", help="directory of gold documents")
    parser.add_argument("pred_dir", metavar="PRED_DIR", nargs="?", help="directory of NAME.json records")
    parser.add_argument(
        "--extractor",
        metavar="MODULE:NAME",
        help=(
            "an object with extract(source) -> Record; a class or a zero-argument factory "
            "is called first (e.g. mypkg.rules:RuleExtractor)"
        ),
    )
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.set_defaults(func=run)


def resolve_extractor(spec: str) -> Any:  # noqa: ANN401 - any object with an `extract` method
    """
    Turn ``MODULE:NAME`` into an extractor.

    *NAME* may be dotted (``Class.attribute``). A class, or a function without ``extract``,
    is called with no arguments and its result used. *MODULE* is imported with the working
    directory on the path, as ``python -m`` would.

    Raises:
        _UsageError: If the module cannot be imported, the name cannot be found, calling it
            fails, or the result has no ``extract``.
    """
    module_name, sep, attr = spec.partition(":")
    if not sep or not module_name or not attr:
        msg = f"--extractor must look like MODULE:NAME (got {spec!r})"
        raise _UsageError(msg)
    # A console script, unlike `python -m`, does not put the working directory on the
    # path: without this, `--extractor my_rules:Rules` next to my_rules.py cannot import.
    cwd = str(Path.cwd())
    if "" not in sys.path and cwd not in sys.path:
        sys.path.insert(0, cwd)
    try:
        obj: Any = importlib.import_module(module_name)
    except ImportError as e:
        msg = f"cannot import {module_name!r}: {e}"
        raise _UsageError(msg) from None
    except Exception as e:  # noqa: BLE001 - the module's own code failed as it was imported
        msg = f"cannot import {module_name!r}: {type(e).__name__}: {e}"
        raise _UsageError(msg) from None
    for part in attr.split("."):
        try:
            obj = getattr(obj, part)
        except AttributeError:
            msg = f"{module_name!r} has no attribute {attr!r}"
            raise _UsageError(msg) from None
    if isinstance(obj, type) or (callable(obj) and not hasattr(obj, "extract")):
        name = attr.rpartition(".")[2]
        try:
            obj = obj()
        except Exception as e:  # noqa: BLE001 - a class needing arguments, a factory that fails
            msg = f"{spec}: calling {name}() failed: {type(e).__name__}: {e}"
            raise _UsageError(msg) from None
    if not callable(getattr(obj, "extract", None)):
        msg = f"{spec} is not an extractor: {type(obj).__name__} has no extract(source) method"
        raise _UsageError(msg)
    return obj


def _check_usage(args: argparse.Namespace) -> Any:  # noqa: ANN401 - an extractor or None
    """Check what argparse cannot; return the extractor ``--extractor`` names, if any."""
    if args.pred_dir is not None and args.extractor is not None:
        msg = "give PRED_DIR or --extractor, not both"
        raise _UsageError(msg)
    for label, value in (("GOLD_DIR", args.gold_dir), ("PRED_DIR", args.pred_dir)):
        if value is not None and not Path(value).is_dir():
            msg = f"{label} {value!r} is not a directory"
            raise _UsageError(msg)
    return resolve_extractor(args.extractor) if args.extractor is not None else None


def run(args: argparse.Namespace) -> int:
    """Run ``bilateral evaluate``; return the exit code."""
    from bilateral.errors import BilateralError  # noqa: PLC0415 - keep `bilateral --help` fast
    from bilateral.evaluate import (  # noqa: PLC0415
        evaluate,
        evaluate_extractor,
        load_gold,
        load_predictions,
        report_json,
        report_table,
    )

    try:
        extractor = _check_usage(args)
    except _UsageError as e:
        sys.stderr.write(f"bilateral evaluate: error: {e}\n")
        return 2

    try:
        gold = load_gold(args.gold_dir)
        if args.pred_dir is not None:
            report = evaluate(gold, load_predictions(args.pred_dir))
        else:
            report = evaluate_extractor(gold, extractor, keep_going=True)
    except BilateralError as e:
        for line in str(e).splitlines():
            sys.stderr.write(f"bilateral evaluate: {line}\n")
        return 1

    if args.json:
        sys.stdout.write(json.dumps(report_json(report), indent=2, ensure_ascii=False) + "\n")
        for name in report.missing:
            sys.stderr.write(f"bilateral evaluate: no prediction for {name} (scored as empty)\n")
        for name in report.extra:
            sys.stderr.write(f"bilateral evaluate: prediction {name} has no gold (ignored)\n")
    else:
        sys.stdout.write(report_table(report))
    for name, message in report.failures:
        sys.stderr.write(f"bilateral evaluate: extractor failed on {name}: {message}\n")
    return 1 if report.failures else 0
