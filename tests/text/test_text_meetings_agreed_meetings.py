"""
A meeting the sides agreed to hold, told with the call or talks in which they agreed.

"spoke by phone on Friday, agreeing to meet in person next month" and "agreed to set up a
committee and to hold a face-to-face meeting in Nairobi" name a meeting still to come: it is
planned, and the agreement is an outcome of the call or talks in which it was made, not of the
meeting agreed on. What the sides did earlier ("they had agreed in June to ...") does not give
a trip still to come its people or make it held.

The paragraphs were written for these tests in the styles of VOA and Reuters. The names are
real office holders; the events are made up.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.model import Medium, MeetingStatus, OutcomeKind
from bilateral.text import extract

PUBLISHED = dt.date(2025, 9, 20)  # a Saturday


@pytest.mark.parametrize(
    "agreeing",
    [
        "agreeing to meet in person on the sidelines of the Group of 20 summit in South Africa next month",
        "and agreed to meet in person in Johannesburg next month",
        "and pledged to hold a face-to-face meeting in Johannesburg next month",
        "and decided to hold their next meeting in Johannesburg next month",
    ],
)
@pytest.mark.parametrize("published", [PUBLISHED, None])
def test_a_meeting_agreed_on_during_a_call_is_planned(agreeing: str, published: dt.date | None) -> None:
    # Without a publication date to place "next month", the words alone must say it is ahead.
    record = extract(
        "South African President Cyril Ramaphosa and Indian Prime Minister Narendra Modi spoke by "
        f"phone for about an hour on Friday, {agreeing}, Ramaphosa said.",
        published=published,
    )
    call = [m for m in record.meetings if m.medium is Medium.PHONE]
    ahead = [m for m in record.meetings if m.medium is Medium.IN_PERSON]
    assert len(call) == 1
    assert call[0].status is MeetingStatus.HELD
    assert len(ahead) == 1
    assert ahead[0].status is MeetingStatus.PLANNED


def test_the_agreement_to_meet_is_an_outcome_of_the_call() -> None:
    record = extract(
        "Kenyan President William Ruto spoke by phone on Thursday with Ugandan President Yoweri "
        "Museveni. The two leaders agreed to set up a joint task force on cattle raids and to hold "
        "a face-to-face meeting in Kampala in the coming weeks, Ruto's office said.",
        published=PUBLISHED,
    )
    call = next(m for m in record.meetings if m.medium is Medium.PHONE)
    ahead = next(m for m in record.meetings if m.medium is Medium.IN_PERSON)
    assert [o.kind for o in call.outcomes] == [OutcomeKind.AGREEMENT]
    assert ahead.outcomes == ()
    assert ahead.status is MeetingStatus.PLANNED
    assert ahead.date is not None
    assert ahead.date.text == "in the coming weeks"


def test_an_agreement_on_a_meeting_with_no_other_meeting_stays_with_it() -> None:
    # Negative: with no call or talks reported, the meeting agreed on is the only one to own it.
    record = extract(
        "Kenyan President William Ruto and Ugandan President Yoweri Museveni have agreed to meet in "
        "Kampala next month to settle a dispute over fuel imports, officials said.",
        published=PUBLISHED,
    )
    (meeting,) = record.meetings
    assert meeting.status is MeetingStatus.PLANNED


def test_an_earlier_agreement_does_not_make_a_trip_to_come_held() -> None:
    record = extract(
        "Brazilian President Luiz Inacio Lula da Silva spoke by phone with French President Emmanuel "
        "Macron on Friday. Lula said he would travel to France early next year, and that Macron "
        "would visit Brazil later. The leaders last spoke in June, when they agreed to resume trade "
        "negotiations.",
        published=PUBLISHED,
    )
    assert all(m.status is not MeetingStatus.HELD or m.medium is Medium.PHONE for m in record.meetings)
    assert not any(m.date is not None and m.date.text == "June" for m in record.meetings)


@pytest.mark.parametrize(
    "agreed",
    [
        "agreed to travel to Delhi early next year",
        "agreed to convene the joint commission in Pretoria in March",
        "agreed to hold the annual strategic dialogue in Pretoria in December",
        'agreed to travel to Delhi early next year and that Modi would "likewise" visit South Africa',
    ],
)
def test_a_trip_or_session_agreed_on_is_no_topic(agreed: str) -> None:
    record = extract(
        "South African President Cyril Ramaphosa and Indian Prime Minister Narendra Modi spoke by phone "
        f"on Friday and {agreed}.",
        published=PUBLISHED,
    )
    call = next(m for m in record.meetings if m.medium is Medium.PHONE)
    assert call.topics == ()


# -- a lede agreeing on today's act and a meeting to come ------------------------------------


def _by_status(text: str) -> dict[MeetingStatus, list[set[str]]]:
    record = extract(text, published=PUBLISHED)
    names = {a.id: a.name.split()[-1] for a in record.actors}
    found: dict[MeetingStatus, list[set[str]]] = {}
    for meeting in record.meetings:
        found.setdefault(meeting.status, []).append({names[p] for p in meeting.participants})
    return found


def test_a_pair_agreeing_today_and_on_talks_to_come_met_today() -> None:
    found = _by_status(
        "SEOUL, Sept. 18 (Yonhap) -- South Korean Foreign Minister Cho Hyun and his Vietnamese "
        "counterpart Bui Thanh Son agreed Thursday to expand cooperation on nuclear power, and "
        "to hold their next round of security talks in Hanoi early next year.\n"
    )
    assert found.get(MeetingStatus.HELD) == [{"Hyun", "Son"}], found


def test_a_pair_only_agreeing_on_talks_to_come_without_a_dateline_met_no_one() -> None:
    # No dateline and no act that needs one room: the pair may have agreed by letter.
    found = _by_status(
        "South Korean Foreign Minister Cho Hyun and his Vietnamese counterpart Bui Thanh Son "
        "agreed to hold their next round of security talks in Hanoi early next year.\n"
    )
    assert MeetingStatus.HELD not in found, found
