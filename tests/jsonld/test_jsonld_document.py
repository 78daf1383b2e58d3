"""
The JSON-LD document of a hand-built record that uses every field, so every term appears.

* Every schema.org type, property and enumeration member in the expanded document is
  defined in the schema.org vocabulary of the bundled context's release; every Web
  Annotation term is one the W3C vocabulary defines; every bilateral term is defined in
  the bundled bilateral vocabulary and documented on the JSON-LD reference page; and
  every term of the vocabulary is used.
* The mapping: the schema.org values a reader sees (types, attendees, dates, durations).
* Strict reading: a document broken in one place is refused, with the problem reported
  at that place in the JSON-LD document.
* The offline loader serves the bundled contexts and refuses everything else.
"""

from __future__ import annotations

import copy
import datetime as dt
import importlib
import json
import re
from pathlib import Path
from typing import Any

import pytest

from bilateral.errors import RecordError
from bilateral.jsonld import (
    CONTEXT_URL,
    OA,
    SCHEMA_ORG,
    SCHEMA_ORG_CONTEXT_URL,
    VOCAB,
    OfflineLoaderError,
    compact,
    document_loader,
    expand,
    from_jsonld,
    to_jsonld,
)
from bilateral.model import (
    Agreement,
    Author,
    Claim,
    Commitment,
    Country,
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

TEXT = (
    "CARTAGENA - Colombian President Gustavo Petro met U.S. President Donald Trump on Tuesday "
    "at the Casa de Nariño for nearly two hours. “We agreed,” Petro said. Officials reportedly "
    "said a summit is planned for late April. NATO will send a delegation."
)


def span(words: str, occurrence: int = 0) -> Span:
    start = -1
    for _ in range(occurrence + 1):
        start = TEXT.index(words, start + 1)
    return Span(start=start, end=start + len(words))


def kitchen_sink() -> Record:
    """Every kind of actor, place, outcome and medium that maps to its own term."""
    return Record(
        source=Source(
            text=TEXT,
            title="Petro meets Trump",
            url="https://example.com/news/petro-trump",
            publisher="Example News",
            section="World",
            authors=(Author(name="Ahmed Hassan", role="World News Editor"), Author(name="Ana Ruiz")),
            published=dt.datetime(2025, 3, 13, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=-5))),
            dateline="CARTAGENA",
            language="en",
            body=(Span(start=12, end=len(TEXT)),),
        ),
        actors=(
            Country(id="colombia", name="Colombia", country="CO", mentions=(span("Colombian"),)),
            Country(
                id="usa", name="United States", aliases=("U.S.",), country="US", mentions=(span("U.S."),)
            ),
            Person(
                id="gustavo-petro",
                name="Gustavo Petro",
                aliases=("Petro",),
                country="CO",
                mentions=(span("Gustavo Petro"), span("Petro", 1)),
                roles=(Role(title="President", of="colombia"),),
            ),
            Person(
                id="donald-trump",
                name="Donald Trump",
                country="US",
                mentions=(span("Donald Trump"),),
                roles=(Role(title="President", of="usa"), Role(title="Host")),
            ),
            Organization(id="nato", name="NATO", mentions=(span("NATO"),)),
            Group(
                id="officials", name="Officials", members=("gustavo-petro",), mentions=(span("Officials"),)
            ),
        ),
        places=(
            Place(
                id="cartagena",
                name="Cartagena",
                country="CO",
                kind=PlaceKind.CITY,
                mentions=(span("CARTAGENA"),),
            ),
            Place(id="nariño", name="Casa de Nariño", country="CO", kind=PlaceKind.VENUE),
            Place(id="caribbean", name="Caribbean", kind=PlaceKind.REGION),
            Place(id="place-co", name="Colombia", country="CO", kind=PlaceKind.COUNTRY),
            Place(id="somewhere", name="somewhere"),
        ),
        meetings=(
            Meeting(
                id="m1",
                participants=("gustavo-petro", "donald-trump"),
                host="gustavo-petro",
                medium=Medium.IN_PERSON,
                status=MeetingStatus.HELD,
                date=TimeExpression(
                    text="Tuesday",
                    year=2025,
                    month=3,
                    day=11,
                    weekday=Weekday.TUESDAY,
                    granularity=Granularity.DAY,
                    start=dt.date(2025, 3, 11),
                    end=dt.date(2025, 3, 11),
                    mention=span("Tuesday"),
                ),
                place="nariño",
                duration=Duration(
                    seconds=6600,
                    qualifier=DurationQualifier.APPROXIMATELY,
                    text="nearly two hours",
                    mention=span("nearly two hours"),
                ),
                topics=("drug trafficking", "energy"),
                outcomes=(
                    Agreement(
                        by=("gustavo-petro", "donald-trump"),
                        text="they agreed",
                        evidence=(span("We agreed"),),
                    ),
                    Invitation(by=("gustavo-petro",), to=("donald-trump",), text="visit Cartagena"),
                    Proposal(by=("gustavo-petro",), text="joint effort"),
                    Commitment(by=("donald-trump",), text="send a list"),
                    Disagreement(by=("gustavo-petro", "donald-trump"), text="energy"),
                ),
                evidence=(span("met U.S. President Donald Trump on Tuesday"),),
            ),
            Meeting(
                id="m2",
                participants=("colombia", "usa"),
                medium=Medium.PHONE,
                status=MeetingStatus.PLANNED,
                date=TimeExpression(
                    text="late April",
                    year=2025,
                    month=4,
                    granularity=Granularity.MONTH,
                    modifier="late",
                    start=dt.date(2025, 4, 21),
                    end=dt.date(2025, 4, 30),
                ),
                duration=Duration(seconds=0),
            ),
            Meeting(
                id="m3",
                participants=("nato", "officials"),
                medium=Medium.VIDEO,
                status=MeetingStatus.CANCELLED,
            ),
            Meeting(id="m4", participants=("usa", "nato")),
        ),
        statements=(
            Statement(
                id="s1",
                speakers=("gustavo-petro",),
                mode=SpeechMode.DIRECT,
                speaker_mention=span("Petro", 1),
                cue=span("said"),
                content=(span("“We agreed,”"),),
            ),
            Statement(
                id="s2",
                speakers=("officials",),
                mode=SpeechMode.INDIRECT,
                speaker_mention=span("Officials"),
                cue=span("reportedly said"),
                content=(span("a summit"), span("planned for late April")),
                hedge="reportedly",
            ),
        ),
        claims=(
            Claim(
                id="c1",
                claimants=("officials",),
                text="a summit is planned for late April",
                about=("colombia", "cartagena"),
                statement="s2",
                evidence=(span("a summit is planned for late April"),),
            ),
            Claim(id="c2", text="NATO will send a delegation"),
        ),
        extraction=Extraction(extractor="hand", version="1", stages=("article", "entities")),
    )


