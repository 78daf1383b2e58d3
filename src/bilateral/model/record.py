"""The aggregate root: one article and everything extracted from it."""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from bilateral.errors import Problem, RecordError
from bilateral.model.actors import Actor, Group, Organization, Person
from bilateral.model.claims import Claim
from bilateral.model.meetings import Meeting
from bilateral.model.places import Place
from bilateral.model.provenance import Extraction, Source, Span
from bilateral.model.statements import Statement

if TYPE_CHECKING:
    from collections.abc import Iterator

__all__ = ["SCHEMA_VERSION", "Record"]

#: Version of the wire format this library writes (see docs/reference/wire-format).
SCHEMA_VERSION = 1


@attrs.frozen(kw_only=True)
class Record:
    """
    One article and everything extracted from it.

    Construction checks what only the whole can check: ids are unique across all kinds
    of item, every id referenced exists (and is of a kind that fits), and every span lies
    inside `Source.text`. All problems are reported at once in a `RecordError`, each with
    the JSON path of the offending value.
    """

    #: The article.
    source: Source
    #: People, countries, organizations and groups.
    actors: tuple[Actor, ...] = ()
    #: Places mentioned.
    places: tuple[Place, ...] = ()
    #: Meetings reported.
    meetings: tuple[Meeting, ...] = ()
    #: Attributions: who said what.
    statements: tuple[Statement, ...] = ()
    #: Propositions asserted by actors.
    claims: tuple[Claim, ...] = ()
    #: Which extractor produced the record, if any.
    extraction: Extraction | None = None

    def __attrs_post_init__(self) -> None:
        # The common case, a valid record, is confirmed without formatting a single path;
        # only a record that fails gets the detailed pass that names every problem.
        if _valid(self):
            return
        problems = list(_check(self))
        if problems:
            raise RecordError(problems)

    def actor(self, actor_id: str) -> Actor:
        """The actor with id *actor_id* (`KeyError` if none)."""
        for actor in self.actors:
            if actor.id == actor_id:
                return actor
        raise KeyError(actor_id)

    def text(self, span: Span) -> str:
        """The source text a span covers."""
        return self.source.text[span.start : span.end]


def _spans(record: Record) -> Iterator[tuple[str, Span]]:
    source = record.source
    for i, s in enumerate(source.body):
        yield f"$.source.body[{i}]", s
    for i, a in enumerate(record.actors):
        for j, s in enumerate(a.mentions):
            yield f"$.actors[{i}].mentions[{j}]", s
    for i, p in enumerate(record.places):
        for j, s in enumerate(p.mentions):
            yield f"$.places[{i}].mentions[{j}]", s
    for i, m in enumerate(record.meetings):
        base = f"$.meetings[{i}]"
        if m.date is not None and m.date.mention is not None:
            yield f"{base}.date.mention", m.date.mention
        if m.duration is not None and m.duration.mention is not None:
            yield f"{base}.duration.mention", m.duration.mention
        for k, o in enumerate(m.outcomes):
            for j, s in enumerate(o.evidence):
                yield f"{base}.outcomes[{k}].evidence[{j}]", s
        for j, s in enumerate(m.evidence):
            yield f"{base}.evidence[{j}]", s
    for i, st in enumerate(record.statements):
        base = f"$.statements[{i}]"
        if st.speaker_mention is not None:
            yield f"{base}.speaker_mention", st.speaker_mention
        if st.cue is not None:
            yield f"{base}.cue", st.cue
        for j, s in enumerate(st.content):
            yield f"{base}.content[{j}]", s
    for i, c in enumerate(record.claims):
        for j, s in enumerate(c.evidence):
            yield f"$.claims[{i}].evidence[{j}]", s


