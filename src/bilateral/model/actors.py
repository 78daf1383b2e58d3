"""Actors: the people, countries, organizations and groups a report is about."""

from __future__ import annotations

import enum
from typing import ClassVar, TypeAlias

import attrs

from bilateral.model._validators import country_code, non_empty, optional_non_empty, unique
from bilateral.model.provenance import Span

__all__ = [
    "Actor",
    "ActorKind",
    "Country",
    "Group",
    "Organization",
    "Person",
    "Role",
]


class ActorKind(enum.StrEnum):
    """The tag that tells actor types apart on the wire (``"kind"``)."""

    PERSON = "person"
    ORGANIZATION = "organization"
    COUNTRY = "country"
    GROUP = "group"


@attrs.frozen(kw_only=True)
class Role:
    """A position an actor holds: ``Role(title="President", of="colombia")``."""

    #: The title as the text gives it, without the country ("President", "Foreign Minister").
    title: str = attrs.field(validator=non_empty)
    #: Id of the country or organization the role belongs to, when known.
    of: str | None = attrs.field(default=None, validator=optional_non_empty)


@attrs.frozen(kw_only=True)
class _ActorBase:
    #: Unique within the record (across all kinds of item).
    id: str = attrs.field(validator=non_empty)
    #: Canonical name: the fullest form the text gives ("Gustavo Petro").
    name: str = attrs.field(validator=non_empty)
    #: Other names used for the same actor ("Petro", "the Colombian president").
    aliases: tuple[str, ...] = attrs.field(default=(), validator=unique)
    #: ISO 3166-1 alpha-2 code of the actor's country, when known.
    country: str | None = attrs.field(default=None, validator=country_code)
    #: Every place in the text where the actor is mentioned.
    mentions: tuple[Span, ...] = ()


@attrs.frozen(kw_only=True)
class Person(_ActorBase):
    """A named individual."""

    kind: ClassVar[ActorKind] = ActorKind.PERSON
    #: Positions held, in order of mention ("President" of Colombia).
    roles: tuple[Role, ...] = attrs.field(default=(), validator=unique)


@attrs.frozen(kw_only=True)
class Organization(_ActorBase):
    """A government body, alliance, company, agency or other organization ("NATO")."""

    kind: ClassVar[ActorKind] = ActorKind.ORGANIZATION
    #: Positions the organization holds in others, rarely used.
    roles: tuple[Role, ...] = attrs.field(default=(), validator=unique)


@attrs.frozen(kw_only=True)
class Country(_ActorBase):
    """A state acting as such ("Colombia", "the United States")."""

    kind: ClassVar[ActorKind] = ActorKind.COUNTRY


@attrs.frozen(kw_only=True)
class Group(_ActorBase):
    """A delegation or an unnamed set of people ("Ukrainian officials", "the two leaders")."""

    kind: ClassVar[ActorKind] = ActorKind.GROUP
    #: Ids of known members, when the text names them.
    members: tuple[str, ...] = attrs.field(default=(), validator=unique)


#: Any actor; tagged on the wire by ``"kind"``.
Actor: TypeAlias = Person | Organization | Country | Group

ACTOR_TYPES: dict[ActorKind, type[Actor]] = {cls.kind: cls for cls in (Person, Organization, Country, Group)}

__all__ += ["ACTOR_TYPES"]
