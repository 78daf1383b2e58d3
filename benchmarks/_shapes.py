"""
The bilateral wire format written as a strict pydantic v2 model and as a msgspec Struct.

Both are as strict as each library allows (no coercion, unknown keys forbidden, tagged
unions on ``kind``), so the comparison measures the same work: parse JSON bytes, validate
every field, build typed objects.
"""

from __future__ import annotations

import datetime as dt  # noqa: TC003 - pydantic and msgspec read the annotations at run time
from typing import Annotated, Literal

import msgspec
from pydantic import AwareDatetime, BaseModel, ConfigDict, Field

INT64 = Annotated[int, Field(ge=-(2**63), le=2**63 - 1)]
UINT = Annotated[int, Field(ge=0, le=2**63 - 1)]
CC = Annotated[str, Field(pattern=r"^[A-Z]{2}$")]


class _P(BaseModel):
    model_config = ConfigDict(strict=True, extra="forbid", frozen=True)


class PSpan(_P):
    start: UINT
    end: UINT


class PAuthor(_P):
    name: str
    role: str | None = None


class PSource(_P):
    text: str
    title: str | None = None
    url: str | None = None
    publisher: str | None = None
    section: str | None = None
    authors: tuple[PAuthor, ...] = ()
    published: AwareDatetime | dt.date | None = None
    dateline: str | None = None
    language: str = "en"
    body: tuple[PSpan, ...] = ()


class PRole(_P):
    title: str
    of: str | None = None


class _PActor(_P):
    id: str
    name: str
    aliases: tuple[str, ...] = ()
    country: CC | None = None
    mentions: tuple[PSpan, ...] = ()


class PPerson(_PActor):
    kind: Literal["person"]
    roles: tuple[PRole, ...] = ()


class POrganization(_PActor):
    kind: Literal["organization"]
    roles: tuple[PRole, ...] = ()


class PCountry(_PActor):
    kind: Literal["country"]


class PGroup(_PActor):
    kind: Literal["group"]
    members: tuple[str, ...] = ()


PActor = Annotated[PPerson | POrganization | PCountry | PGroup, Field(discriminator="kind")]


class PPlace(_P):
    id: str
    name: str
    country: CC | None = None
    kind: Literal["city", "venue", "region", "country", "unknown"] = "unknown"
    mentions: tuple[PSpan, ...] = ()