DATA = Path(__file__).parent / "data"
DOCS = Path(__file__).parents[2] / "docs" / "reference" / "jsonld.md"
VOCABULARY_FILE = (
    Path(__file__).parents[2] / "src" / "bilateral" / "jsonld" / "data" / "bilateral-vocab.jsonld"
)
#: The Web Annotation terms bilateral writes, all defined by the W3C Web Annotation Vocabulary.
OA_TERMS = {
    "SpecificResource",
    "TextPositionSelector",
    "TextQuoteSelector",
    "hasSource",
    "hasSelector",
    "start",
    "end",
    "exact",
    "prefix",
    "suffix",
}
XSD = "http://www.w3.org/2001/XMLSchema#"


def schema_org_vocabulary() -> dict[str, set[str]]:
    """Name -> its rdf types in the vocabulary file (``https://schema.org/`` names)."""
    graph = json.loads((DATA / "schemaorg-current-https.jsonld").read_text(encoding="utf-8"))["@graph"]
    names: dict[str, set[str]] = {}
    for node in graph:
        types = node["@type"]
        names[node["@id"].removeprefix("schema:")] = set(types if isinstance(types, list) else [types])
    return names


def bilateral_vocabulary() -> dict[str, str]:
    graph = json.loads(VOCABULARY_FILE.read_text(encoding="utf-8"))["@graph"]
    return {node["@id"].removeprefix("bilateral:"): node["@type"] for node in graph}


def collect_iris(expanded: Any, found: dict[str, set[str]]) -> None:
    """Sort every IRI of an expanded document into types, properties and referenced values."""
    if isinstance(expanded, list):
        for item in expanded:
            collect_iris(item, found)
        return
    if not isinstance(expanded, dict):
        return
    for key, value in expanded.items():
        if key == "@type":
            found["types"].update(value if isinstance(value, list) else [value])
        elif key == "@id":
            # Only IRIs of a vocabulary: node ids are the document's own (#item/..., #source).
            if value.startswith(("http://", "https://")):
                found["values"].add(value)
        elif not key.startswith("@"):
            found["properties"].add(key)
        collect_iris(value, found)


