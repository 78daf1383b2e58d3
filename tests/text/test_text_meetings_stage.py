"""
The meeting stage on documents whose entities are given by hand.

The entity stage is bypassed: each test names its people, countries and places, and a
small helper marks every occurrence as a mention. What is tested is the meeting logic
alone (participants, sides, merging, visits, properties on generated reports).
"""

from __future__ import annotations

import datetime as dt
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from bilateral.model import (
    Country,
    Group,
    Medium,
    MeetingStatus,
    Person,
    Place,
    PlaceKind,
    Record,
    Source,
    Span,
)
from bilateral.text import Document, Mention, MentionKind
from bilateral.text._meetings import MeetingStage
from bilateral.text._segment import SentenceStage

PEOPLE = {
    "Joe Biden": "US",
    "Xi Jinping": "CN",
    "Narendra Modi": "IN",
    "Fumio Kishida": "JP",
    "Emmanuel Macron": "FR",
    "Olaf Scholz": "DE",
    "Marco Rubio": "US",
}
COUNTRIES = {"India": "IN", "Japan": "JP", "China": "CN", "France": "FR", "Germany": "DE", "Ukraine": "UA"}
PLACES = {
    "Paris": ("FR", PlaceKind.CITY),
    "Tokyo": ("JP", PlaceKind.CITY),
    "White House": ("US", PlaceKind.VENUE),
}
GROUPS = {"Ukrainian officials": "UA"}


def _document(text: str, published: dt.date | None = None) -> Document:
    """A document with the sentences split and every known name marked as a mention."""
    doc = Document(source=Source(text=text, published=published), anchor=published)
    SentenceStage()(doc)
    taken: list[tuple[int, int]] = []

    def occurrences(name: str) -> list[Span]:
        spans = []
        for match in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
            if any(a < match.end() and match.start() < b for a, b in taken):
                continue
            taken.append(match.span())
            spans.append(Span(start=match.start(), end=match.end()))
        return spans

    # Longest names first, so "Xi Jinping" is not also "Jinping".
    for name, code in sorted(PEOPLE.items(), key=lambda kv: -len(kv[0])):
        spans = occurrences(name) + occurrences(name.split()[-1])
        if spans:
            person = Person(id=doc.new_id(name), name=name, country=code, mentions=tuple(spans))
            doc.actors.append(person)
            doc.mentions.extend(Mention(span=s, kind=MentionKind.NAME, actors=(person.id,)) for s in spans)
    for name, code in GROUPS.items():
        spans = occurrences(name)
        if spans:
            group = Group(id=doc.new_id(name), name=name, country=code, mentions=tuple(spans))
            doc.actors.append(group)
            doc.mentions.extend(Mention(span=s, kind=MentionKind.NAME, actors=(group.id,)) for s in spans)
    for name, (code, kind) in PLACES.items():
        spans = occurrences(name)
        if spans:
            place = Place(id=doc.new_id(name), name=name, country=code, kind=kind, mentions=tuple(spans))
            doc.places.append(place)
            doc.mentions.extend(Mention(span=s, kind=MentionKind.NAME, place=place.id) for s in spans)
    for name, code in COUNTRIES.items():
        spans = occurrences(name)
        if spans:
            country = Country(id=doc.new_id(name), name=name, country=code, mentions=tuple(spans))
            place = Place(id=doc.new_id(f"{name} place"), name=name, country=code, kind=PlaceKind.COUNTRY)
            doc.actors.append(country)
            doc.places.append(place)
            doc.mentions.extend(
                Mention(span=s, kind=MentionKind.NAME, actors=(country.id,), place=place.id) for s in spans
            )
    doc.mentions.sort(key=lambda m: (m.span.start, -m.span.end))
    return doc


def _run(text: str, published: dt.date | None = None) -> Record:
    doc = _document(text, published)
    MeetingStage()(doc)
    return doc.to_record()


def _who(record: Record) -> list[set[str]]:
    return [{record.actor(p).name for p in m.participants} for m in record.meetings]


def test_stage_is_named_meetings() -> None:
    assert MeetingStage().name == "meetings"


def test_coordinated_subject_meets() -> None:
    record = _run("Joe Biden and Xi Jinping met in Tokyo.")
    assert _who(record) == [{"Joe Biden", "Xi Jinping"}]
    assert record.meetings[0].status is MeetingStatus.HELD


def test_three_sides_make_a_trilateral_four_do_not_meet_here() -> None:
    assert _who(_run("Joe Biden, Xi Jinping and Narendra Modi met in Tokyo.")) == [
        {"Joe Biden", "Xi Jinping", "Narendra Modi"}
    ]
    assert _run("Joe Biden, Xi Jinping, Narendra Modi and Fumio Kishida met in Tokyo.").meetings == ()


def test_countries_alone_do_not_make_a_meeting() -> None:
    assert _run("Japan held talks with India.").meetings == ()


def test_a_country_beside_its_own_leader_is_dropped() -> None:
    (meeting,) = _run("Narendra Modi held talks with Japan and Fumio Kishida in Tokyo.").meetings
    assert len(meeting.participants) == 2  # Japan is represented by Kishida


def test_a_delegation_beside_a_named_member_is_dropped() -> None:
    record = _run(
        "Marco Rubio met Ukrainian officials in Tokyo. The Ukrainian delegation includes Fumio Kishida."
    )
    (meeting,) = record.meetings
    names = {record.actor(p).name for p in meeting.participants}
    assert "Ukrainian officials" in names  # Kishida is not Ukrainian: not a member


