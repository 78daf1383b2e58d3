r"""
JSON Lines: one record per line, read as a stream and written one `dumps` per line.

Reading never holds more than one line (at most `Limits.max_bytes` + 2 bytes) in memory,
so a corpus of any size streams through. The limit applies to a line's content: its
``\n`` or ``\r\n`` does not count. Blank lines are skipped. The first bad line
stops the iteration with its error, which carries the 1-based line number (``.line``).
"""

from __future__ import annotations

import io
import os
from typing import IO, TYPE_CHECKING, Any, TypeVar, overload

from bilateral.errors import InvalidJSONError, Problem, RecordError
from bilateral.model import Record
from bilateral.serialize._json import DEFAULT_LIMITS, Limits, dumps, loads

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

__all__ = ["dump_jsonl", "iter_jsonl"]

T = TypeVar("T")

#: Reading an over-long line is abandoned in chunks of this size until its newline.
_CHUNK = 1 << 16
_BLANK = b" \t\r\n"


class _TooLong:
    """Stands for a line over the limit (its bytes are never kept)."""

    def __init__(self, size: int) -> None:
        self.size = size


def _read_lines(fp: IO[Any], limit: int) -> Iterator[bytes | str | _TooLong]:
    r"""
    Lines of a file without their line ends, each read with at most *limit* + 2 bytes in memory.

    The limit applies to the line's content: ``\n`` or ``\r\n`` do not count, so a
    line of exactly *limit* bytes is read whichever line ends the file uses.
    """
    while True:
        line = fp.readline(limit + 2)
        if not line:
            return
        content = _strip_line_end(line)
        if len(content) <= limit:
            yield content
            continue
        size = len(content)
        if len(content) == len(line):  # no line end read yet: skip the rest, chunk by chunk
            while rest := fp.readline(_CHUNK):
                stripped = _strip_line_end(rest)
                size += len(stripped)
                if len(stripped) != len(rest):
                    break
        yield _TooLong(size)


def _strip_line_end(line: Any) -> Any:
    r"""*line* (bytes or str) without its final ``\n`` or ``\r\n``."""
    newline, carriage = ("\n", "\r") if isinstance(line, str) else (b"\n", b"\r")
    if line.endswith(newline):
        line = line[:-1]
        if line.endswith(carriage):
            line = line[:-1]
    return line


def _lines(source: object, limit: int) -> Iterator[object]:
    if isinstance(source, (str, os.PathLike)):
        with open(source, "rb") as fp:  # noqa: PTH123 - str and PathLike alike
            yield from _read_lines(fp, limit)
    elif isinstance(source, (bytes, bytearray, memoryview)):
        msg = "iter_jsonl() takes a path, a binary file or an iterable of lines, not the bytes themselves"
        raise TypeError(msg)
    elif hasattr(source, "readline"):
        yield from _read_lines(source, limit)  # type: ignore[arg-type]
    else:
        for line in source:  # type: ignore[attr-defined]
            yield _strip_line_end(line) if isinstance(line, (str, bytes, bytearray)) else line


def _is_blank(line: bytes | str) -> bool:
    if isinstance(line, str):
        return not line.strip(" \t\r\n")
    return not bytes(line).strip(_BLANK)


@overload
def iter_jsonl(
    source: object, *, lenient: bool = False, limits: Limits = DEFAULT_LIMITS
) -> Iterator[Record]: ...
@overload
def iter_jsonl(
    source: object, cls: type[T], *, lenient: bool = False, limits: Limits = DEFAULT_LIMITS
) -> Iterator[T]: ...
def iter_jsonl(
    source: object, cls: Any = Record, *, lenient: bool = False, limits: Limits = DEFAULT_LIMITS
) -> Iterator[Any]:
    """
    Read one *cls* value (a `Record` by default) per line of JSON Lines, as a stream.

    Args:
        source: A path (str or `os.PathLike`), a binary file object, or an iterable of
            lines (bytes or str, with or without their line ends).
        cls: The model class every line holds.
        lenient: Ignore unknown keys instead of reporting them.
        limits: Bounds applied to each line (`Limits.max_bytes` is per line).

    Yields:
        The values, in order; blank lines are skipped.

    Raises:
        RecordError: for the first line that is not a valid *cls* (an `InvalidJSONError`
            when it is not acceptable JSON), with ``.line`` set to its 1-based number.
        OSError: when the path cannot be opened or read.

    .. versionadded:: 0.1.0
    """
    for _, item in line_results(source, cls, lenient=lenient, limits=limits):
        if isinstance(item, RecordError):
            raise item
        yield item


def line_results(
    source: object, cls: Any = Record, *, lenient: bool = False, limits: Limits = DEFAULT_LIMITS
) -> Iterator[tuple[int, Any]]:
    """
    Like `iter_jsonl`, but yields ``(line number, value)`` and goes on after a bad line.

    A bad line's value is its `RecordError`.

    For ``bilateral validate`` and ``convert``, which report every bad line of a file (and
    where each record came from), not only the first.
    """
    for number, line in enumerate(_lines(source, limits.max_bytes), start=1):
        if isinstance(line, _TooLong):
            msg = f"line is {line.size} bytes, over the limit of {limits.max_bytes} bytes"
            yield number, InvalidJSONError([Problem("$", msg)], line=number)
            continue
        if not isinstance(line, (str, bytes, bytearray, memoryview)):
            msg = f"expected a line as str or bytes, got {type(line).__name__}"
            yield number, InvalidJSONError([Problem("$", msg)], line=number)
            continue
        text = line if isinstance(line, (str, bytes)) else bytes(line)
        if _is_blank(text):
            continue
        try:
            value = loads(text, cls, lenient=lenient, limits=limits)
        except RecordError as error:
            yield number, error.with_line(number)
        else:
            yield number, value


def _is_binary(fp: object) -> bool:
    if isinstance(fp, io.TextIOBase):
        return False
    if isinstance(fp, (io.BufferedIOBase, io.RawIOBase)):
        return True
    return "b" in str(getattr(fp, "mode", ""))


def dump_jsonl(objs: Iterable[object], fp: IO[str] | IO[bytes] | str | os.PathLike[str]) -> int:
    r"""
    Write each value as one line of canonical JSON (`dumps`), each ending in ``\n``.

    Args:
        objs: The values (usually records), consumed one at a time.
        fp: A text or binary file open for writing, or a path (str or `os.PathLike`), which
            is created or truncated and written as UTF-8, as `iter_jsonl` reads a path.

    Returns:
        The number of lines written.

    .. versionadded:: 0.1.0
    .. versionchanged:: Unreleased
       *fp* may be a path.
    """
    if isinstance(fp, str | os.PathLike):
        with open(fp, "wb") as out:  # noqa: PTH123 - a str or any PathLike, as iter_jsonl takes
            return _write_lines(objs, out, binary=True)
    return _write_lines(objs, fp, binary=_is_binary(fp))


def _write_lines(objs: Iterable[object], fp: IO[str] | IO[bytes], *, binary: bool) -> int:
    count = 0
    for obj in objs:
        line = dumps(obj) + "\n"
        fp.write(line.encode() if binary else line)  # type: ignore[arg-type]
        count += 1
    return count
