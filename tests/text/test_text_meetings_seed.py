"""The seed article end to end: one meeting of Petro and Trump, with the four gold outcomes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bilateral.model import (
    Agreement,
    Disagreement,
    DurationQualifier,
    Invitation,
    Medium,
    Meeting,
    MeetingStatus,
    Proposal,
    Record,
    Source,
    Weekday,
)
from bilateral.text import default_pipeline

DEV = Path(__file__).resolve().parents[1] / "data" / "eval" / "dev"
SEED = DEV / "seed000_petro_trump.txt"


@pytest.fixture(scope="module")
def record() -> Record:
    return default_pipeline().extract(Source(text=SEED.read_text(encoding="utf-8")))


@pytest.fixture(scope="module")
def meeting(record: Record) -> Meeting:
    (only,) = record.meetings
    return only


def _names(record: Record, ids: tuple[str, ...]) -> list[str]:
    return [record.actor(i).name for i in ids]


def test_one_meeting_of_the_two_presidents(record: Record, meeting: Meeting) -> None:
    assert _names(record, meeting.participants) == ["Gustavo Petro", "Donald Trump"]
    assert meeting.medium is Medium.IN_PERSON
    assert meeting.status is MeetingStatus.HELD
    assert meeting.place is None  # the article never says where


def test_date_is_a_tuesday_and_nothing_more(record: Record, meeting: Meeting) -> None:
    # "held on Tuesday, ," with no publication date: the weekday, no invented day.
    date = meeting.date
    assert date is not None
    assert date.weekday is Weekday.TUESDAY
    assert (date.year, date.month, date.day) == (None, None, None)
    assert not date.is_resolved
    assert date.mention is not None
    assert record.text(date.mention) == "Tuesday"


def test_duration_is_nearly_two_hours(record: Record, meeting: Meeting) -> None:
    duration = meeting.duration
    assert duration is not None
    assert duration.seconds == 7200
    assert duration.qualifier is DurationQualifier.APPROXIMATELY
    assert duration.mention is not None
    assert record.text(duration.mention) == "nearly two hours"


def test_topics_cover_drug_trafficking_and_energy(meeting: Meeting) -> None:
    joined = " | ".join(meeting.topics).casefold()
    assert "drug trafficking" in joined
    assert "energy production" in joined
    assert "future cooperation" in joined


def test_the_four_gold_outcomes(record: Record, meeting: Meeting) -> None:
    by_kind = {type(o): o for o in meeting.outcomes}
    assert set(by_kind) == {Proposal, Agreement, Invitation, Disagreement}
    assert len(meeting.outcomes) == 4
    proposal, invitation = by_kind[Proposal], by_kind[Invitation]
    assert _names(record, proposal.by) == ["Gustavo Petro"]
    assert _names(record, proposal.to) == ["Donald Trump"]
    assert _names(record, invitation.by) == ["Gustavo Petro"]
    assert _names(record, invitation.to) == ["Donald Trump"]
    for mutual in (by_kind[Agreement], by_kind[Disagreement]):
        assert set(_names(record, mutual.by)) == {"Gustavo Petro", "Donald Trump"}
        assert mutual.to == ()


def test_outcome_evidence_is_the_gold_evidence(record: Record, meeting: Meeting) -> None:
    gold = json.loads((DEV / "seed000_petro_trump.meeting.json").read_text(encoding="utf-8"))
    expected = {o["kind"]: o["evidence"] for o in gold["meetings"][0]["outcomes"]}
    for outcome in meeting.outcomes:
        (span,) = outcome.evidence
        assert record.text(span) == expected[outcome.kind.value]


def test_meeting_evidence_reports_the_meeting(record: Record, meeting: Meeting) -> None:
    assert meeting.evidence
    assert list(meeting.evidence) == sorted(meeting.evidence, key=lambda s: s.start)
    for span in meeting.evidence:
        assert "meeting" in record.text(span).casefold()
    body = record.source.body
    assert body
    for span in meeting.evidence:  # never in the breadcrumb, headline or boilerplate
        assert any(b.start <= span.start and span.end <= b.end for b in body)
