"""PLOVER export: categories, modes, actors and recipients, dates, skips, codes and ids."""

from __future__ import annotations

import datetime as dt
import io
import json
import re
from importlib import resources
from pathlib import Path
from typing import Any

import attrs
from hypothesis import given, settings

from bilateral.interchange import SkippedEvent, alpha3, record_key, to_plover, write_plover
from bilateral.model import (
    Actor,
    Agreement,
    Commitment,
    Country,
    Disagreement,
    Duration,
    Extraction,
    Granularity,
    Group,
    Invitation,
    Medium,
    Meeting,
    MeetingStatus,
    Organization,
    Outcome,
    Person,
    Place,
    PlaceKind,
    Proposal,
    Record,
    Role,
    Source,
    Span,
    TimeExpression,
    Weekday,
)
from bilateral.serialize import loads
from bilateral.testing.strategies import records

EXAMPLE = Path(__file__).parents[2] / "examples" / "petro_trump.json"
TEXT = "Petro met Trump in Bogota on Tuesday. They agreed to talk again."
THURSDAY = dt.date(2025, 9, 25)

ACTORS: tuple[Actor, ...] = (
    Person(id="petro", name="Gustavo Petro", roles=(Role(title="President", of="co"),)),
    Person(id="trump", name="Donald Trump", country="US", roles=(Role(title="President", of="us"),)),
    Person(id="rubio", name="Marco Rubio", country="US", roles=(Role(title="former Senator", of="us"),)),
    Country(id="co", name="Colombia", country="CO"),
    Country(id="us", name="United States", country="US"),
    Organization(id="nato", name="NATO"),
    Group(id="kosovars", name="Kosovar officials", country="XK"),
)
PLACES = (
    Place(id="bogota", name="Bogota", country="CO", kind=PlaceKind.CITY),
    Place(id="geneva", name="Geneva", country="CH", kind=PlaceKind.CITY),
    Place(id="mideast", name="the Middle East", kind=PlaceKind.REGION),
)


def _record(*meetings: Meeting, published: dt.date | dt.datetime | None = THURSDAY) -> Record:
    return Record(
        source=Source(text=TEXT, published=published, url="https://example.com/a", language="en-GB"),
        actors=ACTORS,
        places=PLACES,
        meetings=meetings,
    )


def _meeting(**fields: Any) -> Meeting:
    defaults: dict[str, Any] = {
        "id": "m1",
        "participants": ("petro", "trump"),
        "status": MeetingStatus.HELD,
        "evidence": (Span(start=0, end=37),),
    }
    return Meeting(**{**defaults, **fields})


TUESDAY = TimeExpression(text="Tuesday", weekday=Weekday.TUESDAY, mention=Span(start=28, end=35))


def _one(meeting: Meeting, **kwargs: Any) -> dict[str, Any]:
    events, skipped = to_plover(_record(meeting, **kwargs))
    assert skipped == []
    (event,) = events
    return event


def _codes(entities: list[dict[str, Any]]) -> list[str]:
    return [e["bilateral_id"] for e in entities]


