"""
PLOVER event data: meetings and their outcomes as CONSULT and AGREE events.

PLOVER (the event-data standard behind POLECAT, which replaced CAMEO) codes "who did what
to whom, when and where" as one JSON object per event. A bilateral record maps onto it
as follows; docs/how-to/convert.md gives the same table for users.

* A **held meeting** is one ``CONSULT`` event.

  - ``mode`` ``["phone"]`` when the medium is phone or video; every participant is an
    ``actor`` (a call has no visitor and host).
  - ``mode`` ``["visit"]`` when one participant hosts: the others are the ``actor`` (the
    visitors), the host is the ``recipient``.
  - ``mode`` ``["third-party"]`` when no one hosts and the meeting's place lies in a
    country that is none of the participants' (all of whose countries are known).
  - otherwise no mode, and every participant is an ``actor`` with no ``recipient``
    (PLOVER: "when no host/visitor distinction is clear").
  - ``multilateral`` is never inferred: a record does not say whether a meeting took place
    in an alliance or IGO setting.

* A **planned meeting** is one ``AGREE`` event (PLOVER codes future meetings, summits and
  visits as AGREE), with the same actor/recipient split and no mode. Its ``date`` is the
  publication date, the day the plan is known to exist: event data dates the agreement,
  and the meeting's own (future) date goes in the ``comment``.
* A meeting of **unknown status** is held when its date (the same in both directions from
  the publication date) is on or before publication, planned when after; otherwise it is
  skipped. A **cancelled** meeting is skipped: PLOVER has no category for it.
* Each **agreement, invitation, proposal and commitment** is one more ``AGREE`` event
  (PLOVER: "agree to, offer, promise ... willingness or commitment to cooperate"):
  ``actor`` is the outcome's ``by`` (or, when empty, the participants not in ``to``),
  ``recipient`` its ``to``. Outcomes of a held meeting take the meeting's date, others the
  publication date.

``date`` is the meeting's date resolved with `bilateral.model.TimeExpression.resolve` from
the publication date (the first day, with a ``comment``, when the text gives a range such
as "late April"); else the publication date, with a ``comment`` saying so; else the event
is skipped and reported as a `SkippedEvent`.

Entities: ``code`` is the ISO 3166-1 alpha-3 code of the actor's country (for a person
or organization without one, of the country its first role belongs to); ``sector`` is
``GOV`` for a person whose role is a government office (president, minister, ambassador,
...) of a country actor; ``entity_text`` the actor's name; ``office`` its first role's
title; ``bilateral_id`` (an extra field, as PLOVER allows) the actor's id in the record.

What PLOVER cannot carry, and is left out: statements and claims (PLOVER dropped CAMEO's
public statements and appeals), disagreements (no category fits a difference of views
voiced in talks), cancelled meetings, durations and topics (kept in the ``bilateral``
extra object, not in a PLOVER field), and PLOVER's ``context`` (its controlled vocabulary
is not something a record's free-text topics can be mapped to without guessing, so it is
always ``[]``).

Event ids are ``<record key>-m<i>`` for meeting *i* and ``<record key>-m<i>-o<k>`` for its
outcome *k* (indices from 0), so the same record always gives the same ids.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import IO, TYPE_CHECKING, Any, NamedTuple

from bilateral.interchange._common import KeyAllocator, alpha3, country_name, record_key
from bilateral.model import (
    Country,
    Direction,
    Disagreement,
    Medium,
    MeetingStatus,
    Organization,
    Person,
    PlaceKind,
)

if TYPE_CHECKING:
    from collections.abc import Iterable

    from bilateral.model import Actor, Meeting, Outcome, Record, Span, TimeExpression

__all__ = ["PloverEvents", "SkippedEvent", "to_plover", "write_plover"]

#: PLOVER's quad class for verbal cooperation, which both CONSULT and AGREE belong to.
_VERBAL_COOPERATION = 1

#: PLOVER location ``resolution``: 5 sub-city ... 1 country. A region is taken as
#: province-level only when it lies in one country ("Texas"); "the Middle East" gets none.
_RESOLUTION = {PlaceKind.VENUE: 5, PlaceKind.CITY: 4, PlaceKind.REGION: 2, PlaceKind.COUNTRY: 1}

#: Words that make a role title a government office (of a country actor) for ``sector``.
_GOV_WORDS = frozenset(
    {
        "president",
        "minister",
        "premier",
        "chancellor",
        "king",
        "queen",
        "emir",
        "amir",
        "sultan",
        "monarch",
        "ambassador",
        "envoy",
        "governor",
        "mayor",
        "secretary",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "taoiseach",
    }
)
#: Words that make a title something other than a sitting official's.
_NOT_GOV_WORDS = frozenset({"former", "ex", "late", "elect", "candidate", "opposition", "party", "general"})
_WORD = re.compile(r"[^\W\d_]+")


class SkippedEvent(NamedTuple):
    """A meeting or outcome that could have been an event but was left out, and why."""

    #: Key of the record it comes from (as in the events' ``bilateral.record``).
    record: str
    #: JSON path of the item in the record: ``$.meetings[0]``, ``$.meetings[0].outcomes[1]``.
    path: str
    #: Why it was skipped.
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


class PloverEvents(NamedTuple):
    """The events of one record, and what was skipped (unpacks as ``events, skipped``)."""

    #: PLOVER event objects, JSON-ready, in record order (each meeting, then its outcomes).
    events: list[dict[str, Any]]
    #: Meetings and outcomes left out, with the reason.
    skipped: list[SkippedEvent]


class _Dated(NamedTuple):
    date: dt.date
    comment: str | None


class _Coded(NamedTuple):
    """What an event says: the category, when, who did it and to whom, how."""

    category: str
    dated: _Dated
    actors: list[str]
    recipients: list[str]
    modes: list[str]


class _Context:
    """Lookups over one record, built once per record."""

    def __init__(self, record: Record, key: str) -> None:
        self.record = record
        self.key = key
        self.actors = {a.id: a for a in record.actors}
        self.places = {p.id: p for p in record.places}
        published = record.source.published
        # A datetime carries its own offset: the publication day is the day there.
        self.published = published.date() if isinstance(published, dt.datetime) else published

    def country(self, actor: Actor) -> str | None:
        """The actor's alpha-2 country, or that of the country its first role belongs to."""
        if actor.country is not None:
            return actor.country
        if isinstance(actor, (Person, Organization)):
            for role in actor.roles:
                target = self.actors.get(role.of) if role.of is not None else None
                if target is not None and target.country is not None:
                    return target.country
        return None

    def entity(self, actor_id: str) -> dict[str, Any]:
        actor = self.actors[actor_id]
        out: dict[str, Any] = {}
        code = alpha3(self.country(actor))
        if code is not None:
            out["code"] = code
        if self._government(actor):
            out["sector"] = "GOV"
        out["entity_text"] = actor.name
        if isinstance(actor, (Person, Organization)) and actor.roles:
            out["office"] = actor.roles[0].title
        out["bilateral_id"] = actor.id
        return out

    def _government(self, actor: Actor) -> bool:
        if not isinstance(actor, Person):
            return False
        for role in actor.roles:
            if role.of is None or not isinstance(self.actors.get(role.of), Country):
                continue
            words = {w.casefold() for w in _WORD.findall(role.title)}
            if words & _GOV_WORDS and not words & _NOT_GOV_WORDS:
                return True
        return False

    def texts(self, spans: tuple[Span, ...]) -> list[str]:
        return [self.record.text(s) for s in spans]


