"""
Serialization speed and memory: bilateral against strict pydantic v2 and msgspec.

Run from the repository root (needs the ``bench`` extra)::

    python benchmarks/bench_serialize.py [--repeats 7] [--json benchmarks/results/serialize.json]
    python benchmarks/bench_serialize.py --backend json   # bilateral without orjson

Every library encodes and decodes the same three inputs in the same run, interleaved
repeat by repeat, so the ratios compare like with like on whatever the machine is doing.
Each ``throughput_ratio`` is the median over the repeats of bilateral's records/s divided
by the other library's records/s *in the same repeat*.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable  # noqa: TC003 - kept simple: a script, not a library
from pathlib import Path
from typing import Any

import msgspec
import orjson

sys.path.insert(0, str(Path(__file__).parent))

import _backend  # before bilateral: it may hide orjson from bilateral.serialize
import _inputs
from _shapes import MRecord, PRecord

import bilateral
from bilateral import Record
from bilateral.serialize import backend, dumps, loads


def _inputs_bytes() -> dict[str, bytes]:
    out = {"large": dumps(_inputs.large()).encode(), "small": dumps(_inputs.small()).encode()}
    if _inputs.EXAMPLE.exists():
        out["example"] = dumps(loads(_inputs.EXAMPLE.read_bytes())).encode()
    return out


def _rate(func: Callable[[], object], budget: float = 0.25) -> float:
    """Calls per second of *func*, timed over about *budget* seconds."""
    n = 1
    while True:
        start = time.perf_counter()
        for _ in range(n):
            func()
        elapsed = time.perf_counter() - start
        if elapsed >= budget:
            return n / elapsed
        n *= 2


def _ops(data: bytes) -> dict[str, dict[str, Callable[[], object]]]:
    record = loads(data, Record)
    p_obj = PRecord.model_validate_json(data)
    m_dec = msgspec.json.Decoder(MRecord)
    m_enc = msgspec.json.Encoder()
    m_obj = m_dec.decode(data)
    as_dict = orjson.loads(data)
    return {
        "bilateral": {
            "encode": lambda: dumps(record).encode(),
            "decode": lambda: loads(data, Record),
            "roundtrip": lambda: dumps(loads(data, Record)).encode(),
        },
        "pydantic": {
            "encode": p_obj.model_dump_json,
            "decode": lambda: PRecord.model_validate_json(data),
            "roundtrip": lambda: PRecord.model_validate_json(data).model_dump_json(),
        },
        "msgspec": {
            "encode": lambda: m_enc.encode(m_obj),
            "decode": lambda: m_dec.decode(data),
            "roundtrip": lambda: m_enc.encode(m_dec.decode(data)),
        },
        "orjson-floor": {
            "encode": lambda: orjson.dumps(as_dict),
            "decode": lambda: orjson.loads(data),
            "roundtrip": lambda: orjson.dumps(orjson.loads(data)),
        },
    }


def _memory(data: bytes, n: int = 10_000) -> dict[str, float]:
    """Bytes retained per decoded record, for *n* records decoded from the same bytes."""
    m_dec = msgspec.json.Decoder(MRecord)
    decoders: dict[str, Callable[[], object]] = {
        "bilateral": lambda: loads(data, Record),
        "msgspec": lambda: m_dec.decode(data),
        "pydantic": lambda: PRecord.model_validate_json(data),
    }
    out = {}
    for name, decode in decoders.items():
        decode()
        gc.collect()
        tracemalloc.start()
        before = tracemalloc.get_traced_memory()[0]
        keep = [decode() for _ in range(n)]
        after = tracemalloc.get_traced_memory()[0]
        tracemalloc.stop()
        out[name] = (after - before) / n
        del keep
        gc.collect()
    return out


def _import_times(statements: dict[str, str], repeats: int) -> dict[str, list[float]]:
    """
    Wall time of a fresh interpreter running each statement, minus an empty interpreter's.

    Runs are interleaved so drift in machine load hits every statement alike. Bytecode is
    cached in a temporary directory (and written by a warm-up run), as on a normal install:
    with ``PYTHONDONTWRITEBYTECODE`` set, a source checkout would be compiled on every run.
    """
    with tempfile.TemporaryDirectory(prefix="bilateral-pycache-") as cache:
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env["PYTHONPYCACHEPREFIX"] = cache

        def run(code: str) -> float:
            start = time.perf_counter()
            subprocess.run([sys.executable, "-c", code], check=True, env=env)  # noqa: S603 - our interpreter
            return time.perf_counter() - start

        for code in statements.values():
            run(code)
        times: dict[str, list[float]] = {name: [] for name in statements}
        empty: list[float] = []
        for _ in range(repeats):
            empty.append(run("pass"))
            for name, code in statements.items():
                times[name].append(run(code))
        base = statistics.median(empty)
        return {name: [t - base for t in ts] for name, ts in times.items()}


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--repeats", type=int, default=7, help="throughput repeats (default 7)")
    parser.add_argument("--import-repeats", type=int, default=15, help="import-time runs (default 15)")
    parser.add_argument(
        "--backend",
        choices=("auto", "json"),
        default="auto",
        help="bilateral's JSON backend: auto (orjson when installed) or json (the standard library)",
    )
    parser.add_argument("--json", type=Path, default=None, help="where to write the results")
    args = parser.parse_args()
    if args.backend == "json" and backend != "json":
        # The backend is chosen when bilateral.serialize is imported: start again with orjson hidden.
        env = {**os.environ, _backend.ENV: "json"}
        sys.exit(subprocess.run([sys.executable, *sys.argv], env=env, check=False).returncode)  # noqa: S603
    if args.json is None:
        args.json = Path(f"benchmarks/results/serialize-{backend}.json")

    results: dict[str, Any] = {
        "machine": {
            "cores": os.cpu_count(),
            "python": platform.python_version(),
            "platform": platform.platform(),
        },
        "bilateral": {"version": bilateral.__version__, "json_backend": backend},
        "throughput": {},
    }
    for input_name, data in _inputs_bytes().items():
        ops = _ops(data)
        rates: dict[str, dict[str, list[float]]] = {lib: {op: [] for op in o} for lib, o in ops.items()}
        for _ in range(args.repeats):
            for op in ("encode", "decode", "roundtrip"):
                for lib in ops:
                    rates[lib][op].append(_rate(ops[lib][op]))
        block: dict[str, Any] = {"bytes": len(data)}
        for op in ("encode", "decode", "roundtrip"):
            entry: dict[str, Any] = {}
            for lib in ops:
                r = rates[lib][op]
                entry[lib] = {"median": statistics.median(r), "min": min(r), "max": max(r)}
            ratios = {
                f"vs_{other}": [b / o for b, o in zip(rates["bilateral"][op], rates[other][op], strict=True)]
                for other in ("pydantic", "msgspec")
            }
            entry["throughput_ratio"] = {k: statistics.median(v) for k, v in ratios.items()}
            entry["throughput_ratio_spread"] = {k: [min(v), max(v)] for k, v in ratios.items()}
            block[op] = entry
        results["throughput"][input_name] = block

    mem_input = _inputs_bytes()["small"]
    mem = _memory(mem_input)
    results["memory_bytes_per_record"] = {**mem, "ratio_vs_msgspec": mem["bilateral"] / mem["msgspec"]}
    imports = _import_times(
        {"bilateral": "import bilateral", "deps": "import attrs, cattrs, dateutil.relativedelta"},
        args.import_repeats,
    )
    t_bilateral, t_deps = (statistics.median(imports[k]) for k in ("bilateral", "deps"))
    results["import_seconds"] = {
        "bilateral": t_bilateral,
        "deps": t_deps,
        "ratio": t_bilateral / t_deps,
        "spread": {k: [min(v), max(v)] for k, v in imports.items()},
        "repeats": args.import_repeats,
    }

    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    _print_table(results)


def _print_table(results: dict[str, Any]) -> None:
    m = results["machine"]
    print(f"cores={m['cores']} python={m['python']} backend={results['bilateral']['json_backend']}")
    columns = " ".join(f"{c:>11}" for c in ("bilateral", "pydantic", "msgspec", "orjson"))
    print(f"{'input':8} {'op':9} {columns} {'vs pyd':>7} {'vs msg':>7}   (records/s, medians)")
    for input_name, block in results["throughput"].items():
        for op in ("encode", "decode", "roundtrip"):
            e = block[op]
            print(
                f"{input_name:8} {op:9} "
                + " ".join(
                    f"{e[lib]['median']:11,.0f}"
                    for lib in ("bilateral", "pydantic", "msgspec", "orjson-floor")
                )
                + f" {e['throughput_ratio']['vs_pydantic']:7.2f} {e['throughput_ratio']['vs_msgspec']:7.2f}"
            )
    mem = results["memory_bytes_per_record"]
    print(
        f"memory/record: bilateral {mem['bilateral']:,.0f} B, msgspec {mem['msgspec']:,.0f} B, "
        f"pydantic {mem['pydantic']:,.0f} B (bilateral/msgspec {mem['ratio_vs_msgspec']:.2f})"
    )
    imp = results["import_seconds"]
    ms = {k: imp[k] * 1e3 for k in ("bilateral", "deps")}
    print(f"import: bilateral {ms['bilateral']:.1f} ms, deps {ms['deps']:.1f} ms (ratio {imp['ratio']:.2f})")


if __name__ == "__main__":
    main()
