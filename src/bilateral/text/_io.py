"""
Reading articles from files or bytes: strict UTF-8, a size limit, HTML turned into text.

The text a `Source` holds is what every span indexes, so it is never normalised here:
CRLF line ends, NBSP, zero-width characters and tabs are kept as they are (the parsers
cope with them). For HTML input the text is the one the HTML parser recovered.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from typing import BinaryIO

from bilateral.errors import TextError
from bilateral.model import Author, Source
from bilateral.text._html import html_to_text, looks_like_html

__all__ = ["DEFAULT_MAX_BYTES", "read_source"]

#: Largest input accepted by default (the CLI's documented default).
DEFAULT_MAX_BYTES = 64 * 1024 * 1024
_BOM = b"\xef\xbb\xbf"
#: How many characters of context a decoding error shows on each side of the bad byte.
_CONTEXT = 60

# Machine dates are shape-checked before `fromisoformat`, which on 3.11 also accepts
# forms such as "20250312" or "2025-W11-3" that no page means (STYLE.md section 5).
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_ISO_DATETIME = re.compile(
    r"(\d{4}-\d{2}-\d{2})[Tt ](\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?)(Z|z|[+-]\d{2}:?\d{2})?"
)


def _read_bytes(
    path_or_bytes: str | os.PathLike[str] | bytes | bytearray | memoryview | BinaryIO, limit: int
) -> bytes:
    """Read at most ``limit + 1`` bytes, so an oversized input is detected without reading it all."""
    if isinstance(path_or_bytes, bytes | bytearray | memoryview):
        return bytes(path_or_bytes)
    if isinstance(path_or_bytes, str | os.PathLike):
        with open(path_or_bytes, "rb") as fp:  # noqa: PTH123  (str paths are accepted as given)
            return fp.read(limit + 1)
    return path_or_bytes.read(limit + 1)


def _decode(data: bytes) -> str:
    """Strict UTF-8 (a leading BOM skipped); a bad byte is reported by its byte offset."""
    skip = len(_BOM) if data.startswith(_BOM) else 0
    try:
        return data[skip:].decode("utf-8")
    except UnicodeDecodeError as err:
        start, end = err.start + skip, err.end + skip
        before = data[max(skip, start - _CONTEXT * 4) : start].decode("utf-8", "replace")[-_CONTEXT:]
        bad = data[start:end].decode("utf-8", "backslashreplace")
        after = data[end : end + _CONTEXT * 4].decode("utf-8", "replace")[:_CONTEXT]
        message = f"input is not valid UTF-8: {err.reason} at byte {start} (0x{data[start]:02x})"
        raise TextError(message, before + bad + after, (len(before), len(before) + len(bad))) from None


def _parse_published(value: str | None) -> dt.date | dt.datetime | None:
    """A page's machine-readable publication time: a date, or an aware datetime; else None."""
    if value is None:
        return None
    value = value.strip()
    try:
        if _ISO_DATE.fullmatch(value):
            return dt.date.fromisoformat(value)
        match = _ISO_DATETIME.fullmatch(value)
        if match is None:
            return None
        day, clock, offset = match.groups()
        if offset is None:
            # A time without an offset is not an instant; the day is all it tells for sure.
            return dt.date.fromisoformat(day)
        if offset in {"Z", "z"}:
            offset = "+00:00"
        elif ":" not in offset:
            offset = f"{offset[:3]}:{offset[3:]}"
        return dt.datetime.fromisoformat(f"{day}T{clock}{offset}")
    except ValueError:
        return None


def read_source(
    path_or_bytes: str | os.PathLike[str] | bytes | bytearray | memoryview | BinaryIO,
    *,
    published: dt.date | dt.datetime | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Source:
    """
    Read an article into a `Source`: plain text as is, HTML turned into text.

    Args:
        path_or_bytes: A file path (``str`` or path-like), the raw bytes, or a binary file
            object. A ``str`` is always a path: decoded text needs no reading, build a
            `Source` from it directly.
        published: The publication date (or an aware datetime), the anchor for relative
            dates. When ``None``, an HTML page's ``article:published_time`` is used if valid.
        max_bytes: Inputs longer than this are refused before they are decoded.

    Returns:
        The source; for HTML, with the title, authors, section, publisher, URL and language
        found in the page's head.

    Raises:
        TextError: The input is larger than *max_bytes*, or not strict UTF-8 (the message
            names the byte offset of the first bad byte).
        OSError: The path cannot be read.
        ValueError: *published* is a naive datetime.

    .. versionadded:: 0.1.0
    """
    data = _read_bytes(path_or_bytes, max_bytes)
    if len(data) > max_bytes:
        message = f"input is larger than the limit of {max_bytes} bytes"
        raise TextError(message, "", (0, 0))
    text = _decode(data)
    if not looks_like_html(text):
        return Source(text=text, published=published)
    page = html_to_text(text)
    return Source(
        text=page.text,
        title=page.title,
        url=page.url,
        publisher=page.publisher,
        section=page.section,
        authors=tuple(Author(name=name) for name in page.authors),
        published=published if published is not None else _parse_published(page.published),
        language=page.language or "en",
    )
