"""
Gold as a `Record`: for scoring gold against itself, and as a typed example for others.

The gold does not type its names, so actor kinds are inferred, simply and predictably:

* a meeting participant with a title is a `Person`; one without is a `Group` (a delegation,
  "Ukrainian officials"), with the gold's country code;
* another name used as an actor (claimant, outcome party) is a `Country` when it is listed
  in ``places_mentioned`` ("United States"), an `Organization` when it starts with "The",
  a `Group` when its last word is lower case ("Indian officials"), else a `Person`;
* a name in a claim's ``about`` refers to the actor of that name when there is one, else to
  a `Place` (so "Vladimir Putin" in an ``about`` list of a text where he is no actor
  becomes a place: the gold cannot tell).

Scoring does not depend on these guesses: a gold name always matches the record built
from it. Statements get no speakers (the gold does not resolve them); a discontinuous
Source becomes the span that covers its fragments.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from bilateral.errors import BilateralError
from bilateral.evaluate._gold import GoldDocument, GoldError
from bilateral.evaluate._tokens import QUOTATION_MARKS
from bilateral.model import (
    OUTCOME_TYPES,
    Claim,
    Country,
    Duration,
    Granularity,
    Group,
    Medium,
    Meeting,
    MeetingStatus,
    Organization,
    Person,
    Place,
    Record,
    Role,
    Source,
    Span,
    SpeechMode,
    Statement,
    TimeExpression,
)

if TYPE_CHECKING:
    from collections.abc import Iterable

    from bilateral.evaluate._gold import GoldAttribution, GoldDate, GoldMeeting
    from bilateral.model import Actor

__all__ = ["gold_to_record"]


def _unique(ids: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(ids))


def _first(text: str, sub: str) -> tuple[Span, ...]:
    at = text.find(sub)
    return () if at == -1 else (Span(start=at, end=at + len(sub)),)


class _Builder:
    def __init__(self, doc: GoldDocument) -> None:
        self.doc = doc
        self.actors: dict[str, Actor] = {}
        self.places: dict[str, Place] = {}
        self.places_mentioned = set(doc.places_mentioned)

    def actor(self, name: str) -> str:
        """Id of the actor called *name*, created on first use (kind guessed, see module doc)."""
        found = self.actors.get(name)
        if found is not None:
            return found.id
        aid = f"a{len(self.actors) + 1}"
        actor: Actor
        if name in self.places_mentioned:
            actor = Country(id=aid, name=name)
        elif name.startswith("The "):
            actor = Organization(id=aid, name=name)
        elif name.rsplit(maxsplit=1)[-1].islower():
            actor = Group(id=aid, name=name)
        else:
            actor = Person(id=aid, name=name)
        self.actors[name] = actor
        return aid

    def place(self, name: str, country: str | None = None) -> str:
        found = self.places.get(name)
        if found is not None:
            return found.id
        place = Place(id=f"p{len(self.places) + 1}", name=name, country=country)
        self.places[name] = place
        return place.id

    def participant(self, name: str, title: str | None, country: str | None) -> str:
        if name not in self.actors:
            aid = f"a{len(self.actors) + 1}"
            if title is None:
                self.actors[name] = Group(id=aid, name=name, country=country)
            else:
                self.actors[name] = Person(id=aid, name=name, country=country, roles=(Role(title=title),))
        return self.actors[name].id

    def about(self, name: str) -> str:
        found = self.actors.get(name)
        return found.id if found is not None else self.place(name)

    def meeting(self, index: int, m: GoldMeeting) -> Meeting:
        participants = _unique(self.participant(p.name, p.title, p.country) for p in m.participants)
        place = None if m.place is None else self.place(m.place.name, m.place.country)
        duration = (
            None
            if m.duration is None
            else Duration(seconds=m.duration.seconds, qualifier=m.duration.qualifier, text=m.duration.text)
        )
        outcomes = tuple(
            OUTCOME_TYPES[o.kind](
                by=_unique(self.actor(n) for n in o.by),
                to=_unique(self.actor(n) for n in o.to),
                text=o.text,
                evidence=_first(self.doc.text, o.evidence),
            )
            for o in m.outcomes
        )
        return Meeting(
            id=f"m{index + 1}",
            participants=participants,
            medium=Medium.IN_PERSON,
            status=MeetingStatus.UNKNOWN,
            date=None if m.date is None else _date(m.date),
            place=place,
            duration=duration,
            topics=_unique(m.topics),
            outcomes=outcomes,
        )


def _date(d: GoldDate) -> TimeExpression:
    if d.day is not None or d.weekday is not None:
        granularity = Granularity.DAY
    elif d.month is not None:
        granularity = Granularity.MONTH
    elif d.year is not None:
        granularity = Granularity.YEAR
    else:
        granularity = Granularity.DAY
    resolved = None
    if d.year is not None and d.month is not None and d.day is not None:
        # A full calendar date is certain: record it as resolved, as the pipeline would.
        resolved = dt.date(d.year, d.month, d.day)
    return TimeExpression(
        text=d.text,
        year=d.year,
        month=d.month,
        day=d.day,
        weekday=d.weekday,
        granularity=granularity,
        start=resolved,
        end=resolved,
    )


def _mode(text: str, content: tuple[Span, ...]) -> SpeechMode:
    words = " ".join(text[s.start : s.end] for s in content).strip()
    if not any(ch in QUOTATION_MARKS for ch in words):
        return SpeechMode.INDIRECT
    if words[0] in QUOTATION_MARKS and words.rstrip(".,;:!?")[-1:] in QUOTATION_MARKS:
        return SpeechMode.DIRECT
    return SpeechMode.MIXED


def _statement(text: str, index: int, a: GoldAttribution) -> Statement:
    source = None
    if a.source:
        source = Span(start=a.source[0].start, end=a.source[-1].end)
    return Statement(
        id=f"s{index + 1}",
        mode=_mode(text, a.content),
        speaker_mention=source,
        cue=a.cue,
        content=a.content,
    )


def _body(doc: GoldDocument) -> tuple[Span, ...]:
    """The text outside the Discard spans, trimmed of white space (empty if nothing is discarded)."""
    if not doc.discard:
        return ()
    out: list[Span] = []
    cursor = 0
    for s in [*sorted(doc.discard, key=lambda s: s.start), Span(start=len(doc.text), end=len(doc.text))]:
        piece = doc.text[cursor : s.start]
        lead = len(piece) - len(piece.lstrip())
        trail = len(piece.rstrip())
        if trail > lead:
            out.append(Span(start=cursor + lead, end=cursor + trail))
        cursor = max(cursor, s.end)
    return tuple(out)


def gold_to_record(doc: GoldDocument) -> Record:
    """
    Build the `Record` a perfect extractor would return for *doc*.

    Scoring it against *doc* gives 1.0 on every defined metric. Actor kinds are inferred
    as the module documentation describes; statements carry spans but no speakers.

    Raises:
        GoldError: If the gold cannot make a valid record (e.g. a date that does not exist).
    """
    b = _Builder(doc)
    try:
        meetings = tuple(b.meeting(i, m) for i, m in enumerate(doc.meetings))
        for name in doc.places_mentioned:
            b.place(name)
        claims = tuple(
            Claim(
                id=f"c{i + 1}",
                claimants=(b.actor(c.claimant),),
                text=c.text,
                about=_unique(b.about(n) for n in c.about),
                evidence=_first(doc.text, c.text),
            )
            for i, c in enumerate(doc.claims)
        )
        return Record(
            source=Source(text=doc.text, published=doc.published, body=_body(doc)),
            actors=tuple(b.actors.values()),
            places=tuple(b.places.values()),
            meetings=meetings,
            statements=tuple(_statement(doc.text, i, a) for i, a in enumerate(doc.attributions)),
            claims=claims,
        )
    except (BilateralError, ValueError, TypeError) as e:
        msg = f"cannot build a record from the gold: {e}"
        raise GoldError(msg, doc.name) from e
