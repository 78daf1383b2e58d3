"""The extractor protocol and the default pipeline of named, replaceable stages."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import Protocol, runtime_checkable

import attrs

from bilateral._parallel import parse_published
from bilateral.model import Extraction, Record, Source
from bilateral.text._document import Document

__all__ = [
    "PIPELINE_NAME",
    "PIPELINE_VERSION",
    "Extractor",
    "Pipeline",
    "Stage",
    "default_pipeline",
    "extract",
]

#: Name recorded in `Record.extraction` by the default pipeline.
PIPELINE_NAME = "bilateral.default"
#: Version of the default pipeline's *output*: bump it whenever any stage's output changes,
#: so records can be traced to the rules that made them (this is not the package version).
PIPELINE_VERSION = "1.0.0"


@runtime_checkable
class Extractor(Protocol):
    """Anything that turns a source article into a record: rules, a model, an LLM."""

    def extract(self, source: Source) -> Record:
        """Return the record extracted from *source* (spans index ``source.text``)."""
        ...


@runtime_checkable
class Stage(Protocol):
    """One step of a pipeline: reads and extends the working `Document` in place."""

    @property
    def name(self) -> str:
        """A unique name, used to replace or extend the stage."""
        ...

    def __call__(self, doc: Document) -> None:
        """Run the stage on *doc*."""
        ...


@attrs.frozen
class FunctionStage:
    """Wrap a plain function ``f(doc) -> None`` as a named stage."""

    name: str
    func: Callable[[Document], None]

    def __call__(self, doc: Document) -> None:
        """Run the wrapped function."""
        self.func(doc)


def _unique_names(
    _inst: object, _attr: attrs.Attribute[tuple[Stage, ...]], stages: tuple[Stage, ...]
) -> None:
    names = [s.name for s in stages]
    for name in names:
        if names.count(name) > 1:
            msg = f"stage names must be unique (repeated: {name!r})"
            raise ValueError(msg)


@attrs.frozen(kw_only=True)
class Pipeline:
    """
    An `Extractor` made of named stages run in order over a `Document`.

    Pipelines are immutable; `replace`, `insert_before`, `insert_after` and `without`
    return new ones, so a user can swap one stage and keep the rest::

        pipeline = default_pipeline().insert_after("meetings", MyOutcomeStage())
        record = pipeline.extract(Source(text=text, published=date(2026, 11, 26)))
    """

    stages: tuple[Stage, ...] = attrs.field(validator=_unique_names)
    #: Recorded in `Record.extraction`.
    name: str = PIPELINE_NAME
    #: Recorded in `Record.extraction`; change it when the output changes.
    version: str = PIPELINE_VERSION

    @property
    def names(self) -> tuple[str, ...]:
        """The stage names, in order."""
        return tuple(s.name for s in self.stages)

    def _index(self, name: str) -> int:
        try:
            return self.names.index(name)
        except ValueError:
            msg = f"no stage named {name!r} (stages: {', '.join(self.names)})"
            raise KeyError(msg) from None

    def replace(self, name: str, stage: Stage) -> Pipeline:
        """A copy with the stage called *name* replaced by *stage*."""
        i = self._index(name)
        return attrs.evolve(self, stages=(*self.stages[:i], stage, *self.stages[i + 1 :]))

    def insert_after(self, name: str, stage: Stage) -> Pipeline:
        """A copy with *stage* run right after the stage called *name*."""
        i = self._index(name)
        return attrs.evolve(self, stages=(*self.stages[: i + 1], stage, *self.stages[i + 1 :]))

    def insert_before(self, name: str, stage: Stage) -> Pipeline:
        """A copy with *stage* run right before the stage called *name*."""
        i = self._index(name)
        return attrs.evolve(self, stages=(*self.stages[:i], stage, *self.stages[i:]))

    def without(self, name: str) -> Pipeline:
        """A copy without the stage called *name*."""
        i = self._index(name)
        return attrs.evolve(self, stages=(*self.stages[:i], *self.stages[i + 1 :]))

    def run(self, source: Source) -> Document:
        """Run every stage and return the working document (for debugging and custom output)."""
        anchor = source.published
        if isinstance(anchor, dt.datetime):
            anchor = anchor.date()
        doc = Document(source=source, anchor=anchor)
        for stage in self.stages:
            stage(doc)
        return doc

    def extract(self, source: Source) -> Record:
        """Extract a `Record` from *source*."""
        doc = self.run(source)
        return doc.to_record(Extraction(extractor=self.name, version=self.version, stages=self.names))


def default_pipeline(extra: Iterable[Stage] = ()) -> Pipeline:
    """
    The built-in rule-based pipeline: article, sentences, entities, statements, claims, meetings.

    Args:
        extra: Stages appended after the default ones.
    """
    # Imported here so `import bilateral` stays light: lexicons load on first use.
    from bilateral.text._article import ArticleStage  # noqa: PLC0415
    from bilateral.text._claims import ClaimStage  # noqa: PLC0415
    from bilateral.text._entities import EntityStage  # noqa: PLC0415
    from bilateral.text._meetings import MeetingStage  # noqa: PLC0415
    from bilateral.text._segment import SentenceStage  # noqa: PLC0415
    from bilateral.text._statements import StatementStage  # noqa: PLC0415

    stages: tuple[Stage, ...] = (
        ArticleStage(),
        SentenceStage(),
        EntityStage(),
        StatementStage(),
        ClaimStage(),
        MeetingStage(),
        *extra,
    )
    return Pipeline(stages=stages)


_DEFAULT: list[Pipeline] = []


def extract(text: str, *, published: dt.date | str | None = None) -> Record:
    """
    Extract a record from article *text* with the default pipeline.

    Args:
        text: The article, as read (plain text; see `parse_article` for what is recognised).
        published: Publication date, the anchor for relative dates: a `datetime.date`, an
            aware datetime, or ``YYYY-MM-DD`` text (as the CLI's ``--published`` takes it).
            When ``None``, a date printed in the article is used if found; otherwise
            relative dates stay unresolved.

    Raises:
        ValueError: *published* is text but not a real ``YYYY-MM-DD`` date.
        TypeError: *text* is not a `str`, or *published* is of another type.
    """
    if not _DEFAULT:
        _DEFAULT.append(default_pipeline())
    given: object = text  # the annotation is a promise callers do not always keep
    if not isinstance(given, str):
        # bytes from a file opened in binary mode fail deep in the stages otherwise.
        binary = isinstance(given, bytes | bytearray)
        hint = ": decode it first, or read the file with bilateral.text.read_source" if binary else ""
        msg = f"text must be str, not {type(given).__name__}{hint}"
        raise TypeError(msg)
    if isinstance(published, str):
        published = parse_published(published)
    return _DEFAULT[0].extract(Source(text=text, published=published))
