"""What the interchange formats share: record keys and ISO 3166-1 country codes."""

from __future__ import annotations

import functools
import hashlib
import json
from importlib import resources
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bilateral.model import Record

__all__ = ["KeyAllocator", "alpha3", "country_name", "record_key"]

#: Hex digits of SHA-256 kept in a record key: 64 bits, so a corpus needs about four
#: billion distinct records before two are likely to share a key.
_KEY_LENGTH = 16

#: Codes in use outside ISO 3166-1 that news reports need. Kosovo has the user-assigned
#: alpha-2 ``XK``; ``XKX`` is the alpha-3 the European Commission, the IMF and the World
#: Bank use for it, so PLOVER consumers that join on alpha-3 see the same code.
_EXTRA_ALPHA3 = {"XK": ("XKX", "Kosovo")}


def record_key(record: Record) -> str:
    """
    A stable key for *record*: the first 16 hex digits of the SHA-256 of its canonical JSON.

    The same record gives the same key on every run and machine (`bilateral.serialize.dumps`
    is byte-stable), so keys made by separate exports of the same records join. Two equal
    records share a key; writers that need unique keys number the repeats.

    .. versionadded:: 0.1.0
    """
    from bilateral.serialize import dumps  # noqa: PLC0415 - keep `import bilateral.interchange` light

    return hashlib.sha256(dumps(record).encode("utf-8")).hexdigest()[:_KEY_LENGTH]


@functools.cache
def _countries() -> dict[str, tuple[str, str]]:
    # The text pipeline's gazetteer already carries every ISO 3166-1 country with its
    # alpha-3 code (generated from iso3166 and GeoNames; see its NOTICE.md). Reading the file
    # through the top-level package does not import `bilateral.text` and its lexicons.
    path = resources.files("bilateral") / "text" / "data" / "countries.json"
    raw: dict[str, dict[str, object]] = json.loads(path.read_text(encoding="utf-8"))
    table = {code: (str(entry["alpha3"]), str(entry["name"])) for code, entry in raw.items()}
    return {**_EXTRA_ALPHA3, **table}


def alpha3(code: str | None) -> str | None:
    """
    The ISO 3166-1 alpha-3 code for an alpha-2 *code* (``"CO"`` -> ``"COL"``).

    Returns:
        The three-letter code, or ``None`` when *code* is ``None`` or not a known country
        (the model accepts any two upper-case letters, such as ``"ZZ"``).

    .. versionadded:: 0.1.0
    """
    if code is None:
        return None
    entry = _countries().get(code)
    return None if entry is None else entry[0]


def country_name(code: str | None) -> str | None:
    """The English short name of the country with alpha-2 *code*, or ``None`` if unknown."""
    if code is None:
        return None
    entry = _countries().get(code)
    return None if entry is None else entry[1]


class KeyAllocator:
    """
    Hands out unique record keys: `record_key`, with ``-2``, ``-3``, ... on repeats.

    A corpus may hold the same record twice (a story syndicated word for word); the
    formats that join on the key need each record's key to be unique in one export.
    Base keys are hex digits only, so a numbered key never equals a base key.
    """

    def __init__(self) -> None:
        self._seen: dict[str, int] = {}

    def __call__(self, record: Record) -> str:
        """The next unique key for *record*."""
        key = record_key(record)
        count = self._seen.get(key, 0) + 1
        self._seen[key] = count
        return key if count == 1 else f"{key}-{count}"
