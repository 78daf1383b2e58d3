"""
Extraction speed: throughput per core, scaling with document length, and ``--jobs``.

Run from the repository root::

    python benchmarks/bench_extract.py [--repeats 5] [--json benchmarks/results/extract.json]

Three measurements, all on real news text (the dev set in ``tests/data/eval/dev`` and the
example in ``examples/``):

1. **Throughput**: every article extracted one at a time in this process, in MB (10^6 bytes
   of UTF-8 input) per second; one process is one core. Reported for extraction alone and
   for extraction plus `bilateral.serialize.dumps`, the work ``bilateral extract`` does.
2. **Scaling**: ONE long document made by joining the articles' body paragraphs (cycled until
   the size is reached), at sizes from 16 KB to 4 MB. A corpus of many short articles is
   linear by construction; a single long document is where a quadratic loop over sentences,
   mentions or ids would show. The slope of log(time) against log(length) is fitted by least
   squares over the fastest of the repeats at each size (the minimum is the estimate least
   disturbed by other processes); 1.0 is linear.
3. **Parallelism**: ``bilateral extract --jobs 1`` against ``--jobs 2`` over a corpus of at
   least 20 MB (the articles copied into a temporary directory as many times as needed),
   each a fresh ``python -m bilateral`` process, output checked identical.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import re
import shutil
import statistics
import string
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import bilateral
from bilateral.model import Person, Source
from bilateral.serialize import dumps
from bilateral.text import default_pipeline, parse_article

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT / "tests" / "data" / "eval" / "dev"
EXAMPLE = ROOT / "examples" / "petro_trump.txt"
MB = 1_000_000
DEFAULT_SIZES = (16_000, 64_000, 256_000, 1_000_000, 4_000_000)
#: Each throughput repeat runs the whole corpus at least this long, so timer noise is small.
_MIN_REPEAT_SECONDS = 1.0
#: Targets from issue 4.
TARGET_MB_S = 1.0
TARGET_SLOPE = 1.15
TARGET_SPEEDUP = 1.7


def corpus_paths() -> list[Path]:
    """The dev articles and the example, in a fixed order."""
    paths = sorted(DEV.glob("*.txt"))
    if EXAMPLE.exists():
        paths.append(EXAMPLE)
    if not paths:
        sys.exit(f"no articles found under {DEV}")
    return paths


def _spread(values: list[float]) -> dict[str, float]:
    return {"median": statistics.median(values), "min": min(values), "max": max(values)}


def throughput(texts: list[str], repeats: int) -> dict[str, Any]:
    """MB/s of extraction (and extraction plus dumps) over *texts*, one article at a time."""
    pipeline = default_pipeline()
    sources = [Source(text=t) for t in texts]
    size = sum(len(t.encode("utf-8")) for t in texts)
    pipeline.extract(sources[0])  # lexicons load on first use: not part of the rate
    start = time.perf_counter()
    for s in sources:
        pipeline.extract(s)
    loops = max(1, math.ceil(_MIN_REPEAT_SECONDS / (time.perf_counter() - start)))

    def rates(*, serialize: bool) -> tuple[float, float]:
        wall, cpu = time.perf_counter(), time.process_time()
        for _ in range(loops):
            for s in sources:
                record = pipeline.extract(s)
                if serialize:
                    dumps(record)
        work = size * loops / MB
        return work / (time.perf_counter() - wall), work / (time.process_time() - cpu)

    out: dict[str, dict[str, list[float]]] = {
        "extract": {"wall": [], "cpu": []},
        "extract_and_dumps": {"wall": [], "cpu": []},
    }
    for _ in range(repeats):
        for name in out:
            wall, cpu = rates(serialize=name != "extract")
            out[name]["wall"].append(wall)
            out[name]["cpu"].append(cpu)
    return {
        "articles": len(texts),
        "bytes": size,
        "loops_per_repeat": loops,
        # MB/s per core: by CPU time of this process (robust on a shared machine) and by wall time.
        "mb_s": {name: {clock: _spread(v) for clock, v in clocks.items()} for name, clocks in out.items()},
    }


def _surnames(texts: list[str]) -> list[str]:
    """The words of the people's names the extractor finds in *texts* (for renaming)."""
    pipeline = default_pipeline()
    words: set[str] = set()
    for text in texts:
        for actor in pipeline.extract(Source(text=text)).actors:
            if isinstance(actor, Person):
                words.update(w for w in actor.name.split() if w[:1].isupper() and w[1:].isalpha())
    return sorted(words, key=lambda w: (-len(w), w))


