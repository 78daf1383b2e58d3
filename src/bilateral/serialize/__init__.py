"""
The wire format: strict structuring, canonical JSON and JSON Lines, schema, migrations.

``loads(dumps(x), type(x)) == x`` for every model value, and `dumps` is byte-stable.
Reading is strict (DESIGN section 4) and reports every problem of a payload in one
`bilateral.errors.RecordError`, each with its JSON path.
"""

from bilateral.serialize._converter import (
    configure_converter,
    converter,
    make_converter,
    structure,
    unstructure,
)
from bilateral.serialize._json import DEFAULT_LIMITS, Limits, backend, dumps, loads, parse_json
from bilateral.serialize._jsonl import dump_jsonl, iter_jsonl
from bilateral.serialize._schema import json_schema
from bilateral.serialize.migrate import MIGRATIONS, migrate

__all__ = [
    "DEFAULT_LIMITS",
    "MIGRATIONS",
    "Limits",
    "backend",
    "configure_converter",
    "converter",
    "dump_jsonl",
    "dumps",
    "iter_jsonl",
    "json_schema",
    "loads",
    "make_converter",
    "migrate",
    "parse_json",
    "structure",
    "unstructure",
]
