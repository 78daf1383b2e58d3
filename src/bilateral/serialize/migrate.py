"""
Upgrade Record payloads written in older versions of the wire format.

Each entry of `MIGRATIONS` maps a version *n* to a step that turns a version-*n* payload
into a version-*n + 1* one; `migrate` chains them up to `SCHEMA_VERSION`, on a deep copy
(the caller's payload is never changed), before the payload is structured. Renaming or
removing a field is a new `SCHEMA_VERSION` with a step here (DESIGN section 3).

Version 1 is the first, so the registry is empty for now.
"""

from __future__ import annotations

import copy
import itertools
from collections.abc import Callable
from typing import Any, Final, TypeAlias

from bilateral.errors import Problem, RecordError
from bilateral.model import SCHEMA_VERSION
from bilateral.serialize._structure import describe, short

__all__ = ["MIGRATIONS", "Migration", "migrate"]

#: A step: takes a payload of version *n* (a private copy it may change), returns version *n + 1*.
Migration: TypeAlias = Callable[[dict[str, Any]], dict[str, Any]]

#: Version *n* -> the step that upgrades a version-*n* payload to version *n + 1*.
MIGRATIONS: dict[int, Migration] = {}

_KEY: Final = "schema_version"
_PATH: Final = "$.schema_version"


#: How many keys of a non-record object an error message names.
_SHOWN_KEYS = 5
_CLIP = 40


def _fail(message: str) -> RecordError:
    return RecordError([Problem(_PATH, message)])


def migrate(payload: Any) -> Any:
    """
    Return *payload* upgraded to the current `SCHEMA_VERSION`.

    A current payload is returned as it is (no copy). An older one is deep-copied and
    passed through every step from its version up. Anything that is not a JSON object is
    returned unchanged, for structuring to report.

    Args:
        payload: A decoded JSON value meant to be a `Record`.

    Returns:
        The payload, in the current version.

    Raises:
        RecordError: when ``schema_version`` is missing, not an integer, newer than this
            bilateral reads, or older than any migration reaches, or when a step fails on
            a payload that is not a valid record of its version.

    .. versionadded:: 0.1.0
    """
    if type(payload) is not dict:
        return payload
    version = payload.get(_KEY)
    if type(version) is int and version == SCHEMA_VERSION:
        return payload
    if _KEY not in payload and "source" not in payload:
        # Not a record at all (not one with a key missing): say so at the root.
        keys = [short(repr(k), _CLIP) for k in itertools.islice(payload, _SHOWN_KEYS + 1)]
        shown = ", ".join(keys[:_SHOWN_KEYS]) + (", ..." if len(keys) > _SHOWN_KEYS else "")
        got = f"an object with keys {shown}" if payload else "an empty object"
        msg = f"expected a bilateral record, an object with {_KEY!r} and 'source'; got {got}"
        raise RecordError([Problem("$", msg)])
    if _KEY not in payload:
        msg = f"missing required key {_KEY!r}: a record says which version of the format it uses"
        raise _fail(f"{msg} (this bilateral writes {SCHEMA_VERSION})")
    if type(version) is not int:
        raise _fail(f"expected int (the format version, {SCHEMA_VERSION}), got {describe(version)}")
    if version > SCHEMA_VERSION:
        msg = f"{_KEY} {version} is newer than this bilateral reads ({SCHEMA_VERSION}): upgrade bilateral"
        raise _fail(msg)
    missing = [v for v in range(version, SCHEMA_VERSION) if v not in MIGRATIONS]
    if missing:
        raise _fail(
            f"unknown {_KEY} {version}: no migration from version {missing[0]} (current: {SCHEMA_VERSION})"
        )
    out: dict[str, Any] = copy.deepcopy(payload)
    while version < SCHEMA_VERSION:
        try:
            out = MIGRATIONS[version](out)
        except RecordError:
            raise
        except (KeyError, IndexError, TypeError, ValueError, AttributeError) as error:
            # A step is written for well-formed old payloads; a malformed one can break it
            # anywhere. That is bad data, not a crash: only bilateral errors escape.
            msg = f"cannot upgrade from {_KEY} {version} to {version + 1}: {type(error).__name__}: {error}"
            raise RecordError(
                [Problem("$", f"{msg} (the payload is not a valid version-{version} record)")]
            ) from None
        version += 1
        out[_KEY] = version
    return out