@pytest.fixture(scope="module")
def expanded() -> Any:
    pytest.importorskip("pyld")
    return expand(to_jsonld(kitchen_sink()))


@pytest.fixture(scope="module")
def iris(expanded: Any) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {"types": set(), "properties": set(), "values": set()}
    collect_iris(expanded, found)
    return found


def in_namespace(iris: set[str], namespace: str) -> set[str]:
    return {iri.removeprefix(namespace) for iri in iris if iri.startswith(namespace)}


def test_jsonld_every_iri_is_in_a_known_namespace(iris: dict[str, set[str]]) -> None:
    known = (SCHEMA_ORG, OA, VOCAB, XSD)
    assert {iri for group in iris.values() for iri in group if not iri.startswith(known)} == set()


def test_jsonld_schema_org_terms_exist_in_the_vocabulary(iris: dict[str, set[str]]) -> None:
    vocabulary = schema_org_vocabulary()
    # The context names terms http://schema.org/X, the vocabulary https://schema.org/X:
    # the name after the scheme is what must agree.
    assert SCHEMA_ORG == "http://schema.org/"
    types = in_namespace(iris["types"], SCHEMA_ORG)
    properties = in_namespace(iris["properties"], SCHEMA_ORG)
    values = in_namespace(iris["values"], SCHEMA_ORG)
    assert {"Event", "Person", "Organization", "Country", "Quotation", "Claim"} <= types
    assert {
        "attendee",
        "startDate",
        "duration",
        "location",
        "spokenByCharacter",
        "text",
        "author",
        "appearance",
    } <= (properties)
    assert {name for name in types if "rdfs:Class" not in vocabulary.get(name, set())} == set()
    assert {name for name in properties if "rdf:Property" not in vocabulary.get(name, set())} == set()
    assert {name for name in values if name not in vocabulary} == set()
    assert {
        "EventScheduled",
        "EventCancelled",
        "OfflineEventAttendanceMode",
        "OnlineEventAttendanceMode",
    } <= values


def test_jsonld_web_annotation_terms_are_the_w3c_ones(iris: dict[str, set[str]]) -> None:
    used = set().union(*(in_namespace(group, OA) for group in iris.values()))
    assert used == OA_TERMS


def test_jsonld_bilateral_terms_are_defined_and_all_used(iris: dict[str, set[str]]) -> None:
    vocabulary = bilateral_vocabulary()
    types = in_namespace(iris["types"], VOCAB)
    properties = in_namespace(iris["properties"], VOCAB)
    assert {name: vocabulary.get(name) for name in types if vocabulary.get(name) != "rdfs:Class"} == {}
    assert {name: vocabulary.get(name) for name in properties if vocabulary.get(name) != "rdf:Property"} == {}
    assert types | properties == set(vocabulary)


def test_jsonld_bilateral_terms_are_documented() -> None:
    page = DOCS.read_text(encoding="utf-8")
    assert {name for name in bilateral_vocabulary() if f"`bilateral:{name}`" not in page} == set()


def test_jsonld_kitchen_sink_round_trip() -> None:
    record = kitchen_sink()
    assert from_jsonld(to_jsonld(record)) == record


