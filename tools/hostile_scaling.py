"""
Check that extraction stays linear on text built to defeat the rules (run by developers).

    python tools/hostile_scaling.py [--sizes 100000 200000 400000] [--only NAME ...]

The benchmark's articles are well-formed news; a rule that scans back to the sentence start
at every pronoun, or compares every date with every trigger of a sentence, is linear on them
and quadratic on a long run without a full stop. This script extracts, at doubling sizes,
texts made to defeat such rules: no stops, one unbroken paragraph of real copy, runs of
dashes, quotes, brackets, capitalised words, name lists, dates and "X said Y said". It prints
the CPU time at each size and the ratio between successive sizes, and exits 1 if any ratio
is above ``--limit`` (2.6 by default: a doubling should at most about double the time, with
room for the noise of a shared machine). Run it after a change that adds a window scan or a
loop over earlier tokens; a text that does not finish is itself the finding.
"""

# ruff: noqa: INP001, T201  (a developer script: not a package, and it prints its report)
from __future__ import annotations

import argparse
import itertools
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from bilateral.model import Source
from bilateral.text import default_pipeline

if TYPE_CHECKING:
    from collections.abc import Callable

ROOT = Path(__file__).resolve().parent.parent
_EXAMPLE = (ROOT / "examples" / "petro_trump.txt").read_text(encoding="utf-8")


def _repeat(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


#: name -> a function from a size in characters to a hostile text of about that size.
TEXTS: dict[str, Callable[[int], str]] = {
    "no-stops": lambda n: _repeat("He said ", n),
    "one-paragraph": lambda n: _repeat(_EXAMPLE.replace("\n", " ") + " ", n),
    "quotes": lambda n: _repeat('"He said “yes ', n),
    "capitals": lambda n: _repeat("Minister John Smith Of The Republic Of Atlantis ", n),
    "name-list": lambda n: _repeat("Trump, Petro, Lula and Modi, ", n) + "met.",
    "dashes": lambda n: _repeat("Petro - who met Trump - said — “no” -- ", n),
    "said-chain": lambda n: _repeat("Petro said Trump said Lula said that ", n),
    "brackets": lambda n: "(" * (n // 2) + ")" * (n // 2),
    "dates": lambda n: _repeat("on Monday, March 3, 2025, next week, ", n),
}


def main() -> int:
    """Time every hostile text at every size; exit 1 if a doubling more than *limit* times the time."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 200_000, 400_000])
    parser.add_argument("--only", nargs="+", choices=sorted(TEXTS), default=sorted(TEXTS))
    parser.add_argument("--repeats", type=int, default=3, help="the fastest of this many runs is kept")
    parser.add_argument("--limit", type=float, default=2.6, help="largest ratio allowed per doubling")
    args = parser.parse_args()
    pipeline = default_pipeline()
    pipeline.extract(Source(text=_EXAMPLE))  # lexicons load on first use: not part of the time
    worst = 0.0
    for name in args.only:
        times: list[float] = []
        for size in args.sizes:
            source = Source(text=TEXTS[name](size))
            runs: list[float] = []
            for _ in range(args.repeats):
                start = time.process_time()
                pipeline.extract(source)
                runs.append(time.process_time() - start)
            # The fastest run is the one least disturbed by other processes.
            times.append(min(runs))
        ratios = [b / a if a > 0 else 0.0 for a, b in itertools.pairwise(times)]
        worst = max(worst, *ratios) if ratios else worst
        shown = " ".join(f"{t:7.2f}s" for t in times)
        print(f"{name:14s} {shown}   ratios {' '.join(f'{r:.2f}' for r in ratios)}", flush=True)
    print(f"largest ratio {worst:.2f} (limit {args.limit})")
    return 1 if worst > args.limit else 0


if __name__ == "__main__":
    sys.exit(main())
