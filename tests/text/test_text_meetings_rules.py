"""Meeting rules on short reports written for these tests (not from the dev set)."""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.model import (
    Agreement,
    Commitment,
    Invitation,
    Medium,
    Meeting,
    MeetingStatus,
    Record,
    Source,
)
from bilateral.text import Pipeline, default_pipeline

#: A Thursday: "on Tuesday" looks back to the 24th, "will meet on Tuesday" ahead to 1 December.
THURSDAY = dt.date(2026, 11, 26)


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return default_pipeline()


def _extract(pipeline: Pipeline, text: str, published: dt.date | None = THURSDAY) -> Record:
    return pipeline.extract(Source(text=text, published=published))


def _who(record: Record, meeting: Meeting) -> set[str]:
    return {record.actor(p).name.split()[-1] for p in meeting.participants}


def _place(record: Record, meeting: Meeting) -> str | None:
    if meeting.place is None:
        return None
    return next(p.name for p in record.places if p.id == meeting.place)


def test_met_with_gives_participants_date_and_place(pipeline: Pipeline) -> None:
    record = _extract(
        pipeline,
        "Chinese President Xi Jinping met with U.S. President Joe Biden in Bali on Tuesday.",
    )
    (meeting,) = record.meetings
    assert _who(record, meeting) == {"Jinping", "Biden"}
    assert meeting.status is MeetingStatus.HELD
    assert meeting.medium is Medium.IN_PERSON
    assert _place(record, meeting) == "Bali"
    assert meeting.date is not None
    assert meeting.date.start == dt.date(2026, 11, 24)


def test_will_meet_looks_ahead(pipeline: Pipeline) -> None:
    record = _extract(
        pipeline,
        "French President Emmanuel Macron will meet German Chancellor Olaf Scholz in Paris on Tuesday.",
    )
    (meeting,) = record.meetings
    assert meeting.status is MeetingStatus.PLANNED
    assert meeting.date is not None
    assert meeting.date.start == dt.date(2026, 12, 1)


def test_a_bilateral_on_the_sidelines_of_a_summit_is_a_meeting(pipeline: Pipeline) -> None:
    record = _extract(
        pipeline,
        "On the sidelines of the G20 summit, Indian Prime Minister Narendra Modi met "
        "French President Emmanuel Macron on Monday.",
    )
    (meeting,) = record.meetings
    assert _who(record, meeting) == {"Modi", "Macron"}


def test_a_multilateral_session_is_not_a_meeting(pipeline: Pipeline) -> None:
    record = _extract(
        pipeline,
        "British Prime Minister Keir Starmer will travel to Canada on Wednesday for meetings with "
        "G7 leaders. Quad leaders agreed at a virtual summit to expand maritime cooperation.",
    )
    assert record.meetings == ()


def test_a_phone_call_keeps_its_medium(pipeline: Pipeline) -> None:
    record = _extract(
        pipeline,
        "Russian President Vladimir Putin and Turkish President Recep Tayyip Erdogan spoke by phone "
        "on Tuesday, the Kremlin said.",
    )
    (meeting,) = record.meetings
    assert meeting.medium is Medium.PHONE
    assert _who(record, meeting) == {"Putin", "Erdogan"}


def test_hosted_names_the_host(pipeline: Pipeline) -> None:
    record = _extract(
        pipeline,
        "German Chancellor Olaf Scholz hosted Polish Prime Minister Donald Tusk in Berlin on Friday. "
        "The two men agreed to expand military cooperation.",
    )
    (meeting,) = record.meetings
    assert meeting.host is not None
    assert record.actor(meeting.host).name == "Olaf Scholz"
    assert _place(record, meeting) == "Berlin"
    (outcome,) = meeting.outcomes
    assert isinstance(outcome, Agreement)
    assert set(outcome.by) == set(meeting.participants)


def test_a_trip_and_the_meeting_on_it_are_one_meeting(pipeline: Pipeline) -> None:
    record = _extract(
        pipeline,
        "Brazilian President Luiz Inacio Lula da Silva is expected to visit Washington in February "
        "to meet U.S. President Joe Biden.",
    )
    (meeting,) = record.meetings
    assert _who(record, meeting) == {"Silva", "Biden"}
    assert meeting.status is MeetingStatus.PLANNED
    assert _place(record, meeting) == "Washington"
    assert meeting.host is not None
    assert record.actor(meeting.host).name == "Joe Biden"
    assert meeting.date is not None
    assert meeting.date.start == dt.date(2027, 2, 1)  # the next February: the visit is ahead


def test_a_visit_alone_is_not_a_meeting(pipeline: Pipeline) -> None:
    # Nobody is named on the other side: a trip, not (yet) a meeting.
    record = _extract(pipeline, "Indian Prime Minister Narendra Modi will soon also visit the Maldives.")
    assert record.meetings == ()