def test_jsonld_maps_to_schema_org() -> None:
    document = to_jsonld(kitchen_sink())
    article = document["bilateral:source"]
    assert article["type"] == "NewsArticle"
    assert article["datePublished"] == {"@value": "2025-03-13T09:30:00-05:00", "type": "DateTime"}
    assert [author["name"] for author in article["author"]] == ["Ahmed Hassan", "Ana Ruiz"]
    actors = document["bilateral:actors"]
    assert [actor["type"] for actor in actors] == [
        "Country",
        "Country",
        "Person",
        "Person",
        "Organization",
        ["Organization", "bilateral:Group"],
    ]
    assert actors[2]["bilateral:roles"] == [
        {"type": "Role", "roleName": "President", "bilateral:roleOf": {"id": "#item/colombia"}}
    ]
    assert [place["type"] for place in document["bilateral:places"]] == [
        "City",
        "Place",
        "AdministrativeArea",
        "Country",
        "Place",
    ]
    assert document["bilateral:places"][1]["id"] == "#item/nari%C3%B1o"
    held, planned, cancelled, unknown = document["bilateral:meetings"]
    assert held["type"] == "Event"
    assert held["attendee"] == [{"id": "#item/gustavo-petro"}, {"id": "#item/donald-trump"}]
    assert held["organizer"] == {"id": "#item/gustavo-petro"}
    assert held["location"] == {"id": "#item/nari%C3%B1o"}
    assert (held["startDate"], held["duration"], held["eventAttendanceMode"]) == (
        "2025-03-11",
        "PT1H50M",
        "OfflineEventAttendanceMode",
    )
    assert "eventStatus" not in held  # schema.org has no status for "held"
    # "late April" is a range the meeting lies in, not when it starts.
    assert "startDate" not in planned
    assert planned["bilateral:date"]["bilateral:start"] == "2025-04-21"
    assert (planned["eventStatus"], planned["eventAttendanceMode"], planned["duration"]) == (
        "EventScheduled",
        "OnlineEventAttendanceMode",
        "PT0S",
    )
    assert (cancelled["eventStatus"], cancelled["bilateral:medium"]) == ("EventCancelled", "video")
    assert "eventAttendanceMode" not in unknown
    assert [o["type"] for o in held["bilateral:outcomes"]] == [
        "bilateral:Agreement",
        "bilateral:Invitation",
        "bilateral:Proposal",
        "bilateral:Commitment",
        "bilateral:Disagreement",
    ]
    direct, indirect = document["bilateral:statements"]
    assert direct["type"] == "Quotation"
    assert direct["spokenByCharacter"] == [{"id": "#item/gustavo-petro"}]
    assert direct["text"] == "“We agreed,”"
    assert indirect["text"] == "a summit … planned for late April"
    assert indirect["bilateral:hedge"] == "reportedly"
    claim = document["bilateral:claims"][0]
    assert claim["type"] == "Claim"
    assert claim["author"] == [{"id": "#item/officials"}]
    assert claim["appearance"] == {"id": "#source"}
    assert claim["bilateral:statement"] == {"id": "#item/s2"}


def test_jsonld_spans_are_web_annotation_selectors() -> None:
    document = to_jsonld(kitchen_sink())
    cue = document["bilateral:statements"][0]["bilateral:cue"]
    start = TEXT.index("said")
    assert cue == {
        "type": "SpecificResource",
        "hasSource": "#source",
        "hasSelector": [
            {"type": "TextPositionSelector", "start": start, "end": start + 4},
            {
                "type": "TextQuoteSelector",
                "exact": "said",
                "prefix": TEXT[start - 32 : start],
                "suffix": TEXT[start + 4 : start + 36],
            },
        ],
    }


def test_jsonld_no_null_values() -> None:
    def walk(value: Any) -> None:
        assert value is not None
        if isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(to_jsonld(Record(source=Source(text=""))))
    walk(to_jsonld(kitchen_sink()))


def _set(document: dict[str, Any], path: tuple[Any, ...], value: Any) -> None:
    target: Any = document
    for step in path[:-1]:
        target = target[step]
    if value is _DELETE:
        del target[path[-1]]
    else:
        target[path[-1]] = value


_DELETE = object()
_SPAN = ("bilateral:actors", 2, "bilateral:mentions", 0)


