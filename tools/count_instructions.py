"""
Count the CPU instructions one pass of the extractor over the benchmark articles costs.

    python tools/count_instructions.py [--passes 3]

Time on a shared machine is noisy; an instruction count is not. The script runs itself
under ``valgrind --tool=callgrind`` twice, once warming up only (the lexicons load, every
article is extracted once) and once warming up and then making *passes* more passes over the
articles of ``benchmarks/bench_extract.py``, and prints the difference divided by *passes*:
the instructions of one pass, without start-up and first-use costs. Run it before and after a
change to the rules, on the same machine and Python; the counts are comparable to the last
digit only between such runs. Needs ``valgrind`` on the PATH.
"""

# ruff: noqa: INP001, T201  (a developer script: not a package, and it prints its report)
from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_COLLECTED = re.compile(r"Collected : (\d+)")


def _work(passes: int) -> None:
    """The measured program: warm up, then *passes* passes over the articles."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import bench_extract  # noqa: PLC0415 - the path above first

    from bilateral.model import Source  # noqa: PLC0415
    from bilateral.text import default_pipeline  # noqa: PLC0415

    sources = [Source(text=p.read_text(encoding="utf-8")) for p in bench_extract.corpus_paths()]
    pipeline = default_pipeline()
    for source in sources:
        pipeline.extract(source)
    for _ in range(passes):
        for source in sources:
            pipeline.extract(source)


def _count(passes: int) -> int:
    """Instructions of this script run under callgrind with *passes* passes."""
    command = [
        "valgrind",
        "--tool=callgrind",
        "--callgrind-out-file=/dev/null",
        sys.executable,
        __file__,
        "--work",
        str(passes),
    ]
    # A fixed hash seed: set and dict orders, and so the work done, repeat exactly.
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    done = subprocess.run(command, capture_output=True, text=True, env=env, check=True)  # noqa: S603
    found = _COLLECTED.search(done.stderr)
    if found is None:
        sys.exit(f"valgrind printed no instruction count:\n{done.stderr[-2000:]}")
    return int(found.group(1))


def main(argv: list[str] | None = None) -> int:
    """Print the instructions per pass."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--passes", type=int, default=3, help="passes measured (default 3)")
    parser.add_argument("--work", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.work is not None:
        _work(args.work)
        return 0
    if args.passes < 1:
        parser.error("--passes must be at least 1")
    if shutil.which("valgrind") is None:
        sys.exit("valgrind is not installed (Debian: apt install valgrind)")
    warm = _count(0)
    measured = _count(args.passes)
    per_pass = (measured - warm) / args.passes
    print(f"{per_pass / 1e6:,.1f} million instructions per pass ({args.passes} passes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
