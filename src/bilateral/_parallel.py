"""
Picklable per-article workers for parallel extraction.

One record comes from one article, so a corpus parallelizes by file. The functions here
are plain module-level functions of picklable arguments that return picklable values and
never raise for a bad article: the error comes back as a message. That is what
`concurrent.futures.ProcessPoolExecutor` (``bilateral extract --jobs N``) needs, and what
Dask needs too, so the same function scales past one machine::

    import dask.bag as db
    from bilateral._parallel import extract_path

    bag = db.from_sequence(paths, npartitions=64).map(extract_path, published="2025-03-12")
    bag.filter(lambda r: r.json is not None).map(lambda r: r.json).to_textfiles("out/*.jsonl")

The default pipeline is built once per process, lazily, on first use.
"""

from __future__ import annotations

import datetime as dt
import functools
import os
import re
from typing import TYPE_CHECKING, NamedTuple

from bilateral.errors import BilateralError, TextError

if TYPE_CHECKING:
    from bilateral.model import Source
    from bilateral.text import Pipeline

__all__ = ["ExtractResult", "describe_error", "extract_path", "extract_source", "parse_published"]

#: ``YYYY-MM-DD`` exactly: `datetime.date.fromisoformat` alone (3.11) also takes
#: ``20250312`` and ``2025-W11-3``, which no one means on a command line.
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


class ExtractResult(NamedTuple):
    """What a worker returns for one article: its name, and either its JSON or an error."""

    #: The input's name as given (a path, or ``-`` for stdin).
    file: str
    #: The record as JSON text (no trailing newline), or ``None`` when extraction failed.
    json: str | None
    #: A one-line description of what went wrong, or ``None`` on success.
    error: str | None


def parse_published(value: str | dt.date | None) -> dt.date | dt.datetime | None:
    """
    Accept a publication date as a `datetime.date`, an aware datetime or ``YYYY-MM-DD``.

    Args:
        value: The date, or its ISO text; ``None`` passes through.

    Returns:
        The date (or aware datetime), or ``None``.

    Raises:
        ValueError: The text is not a real ``YYYY-MM-DD`` date.
    """
    if value is None or isinstance(value, dt.date):
        return value
    if not _ISO_DATE.fullmatch(value):
        msg = f"publication date must be YYYY-MM-DD (got {value!r})"
        raise ValueError(msg)
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        msg = f"no such date: {value!r}"
        raise ValueError(msg) from None


@functools.cache
def _pipeline() -> Pipeline:
    # Imported and built lazily: a worker process pays for the lexicons once, on first use.
    from bilateral.text import default_pipeline  # noqa: PLC0415

    return default_pipeline()


def describe_error(error: BaseException) -> str:
    """
    One line for stderr and the errors file: our own errors as they are, others with their class.

    A file that cannot be read is said so in the words `bilateral validate` uses ("cannot
    read: No such file or directory"), without the file name the caller already prints.
    A `TextError` gives its message alone: its ``(at start..end)`` and the excerpt under it
    locate the problem in a few lines of context, which one line cannot show, and reading
    errors say where in their message already ("at byte 24").
    """
    if isinstance(error, IsADirectoryError) and error.filename is not None:
        # `bilateral extract corpus/` is a natural first try: say what to give instead.
        pattern = os.path.join(os.fsdecode(error.filename), "*.txt")  # noqa: PTH118 - a str for the message
        return f"cannot read: {error.strerror} (give the articles in it, such as {pattern})"
    if isinstance(error, OSError) and error.strerror:
        return f"cannot read: {error.strerror}"
    if isinstance(error, TextError):
        return error.message.strip().partition("\n")[0] or type(error).__name__
    text = str(error) if isinstance(error, BilateralError) else f"{type(error).__name__}: {error}"
    first, _, _ = text.strip().partition("\n")
    return first or type(error).__name__


def extract_source(name: str, source: Source, *, indent: int | None = None) -> ExtractResult:
    """
    Extract and serialize one already-read article.

    Args:
        name: What to call the input in the result (a path, ``-``).
        source: The article.
        indent: JSON indentation; ``None`` writes one line (JSON Lines).

    Returns:
        The result; never raises for a bad article.
    """
    from bilateral.serialize import dumps  # noqa: PLC0415 - keep `import bilateral` light

    try:
        record = _pipeline().extract(source)
        return ExtractResult(name, dumps(record, indent=indent), None)
    except Exception as error:  # noqa: BLE001 - one bad article must not stop a corpus run
        return ExtractResult(name, None, describe_error(error))


def extract_path(
    path: str | os.PathLike[str],
    published: str | dt.date | None = None,
    *,
    indent: int | None = None,
) -> ExtractResult:
    """
    Read, extract and serialize the article at *path*; errors come back, not up.

    Module-level and of picklable arguments, so `ProcessPoolExecutor` and Dask can ship it.

    Args:
        path: The article file (plain text or HTML, strict UTF-8).
        published: Publication date (a `datetime.date` or ``YYYY-MM-DD``), the anchor for
            relative dates; ``None`` uses a date the page gives, if any.
        indent: JSON indentation; ``None`` writes one line (JSON Lines).

    Returns:
        ``ExtractResult(file, json, error)``: *json* is set on success, *error* otherwise.

    .. versionadded:: 0.1.0
    """
    from bilateral.text._io import read_source  # noqa: PLC0415

    name = os.fspath(path)
    try:
        source = read_source(name, published=parse_published(published))
    except Exception as error:  # noqa: BLE001 - unreadable input is reported, like a failed extraction
        return ExtractResult(name, None, describe_error(error))
    return extract_source(name, source, indent=indent)