Weekday = Literal["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


class PTime(_P):
    text: str
    year: Annotated[int, Field(ge=1, le=9999)] | None = None
    month: Annotated[int, Field(ge=1, le=12)] | None = None
    day: Annotated[int, Field(ge=1, le=31)] | None = None
    weekday: Weekday | None = None
    granularity: Literal["day", "week", "month", "quarter", "year"] = "day"
    modifier: str | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    mention: PSpan | None = None


class PDuration(_P):
    seconds: UINT
    qualifier: Literal["approximately", "at most", "at least", "exact"] = "exact"
    text: str | None = None
    mention: PSpan | None = None


class _POutcome(_P):
    by: tuple[str, ...] = ()
    to: tuple[str, ...] = ()
    text: str
    evidence: tuple[PSpan, ...] = ()


class PAgreement(_POutcome):
    kind: Literal["agreement"]


class PInvitation(_POutcome):
    kind: Literal["invitation"]


class PProposal(_POutcome):
    kind: Literal["proposal"]


class PCommitment(_POutcome):
    kind: Literal["commitment"]


class PDisagreement(_POutcome):
    kind: Literal["disagreement"]


POutcome = Annotated[
    PAgreement | PInvitation | PProposal | PCommitment | PDisagreement, Field(discriminator="kind")
]


class PMeeting(_P):
    id: str
    participants: Annotated[tuple[str, ...], Field(min_length=2)]
    host: str | None = None
    medium: Literal["in_person", "phone", "video", "unknown"] = "unknown"
    status: Literal["held", "planned", "cancelled", "unknown"] = "unknown"
    date: PTime | None = None
    place: str | None = None
    duration: PDuration | None = None
    topics: tuple[str, ...] = ()
    outcomes: tuple[POutcome, ...] = ()
    evidence: tuple[PSpan, ...] = ()


class PStatement(_P):
    id: str
    speakers: tuple[str, ...] = ()
    mode: Literal["direct", "indirect", "mixed"] = "indirect"
    speaker_mention: PSpan | None = None
    cue: PSpan | None = None
    content: Annotated[tuple[PSpan, ...], Field(min_length=1)]
    hedge: str | None = None


class PClaim(_P):
    id: str
    claimants: tuple[str, ...] = ()
    text: str
    about: tuple[str, ...] = ()
    statement: str | None = None
    evidence: tuple[PSpan, ...] = ()


class PExtraction(_P):
    extractor: str
    version: str
    stages: tuple[str, ...] = ()


class PRecord(_P):
    schema_version: Literal[1]
    source: PSource
    actors: tuple[PActor, ...] = ()
    places: tuple[PPlace, ...] = ()
    meetings: tuple[PMeeting, ...] = ()
    statements: tuple[PStatement, ...] = ()
    claims: tuple[PClaim, ...] = ()
    extraction: PExtraction | None = None


# ---------------------------------------------------------------- msgspec

_KW = {"frozen": True, "forbid_unknown_fields": True, "kw_only": True}
MUINT = Annotated[int, msgspec.Meta(ge=0, le=2**63 - 1)]
MCC = Annotated[str, msgspec.Meta(pattern=r"^[A-Z]{2}$")]


class MSpan(msgspec.Struct, **_KW):
    start: MUINT
    end: MUINT


class MAuthor(msgspec.Struct, **_KW):
    name: str
    role: str | None = None


class MSource(msgspec.Struct, **_KW):
    text: str
    title: str | None = None
    url: str | None = None
    publisher: str | None = None
    section: str | None = None
    authors: tuple[MAuthor, ...] = ()
    # msgspec cannot hold "date or aware datetime" in one field; a string keeps it strict
    # enough for the benchmark (bilateral checks the shape with a regex).
    published: str | None = None
    dateline: str | None = None
    language: str = "en"
    body: tuple[MSpan, ...] = ()


class MRole(msgspec.Struct, **_KW):
    title: str
    of: str | None = None


class MPerson(msgspec.Struct, tag_field="kind", tag="person", **_KW):
    id: str
    name: str
    aliases: tuple[str, ...] = ()
    country: MCC | None = None
    mentions: tuple[MSpan, ...] = ()
    roles: tuple[MRole, ...] = ()


class MOrganization(msgspec.Struct, tag_field="kind", tag="organization", **_KW):
    id: str
    name: str
    aliases: tuple[str, ...] = ()
    country: MCC | None = None
    mentions: tuple[MSpan, ...] = ()
    roles: tuple[MRole, ...] = ()


class MCountry(msgspec.Struct, tag_field="kind", tag="country", **_KW):
    id: str
    name: str
    aliases: tuple[str, ...] = ()
    country: MCC | None = None
    mentions: tuple[MSpan, ...] = ()


class MGroup(msgspec.Struct, tag_field="kind", tag="group", **_KW):
    id: str
    name: str
    aliases: tuple[str, ...] = ()
    country: MCC | None = None
    mentions: tuple[MSpan, ...] = ()
    members: tuple[str, ...] = ()


class MPlace(msgspec.Struct, **_KW):
    id: str
    name: str
    country: MCC | None = None
    kind: Literal["city", "venue", "region", "country", "unknown"] = "unknown"
    mentions: tuple[MSpan, ...] = ()


class MTime(msgspec.Struct, **_KW):
    text: str
    year: Annotated[int, msgspec.Meta(ge=1, le=9999)] | None = None
    month: Annotated[int, msgspec.Meta(ge=1, le=12)] | None = None
    day: Annotated[int, msgspec.Meta(ge=1, le=31)] | None = None
    weekday: Weekday | None = None
    granularity: Literal["day", "week", "month", "quarter", "year"] = "day"
    modifier: str | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    mention: MSpan | None = None


class MDuration(msgspec.Struct, **_KW):
    seconds: MUINT
    qualifier: Literal["approximately", "at most", "at least", "exact"] = "exact"
    text: str | None = None
    mention: MSpan | None = None


def _outcome(tag: str) -> type[msgspec.Struct]:
    return msgspec.defstruct(
        f"M{tag.title()}",
        [
            ("by", tuple[str, ...], ()),
            ("to", tuple[str, ...], ()),
            ("text", str),
            ("evidence", tuple[MSpan, ...], ()),
        ],
        tag_field="kind",
        tag=tag,
        **_KW,  # type: ignore[arg-type]
    )


MOUTCOMES = tuple(_outcome(t) for t in ("agreement", "invitation", "proposal", "commitment", "disagreement"))
MOutcome = MOUTCOMES[0] | MOUTCOMES[1] | MOUTCOMES[2] | MOUTCOMES[3] | MOUTCOMES[4]


class MMeeting(msgspec.Struct, **_KW):
    id: str
    participants: Annotated[tuple[str, ...], msgspec.Meta(min_length=2)]
    host: str | None = None
    medium: Literal["in_person", "phone", "video", "unknown"] = "unknown"
    status: Literal["held", "planned", "cancelled", "unknown"] = "unknown"
    date: MTime | None = None
    place: str | None = None
    duration: MDuration | None = None
    topics: tuple[str, ...] = ()
    outcomes: tuple[MOutcome, ...] = ()  # type: ignore[valid-type]
    evidence: tuple[MSpan, ...] = ()


class MStatement(msgspec.Struct, **_KW):
    id: str
    content: Annotated[tuple[MSpan, ...], msgspec.Meta(min_length=1)]
    speakers: tuple[str, ...] = ()
    mode: Literal["direct", "indirect", "mixed"] = "indirect"
    speaker_mention: MSpan | None = None
    cue: MSpan | None = None
    hedge: str | None = None


class MClaim(msgspec.Struct, **_KW):
    id: str
    text: str
    claimants: tuple[str, ...] = ()
    about: tuple[str, ...] = ()
    statement: str | None = None
    evidence: tuple[MSpan, ...] = ()


class MExtraction(msgspec.Struct, **_KW):
    extractor: str
    version: str
    stages: tuple[str, ...] = ()


class MRecord(msgspec.Struct, **_KW):
    schema_version: Literal[1]
    source: MSource
    actors: tuple[MPerson | MOrganization | MCountry | MGroup, ...] = ()
    places: tuple[MPlace, ...] = ()
    meetings: tuple[MMeeting, ...] = ()
    statements: tuple[MStatement, ...] = ()
    claims: tuple[MClaim, ...] = ()
    extraction: MExtraction | None = None
