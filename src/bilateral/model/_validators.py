"""Small attrs validators shared by the model (cheap, local invariants only)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import attrs

__all__ = [
    "INT64_MAX",
    "INT64_MIN",
    "country_code",
    "int64",
    "non_empty",
    "non_negative_int64",
    "optional_non_empty",
    "unique",
]

INT64_MIN = -(2**63)
INT64_MAX = 2**63 - 1

_COUNTRY = re.compile(r"[A-Z]{2}")


def non_empty(_inst: object, attribute: attrs.Attribute[Any], value: str) -> None:
    """Reject empty or all-whitespace strings."""
    if not value or value.isspace():
        msg = f"'{attribute.name}' must be a non-empty string (got {value!r})"
        raise ValueError(msg)


def optional_non_empty(inst: object, attribute: attrs.Attribute[Any], value: str | None) -> None:
    """Like `non_empty`, but ``None`` is allowed."""
    if value is not None:
        non_empty(inst, attribute, value)


def int64(_inst: object, attribute: attrs.Attribute[Any], value: int) -> None:
    """Integers on the wire fit in 64 bits, so every JSON backend reads them alike."""
    if not INT64_MIN <= value <= INT64_MAX:
        msg = f"'{attribute.name}' must fit in a signed 64-bit integer (got {value!r})"
        raise ValueError(msg)


def non_negative_int64(_inst: object, attribute: attrs.Attribute[Any], value: int) -> None:
    """A count or offset: 0 <= value < 2**63."""
    if not 0 <= value <= INT64_MAX:
        msg = f"'{attribute.name}' must be between 0 and 2**63-1 (got {value!r})"
        raise ValueError(msg)


def country_code(_inst: object, attribute: attrs.Attribute[Any], value: str | None) -> None:
    """ISO 3166-1 alpha-2 shape: two upper-case ASCII letters."""
    if value is not None and not _COUNTRY.fullmatch(value):
        msg = f"'{attribute.name}' must be an ISO 3166-1 alpha-2 code such as 'CO' (got {value!r})"
        raise ValueError(msg)


def unique(_inst: object, attribute: attrs.Attribute[Any], value: tuple[Any, ...]) -> None:
    """Reject repeated items in a tuple that stands for a set (ids, speakers, ...)."""
    if len(set(value)) != len(value):
        seen: set[Any] = set()
        for v in value:
            if v in seen:
                msg = f"'{attribute.name}' must not repeat items (repeated: {v!r})"
                raise ValueError(msg)
            seen.add(v)
        raise ValueError(msg)
