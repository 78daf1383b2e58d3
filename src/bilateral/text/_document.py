"""The working state the extraction stages read and write."""

from __future__ import annotations

import datetime as dt
import enum
import re

import attrs

from bilateral.model import (
    Actor,
    Claim,
    Extraction,
    Meeting,
    Place,
    Record,
    Source,
    Span,
    Statement,
)
from bilateral.text._lexicons import fold_name

__all__ = ["Article", "Document", "Mention", "MentionKind"]


@attrs.frozen(kw_only=True)
class Article:
    """
    What `parse_article` recovers from a page of news text; offsets index the original text.

    Boilerplate (breadcrumbs, "You may also like", comment forms) is left out of `body`
    and `paragraphs` but keeps valid offsets in `boilerplate`.
    """

    #: The headline, when one is found.
    title: Span | None = None
    #: Byline authors (name and role).
    authors: tuple[tuple[str, str | None], ...] = ()
    #: The byline span ("by Ahmed Hassan - World News Editor").
    byline: Span | None = None
    #: Site section from a breadcrumb ("World").
    section: str | None = None
    #: Dateline place ("WASHINGTON"), when the body opens with one.
    dateline: str | None = None
    #: Publication date printed in the page, when found.
    published: dt.date | None = None
    #: Spans of the article body, boilerplate excluded.
    body: tuple[Span, ...] = ()
    #: Body paragraphs, in order.
    paragraphs: tuple[Span, ...] = ()
    #: Spans recognised as site boilerplate.
    boilerplate: tuple[Span, ...] = ()


class MentionKind(enum.StrEnum):
    """How an actor is referred to at a mention."""

    NAME = "name"  # "Gustavo Petro", "Petro", "Colombia", "NATO"
    TITLE = "title"  # "the Colombian president", "the prime minister"
    PRONOUN = "pronoun"  # "he", "she", "his"
    PLURAL = "plural"  # "both", "the two leaders", "they"
    DEMONYM = "demonym"  # "Colombian" (modifier of another mention)


@attrs.frozen(kw_only=True)
class Mention:
    """A place in the text that refers to one or more actors or a place."""

    span: Span
    kind: MentionKind
    #: Actors referred to (several for "both", "the two leaders").
    actors: tuple[str, ...] = ()
    #: Place referred to, when the mention is of a place.
    place: str | None = None


_SLUG = re.compile(r"[^0-9a-z]+")
#: A base that is a slug already ("statement-12", "meeting-3"), which `Document.new_id` keeps.
_SLUG_FORM = re.compile(r"[0-9a-z]+(?:-[0-9a-z]+)*")
#: The longest slug `Document.new_id` makes from a base.
_SLUG_MAX = 40


@attrs.define(kw_only=True)
class Document:
    """
    Mutable state passed through the pipeline's stages, turned into a `Record` at the end.

    Stages append to the lists; ids are allocated with `new_id` so they stay unique
    across kinds, as the wire format requires.
    """

    source: Source
    #: Anchor for relative dates: the publication date when known, never today.
    anchor: dt.date | None = None
    article: Article | None = None
    #: Sentence spans over the body, in order.
    sentences: list[Span] = attrs.Factory(list)
    actors: list[Actor] = attrs.Factory(list)
    places: list[Place] = attrs.Factory(list)
    mentions: list[Mention] = attrs.Factory(list)
    statements: list[Statement] = attrs.Factory(list)
    claims: list[Claim] = attrs.Factory(list)
    meetings: list[Meeting] = attrs.Factory(list)
    #: Person ids to "m" or "f", as the entity stage worked them out (a gendered title,
    #: "Mr."/"Ms.", the pronouns resolved to them); people of unknown gender are left out.
    genders: dict[str, str] = attrs.Factory(dict)
    _ids: set[str] = attrs.Factory(set)
    #: Per slug, the last suffix handed out: the next search starts there, so allocating n
    #: ids from one base takes linear, not quadratic, time.
    _suffix: dict[str, int] = attrs.Factory(dict)

    @property
    def text(self) -> str:
        """The source text every span indexes."""
        return self.source.text

    def new_id(self, base: str) -> str:
        """
        A fresh id derived from *base* ("Gustavo Petro" -> "gustavo-petro"), unique in the document.

        Deterministic: the same sequence of calls gives the same ids.
        """
        if len(base) <= _SLUG_MAX and _SLUG_FORM.fullmatch(base) is not None:
            # The statements, claims and meetings ask for "statement-12": folding and
            # replacing its non-letters would give it back as it is.
            slug = base
        else:
            # "Belém" -> "belem", not "bel-m": letters keep their base form, marks go.
            slug = _SLUG.sub("-", fold_name(base)).strip("-")[:_SLUG_MAX] or "item"
        n = self._suffix.get(slug, 1)
        candidate = slug if n == 1 else f"{slug}-{n}"
        while candidate in self._ids:
            n += 1
            candidate = f"{slug}-{n}"
        self._suffix[slug] = n
        self._ids.add(candidate)
        return candidate

    def claim_id(self, identifier: str) -> None:
        """Mark *identifier* as used (for items built with ids from elsewhere)."""
        self._ids.add(identifier)

    def to_record(self, extraction: Extraction | None = None) -> Record:
        """Freeze the document into a validated `Record`."""
        body = self.article.body if self.article is not None else ()
        source = attrs.evolve(self.source, body=body) if body and not self.source.body else self.source
        return Record(
            source=source,
            actors=tuple(self.actors),
            places=tuple(self.places),
            meetings=tuple(self.meetings),
            statements=tuple(self.statements),
            claims=tuple(self.claims),
            extraction=extraction,
        )