def _resolved(
    expr: TimeExpression | None, anchor: dt.date | None, direction: Direction
) -> TimeExpression | None:
    """*expr* resolved from *anchor* if it is not already, or ``None`` if it stays unresolved."""
    if expr is None:
        return None
    if not expr.is_resolved and anchor is not None:
        expr = expr.resolve(anchor, direction)
    return expr if expr.is_resolved else None


def _status(ctx: _Context, meeting: Meeting) -> MeetingStatus:
    """The meeting's status, with UNKNOWN decided by its date where the date allows."""
    if meeting.status is not MeetingStatus.UNKNOWN:
        return meeting.status
    if ctx.published is None or meeting.date is None:
        return MeetingStatus.UNKNOWN
    past = _resolved(meeting.date, ctx.published, Direction.PAST)
    future = _resolved(meeting.date, ctx.published, Direction.FUTURE)
    start = None if past is None or future is None or past.start != future.start else past.start
    if start is None:
        return MeetingStatus.UNKNOWN
    return MeetingStatus.PLANNED if start > ctx.published else MeetingStatus.HELD


def _held_date(ctx: _Context, meeting: Meeting) -> _Dated | str:
    """The date of a held meeting, or the reason there is none."""
    expr = _resolved(meeting.date, ctx.published, Direction.PAST)
    if expr is not None and expr.start is not None and expr.end is not None:
        if expr.start == expr.end:
            return _Dated(expr.start, None)
        return _Dated(
            expr.start,
            f"date is the first day of the range the report gives for the meeting "
            f"({expr.text!r}: {expr.start.isoformat()} to {expr.end.isoformat()})",
        )
    if ctx.published is not None:
        if meeting.date is None:
            return _Dated(ctx.published, "date is the publication date: the report does not date the meeting")
        return _Dated(
            ctx.published,
            f"date is the publication date: the meeting's date ({meeting.date.text!r}) cannot be resolved",
        )
    if meeting.date is None:
        return "no date: the report does not date the meeting and the record has no publication date"
    return f"no date: {meeting.date.text!r} cannot be resolved without a publication date"


