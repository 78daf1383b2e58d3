"""
Errors raised by bilateral.

Every error the library raises on bad input derives from one root::

    BilateralError
    ├── RecordError          data does not make a valid record (each problem has a JSON path)
    │   └── InvalidJSONError the bytes are not (acceptable) JSON at all
    └── TextError            news text could not be turned into model objects (points at a span)

All of them keep their constructor arguments in ``args``, so they pickle and cross
process boundaries (``--jobs``, Dask) unchanged.
"""

from __future__ import annotations

from typing import NamedTuple

__all__ = [
    "BilateralError",
    "IgnoredKeysWarning",
    "InvalidJSONError",
    "Problem",
    "RecordError",
    "TextError",
]


class BilateralError(Exception):
    """Base class for every error raised by bilateral."""


class Problem(NamedTuple):
    """One thing wrong with a payload or a record: where, and what."""

    #: JSONPath-like location, ``$`` for the whole document, e.g. ``$.statements[3].cue.end``.
    path: str
    #: What is wrong there, naming the rule and the value.
    message: str

    def __str__(self) -> str:
        return f"{self.message} @ {self.path}"


class RecordError(BilateralError, ValueError):
    """
    Data could not be turned into a valid bilateral value.

    Lists every problem found, each with the JSON path where it lies.
    For JSON Lines input, *line* is the 1-based line number of the offending record.
    """

    def __init__(self, problems: tuple[Problem, ...] | list[Problem], line: int | None = None) -> None:
        problems = tuple(Problem(*p) for p in problems)
        super().__init__(problems, line)
        self.problems: tuple[Problem, ...] = problems
        self.line = line

    def __str__(self) -> str:
        where = f"line {self.line}: " if self.line is not None else ""
        if len(self.problems) == 1:
            return f"{where}{self.problems[0]}"
        lines = "\n".join(f"  - {p}" for p in self.problems)
        return f"{where}{len(self.problems)} problems:\n{lines}"

    def with_line(self, line: int) -> RecordError:
        """Return a copy of this error (same class) that names a JSON Lines line number."""
        return type(self)(self.problems, line)


class InvalidJSONError(RecordError):
    """The input is not JSON that bilateral accepts (syntax, encoding, duplicates, limits)."""


class TextError(BilateralError, ValueError):
    """News text could not be turned into model objects."""

    def __init__(self, message: str, source: str, span: tuple[int, int]) -> None:
        super().__init__(message, source, span)
        self.message = message
        self.source = source
        self.span = span

    def __str__(self) -> str:
        start, end = self.span
        # Show at most one line of context around the span, so huge inputs stay readable.
        line_start = self.source.rfind("\n", 0, start) + 1
        line_end = self.source.find("\n", end)
        if line_end == -1:
            line_end = len(self.source)
        lo = max(line_start, start - 60)
        hi = min(line_end, max(end, start + 1) + 60)
        excerpt = self.source[lo:hi]
        marker = " " * (start - lo) + "~" * max(end - start, 1)
        return f"{self.message} (at {start}..{end})\n    {excerpt}\n    {marker}"


class IgnoredKeysWarning(UserWarning):
    """
    Lenient reading ignored keys the format does not know (``loads(..., lenient=True)``).

    Lenient mode accepts them, but says so: *problems* names each ignored key with its path,
    so nothing a producer wrote disappears unnoticed. Turn the warning into an error with
    ``warnings.simplefilter("error", IgnoredKeysWarning)``, or silence it the same way.
    """

    def __init__(self, problems: tuple[Problem, ...] | list[Problem]) -> None:
        problems = tuple(Problem(*p) for p in problems)
        paths = ", ".join(p.path for p in problems[:5]) + (", ..." if len(problems) > 5 else "")  # noqa: PLR2004
        super().__init__(f"ignored {len(problems)} unknown key(s): {paths}")
        self.problems: tuple[Problem, ...] = problems

    def __reduce__(self) -> tuple[type[IgnoredKeysWarning], tuple[tuple[Problem, ...]]]:
        return (type(self), (self.problems,))
