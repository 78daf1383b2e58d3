"""
`to_jsonld`: a `Record` as a JSON-LD document in schema.org terms.

The document is built from the record's wire form (`bilateral.serialize.unstructure`),
the contract every other format is defined against. It is written in the exact shape that
JSON-LD compaction against `CONTEXT` produces (``"type"`` and ``"id"`` for the keywords,
every multi-valued property an array, absent values left out), so expanding it and
compacting it again gives the same document back, and `from_jsonld` reads one shape.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from bilateral.jsonld._context import ARTICLE_ID, fresh_context, item_iri

if TYPE_CHECKING:
    from bilateral.model import Record

__all__ = [
    "ACTOR_TYPES",
    "ATTENDANCE_MODES",
    "EVENT_STATUSES",
    "OUTCOME_TYPES",
    "PLACE_TYPES",
    "QUOTE_CONTEXT",
    "iso_duration",
    "quotation_text",
    "to_jsonld",
]

#: Code points of text kept before and after a span in its `TextQuoteSelector`.
QUOTE_CONTEXT = 32

#: Actor kind -> node type. A group has no schema.org class of its own: it is an
#: Organization that bilateral also types as a Group, so both readers understand it.
ACTOR_TYPES: dict[str, str | list[str]] = {
    "person": "Person",
    "organization": "Organization",
    "country": "Country",
    "group": ["Organization", "bilateral:Group"],
}
#: Place kind -> the closest schema.org class (``bilateral:placeKind`` keeps the kind itself).
PLACE_TYPES: dict[str, str] = {
    "city": "City",
    "venue": "Place",
    "region": "AdministrativeArea",
    "country": "Country",
    "unknown": "Place",
}
#: Outcome kind -> bilateral class.
OUTCOME_TYPES: dict[str, str] = {
    "agreement": "bilateral:Agreement",
    "invitation": "bilateral:Invitation",
    "proposal": "bilateral:Proposal",
    "commitment": "bilateral:Commitment",
    "disagreement": "bilateral:Disagreement",
}
#: Meeting medium -> schema.org EventAttendanceModeEnumeration member, where one fits.
#: A phone call and a video call are both "online" to schema.org, hence bilateral:medium.
ATTENDANCE_MODES: dict[str, str] = {
    "in_person": "OfflineEventAttendanceMode",
    "phone": "OnlineEventAttendanceMode",
    "video": "OnlineEventAttendanceMode",
}
#: Meeting status -> schema.org EventStatusType member, where one fits (none says "held").
EVENT_STATUSES: dict[str, str] = {
    "planned": "EventScheduled",
    "cancelled": "EventCancelled",
}
_SECONDS_PER_HOUR = 3600
_SECONDS_PER_MINUTE = 60
#: What joins the pieces of a discontinuous quotation in its schema.org ``text``.
_ELLIPSIS = " … "


def to_jsonld(record: Record) -> dict[str, Any]:
    """
    Describe *record* as a JSON-LD document in schema.org terms.

    Meetings are schema.org ``Event`` nodes, actors ``Person``, ``Organization`` or
    ``Country`` nodes, statements ``Quotation`` nodes and claims ``Claim`` nodes; every span is
    a W3C Web Annotation ``SpecificResource`` with a ``TextPositionSelector`` and a
    ``TextQuoteSelector`` on the article. What schema.org has no term for (a statement's mode,
    cue and hedge, a duration's qualifier, outcome kinds, ...) uses bilateral's vocabulary.
    The JSON-LD reference page lists every term.

    `from_jsonld` reads the document back into an equal record: nothing is lost.

    Args:
        record: The record to describe.

    Returns:
        A new JSON-able dict, with ``"@context"`` set to a copy of `CONTEXT`.

    .. versionadded:: 0.1.0
    """
    from bilateral.serialize import unstructure  # noqa: PLC0415 - keep the import of this module light

    wire: dict[str, Any] = unstructure(record)
    return _Writer(wire["source"]["text"]).record(wire)


def iso_duration(seconds: int) -> str:
    """
    Whole *seconds* as an ISO 8601 duration in hours, minutes and seconds (``PT1H50M``).

    Hours are not folded into days: a day is not always 24 hours long, and a meeting's
    length is counted in hours anyway.
    """
    hours, rest = divmod(seconds, _SECONDS_PER_HOUR)
    minutes, secs = divmod(rest, _SECONDS_PER_MINUTE)
    parts = [f"{value}{unit}" for value, unit in ((hours, "H"), (minutes, "M"), (secs, "S")) if value]
    return "PT" + ("".join(parts) or "0S")


def quotation_text(text: str, content: list[dict[str, int]]) -> str:
    """The words a statement attributes: its content spans' text, joined by an ellipsis."""
    return _ELLIPSIS.join(text[span["start"] : span["end"]] for span in content)


def _ref(item_id: str) -> dict[str, str]:
    return {"id": item_iri(item_id)}


def _refs(item_ids: list[str]) -> list[dict[str, str]]:
    return [_ref(item_id) for item_id in item_ids]


def _put(node: dict[str, Any], key: str, value: object) -> None:
    """Set *key* unless *value* is ``None``: JSON-LD has no null value, absence says it."""
    if value is not None:
        node[key] = value


class _Writer:
    """Builds the nodes of one document; holds the article text the selectors quote."""

    def __init__(self, text: str) -> None:
        self.text = text

    def span(self, span: dict[str, int]) -> dict[str, Any]:
        start, end = span["start"], span["end"]
        return {
            "type": "SpecificResource",
            "hasSource": ARTICLE_ID,
            "hasSelector": [
                {"type": "TextPositionSelector", "start": start, "end": end},
                {
                    "type": "TextQuoteSelector",
                    "exact": self.text[start:end],
                    "prefix": self.text[max(0, start - QUOTE_CONTEXT) : start],
                    "suffix": self.text[end : end + QUOTE_CONTEXT],
                },
            ],
        }

    def spans(self, spans: list[dict[str, int]]) -> list[dict[str, Any]]:
        return [self.span(span) for span in spans]

    def optional_span(self, span: dict[str, int] | None) -> dict[str, Any] | None:
        return None if span is None else self.span(span)

    def record(self, wire: dict[str, Any]) -> dict[str, Any]:
        document: dict[str, Any] = {
            "@context": fresh_context(),
            "type": "bilateral:Record",
            "bilateral:schemaVersion": wire["schema_version"],
            "bilateral:source": self.article(wire["source"]),
            "bilateral:actors": [self.actor(actor) for actor in wire["actors"]],
            "bilateral:places": [self.place(place) for place in wire["places"]],
            "bilateral:meetings": [self.meeting(meeting) for meeting in wire["meetings"]],
            "bilateral:statements": [self.statement(statement) for statement in wire["statements"]],
            "bilateral:claims": [self.claim(claim) for claim in wire["claims"]],
        }
        extraction = wire["extraction"]
        if extraction is not None:
            document["bilateral:extraction"] = {
                "type": "SoftwareApplication",
                "name": extraction["extractor"],
                "softwareVersion": extraction["version"],
                "bilateral:stages": extraction["stages"],
            }
        return document

    def article(self, source: dict[str, Any]) -> dict[str, Any]:
        node: dict[str, Any] = {"id": ARTICLE_ID, "type": "NewsArticle", "text": source["text"]}
        _put(node, "headline", source["title"])
        _put(node, "url", source["url"])
        if source["publisher"] is not None:
            node["publisher"] = {"type": "Organization", "name": source["publisher"]}
        _put(node, "articleSection", source["section"])
        node["author"] = [self.author(author) for author in source["authors"]]
        published = source["published"]
        if published is not None:
            # A value object, so a date stays a schema.org Date and a datetime a DateTime.
            node["datePublished"] = {"@value": published, "type": "DateTime" if "T" in published else "Date"}
        _put(node, "dateline", source["dateline"])
        node["inLanguage"] = source["language"]
        node["bilateral:body"] = self.spans(source["body"])
        return node

    @staticmethod
    def author(author: dict[str, Any]) -> dict[str, Any]:
        node: dict[str, Any] = {"type": "Person", "name": author["name"]}
        _put(node, "jobTitle", author["role"])
        return node

    def actor(self, actor: dict[str, Any]) -> dict[str, Any]:
        kind = actor["kind"]
        types = ACTOR_TYPES[kind]
        node: dict[str, Any] = {
            "id": item_iri(actor["id"]),
            "type": list(types) if isinstance(types, list) else types,
            "identifier": actor["id"],
            "name": actor["name"],
            "alternateName": actor["aliases"],
        }
        _put(node, "bilateral:country", actor["country"])
        node["bilateral:mentions"] = self.spans(actor["mentions"])
        if "roles" in actor:
            node["bilateral:roles"] = [self.role(role) for role in actor["roles"]]
        if "members" in actor:
            node["member"] = _refs(actor["members"])
        return node

    @staticmethod
    def role(role: dict[str, Any]) -> dict[str, Any]:
        node: dict[str, Any] = {"type": "Role", "roleName": role["title"]}
        if role["of"] is not None:
            node["bilateral:roleOf"] = _ref(role["of"])
        return node

    def place(self, place: dict[str, Any]) -> dict[str, Any]:
        node: dict[str, Any] = {
            "id": item_iri(place["id"]),
            "type": PLACE_TYPES[place["kind"]],
            "identifier": place["id"],
            "name": place["name"],
            "bilateral:placeKind": place["kind"],
        }
        _put(node, "bilateral:country", place["country"])
        node["bilateral:mentions"] = self.spans(place["mentions"])
        return node

    def meeting(self, meeting: dict[str, Any]) -> dict[str, Any]:
        node: dict[str, Any] = {
            "id": item_iri(meeting["id"]),
            "type": "Event",
            "identifier": meeting["id"],
            "attendee": _refs(meeting["participants"]),
        }
        if meeting["host"] is not None:
            node["organizer"] = _ref(meeting["host"])
        node["bilateral:medium"] = meeting["medium"]
        _put(node, "eventAttendanceMode", ATTENDANCE_MODES.get(meeting["medium"]))
        node["bilateral:status"] = meeting["status"]
        _put(node, "eventStatus", EVENT_STATUSES.get(meeting["status"]))
        date = meeting["date"]
        if date is not None:
            node["bilateral:date"] = self.time_expression(date)
            # schema.org's startDate says when the event began: only a single resolved day
            # says that. "late April" resolves to a range the meeting lies somewhere in.
            if date["start"] is not None and date["start"] == date["end"]:
                node["startDate"] = date["start"]
        if meeting["place"] is not None:
            node["location"] = _ref(meeting["place"])
        duration = meeting["duration"]
        if duration is not None:
            node["duration"] = iso_duration(duration["seconds"])
            node["bilateral:durationQualifier"] = duration["qualifier"]
            _put(node, "bilateral:durationText", duration["text"])
            _put(node, "bilateral:durationMention", self.optional_span(duration["mention"]))
        node["about"] = meeting["topics"]
        node["bilateral:outcomes"] = [self.outcome(outcome) for outcome in meeting["outcomes"]]
        node["bilateral:evidence"] = self.spans(meeting["evidence"])
        return node

    def time_expression(self, date: dict[str, Any]) -> dict[str, Any]:
        node: dict[str, Any] = {"type": "bilateral:TimeExpression", "bilateral:text": date["text"]}
        _put(node, "bilateral:year", date["year"])
        _put(node, "bilateral:month", date["month"])
        _put(node, "bilateral:day", date["day"])
        _put(node, "bilateral:weekday", date["weekday"])
        node["bilateral:granularity"] = date["granularity"]
        _put(node, "bilateral:modifier", date["modifier"])
        _put(node, "bilateral:start", date["start"])
        _put(node, "bilateral:end", date["end"])
        _put(node, "bilateral:mention", self.optional_span(date["mention"]))
        return node

    def outcome(self, outcome: dict[str, Any]) -> dict[str, Any]:
        return {
            "type": OUTCOME_TYPES[outcome["kind"]],
            "bilateral:by": _refs(outcome["by"]),
            "bilateral:to": _refs(outcome["to"]),
            "description": outcome["text"],
            "bilateral:evidence": self.spans(outcome["evidence"]),
        }

    def statement(self, statement: dict[str, Any]) -> dict[str, Any]:
        node: dict[str, Any] = {
            "id": item_iri(statement["id"]),
            "type": "Quotation",
            "identifier": statement["id"],
            "spokenByCharacter": _refs(statement["speakers"]),
            "text": quotation_text(self.text, statement["content"]),
            "bilateral:mode": statement["mode"],
        }
        _put(node, "bilateral:speakerMention", self.optional_span(statement["speaker_mention"]))
        _put(node, "bilateral:cue", self.optional_span(statement["cue"]))
        node["bilateral:content"] = self.spans(statement["content"])
        _put(node, "bilateral:hedge", statement["hedge"])
        return node

    def claim(self, claim: dict[str, Any]) -> dict[str, Any]:
        node: dict[str, Any] = {
            "id": item_iri(claim["id"]),
            "type": "Claim",
            "identifier": claim["id"],
            "author": _refs(claim["claimants"]),
            "text": claim["text"],
            "about": _refs(claim["about"]),
            "appearance": {"id": ARTICLE_ID},
        }
        if claim["statement"] is not None:
            node["bilateral:statement"] = _ref(claim["statement"])
        node["bilateral:evidence"] = self.spans(claim["evidence"])
        return node