@pytest.mark.parametrize(
    ("path", "value", "where", "says"),
    [
        (("bilateral:actors", 0, "foo"), 1, "$.bilateral:actors[0].foo", "unexpected property"),
        (("bilateral:actors", 0, "type"), "Place", "$.bilateral:actors[0].type", "expected type"),
        (("bilateral:actors", 5, "type"), ["bilateral:Group"], "$.bilateral:actors[5].type", "expected type"),
        (("bilateral:actors", 0, "name"), 7, "$.bilateral:actors[0].name", "str"),
        (("bilateral:actors", 0, "name"), _DELETE, "$.bilateral:actors[0]", "missing property 'name'"),
        (
            ("bilateral:actors", 0, "bilateral:country"),
            "co",
            "$.bilateral:actors[0].bilateral:country",
            "ISO",
        ),
        (("bilateral:actors", 1, "alternateName"), "U.S.", "$.bilateral:actors[1].alternateName", "array"),
        (("bilateral:actors", 1, "alternateName", 0), 3, "$.bilateral:actors[1].alternateName[0]", "str"),
        (
            ("bilateral:actors", 1, "identifier"),
            "colombia",
            "$.bilateral:actors[1].identifier",
            "duplicate id",
        ),
        (("bilateral:actors", 1, "id"), "#item/colombia", "$.bilateral:actors[1].id", "used twice"),
        (("bilateral:actors", 0, "member"), [], "$.bilateral:actors[0].member", "a country has no"),
        (
            ("bilateral:actors", 2, "bilateral:roles", 0, "bilateral:roleOf", "id"),
            "#nope",
            "$.bilateral:actors[2].bilateral:roles[0].bilateral:roleOf.id",
            "no item node",
        ),
        (
            ("bilateral:meetings", 0, "attendee", 1),
            {"id": "#item/x"},
            "$.bilateral:meetings[0].attendee[1].id",
            "no item node",
        ),
        (
            ("bilateral:meetings", 0, "attendee"),
            [{"id": "#item/usa"}],
            "$.bilateral:meetings[0].attendee",
            "at least two",
        ),
        (
            ("bilateral:meetings", 0, "location"),
            {"id": "#item/usa"},
            "$.bilateral:meetings[0].location",
            "unknown place id",
        ),
        (("bilateral:meetings", 0, "duration"), "P1M", "$.bilateral:meetings[0].duration", "ISO 8601"),
        (
            ("bilateral:meetings", 3, "bilateral:durationText"),
            "long",
            "$.bilateral:meetings[3].bilateral:durationText",
            "without a 'duration'",
        ),
        (
            ("bilateral:meetings", 0, "bilateral:medium"),
            "telepathy",
            "$.bilateral:meetings[0].bilateral:medium",
            "telepathy",
        ),
        (
            ("bilateral:meetings", 0, "eventStatus"),
            "EventScheduled",
            "$.bilateral:meetings[0].eventStatus",
            "derived",
        ),
        (
            ("bilateral:meetings", 0, "startDate"),
            "2025-03-12",
            "$.bilateral:meetings[0].startDate",
            "derived",
        ),
        (
            ("bilateral:meetings", 1, "bilateral:date", "bilateral:month"),
            13,
            "$.bilateral:meetings[1].bilateral:date.bilateral:month",
            "12",
        ),
        (
            ("bilateral:meetings", 0, "bilateral:outcomes", 0, "type"),
            "Agreement",
            "$.bilateral:meetings[0].bilateral:outcomes[0].type",
            "expected type",
        ),
        (("bilateral:places", 0, "type"), "Place", "$.bilateral:places[0].type", "derived"),
        (("bilateral:statements", 0, "text"), "We disagreed", "$.bilateral:statements[0].text", "derived"),
        (
            ("bilateral:statements", 0, "bilateral:content"),
            [],
            "$.bilateral:statements[0].bilateral:content",
            "at least one",
        ),
        (
            ("bilateral:claims", 0, "appearance"),
            {"id": "#item/s2"},
            "$.bilateral:claims[0].appearance",
            "expected",
        ),
        (
            ("bilateral:claims", 0, "bilateral:statement"),
            {"id": "#item/c2"},
            "$.bilateral:claims[0].bilateral:statement",
            "unknown statement id",
        ),
        (
            (*_SPAN, "hasSelector", 0, "end"),
            10**6,
            "$.bilateral:actors[2].bilateral:mentions[0].hasSelector[0]",
            "outside the source text",
        ),
        (
            (*_SPAN, "hasSelector", 0, "end"),
            "9",
            "$.bilateral:actors[2].bilateral:mentions[0].hasSelector[0].end",
            "int",
        ),
        (
            (*_SPAN, "hasSelector", 1, "exact"),
            "Gustavo Pedro",
            "$.bilateral:actors[2].bilateral:mentions[0].hasSelector[1].exact",
            "does not match",
        ),
        (
            (*_SPAN, "hasSelector", 1, "prefix"),
            "the ",
            "$.bilateral:actors[2].bilateral:mentions[0].hasSelector[1].prefix",
            "does not match",
        ),
        (
            (*_SPAN, "hasSelector", 1, "suffix"),
            " the",
            "$.bilateral:actors[2].bilateral:mentions[0].hasSelector[1].suffix",
            "does not match",
        ),
        (
            (*_SPAN, "hasSelector", 0),
            _DELETE,
            "$.bilateral:actors[2].bilateral:mentions[0].hasSelector",
            "one TextPositionSelector",
        ),
        (
            (*_SPAN, "hasSource"),
            "#other",
            "$.bilateral:actors[2].bilateral:mentions[0].hasSource",
            "the article",
        ),
        (
            ("bilateral:source", "datePublished", "type"),
            "Date",
            "$.bilateral:source.datePublished",
            "DateTime",
        ),
        (("bilateral:source", "inLanguage"), "", "$.bilateral:source.inLanguage", "non-empty"),
        (("bilateral:source", "publisher", "name"), 3, "$.bilateral:source.publisher.name", "str"),
        (("bilateral:source", "author", 1, "jobTitle"), [], "$.bilateral:source.author[1].jobTitle", "str"),
        (
            ("bilateral:extraction", "bilateral:stages"),
            ["a", "a"],
            "$.bilateral:extraction.bilateral:stages",
            "repeat",
        ),
        (("bilateral:schemaVersion",), 99, "$.bilateral:schemaVersion", "99"),
        (("type",), "Record", "$.type", "expected type"),
        (("bilateral:source",), [], "$.bilateral:source", "expected a node"),
    ],
)
def test_jsonld_reading_is_strict_and_points_at_the_problem(
    path: tuple[Any, ...], value: Any, where: str, says: str
) -> None:
    document = copy.deepcopy(to_jsonld(kitchen_sink()))
    _set(document, path, value)
    with pytest.raises(RecordError) as caught:
        from_jsonld(document)
    problems = [(p.path, p.message) for p in caught.value.problems]
    assert any(p == where and says in m for p, m in problems), problems