def test_the_seed_meeting_is_a_consult_with_three_agree_outcomes() -> None:
    record = loads(EXAMPLE.read_bytes())
    record = attrs.evolve(record, source=attrs.evolve(record.source, published=THURSDAY))
    events, skipped = to_plover(record)
    assert skipped == []
    key = record_key(record)
    assert [(e["id"], e["event"], e["date"]) for e in events] == [
        (f"{key}-m0", ["CONSULT"], "2025-09-23"),  # "held on Tuesday" before Thursday the 25th
        (f"{key}-m0-o0", ["AGREE"], "2025-09-23"),  # the proposal
        (f"{key}-m0-o1", ["AGREE"], "2025-09-23"),  # the agreement
        (f"{key}-m0-o2", ["AGREE"], "2025-09-23"),  # the invitation; the disagreement is left out
    ]
    consult, proposal, agreement, invitation = events
    assert (consult["mode"], consult["recipient"]) == ([], [])
    assert consult["actor"][0] == {
        "code": "COL",
        "sector": "GOV",
        "entity_text": "Gustavo Petro",
        "office": "President",
        "bilateral_id": "gustavo-petro",
    }
    assert [a["code"] for a in consult["actor"]] == ["COL", "USA"]
    assert "comment" not in consult
    assert consult["quad_code"] == 1
    assert consult["bilateral"]["duration_seconds"] == 7200
    assert (_codes(proposal["actor"]), _codes(proposal["recipient"])) == (["gustavo-petro"], ["donald-trump"])
    assert (_codes(agreement["actor"]), agreement["recipient"]) == (["gustavo-petro", "donald-trump"], [])
    assert invitation["event_text"] == ["Petro extended an invitation to Trump to visit Cartagena, Colombia"]
    assert invitation["text_info"] == {"start": 2507, "end": 2573}
    assert invitation["bilateral"]["kind"] == "invitation"


def test_the_seed_without_a_publication_date_is_skipped_and_reported() -> None:
    record = loads(EXAMPLE.read_bytes())
    events, skipped = to_plover(record, key="k")
    assert events == []
    assert [s.path for s in skipped] == [
        "$.meetings[0]",
        "$.meetings[0].outcomes[0]",
        "$.meetings[0].outcomes[1]",
        "$.meetings[0].outcomes[2]",
    ]
    assert skipped[0] == SkippedEvent(
        "k", "$.meetings[0]", "no date: 'Tuesday' cannot be resolved without a publication date"
    )
    assert str(skipped[0]).startswith("$.meetings[0]: no date:")


def test_a_host_makes_a_visit_with_the_visitor_as_actor() -> None:
    event = _one(_meeting(host="trump", date=TUESDAY))
    assert event["mode"] == ["visit"]
    assert (_codes(event["actor"]), _codes(event["recipient"])) == (["petro"], ["trump"])
    assert event["date"] == "2025-09-23"


def test_a_call_is_phone_mode_with_every_participant_as_actor() -> None:
    for medium in (Medium.PHONE, Medium.VIDEO):
        event = _one(_meeting(medium=medium, host="trump"))
        assert event["mode"] == ["phone"]
        assert (_codes(event["actor"]), event["recipient"]) == (["petro", "trump"], [])


def test_a_meeting_in_a_third_country_is_third_party() -> None:
    assert _one(_meeting(place="geneva"))["mode"] == ["third-party"]
    assert _one(_meeting(place="bogota"))["mode"] == []
    # Unknown participant countries cannot show that the place is a third party's.
    assert _one(_meeting(participants=("petro", "nato"), place="geneva"))["mode"] == []


def test_event_location_fields() -> None:
    assert _one(_meeting(place="bogota"))["event_loc"] == {
        "extracted_place": "Bogota",
        "country": "Colombia",
        "country_code": "COL",
        "resolution": 4,
    }
    assert _one(_meeting(place="mideast"))["event_loc"] == {"extracted_place": "the Middle East"}
    assert "event_loc" not in _one(_meeting())


def test_a_planned_meeting_is_agree_dated_by_the_report() -> None:
    event = _one(_meeting(status=MeetingStatus.PLANNED, host="petro", date=TUESDAY))
    assert event["event"] == ["AGREE"]
    assert event["mode"] == []
    assert (_codes(event["actor"]), _codes(event["recipient"])) == (["trump"], ["petro"])
    assert event["date"] == "2025-09-25"
    assert event["comment"] == (
        "date is the publication date, when the plan was reported; "
        "the meeting is set for 2025-09-30 ('Tuesday')"
    )


def test_a_planned_meeting_without_a_publication_date_is_skipped() -> None:
    (skipped,) = to_plover(_record(_meeting(status=MeetingStatus.PLANNED), published=None)).skipped
    assert skipped.reason.startswith("no date: a planned meeting is dated by the publication date")


