"""
Compare the extractor's output before and after a change (run by developers, not by tests).

    python tools/extraction_diff.py save BASELINE.json   # before the change
    python tools/extraction_diff.py check BASELINE.json  # after: byte-identical? (speed work)
    python tools/extraction_diff.py diff BASELINE.json   # after: what changed, readably (rule work)

The corpus is every text the repository has: the dev articles, the example, every string
literal of 60 characters or more in ``tests/text/`` (the paragraphs the rules are tested on),
and two 200 KB documents made of the dev paragraphs (one with the people renamed in every
cycle, as ``benchmarks/bench_extract.py`` does). Each is extracted without and with a
publication date. Speed work must leave every record byte-identical (``check`` exits 1
otherwise); a new rule should change only what it means to, which ``diff`` shows as the
statements, meetings, outcomes, claims and actors that disappeared (-) or appeared (+).
"""

# ruff: noqa: INP001, T201  (a developer script: not a package, and it prints its report)
from __future__ import annotations

import argparse
import ast
import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

import bench_extract  # noqa: E402 - the path above first

from bilateral.model import Source  # noqa: E402
from bilateral.serialize import dumps  # noqa: E402
from bilateral.text import default_pipeline  # noqa: E402

_PUBLISHED = dt.datetime(2025, 3, 4, 12, tzinfo=dt.UTC)
_MIN_LITERAL = 60
_LONG = 200_000


def corpus() -> dict[str, str]:
    """Every text of the corpus, by a stable name."""
    docs = {
        p.name: p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests/data/eval/dev").glob("*.txt"))
    }
    docs["example"] = (ROOT / "examples/petro_trump.txt").read_text(encoding="utf-8")
    for path in sorted((ROOT / "tests").rglob("test_text_*.py")):
        strings = [
            node.value
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
            if isinstance(node, ast.Constant) and isinstance(node.value, str)
        ]
        for n, text in enumerate(s for s in strings if len(s) >= _MIN_LITERAL and " " in s):
            docs[f"{path.name}:{n}"] = text
    dev = [docs[k] for k in docs if k.endswith(".txt")]
    docs["long_recurring"] = bench_extract.long_document(dev, _LONG)
    docs["long_new_names"] = bench_extract.long_document(dev, _LONG, new_names=True)
    return docs


def run() -> dict[str, str]:
    """The record of every document, as canonical JSON, undated and dated."""
    pipeline = default_pipeline()
    out: dict[str, str] = {}
    for name, text in corpus().items():
        out[f"{name}|undated"] = dumps(pipeline.extract(Source(text=text)))
        out[f"{name}|dated"] = dumps(pipeline.extract(Source(text=text, published=_PUBLISHED)))
    return out


def _readable(record_json: str) -> set[str]:
    r: dict[str, Any] = json.loads(record_json)
    text = r["source"]["text"]

    def cut(value: list[dict[str, int]] | dict[str, int] | None) -> str:
        if not value:
            return ""
        spans = value if isinstance(value, list) else [value]
        return " ".join(text[s["start"] : s["end"]] for s in spans)

    names = {a["id"]: a["name"] for a in r["actors"]}
    items = {
        f"actor {a['kind']} {a['name']} country={a.get('country')} "
        f"roles={[(x['title'], x['of']) for x in a.get('roles', [])]}"
        for a in r["actors"]
    }
    for s in r["statements"]:
        items.add(
            f"statement {s['mode']} speakers={[names.get(x, x) for x in s['speakers']]} "
            f"source=[{cut(s['speaker_mention'])}] cue=[{cut(s['cue'])}] content=[{cut(s['content'])}]"
        )
    for m in r["meetings"]:
        date = m["date"]["text"] if m["date"] else None
        duration = m["duration"]["text"] if m["duration"] else None
        items.add(
            f"meeting {[names.get(p, p) for p in m['participants']]} {m['medium']} {m['status']} "
            f"date={date} place={m['place']} duration={duration} topics={m['topics']}"
        )
        items.update(f"outcome {o['kind']} by={o['by']} to={o['to']} [{o['text']}]" for o in m["outcomes"])
    items.update(f"claim {[names.get(x, x) for x in c['claimants']]} [{c['text']}]" for c in r["claims"])
    return items


def main() -> int:
    """Run the command line; the exit status is 1 when ``check`` finds a difference."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("command", choices=["save", "check", "diff"])
    parser.add_argument("baseline", type=Path)
    args = parser.parse_args()
    got = run()
    if args.command == "save":
        args.baseline.write_text(json.dumps(got), encoding="utf-8")
        print(f"saved {len(got)} records to {args.baseline}")
        return 0
    expected: dict[str, str] = json.loads(args.baseline.read_text(encoding="utf-8"))
    changed = [k for k in expected if got.get(k) != expected[k]]
    if args.command == "check":
        for name in changed[:20]:
            print(f"  differs: {name}")
        print(
            f"{len(changed)} of {len(expected)} records differ"
            if changed
            else f"OK: {len(expected)} identical"
        )
        return 1 if changed else 0
    shown = 0
    for name in changed:
        if not name.endswith("|undated"):
            continue
        before = _readable(expected[name])
        after = _readable(got[name]) if name in got else set()
        if before == after:
            continue
        shown += 1
        print(f"== {name.removesuffix('|undated')}")
        for line in sorted(before - after):
            print(f"  - {line[:300]}")
        for line in sorted(after - before):
            print(f"  + {line[:300]}")
    print(f"{shown} documents changed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
