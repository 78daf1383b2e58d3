"""Meetings between actors, and what came out of them."""

from __future__ import annotations

import enum
from typing import ClassVar, TypeAlias

import attrs

from bilateral.model._validators import non_empty, optional_non_empty, unique
from bilateral.model.provenance import Span
from bilateral.model.time import Duration, TimeExpression

__all__ = [
    "OUTCOME_TYPES",
    "Agreement",
    "Commitment",
    "Disagreement",
    "Invitation",
    "Medium",
    "Meeting",
    "MeetingStatus",
    "Outcome",
    "OutcomeKind",
    "Proposal",
]


class Medium(enum.StrEnum):
    """How the participants met."""

    IN_PERSON = "in_person"
    PHONE = "phone"
    VIDEO = "video"
    UNKNOWN = "unknown"


class MeetingStatus(enum.StrEnum):
    """Whether the meeting took place, as of the report."""

    HELD = "held"
    PLANNED = "planned"
    CANCELLED = "cancelled"
    UNKNOWN = "unknown"


class OutcomeKind(enum.StrEnum):
    """The tag that tells outcome types apart on the wire (``"kind"``)."""

    AGREEMENT = "agreement"
    INVITATION = "invitation"
    PROPOSAL = "proposal"
    COMMITMENT = "commitment"
    DISAGREEMENT = "disagreement"


@attrs.frozen(kw_only=True)
class _OutcomeBase:
    #: Ids of the actors the outcome comes from (both sides, for an agreement).
    by: tuple[str, ...] = attrs.field(default=(), validator=unique)
    #: Ids of the actors it is addressed to (the invitee, the recipient of a proposal).
    to: tuple[str, ...] = attrs.field(default=(), validator=unique)
    #: A short statement of the outcome.
    text: str = attrs.field(validator=non_empty)
    #: Where the text reports it.
    evidence: tuple[Span, ...] = ()


@attrs.frozen(kw_only=True)
class Agreement(_OutcomeBase):
    """The sides agreed on something ("they agreed that sanctions were not productive")."""

    kind: ClassVar[OutcomeKind] = OutcomeKind.AGREEMENT


@attrs.frozen(kw_only=True)
class Invitation(_OutcomeBase):
    """One side invited another ("Petro extended an invitation to Trump to visit Cartagena")."""

    kind: ClassVar[OutcomeKind] = OutcomeKind.INVITATION


@attrs.frozen(kw_only=True)
class Proposal(_OutcomeBase):
    """One side proposed something to another."""

    kind: ClassVar[OutcomeKind] = OutcomeKind.PROPOSAL


@attrs.frozen(kw_only=True)
class Commitment(_OutcomeBase):
    """One side pledged to do something."""

    kind: ClassVar[OutcomeKind] = OutcomeKind.COMMITMENT


@attrs.frozen(kw_only=True)
class Disagreement(_OutcomeBase):
    """The sides differed ("acknowledging differing perspectives on the issue")."""

    kind: ClassVar[OutcomeKind] = OutcomeKind.DISAGREEMENT


#: Any outcome; tagged on the wire by ``"kind"``.
Outcome: TypeAlias = Agreement | Invitation | Proposal | Commitment | Disagreement

OUTCOME_TYPES: dict[OutcomeKind, type[Outcome]] = {
    cls.kind: cls for cls in (Agreement, Invitation, Proposal, Commitment, Disagreement)
}


def _participants(_inst: object, attribute: attrs.Attribute[tuple[str, ...]], value: tuple[str, ...]) -> None:
    if len(value) < 2:  # noqa: PLR2004 - a meeting takes two
        msg = f"'{attribute.name}' must name at least two actors (got {len(value)})"
        raise ValueError(msg)
    unique(_inst, attribute, value)


@attrs.frozen(kw_only=True)
class Meeting:
    """An encounter between actors, as reported in a source."""

    #: Unique within the record (across all kinds of item).
    id: str = attrs.field(validator=non_empty)
    #: Ids of the actors present, in order of first mention.
    participants: tuple[str, ...] = attrs.field(validator=_participants)
    #: Id of the participant who hosts, when one side does.
    host: str | None = attrs.field(default=None, validator=optional_non_empty)
    #: In person, by phone or by video.
    medium: Medium = Medium.UNKNOWN
    #: Held, planned or cancelled, as of the report.
    status: MeetingStatus = MeetingStatus.UNKNOWN
    #: When, as precisely as the source allows.
    date: TimeExpression | None = None
    #: Id of the place where it happens.
    place: str | None = attrs.field(default=None, validator=optional_non_empty)
    #: How long it lasted.
    duration: Duration | None = None
    #: What was discussed ("drug trafficking", "energy production").
    topics: tuple[str, ...] = attrs.field(default=(), validator=unique)
    #: Agreements, invitations, proposals, commitments and disagreements.
    outcomes: tuple[Outcome, ...] = ()
    #: Where in the article the meeting is reported.
    evidence: tuple[Span, ...] = ()

    def __attrs_post_init__(self) -> None:
        if self.host is not None and self.host not in self.participants:
            msg = f"'host' must be one of the participants (got {self.host!r})"
            raise ValueError(msg)
