"""
Serialization speed and memory: bilateral against strict pydantic v2 and msgspec.

Run from the repository root (needs the ``bench`` extra)::

    python benchmarks/bench_serialize.py [--repeats 7] [--json benchmarks/results/serialize.json]

Every library encodes and decodes the same three inputs in the same run, interleaved
repeat by repeat, so the ratios compare like with like on whatever the machine is doing.
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
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

import msgspec
import orjson

sys.path.insert(0, str(Path(__file__).parent))

import _inputs
from _shapes import MRecord, PRecord

import bilateral
from bilateral import Record
from bilateral.serialize import dumps, loads

try:
    from bilateral.serialize import backend as _backend  # the JSON backend in use, if reported
except ImportError:  # pragma: no cover - older trees
    _backend = "unknown"


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


def _import_time(statement: str, repeats: int = 7) -> float:
    """Median wall time of a fresh interpreter running *statement*, minus an empty one."""

    def run(code: str) -> float:
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True)  # noqa: S603 - our own interpreter
        return time.perf_counter() - start

    empty = statistics.median(run("pass") for _ in range(repeats))
    return statistics.median(run(statement) for _ in range(repeats)) - empty


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeats", type=int, default=7)
    parser.add_argument("--json", type=Path, default=Path("benchmarks/results/serialize.json"))
    args = parser.parse_args()

    results: dict[str, Any] = {
        "machine": {"cores": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform()},
        "bilateral": {"version": bilateral.__version__, "json_backend": str(_backend)},
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
            ratios_p = [b / p for b, p in zip(rates["bilateral"][op], rates["pydantic"][op], strict=True)]
            ratios_m = [b / m for b, m in zip(rates["bilateral"][op], rates["msgspec"][op], strict=True)]
            entry["throughput_ratio"] = {
                "vs_pydantic": statistics.median(ratios_p),
                "vs_msgspec": statistics.median(ratios_m),
            }
            block[op] = entry
        results["throughput"][input_name] = block

    mem_input = _inputs_bytes()["small"]
    mem = _memory(mem_input)
    results["memory_bytes_per_record"] = {**mem, "ratio_vs_msgspec": mem["bilateral"] / mem["msgspec"]}
    t_bilateral = _import_time("import bilateral")
    t_deps = _import_time("import attrs, cattrs, dateutil.relativedelta")
    results["import_seconds"] = {"bilateral": t_bilateral, "deps": t_deps, "ratio": t_bilateral / t_deps}

    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    _print_table(results)


def _print_table(results: dict[str, Any]) -> None:
    m = results["machine"]
    print(f"cores={m['cores']} python={m['python']} backend={results['bilateral']['json_backend']}")
    print(f"{'input':8} {'op':9} {'bilateral':>11} {'pydantic':>11} {'msgspec':>11} {'orjson':>11} {'vs pyd':>7} {'vs msg':>7}")
    for input_name, block in results["throughput"].items():
        for op in ("encode", "decode", "roundtrip"):
            e = block[op]
            print(
                f"{input_name:8} {op:9} "
                + " ".join(f"{e[lib]['median']:11,.0f}" for lib in ("bilateral", "pydantic", "msgspec", "orjson-floor"))
                + f" {e['throughput_ratio']['vs_pydantic']:7.2f} {e['throughput_ratio']['vs_msgspec']:7.2f}"
            )
    mem = results["memory_bytes_per_record"]
    print(
        f"memory/record: bilateral {mem['bilateral']:,.0f} B, msgspec {mem['msgspec']:,.0f} B, "
        f"pydantic {mem['pydantic']:,.0f} B (bilateral/msgspec {mem['ratio_vs_msgspec']:.2f})"
    )
    imp = results["import_seconds"]
    print(f"import: bilateral {imp['bilateral'] * 1e3:.1f} ms, deps {imp['deps'] * 1e3:.1f} ms (ratio {imp['ratio']:.2f})")


if __name__ == "__main__":
    main()
