"""Places: cities, venues, regions and countries where things happen or that claims are about."""

from __future__ import annotations

import enum

import attrs

from bilateral.model._validators import country_code, non_empty
from bilateral.model.provenance import Span

__all__ = ["Place", "PlaceKind"]


class PlaceKind(enum.StrEnum):
    """What sort of place it is."""

    CITY = "city"
    VENUE = "venue"
    REGION = "region"
    COUNTRY = "country"
    UNKNOWN = "unknown"


@attrs.frozen(kw_only=True)
class Place:
    """A geographic place mentioned in the text ("Cartagena", "the White House")."""

    #: Unique within the record (across all kinds of item).
    id: str = attrs.field(validator=non_empty)
    #: The name as the text gives it in its fullest form.
    name: str = attrs.field(validator=non_empty)
    #: ISO 3166-1 alpha-2 code of the country the place lies in, when known.
    country: str | None = attrs.field(default=None, validator=country_code)
    #: City, venue, region or country.
    kind: PlaceKind = PlaceKind.UNKNOWN
    #: Every place in the text where it is mentioned.
    mentions: tuple[Span, ...] = ()