def test_jsonld_a_foreign_document_needs_pyld_or_is_compacted() -> None:
    document = to_jsonld(kitchen_sink())
    document["@context"] = [document["@context"][0], {**document["@context"][1], "extra": "bilateral:extra"}]
    try:
        importlib.import_module("pyld")
    except ImportError:
        with pytest.raises(ImportError, match=r"bilateral\[jsonld\]"):
            from_jsonld(document)
        return
    assert from_jsonld(document) == kitchen_sink()


def test_jsonld_loader_serves_only_bundled_contexts() -> None:
    for url in (SCHEMA_ORG_CONTEXT_URL, "http://schema.org/", "https://schema.org/docs/jsonldcontext.jsonld"):
        remote = document_loader(url)
        assert remote["document"]["@context"]["Quotation"] == {"@id": "schema:Quotation"}
    assert "bilateral" in document_loader(CONTEXT_URL)["document"]["@context"]
    with pytest.raises(
        OfflineLoaderError, match=re.escape("does not fetch 'https://www.w3.org/ns/anno.jsonld'")
    ):
        document_loader("https://www.w3.org/ns/anno.jsonld")


def test_jsonld_processing_never_fetches() -> None:
    pytest.importorskip("pyld")
    document = {"@context": "https://www.w3.org/ns/anno.jsonld", "type": "Annotation"}
    with pytest.raises(RecordError, match=re.escape("does not fetch 'https://www.w3.org/ns/anno.jsonld'")):
        expand(document)
    with pytest.raises(RecordError, match="does not fetch"):
        from_jsonld(document)


def test_jsonld_processing_errors_are_record_errors() -> None:
    pytest.importorskip("pyld")
    with pytest.raises(RecordError, match="JSON-LD processing failed"):
        compact({"@context": {"@vocab": 3}, "x": 1})
    with pytest.raises(RecordError, match="expected a node"):
        from_jsonld([])


@pytest.mark.parametrize(
    "text", [json.dumps({"@context": "https://schema.org"}), b"{}", "https://example.org/doc"]
)
def test_jsonld_reading_json_text_says_to_parse_it_first(text: str | bytes) -> None:
    # A str used to reach pyld, which takes a string for the IRI of a remote document: the
    # OfflineLoaderError that came out quoted the whole JSON text as a URL.
    with pytest.raises(RecordError) as caught:
        from_jsonld(text)
    (problem,) = caught.value.problems
    assert problem.path == "$"
    kind = type(text).__name__
    assert (
        problem.message == f"expected a parsed JSON-LD document (an object or an array), got {kind}:"
        " parse the JSON text first (json.loads)"
    )


def test_jsonld_processing_a_document_iri_is_a_record_error() -> None:
    pytest.importorskip("pyld")
    with pytest.raises(RecordError, match=re.escape("does not fetch 'https://example.org/doc'")):
        expand("https://example.org/doc")
    with pytest.raises(RecordError, match=re.escape("does not fetch 'https://example.org/doc'")):
        compact("https://example.org/doc")