def test_unknown_status_is_decided_by_an_unambiguous_date() -> None:
    before = TimeExpression.from_date(dt.date(2025, 9, 20))
    after = TimeExpression.from_date(dt.date(2025, 10, 2))
    assert _one(_meeting(status=MeetingStatus.UNKNOWN, date=before))["event"] == ["CONSULT"]
    assert _one(_meeting(status=MeetingStatus.UNKNOWN, date=after))["event"] == ["AGREE"]
    # A bare weekday is last Tuesday or next Tuesday depending on the tense: undecidable.
    events, skipped = to_plover(_record(_meeting(status=MeetingStatus.UNKNOWN, date=TUESDAY)))
    assert events == []
    assert [s.reason for s in skipped] == [
        "status unknown: the record cannot tell a held meeting (CONSULT) from a planned one (AGREE)"
    ]


def test_cancelled_meetings_are_skipped_but_their_invitations_kept() -> None:
    meeting = _meeting(
        status=MeetingStatus.CANCELLED,
        outcomes=(Invitation(by=("petro",), to=("trump",), text="visit Cartagena"),),
    )
    events, skipped = to_plover(_record(meeting), key="k")
    assert [s.reason for s in skipped] == ["cancelled meeting: PLOVER has no category for it"]
    (invitation,) = events
    assert (invitation["id"], invitation["event"], invitation["date"]) == ("k-m0-o0", ["AGREE"], "2025-09-25")
    assert invitation["comment"] == (
        "date is the publication date: the outcome's meeting is not known to have been held"
    )
    assert invitation["event_text"] == []
    assert "text_info" not in invitation


def test_a_date_range_gives_its_first_day_and_says_so() -> None:
    late_august = TimeExpression(text="late August", month=8, granularity=Granularity.MONTH, modifier="late")
    event = _one(_meeting(date=late_august))
    assert event["date"] == "2025-08-21"
    assert event["comment"] == (
        "date is the first day of the range the report gives for the meeting "
        "('late August': 2025-08-21 to 2025-08-31)"
    )


def test_an_unresolvable_or_missing_date_falls_back_to_the_publication_date() -> None:
    vague = TimeExpression(text="recently", granularity=Granularity.WEEK)
    event = _one(_meeting(date=vague))
    assert event["date"] == "2025-09-25"
    assert (
        event["comment"] == "date is the publication date: the meeting's date ('recently') cannot be resolved"
    )
    event = _one(_meeting())
    assert event["comment"] == "date is the publication date: the report does not date the meeting"


def test_a_publication_datetime_counts_in_its_own_offset() -> None:
    late = dt.datetime(2025, 9, 25, 23, 30, tzinfo=dt.timezone(dt.timedelta(hours=-5)))
    assert _one(_meeting(), published=late)["date"] == "2025-09-25"


def test_an_already_resolved_date_needs_no_publication_date() -> None:
    event = _one(_meeting(date=TimeExpression.from_date(dt.date(2024, 2, 29))), published=None)
    assert (event["date"], "comment" in event) == ("2024-02-29", False)


def test_outcomes_map_to_agree_and_disagreements_are_left_out() -> None:
    outcomes: tuple[Outcome, ...] = (
        Agreement(text="a"),
        Proposal(by=("petro",), to=("trump",), text="p"),
        Commitment(by=("trump",), text="c"),
        Disagreement(by=("petro", "trump"), text="d"),
        Invitation(to=("petro", "trump"), text="nobody invites"),
    )
    events, skipped = to_plover(_record(_meeting(outcomes=outcomes)), key="k")
    assert [e["id"] for e in events] == ["k-m0", "k-m0-o0", "k-m0-o1", "k-m0-o2"]
    # An outcome with no `by` is offered by the participants it is not addressed to.
    assert _codes(events[1]["actor"]) == ["petro", "trump"]
    assert [e["event"] for e in events[1:]] == [["AGREE"]] * 3
    assert [(s.path, s.reason) for s in skipped] == [
        ("$.meetings[0].outcomes[4]", "no actor: the outcome names no one who offers it")
    ]


