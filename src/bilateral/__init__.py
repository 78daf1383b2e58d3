"""
bilateral: typed, immutable, serializable records of diplomatic meetings from news.

The public API is re-exported here; implementation modules are private.

The model and the errors load with the package. The serializer (`dumps`, `loads`, ...) and
the extractor (`extract`, `default_pipeline`, ...) load on first use, so that
``import bilateral`` stays cheap for programs that only need the types.
"""

from typing import TYPE_CHECKING, Any

from bilateral.errors import (
    BilateralError,
    IgnoredKeysWarning,
    InvalidJSONError,
    Problem,
    RecordError,
    TextError,
)
from bilateral.model import (
    SCHEMA_VERSION,
    Actor,
    ActorKind,
    Agreement,
    Author,
    Claim,
    Commitment,
    Country,
    Direction,
    Disagreement,
    Duration,
    DurationQualifier,
    Extraction,
    Granularity,
    Group,
    Invitation,
    Medium,
    Meeting,
    MeetingStatus,
    Organization,
    Outcome,
    OutcomeKind,
    Person,
    Place,
    PlaceKind,
    Proposal,
    Record,
    Role,
    Source,
    Span,
    SpeechMode,
    Statement,
    TimeExpression,
    Weekday,
)

if TYPE_CHECKING:
    from bilateral.serialize import (
        DEFAULT_LIMITS,
        Limits,
        dump_jsonl,
        dumps,
        iter_jsonl,
        json_schema,
        loads,
    )
    from bilateral.text import Extractor, Pipeline, default_pipeline, extract

__version__ = "0.1.0"

#: Public names that live in submodules loaded on first use (PEP 562).
_LAZY = {
    "DEFAULT_LIMITS": "bilateral.serialize",
    "Limits": "bilateral.serialize",
    "dump_jsonl": "bilateral.serialize",
    "dumps": "bilateral.serialize",
    "iter_jsonl": "bilateral.serialize",
    "json_schema": "bilateral.serialize",
    "loads": "bilateral.serialize",
    "Extractor": "bilateral.text",
    "Pipeline": "bilateral.text",
    "default_pipeline": "bilateral.text",
    "extract": "bilateral.text",
}


def __getattr__(name: str) -> Any:  # noqa: ANN401 - whatever the named attribute is
    module = _LAZY.get(name)
    if module is None:
        msg = f"module 'bilateral' has no attribute {name!r}"
        raise AttributeError(msg)
    import importlib  # noqa: PLC0415 - only on first use of a lazy name

    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # later lookups skip __getattr__
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))


__all__ = [
    "DEFAULT_LIMITS",
    "SCHEMA_VERSION",
    "Actor",
    "ActorKind",
    "Agreement",
    "Author",
    "BilateralError",
    "Claim",
    "Commitment",
    "Country",
    "Direction",
    "Disagreement",
    "Duration",
    "DurationQualifier",
    "Extraction",
    "Extractor",
    "Granularity",
    "Group",
    "IgnoredKeysWarning",
    "InvalidJSONError",
    "Invitation",
    "Limits",
    "Medium",
    "Meeting",
    "MeetingStatus",
    "Organization",
    "Outcome",
    "OutcomeKind",
    "Person",
    "Pipeline",
    "Place",
    "PlaceKind",
    "Problem",
    "Proposal",
    "Record",
    "RecordError",
    "Role",
    "Source",
    "Span",
    "SpeechMode",
    "Statement",
    "TextError",
    "TimeExpression",
    "Weekday",
    "__version__",
    "default_pipeline",
    "dump_jsonl",
    "dumps",
    "extract",
    "iter_jsonl",
    "json_schema",
    "loads",
]
