"""
Choose bilateral's JSON backend for a benchmark run; import this before `bilateral`.

bilateral uses orjson whenever it can import it. With ``BILATERAL_BENCH_BACKEND=json`` in
the environment, orjson is hidden while `bilateral.serialize` imports (so it settles on the
standard library, exactly as on an install without the ``fast`` extra) and then put back,
so the benchmark can still time the ``orjson.dumps``/``orjson.loads`` floor.
"""

from __future__ import annotations

import os
import sys

#: The environment variable read here ("json" forces the standard-library backend).
ENV = "BILATERAL_BENCH_BACKEND"

if os.environ.get(ENV) == "json":
    import orjson

    sys.modules["orjson"] = None  # type: ignore[assignment]  # makes `import orjson` fail
    import bilateral.serialize  # noqa: F401 - imported for its side effect: the backend choice

    sys.modules["orjson"] = orjson