def _planned_date(ctx: _Context, meeting: Meeting) -> _Dated | str:
    """The date of the AGREE event for a planned meeting: when the plan was reported."""
    if ctx.published is None:
        return "no date: a planned meeting is dated by the publication date, and the record has none"
    expr = _resolved(meeting.date, ctx.published, Direction.FUTURE)
    if expr is not None and expr.start is not None and expr.end is not None:
        when = expr.start.isoformat() if expr.start == expr.end else f"{expr.start} to {expr.end}"
        planned = f"set for {when} ({expr.text!r})"
    elif meeting.date is not None:
        planned = f"set for {meeting.date.text!r}"
    else:
        planned = "not dated"
    return _Dated(
        ctx.published, f"date is the publication date, when the plan was reported; the meeting is {planned}"
    )


def _sides(meeting: Meeting, *, split: bool) -> tuple[list[str], list[str]]:
    """Actor and recipient ids: visitors and host when *split* and a host is known."""
    if split and meeting.host is not None:
        return [p for p in meeting.participants if p != meeting.host], [meeting.host]
    return list(meeting.participants), []


def _third_party(ctx: _Context, meeting: Meeting) -> bool:
    if meeting.place is None:
        return False
    place = ctx.places[meeting.place]
    if place.country is None:
        return False
    countries = [ctx.country(ctx.actors[p]) for p in meeting.participants]
    return None not in countries and place.country not in countries


def _code_meeting(
    ctx: _Context, meeting: Meeting, status: MeetingStatus, held: _Dated | str | None
) -> _Coded | str:
    """
    The event a meeting is (CONSULT when held, AGREE when planned), or why it is none.

    *held* is the date of a held meeting (or why it has none), ``None`` for any other.
    """
    if held is not None:
        if isinstance(held, str):
            return held
        if meeting.medium in {Medium.PHONE, Medium.VIDEO}:
            return _Coded("CONSULT", held, *_sides(meeting, split=False), ["phone"])
        actors, recipients = _sides(meeting, split=True)
        if recipients:
            return _Coded("CONSULT", held, actors, recipients, ["visit"])
        modes = ["third-party"] if _third_party(ctx, meeting) else []
        return _Coded("CONSULT", held, actors, recipients, modes)
    if status is MeetingStatus.PLANNED:
        planned = _planned_date(ctx, meeting)
        if isinstance(planned, str):
            return planned
        return _Coded("AGREE", planned, *_sides(meeting, split=True), [])
    if status is MeetingStatus.CANCELLED:
        return "cancelled meeting: PLOVER has no category for it"
    return "status unknown: the record cannot tell a held meeting (CONSULT) from a planned one (AGREE)"


def _location(ctx: _Context, meeting: Meeting) -> dict[str, Any] | None:
    if meeting.place is None:
        return None
    place = ctx.places[meeting.place]
    out: dict[str, Any] = {"extracted_place": place.name}
    name, code = country_name(place.country), alpha3(place.country)
    if name is not None:
        out["country"] = name
    if code is not None:
        out["country_code"] = code
    resolution = _RESOLUTION.get(place.kind)
    if resolution is not None and (place.kind is not PlaceKind.REGION or place.country is not None):
        out["resolution"] = resolution
    return out


def _event(
    ctx: _Context,
    event_id: str,
    coded: _Coded,
    meeting: Meeting,
    evidence: tuple[Span, ...],
    *,
    outcome: tuple[int, Outcome] | None = None,
) -> dict[str, Any]:
    """One PLOVER event object, keys in a fixed order (required fields first)."""
    source = ctx.record.source
    event: dict[str, Any] = {
        "id": event_id,
        "date": coded.dated.date.isoformat(),
        "actor": [ctx.entity(a) for a in coded.actors],
        "recipient": [ctx.entity(r) for r in coded.recipients],
        "event": [coded.category],
        "quad_code": _VERBAL_COOPERATION,
        "mode": coded.modes,
        "context": [],
    }
    location = _location(ctx, meeting)
    if location is not None:
        event["event_loc"] = location
    event["event_text"] = ctx.texts(evidence)
    if evidence:
        # PLOVER's text_info is one object: it points at the first report of the event;
        # every span is in bilateral.evidence.
        event["text_info"] = {"start": evidence[0].start, "end": evidence[0].end}
    cite = {
        "url": source.url,
        "title": source.title,
        "publication": source.publisher,
        "language": _iso639_1(source.language),
    }
    cite = {k: v for k, v in cite.items() if v is not None}
    if cite:
        event["cite_info"] = cite
    extraction = ctx.record.extraction
    if extraction is not None:
        event["coder"] = f"{extraction.extractor} {extraction.version}"
    if coded.dated.comment is not None:
        event["comment"] = coded.dated.comment
    event["bilateral"] = {
        "record": ctx.key,
        "meeting": meeting.id,
        "outcome": None if outcome is None else outcome[0],
        "kind": "meeting" if outcome is None else str(outcome[1].kind),
        "text": None if outcome is None else outcome[1].text,
        "status": str(meeting.status),
        "medium": str(meeting.medium),
        "topics": list(meeting.topics),
        "duration_seconds": None if meeting.duration is None else meeting.duration.seconds,
        "evidence": [[s.start, s.end] for s in evidence],
    }
    return event


