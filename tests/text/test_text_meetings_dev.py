"""Meetings on the dev set (tests/data/eval/dev): participants, calls left apart, fields."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from bilateral.evaluate import evaluate_extractor
from bilateral.model import Country, Medium, MeetingStatus, Record, Source
from bilateral.text import default_pipeline

if TYPE_CHECKING:
    from bilateral.evaluate import Report, Score

DEV = Path(__file__).resolve().parents[1] / "data" / "eval" / "dev"


def _f1(score: Score) -> float:
    p, r = score.precision, score.recall
    assert p is not None
    assert r is not None
    return 0.0 if p + r == 0 else 2 * p * r / (p + r)


@pytest.fixture(scope="module")
def report() -> Report:
    return evaluate_extractor(DEV)


@pytest.fixture(scope="module")
def records() -> dict[str, Record]:
    pipeline = default_pipeline()
    out: dict[str, Record] = {}
    for path in sorted(DEV.glob("*.txt")):
        gold = json.loads(path.with_name(f"{path.stem}.meeting.json").read_text(encoding="utf-8"))
        published = dt.date.fromisoformat(gold["published"]) if gold["published"] else None
        out[path.stem] = pipeline.extract(Source(text=path.read_text(encoding="utf-8"), published=published))
    return out


def _meetings(record: Record) -> list[tuple[set[str], Medium, MeetingStatus]]:
    return [({record.actor(p).name for p in m.participants}, m.medium, m.status) for m in record.meetings]


def test_participants_f1_over_the_dev_set(report: Report) -> None:
    participants = report.total.meetings.participants
    assert participants.gold >= 28
    assert _f1(participants) >= 0.90


def test_meetings_f1_over_the_dev_set(report: Report) -> None:
    assert _f1(report.total.meetings.meetings) >= 0.90


def test_outcomes_by_kind_over_the_dev_set(report: Report) -> None:
    outcomes = report.total.meetings.outcomes
    assert outcomes.precision is not None
    assert outcomes.precision >= 0.8
    assert _f1(outcomes) >= 0.7


def test_trip_to_two_countries_is_two_planned_meetings(records: dict[str, Record]) -> None:
    found = _meetings(records["voa6204681_suga_india_philippines"])
    assert ({"Yoshihide Suga", "Narendra Modi"}, Medium.IN_PERSON, MeetingStatus.PLANNED) in found
    assert ({"Yoshihide Suga", "Rodrigo Duterte"}, Medium.IN_PERSON, MeetingStatus.PLANNED) in found
    assert ({"Yoshihide Suga", "Joe Biden"}, Medium.IN_PERSON, MeetingStatus.HELD) in found


def test_phone_call_is_kept_apart_with_its_medium(records: dict[str, Record]) -> None:
    # "Duterte and Suga spoke by phone late last year": not the planned visit.
    found = _meetings(records["voa6204681_suga_india_philippines"])
    assert ({"Rodrigo Duterte", "Yoshihide Suga"}, Medium.PHONE, MeetingStatus.HELD) in found


def test_multilateral_sessions_are_not_meetings(records: dict[str, Record]) -> None:
    for record in records.values():
        for meeting in record.meetings:
            countries = {record.actor(p).country or p for p in meeting.participants}
            assert 2 <= len(countries) <= 3
    # "meetings with G7 foreign ministers" in Canada, the Quad's virtual summit.
    rubio = records["voa8005899_rubio_saudi_ukraine_talks"]
    assert not any(rubio.actor(p).country == "CA" for m in rubio.meetings for p in m.participants)


def test_delegation_members_join_the_talks(records: dict[str, Record]) -> None:
    record = records["voa8005899_rubio_saudi_ukraine_talks"]
    jeddah = next(m for m in record.meetings if len(m.participants) > 2)
    names = {record.actor(p).name for p in jeddah.participants}
    assert {
        "Marco Rubio",
        "Mike Waltz",
        "Andriy Yermak",
        "Andrii Sybiha",
        "Rustem Umerov",
        "Pavlo Palisa",
    } <= names
    assert jeddah.status is MeetingStatus.PLANNED
    assert jeddah.date is not None
    assert jeddah.date.start == dt.date(2025, 3, 11)  # "talks Tuesday", said on Monday 10 March


def test_earlier_in_the_day_takes_the_day_before_it(records: dict[str, Record]) -> None:
    record = records["voa8005899_rubio_saudi_ukraine_talks"]
    riyadh = next(
        m
        for m in record.meetings
        if {record.actor(p).name for p in m.participants} >= {"Volodymyr Zelenskyy"}
    )
    assert riyadh.date is not None
    assert riyadh.date.start == dt.date(2025, 3, 10)
    assert riyadh.place is not None
    assert next(p for p in record.places if p.id == riyadh.place).name == "Riyadh"


def test_every_field_points_into_the_text(records: dict[str, Record]) -> None:
    for record in records.values():
        for meeting in record.meetings:
            assert meeting.evidence
            if meeting.date is not None and meeting.date.mention is not None:
                assert record.text(meeting.date.mention) == meeting.date.text
            if meeting.duration is not None and meeting.duration.mention is not None:
                assert record.text(meeting.duration.mention) == meeting.duration.text
            if meeting.host is not None:
                assert meeting.host in meeting.participants
            for outcome in meeting.outcomes:
                # A participant, or the country of one when the text names only the country.
                sides = {record.actor(p).country for p in meeting.participants}
                countries = {a.id for a in record.actors if isinstance(a, Country) and a.country in sides}
                assert set(outcome.by) <= set(meeting.participants) | countries
                assert set(outcome.to) <= set(meeting.participants) | countries
                assert outcome.evidence