def test_a_visit_is_completed_by_the_person_met() -> None:
    record = _run(
        "Joe Biden will visit India next month. Biden will meet Narendra Modi.", dt.date(2026, 11, 26)
    )
    (meeting,) = record.meetings
    assert {record.actor(p).name for p in meeting.participants} == {"Joe Biden", "Narendra Modi"}
    assert meeting.status is MeetingStatus.PLANNED
    assert meeting.place is not None
    assert meeting.host is not None
    assert record.actor(meeting.host).name == "Narendra Modi"


def test_one_trip_to_two_countries_is_two_meetings() -> None:
    record = _run("Joe Biden will visit India and Japan. Biden will meet Narendra Modi and Fumio Kishida.")
    assert sorted(map(sorted, _who(record))) == [
        ["Fumio Kishida", "Joe Biden"],
        ["Joe Biden", "Narendra Modi"],
    ]


def test_calls_and_meetings_do_not_merge() -> None:
    record = _run("Joe Biden met Xi Jinping in Tokyo. Joe Biden and Xi Jinping spoke by phone.")
    media = sorted(m.medium for m in record.meetings)
    assert media == sorted([Medium.IN_PERSON, Medium.PHONE])


def test_the_talks_refer_back() -> None:
    record = _run(
        "Emmanuel Macron held talks with Olaf Scholz in Paris. The talks lasted nearly three hours."
    )
    (meeting,) = record.meetings
    assert meeting.duration is not None
    assert meeting.duration.seconds == 3 * 3600
    assert len(meeting.evidence) == 2


def test_a_venue_before_the_trigger_is_the_place() -> None:
    record = _run(
        "Joe Biden met Fumio Kishida on Friday. Kishida praised his White House meeting with Biden."
    )
    (meeting,) = record.meetings
    assert meeting.place is not None
    assert next(p.name for p in record.places if p.id == meeting.place) == "White House"


def test_no_meeting_without_a_trigger() -> None:
    assert _run("Joe Biden criticized Xi Jinping over trade with Japan.").meetings == ()


# -- properties on generated reports ---------------------------------------------------------

_SENTENCES = (
    "{a} met {b} in {place} on {day}.",
    "{a} will meet {b} on {day}.",
    "{a} and {b} held talks in {place}.",
    "{a} held a separate meeting with {b}.",
    "{a} spoke by phone with {b} on {day}.",
    "{a} will visit {country} next week.",
    "The meeting lasted nearly two hours.",
    "{a} proposed a joint plan to {b}.",
    "They agreed that tariffs were not productive.",
    "{a} invited {b} to visit {place}.",
    "{a} pledged to support {country}.",
    "{a}, {b} and {c} attended a summit with Ukrainian officials.",
    "{a} did not meet {b}.",
    "The two leaders discussed trade, energy and security.",
)
_names = st.sampled_from(sorted(PEOPLE))
_sentence = st.builds(
    lambda template, a, b, c, place, country, day: template.format(
        a=a, b=b, c=c, place=place, country=country, day=day
    ),
    st.sampled_from(_SENTENCES),
    _names,
    _names,
    _names,
    st.sampled_from(sorted(PLACES)),
    st.sampled_from(sorted(COUNTRIES)),
    st.sampled_from(["Monday", "Tuesday", "Friday", "March 3", "late April"]),
)
_reports = st.lists(_sentence, min_size=1, max_size=12).map(" ".join)
_published = st.none() | st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2100, 12, 31))


@settings(max_examples=60)
@given(_reports, _published)
def test_generated_reports_give_valid_meetings(text: str, published: dt.date | None) -> None:
    record = _run(text, published)  # builds a Record: ids, references and spans check out
    for meeting in record.meetings:
        sides = {record.actor(p).country or p for p in meeting.participants}
        assert 2 <= len(sides) <= 3
        assert any(isinstance(record.actor(p), Person) for p in meeting.participants)
        assert meeting.evidence
        for span in meeting.evidence:
            assert record.text(span).strip() == record.text(span)
        for outcome in meeting.outcomes:
            assert outcome.by
            assert set(outcome.by) <= set(meeting.participants)
            assert set(outcome.to) <= set(meeting.participants)
            assert not set(outcome.by) & set(outcome.to)


@settings(max_examples=40)
@given(_reports)
def test_extraction_is_deterministic(text: str) -> None:
    assert _run(text).meetings == _run(text).meetings


@settings(max_examples=100)
@given(st.text(max_size=400))
def test_any_text_is_read_without_error(text: str) -> None:
    _run(text, dt.date(2025, 3, 12))


def test_topics_after_the_participants_but_not_a_day() -> None:
    (meeting,) = _run(
        "Emmanuel Macron held talks with Olaf Scholz on energy and defense cooperation."
    ).meetings
    assert meeting.topics == ("energy", "defense cooperation")
    (meeting,) = _run("Emmanuel Macron met Olaf Scholz on Tuesday in Paris.").meetings
    assert meeting.topics == ()


def test_topics_of_a_discussion_sentence_join_the_current_meeting() -> None:
    record = _run(
        "Joe Biden met Xi Jinping in Tokyo. The two leaders discussed trade, Taiwan and climate change."
    )
    (meeting,) = record.meetings
    assert meeting.topics == ("trade", "Taiwan", "climate change")