def test_an_invitation_to_visit_is_not_a_meeting(pipeline: Pipeline) -> None:
    record = _extract(
        pipeline,
        "Polish President Andrzej Duda met Ukrainian President Volodymyr Zelenskyy in Warsaw on "
        "Monday. Duda extended an invitation to Zelenskyy to visit Krakow.",
    )
    (meeting,) = record.meetings
    (outcome,) = meeting.outcomes
    assert isinstance(outcome, Invitation)
    assert [record.actor(a).name for a in outcome.by] == ["Andrzej Duda"]
    assert [record.actor(a).name for a in outcome.to] == ["Volodymyr Zelenskyy"]


def test_a_negated_meeting_is_not_a_meeting(pipeline: Pipeline) -> None:
    record = _extract(
        pipeline,
        "U.S. Secretary of State Antony Blinken did not meet Chinese Foreign Minister Wang Yi "
        "during the trip.",
    )
    assert record.meetings == ()


def test_a_cancelled_meeting_says_so(pipeline: Pipeline) -> None:
    record = _extract(
        pipeline,
        "A planned meeting between U.S. President Joe Biden and Chinese President Xi Jinping was cancelled "
        "on Monday.",
    )
    (meeting,) = record.meetings
    assert meeting.status is MeetingStatus.CANCELLED


def test_the_meeting_refers_back_and_a_separate_one_does_not(pipeline: Pipeline) -> None:
    record = _extract(
        pipeline,
        "Saudi Crown Prince Mohammed bin Salman met with U.S. Secretary of State Marco Rubio in Jeddah on "
        "Monday. The meeting lasted two hours. Mohammed bin Salman held a separate meeting with Ukrainian "
        "President Volodymyr Zelenskyy in Riyadh.",
    )
    first, second = record.meetings
    assert _who(record, first) == {"Salman", "Rubio"}
    assert first.duration is not None
    assert first.duration.seconds == 7200
    assert _who(record, second) == {"Salman", "Zelenskyy"}
    assert _place(record, second) == "Riyadh"
    assert second.duration is None


def test_commitment_to_the_other_side(pipeline: Pipeline) -> None:
    record = _extract(
        pipeline,
        "Japanese Prime Minister Fumio Kishida met Philippine President Ferdinand Marcos in Manila on "
        "Friday. Kishida pledged to provide coastal radar systems to the Philippines.",
    )
    (meeting,) = record.meetings
    (outcome,) = meeting.outcomes
    assert isinstance(outcome, Commitment)
    assert [record.actor(a).name for a in outcome.by] == ["Fumio Kishida"]
    assert [record.actor(a).name for a in outcome.to] == ["Ferdinand Marcos"]


def test_quoted_words_are_not_meetings(pipeline: Pipeline) -> None:
    record = _extract(
        pipeline,
        '"We hope to meet Chinese President Xi Jinping soon," French President Emmanuel Macron said.',
    )
    assert record.meetings == ()


def test_without_a_publication_date_nothing_is_resolved(pipeline: Pipeline) -> None:
    record = _extract(
        pipeline,
        "Chinese President Xi Jinping met with U.S. President Joe Biden on Tuesday.",
        published=None,
    )
    (meeting,) = record.meetings
    assert meeting.date is not None
    assert meeting.date.start is None
    assert meeting.date.weekday is not None


def test_a_call_in_the_middle_of_a_clause_has_both_sides(pipeline: Pipeline) -> None:
    record = _extract(
        pipeline,
        "Turkish President Tayyip Erdogan told Swedish Prime Minister Ulf Kristersson in a phone call "
        "on Sunday that Sweden must act.",
    )
    (meeting,) = record.meetings
    assert meeting.medium is Medium.PHONE
    assert _who(record, meeting) == {"Erdogan", "Kristersson"}
    assert meeting.topics == ()


def test_talks_in_an_opening_phrase_belong_to_the_subject_after_it(pipeline: Pipeline) -> None:
    record = _extract(
        pipeline,
        "After talks in Ankara, Turkish President Tayyip Erdogan and German Chancellor Olaf Scholz told "
        "reporters they had agreed to work together.",
    )
    (meeting,) = record.meetings
    assert _who(record, meeting) == {"Erdogan", "Scholz"}
    assert _place(record, meeting) == "Ankara"
    assert [type(o) for o in meeting.outcomes] == [Agreement]


def test_welcomed_to_a_city_hosts_there(pipeline: Pipeline) -> None:
    record = _extract(
        pipeline,
        "Japanese Prime Minister Fumio Kishida welcomed Indian Prime Minister Narendra Modi to Tokyo "
        "on Thursday.",
    )
    (meeting,) = record.meetings
    assert meeting.host is not None
    assert record.actor(meeting.host).name == "Fumio Kishida"
    assert _place(record, meeting) == "Tokyo"