def _tag(n: int) -> str:
    """A lower-case suffix unique to cycle *n* ("", "ab", "ac", ...), so "Petro" becomes "Petroab"."""
    if n == 0:
        return ""
    letters = string.ascii_lowercase
    return letters[n // 26 % 26] + letters[n % 26] + (letters[n // 676] if n >= 676 else "")


def long_document(texts: list[str], size: int, *, new_names: bool = False) -> str:
    """
    One article of about *size* bytes: the articles' body paragraphs, cycled.

    With *new_names*, every cycle renames the people (a suffix on each word of their names),
    so the number of distinct people grows with the length as in a real long document,
    instead of the same few recurring.
    """
    paragraphs: list[str] = []
    for text in texts:
        article = parse_article(text)
        paragraphs.extend(text[p.start : p.end] for p in article.paragraphs)
    rename = re.compile(r"\b(" + "|".join(map(re.escape, _surnames(texts))) + r")\b") if new_names else None
    out: list[str] = []
    length = 0
    i = 0
    while length < size:
        paragraph = paragraphs[i % len(paragraphs)]
        if rename is not None:
            paragraph = rename.sub(r"\g<0>" + _tag(i // len(paragraphs)), paragraph)
        out.append(paragraph)
        length += len(paragraph.encode("utf-8")) + 2
        i += 1
    return "\n\n".join(out)


def _slope(xs: list[float], ys: list[float]) -> float:
    """Least-squares slope of log(ys) against log(xs)."""
    lx = [math.log(x) for x in xs]
    ly = [math.log(y) for y in ys]
    mx, my = statistics.fmean(lx), statistics.fmean(ly)
    return sum((a - mx) * (b - my) for a, b in zip(lx, ly, strict=True)) / sum((a - mx) ** 2 for a in lx)


def scaling(texts: list[str], sizes: list[int], repeats: int, *, new_names: bool) -> dict[str, Any]:
    """Time to extract one long document at each size; the log-log slope."""
    pipeline = default_pipeline()
    pipeline.extract(Source(text=texts[0]))
    rows: list[dict[str, Any]] = []
    for size in sizes:
        document = long_document(texts, size, new_names=new_names)
        body = sum(p.end - p.start for p in parse_article(document).body)
        walls: list[float] = []
        cpus: list[float] = []
        record = None
        for _ in range(repeats):
            wall, cpu = time.perf_counter(), time.process_time()
            record = pipeline.extract(Source(text=document))
            walls.append(time.perf_counter() - wall)
            cpus.append(time.process_time() - cpu)
        assert record is not None
        n_bytes = len(document.encode("utf-8"))
        rows.append(
            {
                "bytes": n_bytes,
                # The whole document must be body text, or the extractor skips work.
                "body_fraction": body / len(document),
                "statements": len(record.statements),
                "actors": len(record.actors),
                "wall_seconds": _spread(walls),
                "cpu_seconds": _spread(cpus),
                "mb_s_cpu": n_bytes / min(cpus) / MB,
            }
        )
    xs = [r["bytes"] for r in rows]
    return {
        "new_names": new_names,
        "rows": rows,
        # Fitted to the fastest CPU time at each size (wall time beside it).
        "slope": _slope(xs, [r["cpu_seconds"]["min"] for r in rows]),
        "slope_wall": _slope(xs, [r["wall_seconds"]["min"] for r in rows]),
    }


def _copies(paths: list[Path], directory: Path, target: int) -> list[str]:
    """Copy *paths* into *directory* round after round until *target* bytes are there."""
    files: list[str] = []
    total = 0
    round_ = 0
    while total < target:
        for path in paths:
            copy = directory / f"r{round_:04d}_{path.name}"
            shutil.copyfile(path, copy)
            files.append(str(copy))
            total += copy.stat().st_size
        round_ += 1
    return files


def jobs(paths: list[Path], corpus_bytes: int, job_counts: list[int], repeats: int) -> dict[str, Any]:
    """
    Wall time of ``bilateral extract --jobs N`` over a corpus of *corpus_bytes*.

    The job counts are interleaved repeat by repeat (1, 2, 1, 2, ...) so that other work on
    the machine falls on all of them alike, and the fastest run of each is compared. (The
    workers' CPU time cannot be read from here: under forkserver they are not our children.)
    """
    with tempfile.TemporaryDirectory(prefix="bilateral-bench-") as tmp:
        directory = Path(tmp) / "corpus"
        directory.mkdir()
        files = _copies(paths, directory, corpus_bytes)
        size = sum(Path(f).stat().st_size for f in files)
        walls: dict[int, list[float]] = {n: [] for n in job_counts}
        loads: dict[int, list[float]] = {n: [] for n in job_counts}
        outputs: dict[int, list[bytes]] = {}
        for _ in range(repeats):
            for n in job_counts:
                out = Path(tmp) / f"out{n}.jsonl"
                command = [sys.executable, "-m", "bilateral", "extract", "--jobs", str(n), "-o", str(out)]
                loads[n].append(os.getloadavg()[0])
                begin = time.perf_counter()
                subprocess.run([*command, *files], check=True)  # noqa: S603 - our interpreter and paths
                walls[n].append(time.perf_counter() - begin)
                outputs[n] = out.read_bytes().splitlines()
        first = outputs[job_counts[0]]
        base = min(walls[job_counts[0]])
        return {
            "files": len(files),
            "bytes": size,
            "repeats": repeats,
            "runs": {
                str(n): {
                    "wall_seconds": _spread(walls[n]),
                    "load_average_before": loads[n],
                    "mb_s": size / min(walls[n]) / MB,
                }
                for n in job_counts
            },
            # Records that differ between job counts (0 unless the code changed mid-run).
            "differing_records": {
                str(n): sum(a != b for a, b in zip(first, o, strict=True)) for n, o in outputs.items()
            },
            "speedup": {str(n): base / min(walls[n]) for n in job_counts[1:]},
            # The medians too: best against best flatters whichever count had the quieter run.
            "speedup_median": {
                str(n): statistics.median(walls[job_counts[0]]) / statistics.median(walls[n])
                for n in job_counts[1:]
            },
        }


def _calibrate_worker(seconds: float) -> None:
    """Extract the corpus over and over for *seconds*; print MB/s (run as a subprocess)."""
    texts = [p.read_text(encoding="utf-8") for p in corpus_paths()]
    size = sum(len(t.encode("utf-8")) for t in texts)
    pipeline = default_pipeline()
    pipeline.extract(Source(text=texts[0]))
    begin = time.perf_counter()
    done = 0
    while time.perf_counter() - begin < seconds:
        for text in texts:
            pipeline.extract(Source(text=text))
        done += size
    print(done / (time.perf_counter() - begin) / MB)


def calibrate(counts: list[int], seconds: float, repeats: int) -> dict[str, Any]:
    """
    The machine's own ceiling for ``--jobs``: N independent extraction processes at once.

    No pipes, no pool, no ordering: if N of them together do not reach N times the rate of
    one, no ``--jobs N`` can, and the difference is the machine (shared cores, other load,
    memory bandwidth), not bilateral. Counts alternate over *repeats* rounds; the best
    aggregate rate of each is kept, like the best ``--jobs`` runs.
    """
    rates: dict[int, list[float]] = {n: [] for n in counts}
    loads: dict[int, list[float]] = {n: [] for n in counts}
    command = [sys.executable, __file__, "--calibrate-worker", str(seconds)]
    for _ in range(repeats):
        for n in counts:
            loads[n].append(os.getloadavg()[0])
            procs = [subprocess.Popen(command, stdout=subprocess.PIPE, text=True) for _ in range(n)]  # noqa: S603
            rates[n].append(sum(float(p.communicate()[0]) for p in procs))
    best = {n: max(r) for n, r in rates.items()}
    return {
        "seconds": seconds,
        "aggregate_mb_s": {str(n): _spread(r) for n, r in rates.items()},
        "load_average_before": {str(n): v for n, v in loads.items()},
        "speedup": {str(n): best[n] / best[counts[0]] for n in counts[1:]},
    }


def _sizes(value: str) -> list[int]:
    units = {"K": 1_000, "M": 1_000_000}
    out = []
    for part in value.upper().replace(" ", "").split(","):
        scale = units.get(part[-1:], 1)
        out.append(int(float(part.rstrip("KM")) * scale))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--repeats", type=int, default=5, help="throughput repeats (default 5)")
    parser.add_argument(
        "--sizes", type=_sizes, default=list(DEFAULT_SIZES), help="document sizes, e.g. 16K,64K,256K,1M,4M"
    )
    parser.add_argument("--scaling-repeats", type=int, default=3, help="repeats per size (default 3)")
    parser.add_argument("--corpus-mb", type=float, default=20.0, help="--jobs corpus size in MB (default 20)")
    parser.add_argument("--jobs", type=lambda v: [int(x) for x in v.split(",")], default=[1, 2])
    parser.add_argument("--jobs-repeats", type=int, default=3, help="runs per --jobs value (default 3)")
    parser.add_argument("--calibrate-worker", type=float, help=argparse.SUPPRESS)
    parser.add_argument("--skip-jobs", action="store_true", help="leave out the --jobs measurement")
    parser.add_argument("--json", type=Path, default=Path("benchmarks/results/extract.json"))
    args = parser.parse_args()
    if args.calibrate_worker is not None:
        _calibrate_worker(args.calibrate_worker)
        return

    paths = corpus_paths()
    texts = [p.read_text(encoding="utf-8") for p in paths]
    results: dict[str, Any] = {
        "machine": {
            "cores": os.cpu_count(),
            "python": platform.python_version(),
            "platform": platform.platform(),
        },
        "bilateral": {"version": bilateral.__version__},
        "corpus": [str(p.relative_to(ROOT)) for p in paths],
        "load_average_at_start": os.getloadavg()[0],
        "targets": {"mb_s_per_core": TARGET_MB_S, "slope": TARGET_SLOPE, "speedup_2_jobs": TARGET_SPEEDUP},
    }
    results["throughput"] = throughput(texts, args.repeats)
    results["scaling"] = scaling(texts, args.sizes, args.scaling_repeats, new_names=False)
    results["scaling_new_names"] = scaling(texts, args.sizes, args.scaling_repeats, new_names=True)
    if not args.skip_jobs:
        results["jobs"] = jobs(paths, int(args.corpus_mb * MB), args.jobs, args.jobs_repeats)
        results["machine_ceiling"] = calibrate(args.jobs, seconds=5.0, repeats=args.jobs_repeats)

    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print_table(results)


def print_table(results: dict[str, Any]) -> None:
    """The results as a plain-text table."""
    m = results["machine"]
    print(
        f"cores={m['cores']} python={m['python']} bilateral={results['bilateral']['version']} "
        f"load={results['load_average_at_start']:.2f}"
    )
    t = results["throughput"]
    print(f"throughput per core ({t['articles']} articles, {t['bytes']:,} B each pass; median [min-max])")
    for name, clocks in t["mb_s"].items():
        cells = "  ".join(
            f"{clock} {r['median']:.3f} [{r['min']:.3f}-{r['max']:.3f}] MB/s" for clock, r in clocks.items()
        )
        print(f"  {name:18} {cells}")
    for key, label in (("scaling", "the same people recur"), ("scaling_new_names", "new people every cycle")):
        s = results[key]
        print(f"scaling: one long document, {label} (fastest of the repeats)")
        head = ("bytes", "body", "statements", "actors", "cpu s", "wall s", "MB/s cpu")
        print("  " + " ".join(f"{h:>{w}}" for h, w in zip(head, (10, 5, 10, 6, 8, 8, 9), strict=True)))
        for row in s["rows"]:
            cpu, wall = row["cpu_seconds"]["min"], row["wall_seconds"]["min"]
            print(
                f"  {row['bytes']:10,} {row['body_fraction']:5.2f} {row['statements']:10,} "
                f"{row['actors']:6,} {cpu:8.3f} {wall:8.3f} {row['mb_s_cpu']:9.3f}"
            )
        slopes = f"{s['slope']:.3f} by cpu, {s['slope_wall']:.3f} by wall"
        print(f"  log-log slope {slopes} (target <= {TARGET_SLOPE})")
    j = results.get("jobs")
    if j is not None:
        print(f"bilateral extract over {j['files']:,} files, {j['bytes'] / MB:.1f} MB")
        for n, run in j["runs"].items():
            wall = run["wall_seconds"]
            loads = ", ".join(f"{x:.2f}" for x in run["load_average_before"])
            print(
                f"  --jobs {n}: best {wall['min']:7.2f} s  median {wall['median']:7.2f} s  "
                f"{run['mb_s']:6.3f} MB/s  (load before: {loads})"
            )
        for n, speedup in j["speedup"].items():
            median = j["speedup_median"][n]
            print(
                f"  speedup --jobs {n}: {speedup:.2f}x best runs, {median:.2f}x medians "
                f"(target >= {TARGET_SPEEDUP} on 2 cores)"
            )
        c = results["machine_ceiling"]
        for n, speedup in c["speedup"].items():
            rate = c["aggregate_mb_s"][n]["max"]
            print(
                f"  machine ceiling: {n} independent extraction processes {speedup:.2f}x "
                f"(best {rate:.3f} MB/s together)"
            )
        print(f"  differing records: {j['differing_records']}")


if __name__ == "__main__":
    main()