def test_entities_without_a_known_country_or_office() -> None:
    meeting = _meeting(participants=("rubio", "nato", "kosovars", "co"))
    actor = _one(meeting)["actor"]
    assert actor == [
        {"code": "USA", "entity_text": "Marco Rubio", "office": "former Senator", "bilateral_id": "rubio"},
        {"entity_text": "NATO", "bilateral_id": "nato"},
        {"code": "XKX", "entity_text": "Kosovar officials", "bilateral_id": "kosovars"},
        {"code": "COL", "entity_text": "Colombia", "bilateral_id": "co"},
    ]


def test_citation_and_coder() -> None:
    record = attrs.evolve(
        _record(_meeting()),
        source=Source(text=TEXT, published=THURSDAY, title="T", publisher="P", language="zh-Hant-TW"),
        extraction=Extraction(extractor="bilateral", version="0.1"),
    )
    (event,) = to_plover(record).events
    assert event["cite_info"] == {"title": "T", "publication": "P", "language": "zh"}
    assert event["coder"] == "bilateral 0.1"
    no_cite = attrs.evolve(record, source=Source(text=TEXT, published=THURSDAY, language="und-x-private"))
    assert "cite_info" not in to_plover(no_cite).events[0]


def test_meeting_extras_point_back_into_the_record() -> None:
    meeting = _meeting(topics=("energy",), duration=Duration(seconds=60), medium=Medium.IN_PERSON)
    assert _one(meeting)["bilateral"] == {
        "record": record_key(_record(meeting)),
        "meeting": "m1",
        "outcome": None,
        "kind": "meeting",
        "text": None,
        "status": "held",
        "medium": "in_person",
        "topics": ["energy"],
        "duration_seconds": 60,
        "evidence": [[0, 37]],
    }


def test_alpha3_table() -> None:
    assert [alpha3(c) for c in ("CO", "US", "GB", "DE", "AE", "XK", "ZZ", None)] == [
        "COL",
        "USA",
        "GBR",
        "DEU",
        "ARE",
        "XKX",
        None,
        None,
    ]
    table = json.loads(
        (resources.files("bilateral") / "text/data/countries.json").read_text(encoding="utf-8")
    )
    codes = [alpha3(code) for code in table]
    assert len(codes) >= 249
    assert all(c is not None and re.fullmatch(r"[A-Z]{3}", c) for c in codes)
    assert len(set(codes)) == len(codes)


def test_write_plover_numbers_equal_records_and_returns_skips() -> None:
    record = _record(_meeting(), _meeting(id="m2", status=MeetingStatus.CANCELLED))
    out = io.StringIO()
    skipped = write_plover([record, record], out)
    lines = out.getvalue().splitlines()
    key = record_key(record)
    assert [json.loads(line)["id"] for line in lines] == [f"{key}-m0", f"{key}-2-m0"]
    assert [(s.record, s.path) for s in skipped] == [(key, "$.meetings[1]"), (f"{key}-2", "$.meetings[1]")]
    assert out.getvalue().endswith("\n")


@settings(max_examples=60)
@given(records())
def test_every_meeting_and_outcome_is_an_event_or_a_skip(record: Record) -> None:
    events, skipped = to_plover(record, key="k")
    expected = sum(
        1 + sum(not isinstance(o, Disagreement) for o in meeting.outcomes) for meeting in record.meetings
    )
    assert len(events) + len(skipped) == expected
    ids = [e["id"] for e in events]
    assert len(set(ids)) == len(ids)
    for event in events:
        assert list(event)[:5] == ["id", "date", "actor", "recipient", "event"]
        assert event["event"] in (["CONSULT"], ["AGREE"])
        assert dt.date.fromisoformat(event["date"]).isoformat() == event["date"]
        assert event["actor"]
        assert json.loads(json.dumps(event)) == event
    assert to_plover(record, key="k") == (events, skipped)