def _iso639_1(tag: str) -> str | None:
    """The two-letter language of a BCP 47 tag ("en-GB" -> "en"), if it has one."""
    primary = tag.split("-", 1)[0].lower()
    return primary if len(primary) == 2 and primary.isascii() and primary.isalpha() else None  # noqa: PLR2004


def to_plover(record: Record, *, key: str | None = None) -> PloverEvents:
    """
    The PLOVER events a record reports: CONSULT for held meetings, AGREE for the rest.

    The module documentation (and docs/how-to/convert.md) gives the mapping; in short,
    each held meeting is a CONSULT, each planned meeting an AGREE, and each agreement,
    invitation, proposal or commitment an AGREE. Events are JSON-ready dicts with PLOVER's
    field names plus a ``bilateral`` object that points back into the record.

    Args:
        record: The record to export.
        key: The record key to build event ids from (default: `record_key`).

    Returns:
        The events and the skipped items (``events, skipped = to_plover(record)``).

    .. versionadded:: 0.1.0
    """
    ctx = _Context(record, record_key(record) if key is None else key)
    events: list[dict[str, Any]] = []
    skipped: list[SkippedEvent] = []
    for i, meeting in enumerate(record.meetings):
        path = f"$.meetings[{i}]"
        status = _status(ctx, meeting)
        # Outcomes of a held meeting happened at it and share its date (or its lack of
        # one); outcomes of any other meeting are dated by the report.
        held = _held_date(ctx, meeting) if status is MeetingStatus.HELD else None
        coded = _code_meeting(ctx, meeting, status, held)
        if isinstance(coded, str):
            skipped.append(SkippedEvent(ctx.key, path, coded))
        else:
            events.append(_event(ctx, f"{ctx.key}-m{i}", coded, meeting, meeting.evidence))
        for k, outcome in enumerate(meeting.outcomes):
            if isinstance(outcome, Disagreement):
                continue  # no PLOVER category: documented, not reported for every record
            dated = held if held is not None else _report_date(ctx)
            actors = list(outcome.by) or [p for p in meeting.participants if p not in outcome.to]
            if not actors:
                dated = "no actor: the outcome names no one who offers it"
            if isinstance(dated, str):
                skipped.append(SkippedEvent(ctx.key, f"{path}.outcomes[{k}]", dated))
                continue
            agree = _Coded("AGREE", dated, actors, list(outcome.to), [])
            event_id = f"{ctx.key}-m{i}-o{k}"
            events.append(_event(ctx, event_id, agree, meeting, outcome.evidence, outcome=(k, outcome)))
    return PloverEvents(events, skipped)


def _report_date(ctx: _Context) -> _Dated | str:
    """The date of an outcome of a meeting not known to have been held: the publication date."""
    if ctx.published is None:
        return (
            "no date: the outcome's meeting is not known to have been held, "
            "and the record has no publication date"
        )
    return _Dated(
        ctx.published, "date is the publication date: the outcome's meeting is not known to have been held"
    )


def write_plover(records: Iterable[Record], fp: IO[str]) -> list[SkippedEvent]:
    r"""
    Write the PLOVER events of *records* as JSON Lines (one compact event a line).

    Records that are equal get numbered keys (see `bilateral.interchange.KeyAllocator`),
    so event ids stay unique in the output. Output is UTF-8-ready text (non-ASCII written as
    itself), byte-stable, each line ending in ``\n``.

    Args:
        records: The records, consumed one at a time.
        fp: A text file open for writing.

    Returns:
        Everything skipped, in order; ``SkippedEvent.record`` tells the records apart.

    .. versionadded:: 0.1.0
    """
    keys = KeyAllocator()
    skipped: list[SkippedEvent] = []
    for record in records:
        result = to_plover(record, key=keys(record))
        for event in result.events:
            fp.write(json.dumps(event, ensure_ascii=False, separators=(",", ":")))
            fp.write("\n")
        skipped.extend(result.skipped)
    return skipped