def _valid(record: Record) -> bool:
    """
    Whether `_check` would find nothing: same rules, no paths, no messages.

    It runs on every record built (every `loads`), so it is one pass of plain loops and
    set operations: no generators and no intermediate lists of spans, whose setup costs
    more than the checks on the few items most groups hold.
    """
    source = record.source
    length = len(source.text)
    actors = record.actors
    places = record.places
    meetings = record.meetings
    statements = record.statements
    claims = record.claims
    actor_ids = {a.id for a in actors}
    place_ids = {p.id for p in places}
    statement_ids = {st.id for st in statements}
    # Ids are unique across all kinds of item: no id may be lost in the union (meeting
    # and claim ids join it in the loops below; the count is compared at the end).
    ids = actor_ids | place_ids | statement_ids
    for s in source.body:
        if s.end > length:
            return False
    for a in actors:
        for s in a.mentions:
            if s.end > length:
                return False
        if isinstance(a, (Person, Organization)):
            for role in a.roles:
                if role.of is not None and role.of not in actor_ids:
                    return False
        elif isinstance(a, Group) and not actor_ids.issuperset(a.members):
            return False
    for p in places:
        for s in p.mentions:
            if s.end > length:
                return False
    for m in meetings:
        ids.add(m.id)
        if not actor_ids.issuperset(m.participants):
            return False
        if m.place is not None and m.place not in place_ids:
            return False
        if m.date is not None and m.date.mention is not None and m.date.mention.end > length:
            return False
        if m.duration is not None and m.duration.mention is not None and m.duration.mention.end > length:
            return False
        for s in m.evidence:
            if s.end > length:
                return False
        for o in m.outcomes:
            if not (actor_ids.issuperset(o.by) and actor_ids.issuperset(o.to)):
                return False
            for s in o.evidence:
                if s.end > length:
                    return False
    for st in statements:
        if not actor_ids.issuperset(st.speakers):
            return False
        if st.speaker_mention is not None and st.speaker_mention.end > length:
            return False
        if st.cue is not None and st.cue.end > length:
            return False
        for s in st.content:
            if s.end > length:
                return False
    about_ids = actor_ids | place_ids
    for c in claims:
        ids.add(c.id)
        if not (actor_ids.issuperset(c.claimants) and about_ids.issuperset(c.about)):
            return False
        if c.statement is not None and c.statement not in statement_ids:
            return False
        for s in c.evidence:
            if s.end > length:
                return False
    return len(ids) == len(actors) + len(places) + len(meetings) + len(statements) + len(claims)


def _check(record: Record) -> Iterator[Problem]:
    length = len(record.source.text)
    for path, span in _spans(record):
        if span.end > length:
            yield Problem(
                path, f"span {span.start}..{span.end} lies outside the source text (length {length})"
            )

    seen: dict[str, str] = {}
    kinds = (
        ("actors", record.actors),
        ("places", record.places),
        ("meetings", record.meetings),
        ("statements", record.statements),
        ("claims", record.claims),
    )
    for field, items in kinds:
        for i, item in enumerate(items):
            path = f"$.{field}[{i}].id"
            if item.id in seen:
                yield Problem(path, f"duplicate id {item.id!r} (first used @ {seen[item.id]})")
            else:
                seen[item.id] = path

    actor_ids = {a.id for a in record.actors}
    place_ids = {p.id for p in record.places}
    statement_ids = {s.id for s in record.statements}

    # Roles belong to countries or organizations; "of" may name any actor, e.g. a group.
    def refs(path: str, ids: tuple[str, ...], allowed: set[str], what: str) -> Iterator[Problem]:
        for j, ref in enumerate(ids):
            if ref not in allowed:
                yield Problem(f"{path}[{j}]", f"unknown {what} id {ref!r}")

    for i, a in enumerate(record.actors):
        if isinstance(a, (Person, Organization)):
            for j, role in enumerate(a.roles):
                if role.of is not None and role.of not in actor_ids:
                    yield Problem(f"$.actors[{i}].roles[{j}].of", f"unknown actor id {role.of!r}")
        if isinstance(a, Group):
            yield from refs(f"$.actors[{i}].members", a.members, actor_ids, "actor")
    for i, m in enumerate(record.meetings):
        base = f"$.meetings[{i}]"
        yield from refs(f"{base}.participants", m.participants, actor_ids, "actor")
        if m.place is not None and m.place not in place_ids:
            yield Problem(f"{base}.place", f"unknown place id {m.place!r}")
        for k, o in enumerate(m.outcomes):
            yield from refs(f"{base}.outcomes[{k}].by", o.by, actor_ids, "actor")
            yield from refs(f"{base}.outcomes[{k}].to", o.to, actor_ids, "actor")
    for i, st in enumerate(record.statements):
        yield from refs(f"$.statements[{i}].speakers", st.speakers, actor_ids, "actor")
    for i, c in enumerate(record.claims):
        yield from refs(f"$.claims[{i}].claimants", c.claimants, actor_ids, "actor")
        yield from refs(f"$.claims[{i}].about", c.about, actor_ids | place_ids, "actor or place")
        if c.statement is not None and c.statement not in statement_ids:
            yield Problem(f"$.claims[{i}].statement", f"unknown statement id {c.statement!r}")
