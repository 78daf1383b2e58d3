"""
Extract a corpus with Dask (``pip install 'bilateral[dask]'``).

One record comes from one article, so a corpus is a bag of file paths. `extract_bag` maps
the extractor over it; `write_parts` writes each partition as one JSON Lines part, with
the articles that failed in an errors part beside it::

    from bilateral.dask import extract_bag, write_parts

    results = extract_bag(paths, published="2025-03-12", npartitions=64)
    parts = write_parts(results, "out/")     # out/part-00000.jsonl, out/errors-00000.jsonl, ...

No partition is ever lost to a bad article: extraction never raises for one (its error
comes back as a value and goes to the errors part), and every partition writes both of its
parts, each complete or not at all (written to a temporary name, then renamed). The records
of all parts, in part order, are exactly what ``bilateral extract --jobs 1`` writes for the
same files, and the errors parts hold the lines its ``--errors FILE`` holds.

Whatever scheduler is active runs the work: the local threads or processes scheduler, or a
``distributed`` cluster once a ``Client`` exists. On a cluster the paths must name files
every worker can read, and the output directory one every worker can write (a shared
file system).

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from dask.base import compute as _dask_compute
from dask.delayed import delayed as _dask_delayed

from bilateral._parallel import ExtractResult, describe_error, extract_path, parse_published
from dask import bag as db

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Callable, Iterable

    from bilateral.text import Extractor

__all__ = ["PartSummary", "extract_bag", "extract_file", "write_parts"]

#: File names of the parts of partition *i*: records, and the articles that failed.
RECORDS_PART = "part-{:05d}.jsonl"
ERRORS_PART = "errors-{:05d}.jsonl"
_PART = re.compile(r"(?:part|errors)-\d{5,}\.jsonl")

# Dask ships without type information: its entry points are typed here, once, as what
# they are to this module (functions of anything), so the code below stays checked.
_from_sequence: Callable[..., Any] = db.from_sequence
_map: Callable[..., Any] = db.Bag.map
_to_delayed: Callable[..., list[Any]] = db.Bag.to_delayed
_delayed: Callable[..., Any] = _dask_delayed
_compute: Callable[..., tuple[Any, ...]] = _dask_compute


class PartSummary(NamedTuple):
    """What one partition wrote."""

    #: The partition's number, in bag order.
    partition: int
    #: Path of its JSON Lines part: one record a line, in input order.
    records_path: str
    #: Path of its errors part: one ``{"file": ..., "error": ...}`` line per failed article.
    errors_path: str
    #: How many records it wrote.
    records: int
    #: How many articles failed.
    errors: int


def extract_file(
    path: str | os.PathLike[str],
    published: str | dt.date | None = None,
    extractor: Extractor | None = None,
) -> ExtractResult:
    """
    Extract the article at *path* into one JSON Lines record; an error comes back, not up.

    Args:
        path: The article (plain text or HTML, strict UTF-8).
        published: Publication date (``YYYY-MM-DD`` or a `datetime.date`); ``None`` uses
            a date the page gives, if any.
        extractor: What extracts the record; ``None`` for bilateral's default pipeline,
            exactly as ``bilateral extract`` runs it. It must pickle to run on processes
            or a cluster.

    Returns:
        ``ExtractResult(file, json, error)``: *json* on success, *error* otherwise.
    """
    if extractor is None:
        return extract_path(path, published)
    from bilateral.serialize import dumps  # noqa: PLC0415 - keep `import bilateral.dask` light
    from bilateral.text._io import read_source  # noqa: PLC0415

    name = os.fspath(path)
    try:
        record = extractor.extract(read_source(name, published=parse_published(published)))
        return ExtractResult(name, dumps(record), None)
    except Exception as error:  # noqa: BLE001 - one bad article must not cost its partition
        return ExtractResult(name, None, describe_error(error))


def extract_bag(
    paths: Iterable[str | os.PathLike[str]],
    *,
    published: str | dt.date | None = None,
    extractor: Extractor | None = None,
    npartitions: int | None = None,
    partition_size: int | None = None,
) -> db.Bag:
    """
    A Dask bag of extraction results, one `ExtractResult` per path, in the paths' order.

    Args:
        paths: Article files.
        published: Publication date for every article (see `extract_file`).
        extractor: What extracts the records (see `extract_file`).
        npartitions: How many partitions (one part file each); Dask's default otherwise.
        partition_size: Or how many articles a partition holds.

    Returns:
        The lazy bag; nothing runs until it is computed or written with `write_parts`.

    Raises:
        TypeError: *paths* is one path (a ``str`` is an iterable of characters).
        ValueError: *published* is not a real ``YYYY-MM-DD`` date: said now, rather than by
            every article of the corpus once it runs.
    """
    if isinstance(paths, (str, bytes, os.PathLike)):
        msg = f"paths must be an iterable of paths, not one path: wrap it in a list ([{paths!r}])"
        raise TypeError(msg)
    date = parse_published(published)
    names = [os.fspath(path) for path in paths]
    bag: db.Bag = _from_sequence(names, npartitions=npartitions, partition_size=partition_size)
    mapped: db.Bag = _map(bag, extract_file, published=date, extractor=extractor)
    return mapped


def write_parts(
    results: db.Bag, out: str | os.PathLike[str], *, overwrite: bool = False, **compute: object
) -> list[PartSummary]:
    """
    Compute *results* and write each partition as ``part-NNNNN.jsonl`` and ``errors-NNNNN.jsonl``.

    Args:
        results: A bag of `ExtractResult` (from `extract_bag`).
        out: The output directory (created if needed).
        overwrite: Remove the parts an earlier run left in *out*. Without it, finding any is
            an error: parts of two runs must not mix.
        compute: Passed to `dask.compute` (``scheduler=...``, ``num_workers=...``).

    Returns:
        One `PartSummary` per partition, in order.

    Raises:
        FileExistsError: *out* holds parts already and *overwrite* is false.
    """
    directory = Path(out)
    directory.mkdir(parents=True, exist_ok=True)
    old = sorted(p for p in directory.iterdir() if _PART.fullmatch(p.name))
    if old and not overwrite:
        msg = f"{directory} already holds parts ({old[0].name}, ...); pass overwrite=True to replace them"
        raise FileExistsError(msg)
    for path in old:
        path.unlink()
    write = _delayed(_write_part)
    tasks = [write(part, index, os.fspath(directory)) for index, part in enumerate(_to_delayed(results))]
    return list(_compute(*tasks, **compute))


def _write_part(results: Iterable[ExtractResult], index: int, directory: str) -> PartSummary:
    """Write one partition's records and errors, each under a temporary name, then renamed."""
    records_path = Path(directory, RECORDS_PART.format(index))
    errors_path = Path(directory, ERRORS_PART.format(index))
    records_tmp = records_path.with_name(f"{records_path.name}.tmp")
    errors_tmp = errors_path.with_name(f"{errors_path.name}.tmp")
    records = errors = 0
    with (
        records_tmp.open("w", encoding="utf-8", newline="\n") as out,
        # A file name that is not UTF-8 comes as a surrogate escape ("caf\udce9.txt"): written
        # back-slashed, it is a JSON \u escape inside its string, and reads back as the name.
        errors_tmp.open("w", encoding="utf-8", errors="backslashreplace", newline="\n") as err,
    ):
        for result in results:
            if result.json is None:
                err.write(json.dumps({"file": result.file, "error": result.error}, ensure_ascii=False) + "\n")
                errors += 1
            else:
                out.write(result.json + "\n")
                records += 1
    errors_tmp.replace(errors_path)
    records_tmp.replace(records_path)
    return PartSummary(index, os.fspath(records_path), os.fspath(errors_path), records, errors)
