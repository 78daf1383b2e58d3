"""
The bilateral domain model: frozen, slotted, keyword-only attrs classes.

No I/O and no parsing here: constructors take finished values. Serialization lives in
`bilateral.serialize`, text processing in `bilateral.text`.
"""

from bilateral.model.actors import ACTOR_TYPES, Actor, ActorKind, Country, Group, Organization, Person, Role
from bilateral.model.claims import Claim
from bilateral.model.meetings import (
    OUTCOME_TYPES,
    Agreement,
    Commitment,
    Disagreement,
    Invitation,
    Medium,
    Meeting,
    MeetingStatus,
    Outcome,
    OutcomeKind,
    Proposal,
)
from bilateral.model.places import Place, PlaceKind
from bilateral.model.provenance import Author, Extraction, Source, Span
from bilateral.model.record import SCHEMA_VERSION, Record
from bilateral.model.statements import SpeechMode, Statement
from bilateral.model.time import Direction, Duration, DurationQualifier, Granularity, TimeExpression, Weekday

__all__ = [
    "ACTOR_TYPES",
    "OUTCOME_TYPES",
    "SCHEMA_VERSION",
    "Actor",
    "ActorKind",
    "Agreement",
    "Author",
    "Claim",
    "Commitment",
    "Country",
    "Direction",
    "Disagreement",
    "Duration",
    "DurationQualifier",
    "Extraction",
    "Granularity",
    "Group",
    "Invitation",
    "Medium",
    "Meeting",
    "MeetingStatus",
    "Organization",
    "Outcome",
    "OutcomeKind",
    "Person",
    "Place",
    "PlaceKind",
    "Proposal",
    "Record",
    "Role",
    "Source",
    "Span",
    "SpeechMode",
    "Statement",
    "TimeExpression",
    "Weekday",
]
