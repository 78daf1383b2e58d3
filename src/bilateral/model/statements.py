"""Statements: who said what, with the cue and the words, direct or reported."""

from __future__ import annotations

import enum

import attrs

from bilateral.model._validators import non_empty, optional_non_empty, unique
from bilateral.model.provenance import Span

__all__ = ["SpeechMode", "Statement"]


class SpeechMode(enum.StrEnum):
    """How the words are reported."""

    #: Quoted verbatim: “tremendous amounts of drugs come out of his country.”
    DIRECT = "direct"
    #: Paraphrased: Petro stated that the primary source ... does not originate in Colombia.
    INDIRECT = "indirect"
    #: Paraphrase with quoted fragments: they got along “very well.”
    MIXED = "mixed"


def _content(_inst: object, _attr: attrs.Attribute[tuple[Span, ...]], value: tuple[Span, ...]) -> None:
    if not value:
        msg = "'content' must hold at least one span"
        raise ValueError(msg)


@attrs.frozen(kw_only=True)
class Statement:
    """
    An attribution in the PolNeAR sense: a source, a cue and a content.

    `speakers` is empty when the source is not resolved to an actor (passives,
    "reportedly"); "both" or "the two leaders" give two speakers.
    """

    #: Unique within the record (across all kinds of item).
    id: str = attrs.field(validator=non_empty)
    #: Ids of the actors the words are attributed to.
    speakers: tuple[str, ...] = attrs.field(default=(), validator=unique)
    #: Direct, indirect or mixed speech.
    mode: SpeechMode = SpeechMode.INDIRECT
    #: Where the source is named in the text ("Colombian President Gustavo Petro", "he").
    speaker_mention: Span | None = None
    #: The trigger, usually a reporting verb group ("stated", "reportedly agreed").
    cue: Span | None = None
    #: What is attributed; several spans when the content is discontinuous.
    content: tuple[Span, ...] = attrs.field(validator=_content)
    #: A hedge on the attribution ("reportedly"), when present.
    hedge: str | None = attrs.field(default=None, validator=optional_non_empty)
