"""Provenance: character spans into the source text, and the source article itself."""

from __future__ import annotations

import datetime as dt

import attrs

from bilateral.model._validators import non_empty, non_negative_int64, optional_non_empty, unique

__all__ = ["Author", "Extraction", "Source", "Span"]


@attrs.frozen(kw_only=True)
class Span:
    """
    A half-open range ``[start, end)`` of code-point offsets into `Source.text`.

    Offsets are Python ``str`` indices, so ``source.text[span.start:span.end]`` is the
    text the span covers.
    """

    #: First character covered (inclusive).
    start: int = attrs.field(validator=non_negative_int64)
    #: One past the last character covered (exclusive).
    end: int = attrs.field(validator=non_negative_int64)

    def __attrs_post_init__(self) -> None:
        if self.end < self.start:
            msg = f"Span end must not precede its start (got start={self.start}, end={self.end})"
            raise ValueError(msg)

    def __len__(self) -> int:
        return self.end - self.start

    def text(self, source: str) -> str:
        """Return the characters of *source* this span covers."""
        return source[self.start : self.end]


@attrs.frozen(kw_only=True)
class Author:
    """A byline entry: "by Ahmed Hassan - World News Editor"."""

    #: The author's name as printed.
    name: str = attrs.field(validator=non_empty)
    #: Their role or desk, when the byline gives one.
    role: str | None = attrs.field(default=None, validator=optional_non_empty)


def _published(_inst: object, _attr: attrs.Attribute[dt.date | None], value: object) -> None:
    if not isinstance(value, dt.datetime):
        if value is not None and not isinstance(value, dt.date):
            # A string here ("2025-09-25") would be accepted and fail far away: as the anchor
            # of a relative date, or when the record is written.
            msg = (
                f"'published' must be a datetime.date, an aware datetime or None "
                f"(got {type(value).__name__} {value!r})"
            )
            raise TypeError(msg)
        return
    offset = value.utcoffset()
    if offset is None:
        msg = f"'published' must be timezone-aware (got {value!r})"
        raise ValueError(msg)
    # RFC 3339 offsets are whole minutes (+hh:mm); anything finer could not be written.
    if offset % dt.timedelta(minutes=1):
        msg = f"'published' must have a UTC offset in whole minutes (got {offset})"
        raise ValueError(msg)


@attrs.frozen(kw_only=True)
class Source:
    """
    The article a record was extracted from.

    `text` is the article exactly as read (after UTF-8 decoding; for HTML, the text the
    parser recovered), never trimmed or normalised, so every span can be checked against it.
    """

    #: The article text; every span in a record indexes into it.
    text: str
    #: Headline, when known.
    title: str | None = None
    #: Where the article was published.
    url: str | None = None
    #: Name of the publisher or outlet.
    publisher: str | None = None
    #: Site section ("World"), e.g. from a breadcrumb.
    section: str | None = None
    #: Bylines, in order.
    authors: tuple[Author, ...] = ()
    #: Publication date, or an aware datetime; the anchor for relative dates.
    published: dt.date | dt.datetime | None = attrs.field(default=None, validator=_published)
    #: Dateline place as printed ("WASHINGTON"), when present.
    dateline: str | None = None
    #: BCP 47 language tag of the text.
    language: str = attrs.field(default="en", validator=non_empty)
    #: Spans of `text` that hold the article body (boilerplate excluded); empty = all of it.
    body: tuple[Span, ...] = ()


@attrs.frozen(kw_only=True)
class Extraction:
    """Which extractor made a record, so results can be traced and compared."""

    #: Name of the extractor or pipeline.
    extractor: str = attrs.field(validator=non_empty)
    #: Its version: changes whenever its output would change.
    version: str = attrs.field(validator=non_empty)
    #: Names of the stages that ran, in order (empty when not a staged pipeline).
    stages: tuple[str, ...] = attrs.field(default=(), validator=unique)
