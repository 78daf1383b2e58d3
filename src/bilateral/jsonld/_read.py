"""
`from_jsonld`: a JSON-LD document back into a `Record`, losing nothing.

The document is read in the shape `to_jsonld` writes, which is the shape JSON-LD
compaction against `CONTEXT` gives: a document with any other context (or an expanded
one) is compacted with pyld first. Reading is strict, like the wire format: an unknown
property, a reference to a node that is not there, a selector that quotes other words than
the text holds, or a schema.org value that contradicts the bilateral one it is derived
from, is a problem. The document is translated into the wire format and structured there,
so every value check of `bilateral.serialize` applies; the problems it finds are reported
at their place in the JSON-LD document.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, TypeVar

from bilateral.errors import Problem, RecordError
from bilateral.jsonld._context import is_own_context
from bilateral.jsonld._write import (
    ACTOR_TYPES,
    ATTENDANCE_MODES,
    EVENT_STATUSES,
    OUTCOME_TYPES,
    PLACE_TYPES,
    quotation_text,
)

if TYPE_CHECKING:
    from collections.abc import Mapping

    from bilateral.model import Record

__all__ = ["from_jsonld", "parse_iso_duration"]

T = TypeVar("T")
_Node = dict[str, Any]
#: Where a translated value goes: the wire object, and that object's wire path.
_Target = tuple[_Node, str]

_ITEM_LISTS = ("actors", "places", "meetings", "statements", "claims")

# Which keys each kind of node may have. "type" and "id" are the aliases schema.org's
# context gives the keywords, and what compaction writes.
_RECORD_KEYS = frozenset(
    {"@context", "type", "bilateral:schemaVersion", "bilateral:source", "bilateral:extraction"}
    | {f"bilateral:{name}" for name in _ITEM_LISTS}
)
_ARTICLE_KEYS = frozenset(
    {
        "id",
        "type",
        "text",
        "headline",
        "url",
        "publisher",
        "articleSection",
        "author",
        "datePublished",
        "dateline",
        "inLanguage",
        "bilateral:body",
    }
)
_NAMED_KEYS = frozenset({"type", "name"})
_AUTHOR_KEYS = frozenset({"type", "name", "jobTitle"})
_DATE_VALUE_KEYS = frozenset({"@value", "type"})
_ACTOR_KEYS = frozenset(
    {"id", "type", "identifier", "name", "alternateName", "bilateral:country", "bilateral:mentions"}
)
_ROLE_KEYS = frozenset({"type", "roleName", "bilateral:roleOf"})
_PLACE_KEYS = frozenset(
    {"id", "type", "identifier", "name", "bilateral:placeKind", "bilateral:country", "bilateral:mentions"}
)
_MEETING_KEYS = frozenset(
    {
        "id",
        "type",
        "identifier",
        "attendee",
        "organizer",
        "bilateral:medium",
        "eventAttendanceMode",
        "bilateral:status",
        "eventStatus",
        "bilateral:date",
        "startDate",
        "location",
        "duration",
        "bilateral:durationQualifier",
        "bilateral:durationText",
        "bilateral:durationMention",
        "about",
        "bilateral:outcomes",
        "bilateral:evidence",
    }
)
_DURATION_DETAIL_KEYS = ("bilateral:durationQualifier", "bilateral:durationText", "bilateral:durationMention")
_TIME_KEYS = frozenset(
    {"type"}
    | {
        f"bilateral:{name}"
        for name in (
            "text",
            "year",
            "month",
            "day",
            "weekday",
            "granularity",
            "modifier",
            "start",
            "end",
            "mention",
        )
    }
)
_OUTCOME_KEYS = frozenset({"type", "bilateral:by", "bilateral:to", "description", "bilateral:evidence"})
_STATEMENT_KEYS = frozenset(
    {
        "id",
        "type",
        "identifier",
        "spokenByCharacter",
        "text",
        "bilateral:mode",
        "bilateral:speakerMention",
        "bilateral:cue",
        "bilateral:content",
        "bilateral:hedge",
    }
)
_CLAIM_KEYS = frozenset(
    {
        "id",
        "type",
        "identifier",
        "author",
        "text",
        "about",
        "appearance",
        "bilateral:statement",
        "bilateral:evidence",
    }
)
_EXTRACTION_KEYS = frozenset({"type", "name", "softwareVersion", "bilateral:stages"})
_SPAN_KEYS = frozenset({"type", "hasSource", "hasSelector"})
_POSITION_KEYS = frozenset({"type", "start", "end"})
_QUOTE_KEYS = frozenset({"type", "exact", "prefix", "suffix"})
_REF_KEYS = frozenset({"id"})
_SELECTOR_KINDS = {frozenset(["TextPositionSelector"]): "position", frozenset(["TextQuoteSelector"]): "quote"}
_SELECTOR_KEYS = {"position": _POSITION_KEYS, "quote": _QUOTE_KEYS}


def _types(spec: Mapping[str, str | list[str]]) -> dict[frozenset[str], str]:
    """Invert a kind -> type(s) table into type set -> kind (several kinds may share a type)."""
    table: dict[frozenset[str], str] = {}
    for kind, types in spec.items():
        table.setdefault(frozenset([types] if isinstance(types, str) else types), kind)
    return table


_ACTOR_KINDS = _types(ACTOR_TYPES)
_OUTCOME_KINDS = _types(OUTCOME_TYPES)
_PLACE_TYPE_NAMES = frozenset(PLACE_TYPES.values())

# ISO 8601 durations in exact units only: days (24 hours, as a meeting's length means
# them), hours, minutes and whole seconds. Years, months and weeks have no fixed length
# in seconds, and bilateral has no fractions of a second. 19 digits bound each number.
_ISO_DURATION = re.compile(r"P(?:(\d{1,19})D)?(?:T(?:(\d{1,19})H)?(?:(\d{1,19})M)?(?:(\d{1,19})S)?)?")
_UNIT_SECONDS = (86400, 3600, 60, 1)


def parse_iso_duration(text: str) -> int | None:
    """
    Whole seconds of an ISO 8601 duration in days, hours, minutes and seconds.

    Args:
        text: ``PT1H50M``, ``P1DT2H``, ``PT0S`` ...

    Returns:
        The number of seconds, or ``None`` if *text* is not such a duration (years,
        months, weeks and fractions have no exact length in seconds and are refused).
    """
    match = _ISO_DURATION.fullmatch(text)
    if match is None or not any(match.groups()) or text.endswith("T"):
        return None
    return sum(int(value) * unit for value, unit in zip(match.groups(), _UNIT_SECONDS, strict=True) if value)


def from_jsonld(document: object) -> Record:
    """
    Read a record back from the JSON-LD document `to_jsonld` wrote.

    ``from_jsonld(to_jsonld(record)) == record`` for every record. A document in another
    shape that means the same (expanded, compacted with another context, with a base IRI)
    is compacted against `CONTEXT` first, with pyld and the offline loader, so it needs the
    ``bilateral[jsonld]`` extra; bilateral's own shape needs nothing beyond bilateral.

    Args:
        document: The parsed JSON-LD (a dict; a list for an expanded document).

    Returns:
        The record.

    Raises:
        RecordError: The document is not a bilateral record: every problem found, each at
            its path in the (compacted) document.
        ImportError: The document needs compacting and pyld is not installed.

    .. versionadded:: 0.1.0
    """
    if not isinstance(document, (dict, list)):
        # JSON text (or bytes) given by mistake: pyld would take a string for the IRI of a
        # remote document, and bytes for an empty node.
        kind = type(document).__name__
        message = f"expected a parsed JSON-LD document (an object or an array), got {kind}"
        if isinstance(document, (str, bytes, bytearray)):
            message += ": parse the JSON text first (json.loads)"
        raise RecordError([Problem("$", message)])
    if not (isinstance(document, dict) and is_own_context(document.get("@context"))):
        from bilateral.jsonld._offline import compact  # noqa: PLC0415 - pyld only when needed

        document = compact(document)
    reader = _Reader()
    payload = reader.record(document)
    if reader.problems:
        raise RecordError(reader.problems)
    from bilateral.serialize import structure  # noqa: PLC0415 - keep the import of this module light

    try:
        record = structure(payload)
    except RecordError as error:
        raise RecordError([Problem(reader.relocate(p.path), p.message) for p in error.problems]) from None
    reader.check_derived(document, record)
    if reader.problems:
        raise RecordError(reader.problems)
    return record


def _describe(value: object) -> str:
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "an array"
    return repr(value)


_PATH_TAIL = re.compile(r"(?:\.[^.\[]*|\[\d+\])$")


class _Reader:
    """Translates one compacted document into a wire payload, collecting problems."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []
        #: Wire path -> JSON-LD path of the value placed there, to report problems in place.
        self.where: dict[str, str] = {}
        #: The article's text (for selectors) and node id (for references to it).
        self.text: str | None = None
        self.article: str | None = None
        #: Node id -> record item id, for every item node.
        self.ids: dict[str, str] = {}

    # -- bookkeeping ---------------------------------------------------------------------

    def problem(self, path: str, message: str) -> None:
        self.problems.append(Problem(path, message))

    def relocate(self, wire_path: str) -> str:
        """The JSON-LD path of the value at *wire_path*, found through its longest known prefix."""
        prefix = wire_path
        while prefix:
            if prefix in self.where:
                return self.where[prefix] + wire_path[len(prefix) :]
            shorter = _PATH_TAIL.sub("", prefix)
            if shorter == prefix:
                break
            prefix = shorter
        return wire_path

    def put(self, wire: _Node, wire_key: str, value: object, wire_path: str, path: str) -> None:
        wire[wire_key] = value
        self.where[f"{wire_path}.{wire_key}"] = path

    # -- shapes --------------------------------------------------------------------------

    def node(self, value: object, path: str, keys: frozenset[str]) -> _Node | None:
        if not isinstance(value, dict):
            self.problem(path, f"expected a node (a JSON object), got {_describe(value)}")
            return None
        for key in value:
            if key not in keys:
                self.problem(f"{path}.{key}", f"unexpected property {key!r}")
        return value

    def kind(self, node: _Node, path: str, kinds: Mapping[frozenset[str], T]) -> T | None:
        value = node.get("type")
        names = [value] if isinstance(value, str) else value
        if isinstance(names, list) and all(isinstance(name, str) for name in names):
            found = kinds.get(frozenset(names))
            if found is not None and len(set(names)) == len(names):
                return found
        expected = " or ".join(sorted(" + ".join(sorted(k)) for k in kinds))
        self.problem(f"{path}.type", f"expected type {expected}, got {_describe(value)}")
        return None

    def of_type(self, node: _Node, path: str, name: str) -> None:
        self.kind(node, path, {frozenset([name]): True})

    def scalar(
        self, node: _Node, key: str, path: str, target: _Target, wire_key: str, *, required: bool
    ) -> None:
        wire, wire_path = target
        if key in node:
            self.put(wire, wire_key, node[key], wire_path, f"{path}.{key}")
        else:
            if required:
                self.problem(path, f"missing property {key!r}")
            wire[wire_key] = None

    def array(self, node: _Node, key: str, path: str) -> list[tuple[Any, str]]:
        """The items of an array property with their paths; absent means empty, as in JSON-LD."""
        value = node.get(key, [])
        if not isinstance(value, list):
            self.problem(f"{path}.{key}", f"expected an array, got {_describe(value)}")
            return []
        return [(item, f"{path}.{key}[{i}]") for i, item in enumerate(value)]

    def literals(self, node: _Node, key: str, path: str, target: _Target, wire_key: str) -> None:
        wire, wire_path = target
        self.put(
            wire, wire_key, [item for item, _ in self.array(node, key, path)], wire_path, f"{path}.{key}"
        )

    def ref(self, value: object, path: str) -> str | None:
        node = self.node(value, path, _REF_KEYS)
        if node is None:
            return None
        iri = node.get("id")
        if not isinstance(iri, str):
            self.problem(path, f"expected a reference {{'id': ...}}, got {_describe(iri)}")
            return None
        if iri not in self.ids:
            self.problem(f"{path}.id", f"no item node has id {iri!r}")
            return None
        return self.ids[iri]

    def optional_ref(self, node: _Node, key: str, path: str, target: _Target, wire_key: str) -> None:
        wire, wire_path = target
        value = None if key not in node else self.ref(node[key], f"{path}.{key}")
        self.put(wire, wire_key, value, wire_path, f"{path}.{key}")

    def refs(self, node: _Node, key: str, path: str, target: _Target, wire_key: str) -> None:
        wire, wire_path = target
        found: list[str] = []
        for item, item_path in self.array(node, key, path):
            ref = self.ref(item, item_path)
            if ref is not None:
                found.append(ref)
        self.put(wire, wire_key, found, wire_path, f"{path}.{key}")

    # -- spans ---------------------------------------------------------------------------

    def span(self, value: object, path: str, wire_path: str) -> dict[str, Any] | None:
        node = self.node(value, path, _SPAN_KEYS)
        if node is None:
            return None
        self.of_type(node, path, "SpecificResource")
        if node.get("hasSource") != self.article:
            self.problem(
                f"{path}.hasSource",
                f"expected the article {self.article!r}, got {_describe(node.get('hasSource'))}",
            )
        found: dict[str, list[tuple[_Node, str]]] = {"position": [], "quote": []}
        for item, item_path in self.array(node, "hasSelector", path):
            selector = self.node(item, item_path, _POSITION_KEYS | _QUOTE_KEYS)
            kind = None if selector is None else self.kind(selector, item_path, _SELECTOR_KINDS)
            if selector is None or kind is None:
                continue
            for key in selector.keys() - _SELECTOR_KEYS[kind]:
                self.problem(f"{item_path}.{key}", f"unexpected property {key!r}")
            found[kind].append((selector, item_path))
        positions, quotes = found["position"], found["quote"]
        if len(positions) != 1 or len(quotes) > 1:
            self.problem(
                f"{path}.hasSelector",
                "expected one TextPositionSelector and at most one TextQuoteSelector "
                f"(got {len(positions)} and {len(quotes)})",
            )
            return None
        selector, selector_path = positions[0]
        span = {"start": selector.get("start"), "end": selector.get("end")}
        self.where[wire_path] = selector_path
        if quotes:
            self.check_quote(quotes[0][0], quotes[0][1], span)
        return span

    def check_quote(self, quote: _Node, path: str, span: dict[str, Any]) -> None:
        """A quote selector must quote what the text holds at the position the span gives."""
        start, end, text = span["start"], span["end"], self.text
        if not (_is_int(start) and _is_int(end) and text is not None and 0 <= start <= end <= len(text)):
            return  # the position itself is wrong: structuring the record reports it
        exact, prefix, suffix = quote.get("exact"), quote.get("prefix", ""), quote.get("suffix", "")
        if exact != text[start:end]:
            self.problem(f"{path}.exact", f"does not match the text at {start}..{end}: {_describe(exact)}")
        if not (isinstance(prefix, str) and text[:start].endswith(prefix)):
            self.problem(f"{path}.prefix", f"does not match the text before {start}: {_describe(prefix)}")
        if not (isinstance(suffix, str) and text[end:].startswith(suffix)):
            self.problem(f"{path}.suffix", f"does not match the text after {end}: {_describe(suffix)}")

    def spans(self, node: _Node, key: str, path: str, target: _Target, wire_key: str) -> None:
        wire, wire_path = target
        found: list[dict[str, Any]] = []
        base = f"{wire_path}.{wire_key}"
        for item, item_path in self.array(node, key, path):
            span = self.span(item, item_path, f"{base}[{len(found)}]")
            if span is not None:
                found.append(span)
        self.put(wire, wire_key, found, wire_path, f"{path}.{key}")

    def optional_span(self, node: _Node, key: str, path: str, target: _Target, wire_key: str) -> None:
        wire, wire_path = target
        if key in node:
            wire[wire_key] = self.span(node[key], f"{path}.{key}", f"{wire_path}.{wire_key}")
        else:
            wire[wire_key] = None

    # -- the record ----------------------------------------------------------------------

    def record(self, document: object) -> _Node:
        wire: _Node = {}
        top = self.node(document, "$", _RECORD_KEYS)
        if top is None:
            return wire
        self.of_type(top, "$", "bilateral:Record")
        self.scalar(top, "bilateral:schemaVersion", "$", (wire, "$"), "schema_version", required=True)
        self.collect_ids(top)
        article = self.node(top.get("bilateral:source"), "$.bilateral:source", _ARTICLE_KEYS)
        if article is not None:
            wire["source"] = self.source(article, "$.bilateral:source")
            self.where["$.source"] = "$.bilateral:source"
        readers = {
            "actors": self.actor,
            "places": self.place,
            "meetings": self.meeting,
            "statements": self.statement,
            "claims": self.claim,
        }
        for name, read in readers.items():
            items: list[_Node] = []
            for value, path in self.array(top, f"bilateral:{name}", "$"):
                wire_path = f"$.{name}[{len(items)}]"
                self.where[wire_path] = path
                items.append(read(value, path, wire_path))
            self.put(wire, name, items, "$", f"$.bilateral:{name}")
        if "bilateral:extraction" in top:
            wire["extraction"] = self.extraction(top["bilateral:extraction"], "$.bilateral:extraction")
            self.where["$.extraction"] = "$.bilateral:extraction"
        else:
            wire["extraction"] = None
        return wire

    def collect_ids(self, top: _Node) -> None:
        """First pass: the node id of every item, so references can be resolved in any order."""
        source = top.get("bilateral:source")
        article = source.get("id") if isinstance(source, dict) else None
        if isinstance(article, str):
            self.article = article
        identifiers: dict[str, str] = {}
        for name in _ITEM_LISTS:
            for value, path in self.array(top, f"bilateral:{name}", "$"):
                if not isinstance(value, dict):
                    continue  # reported when the item is read
                iri, identifier = value.get("id"), value.get("identifier")
                if not isinstance(iri, str):
                    self.problem(f"{path}.id", f"expected a node id (a string), got {_describe(iri)}")
                elif not isinstance(identifier, str):
                    self.problem(f"{path}.identifier", f"expected a string, got {_describe(identifier)}")
                elif iri in self.ids or iri == self.article:
                    self.problem(f"{path}.id", f"node id {iri!r} is used twice")
                elif identifier in identifiers:
                    # Two nodes for one item: references to either would silently merge them.
                    self.problem(
                        f"{path}.identifier",
                        f"duplicate id {identifier!r} (first used @ {identifiers[identifier]})",
                    )
                else:
                    self.ids[iri] = identifier
                    identifiers[identifier] = f"{path}.identifier"

    def source(self, node: _Node, path: str) -> _Node:
        wire: _Node = {}
        wp = "$.source"
        self.of_type(node, path, "NewsArticle")
        if not isinstance(node.get("id"), str):
            self.problem(f"{path}.id", f"expected a node id (a string), got {_describe(node.get('id'))}")
        text = node.get("text")
        self.text = text if isinstance(text, str) else None
        self.scalar(node, "text", path, (wire, wp), "text", required=True)
        self.scalar(node, "headline", path, (wire, wp), "title", required=False)
        self.scalar(node, "url", path, (wire, wp), "url", required=False)
        wire["publisher"] = None
        if "publisher" in node:
            publisher = self.node(node["publisher"], f"{path}.publisher", _NAMED_KEYS)
            if publisher is not None:
                self.of_type(publisher, f"{path}.publisher", "Organization")
                self.scalar(publisher, "name", f"{path}.publisher", (wire, wp), "publisher", required=True)
        self.scalar(node, "articleSection", path, (wire, wp), "section", required=False)
        authors: list[_Node] = []
        for value, item_path in self.array(node, "author", path):
            author = self.node(value, item_path, _AUTHOR_KEYS)
            if author is not None:
                self.of_type(author, item_path, "Person")
                wire_author: _Node = {}
                author_wp = f"{wp}.authors[{len(authors)}]"
                self.where[author_wp] = item_path
                self.scalar(author, "name", item_path, (wire_author, author_wp), "name", required=True)
                self.scalar(author, "jobTitle", item_path, (wire_author, author_wp), "role", required=False)
                authors.append(wire_author)
        self.put(wire, "authors", authors, wp, f"{path}.author")
        wire["published"] = self.published(node, path)
        self.where[f"{wp}.published"] = f"{path}.datePublished"
        self.scalar(node, "dateline", path, (wire, wp), "dateline", required=False)
        self.scalar(node, "inLanguage", path, (wire, wp), "language", required=True)
        self.spans(node, "bilateral:body", path, (wire, wp), "body")
        return wire

    def published(self, node: _Node, path: str) -> object:
        if "datePublished" not in node:
            return None
        value = self.node(node["datePublished"], f"{path}.datePublished", _DATE_VALUE_KEYS)
        if value is None:
            return None
        literal, kind = value.get("@value"), value.get("type")
        if not isinstance(literal, str) or kind != ("DateTime" if "T" in literal else "Date"):
            self.problem(
                f"{path}.datePublished",
                "expected {'@value': a date or datetime, 'type': 'Date' or 'DateTime' to match}, "
                f"got {_describe(literal)} typed {_describe(kind)}",
            )
        return literal

    def actor(self, value: object, path: str, wp: str) -> _Node:
        wire: _Node = {}
        node = self.node(value, path, _ACTOR_KEYS | {"bilateral:roles", "member"})
        if node is None:
            return wire
        kind = self.kind(node, path, _ACTOR_KINDS)
        wire["kind"] = kind
        self.scalar(node, "identifier", path, (wire, wp), "id", required=True)
        self.scalar(node, "name", path, (wire, wp), "name", required=True)
        self.literals(node, "alternateName", path, (wire, wp), "aliases")
        self.scalar(node, "bilateral:country", path, (wire, wp), "country", required=False)
        self.spans(node, "bilateral:mentions", path, (wire, wp), "mentions")
        has_roles = kind in {"person", "organization"}
        for key, allowed in (("bilateral:roles", has_roles), ("member", kind == "group")):
            if key in node and not allowed and kind is not None:
                self.problem(f"{path}.{key}", f"a {kind} has no {key!r}")
        if has_roles:
            roles: list[_Node] = []
            for item, item_path in self.array(node, "bilateral:roles", path):
                role_wp = f"{wp}.roles[{len(roles)}]"
                self.where[role_wp] = item_path
                role = self.node(item, item_path, _ROLE_KEYS)
                if role is not None:
                    self.of_type(role, item_path, "Role")
                    wire_role: _Node = {}
                    self.scalar(role, "roleName", item_path, (wire_role, role_wp), "title", required=True)
                    self.optional_ref(role, "bilateral:roleOf", item_path, (wire_role, role_wp), "of")
                    roles.append(wire_role)
            self.put(wire, "roles", roles, wp, f"{path}.bilateral:roles")
        if kind == "group":
            self.refs(node, "member", path, (wire, wp), "members")
        return wire

    def place(self, value: object, path: str, wp: str) -> _Node:
        wire: _Node = {}
        node = self.node(value, path, _PLACE_KEYS)
        if node is None:
            return wire
        self.kind(node, path, {frozenset([name]): name for name in _PLACE_TYPE_NAMES})
        self.scalar(node, "identifier", path, (wire, wp), "id", required=True)
        self.scalar(node, "name", path, (wire, wp), "name", required=True)
        self.scalar(node, "bilateral:country", path, (wire, wp), "country", required=False)
        self.scalar(node, "bilateral:placeKind", path, (wire, wp), "kind", required=True)
        self.spans(node, "bilateral:mentions", path, (wire, wp), "mentions")
        return wire

    def meeting(self, value: object, path: str, wp: str) -> _Node:
        wire: _Node = {}
        node = self.node(value, path, _MEETING_KEYS)
        if node is None:
            return wire
        self.of_type(node, path, "Event")
        self.scalar(node, "identifier", path, (wire, wp), "id", required=True)
        self.refs(node, "attendee", path, (wire, wp), "participants")
        self.optional_ref(node, "organizer", path, (wire, wp), "host")
        self.scalar(node, "bilateral:medium", path, (wire, wp), "medium", required=True)
        self.scalar(node, "bilateral:status", path, (wire, wp), "status", required=True)
        wire["date"] = None
        if "bilateral:date" in node:
            wire["date"] = self.time_expression(
                node["bilateral:date"], f"{path}.bilateral:date", f"{wp}.date"
            )
        self.optional_ref(node, "location", path, (wire, wp), "place")
        wire["duration"] = self.duration(node, path, f"{wp}.duration")
        self.literals(node, "about", path, (wire, wp), "topics")
        outcomes: list[_Node] = []
        for item, item_path in self.array(node, "bilateral:outcomes", path):
            outcome_wp = f"{wp}.outcomes[{len(outcomes)}]"
            self.where[outcome_wp] = item_path
            outcomes.append(self.outcome(item, item_path, outcome_wp))
        self.put(wire, "outcomes", outcomes, wp, f"{path}.bilateral:outcomes")
        self.spans(node, "bilateral:evidence", path, (wire, wp), "evidence")
        return wire

    def time_expression(self, value: object, path: str, wp: str) -> _Node | None:
        node = self.node(value, path, _TIME_KEYS)
        if node is None:
            return None
        self.where[wp] = path
        self.of_type(node, path, "bilateral:TimeExpression")
        wire: _Node = {}
        required = {"text", "granularity"}
        for name in ("text", "year", "month", "day", "weekday", "granularity", "modifier", "start", "end"):
            self.scalar(node, f"bilateral:{name}", path, (wire, wp), name, required=name in required)
        self.optional_span(node, "bilateral:mention", path, (wire, wp), "mention")
        return wire

    def duration(self, node: _Node, path: str, wp: str) -> _Node | None:
        if "duration" not in node:
            for key in _DURATION_DETAIL_KEYS:
                if key in node:
                    self.problem(f"{path}.{key}", "is given without a 'duration'")
            return None
        self.where[wp] = f"{path}.duration"
        value = node["duration"]
        seconds = parse_iso_duration(value) if isinstance(value, str) else None
        if seconds is None:
            self.problem(
                f"{path}.duration",
                f"expected an ISO 8601 duration in days, hours, minutes and seconds, got {_describe(value)}",
            )
        wire: _Node = {"seconds": seconds}
        self.scalar(node, "bilateral:durationQualifier", path, (wire, wp), "qualifier", required=True)
        self.scalar(node, "bilateral:durationText", path, (wire, wp), "text", required=False)
        self.optional_span(node, "bilateral:durationMention", path, (wire, wp), "mention")
        return wire

    def outcome(self, value: object, path: str, wp: str) -> _Node:
        wire: _Node = {}
        node = self.node(value, path, _OUTCOME_KEYS)
        if node is None:
            return wire
        wire["kind"] = self.kind(node, path, _OUTCOME_KINDS)
        self.refs(node, "bilateral:by", path, (wire, wp), "by")
        self.refs(node, "bilateral:to", path, (wire, wp), "to")
        self.scalar(node, "description", path, (wire, wp), "text", required=True)
        self.spans(node, "bilateral:evidence", path, (wire, wp), "evidence")
        return wire

    def statement(self, value: object, path: str, wp: str) -> _Node:
        wire: _Node = {}
        node = self.node(value, path, _STATEMENT_KEYS)
        if node is None:
            return wire
        self.of_type(node, path, "Quotation")
        self.scalar(node, "identifier", path, (wire, wp), "id", required=True)
        self.refs(node, "spokenByCharacter", path, (wire, wp), "speakers")
        self.scalar(node, "bilateral:mode", path, (wire, wp), "mode", required=True)
        self.optional_span(node, "bilateral:speakerMention", path, (wire, wp), "speaker_mention")
        self.optional_span(node, "bilateral:cue", path, (wire, wp), "cue")
        self.spans(node, "bilateral:content", path, (wire, wp), "content")
        self.scalar(node, "bilateral:hedge", path, (wire, wp), "hedge", required=False)
        return wire

    def claim(self, value: object, path: str, wp: str) -> _Node:
        wire: _Node = {}
        node = self.node(value, path, _CLAIM_KEYS)
        if node is None:
            return wire
        self.of_type(node, path, "Claim")
        self.scalar(node, "identifier", path, (wire, wp), "id", required=True)
        self.refs(node, "author", path, (wire, wp), "claimants")
        self.scalar(node, "text", path, (wire, wp), "text", required=True)
        self.refs(node, "about", path, (wire, wp), "about")
        appearance = node.get("appearance")
        if appearance != {"id": self.article}:
            self.problem(
                f"{path}.appearance", f"expected {{'id': {self.article!r}}}, got {_describe(appearance)}"
            )
        self.optional_ref(node, "bilateral:statement", path, (wire, wp), "statement")
        self.spans(node, "bilateral:evidence", path, (wire, wp), "evidence")
        return wire

    def extraction(self, value: object, path: str) -> _Node | None:
        node = self.node(value, path, _EXTRACTION_KEYS)
        if node is None:
            return None
        self.of_type(node, path, "SoftwareApplication")
        wire: _Node = {}
        wp = "$.extraction"
        self.scalar(node, "name", path, (wire, wp), "extractor", required=True)
        self.scalar(node, "softwareVersion", path, (wire, wp), "version", required=True)
        self.literals(node, "bilateral:stages", path, (wire, wp), "stages")
        return wire

    # -- derived values ------------------------------------------------------------------

    def check_derived(self, document: _Node, record: Record) -> None:
        """
        The schema.org values derived from bilateral ones must agree with them.

        They are written for schema.org readers and carry nothing of their own, so the
        bilateral values are what the record is built from; a document where the two
        disagree has been edited on one side only, and which side is right is unknown.
        """
        for i, place in enumerate(record.places):
            path = f"$.bilateral:places[{i}]"
            self.derived(document["bilateral:places"][i], "type", path, PLACE_TYPES[place.kind])
        for i, meeting in enumerate(record.meetings):
            node = document["bilateral:meetings"][i]
            path = f"$.bilateral:meetings[{i}]"
            self.derived(node, "eventAttendanceMode", path, ATTENDANCE_MODES.get(meeting.medium))
            self.derived(node, "eventStatus", path, EVENT_STATUSES.get(meeting.status))
            date = meeting.date
            start = None
            if date is not None and date.start is not None and date.start == date.end:
                start = date.start.isoformat()
            self.derived(node, "startDate", path, start)
        text = record.source.text
        for i, statement in enumerate(record.statements):
            content = [{"start": span.start, "end": span.end} for span in statement.content]
            path = f"$.bilateral:statements[{i}]"
            self.derived(document["bilateral:statements"][i], "text", path, quotation_text(text, content))

    def derived(self, node: _Node, key: str, path: str, expected: str | None) -> None:
        value = node.get(key)
        if value != expected:
            wanted = "no value" if expected is None else repr(expected)
            self.problem(
                f"{path}.{key}",
                f"expected {wanted} (derived from the bilateral values), got {_describe(value)}",
            )


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)
