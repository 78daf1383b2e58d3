"""
Sides named as delegations, meeting nouns with a length before them, phone calls with an
adverb, topic cues of expectations, and dates that belong to other clauses.

The paragraphs were written for these tests in the styles of public broadcasters, news
agencies and wire services. The names are real office holders; the events are made up.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from bilateral.model import Medium, MeetingStatus
from bilateral.text import extract

if TYPE_CHECKING:
    from bilateral.model import Meeting, Record

PUBLISHED = dt.date(2025, 3, 7)  # a Friday


def _record(text: str) -> Record:
    return extract(text, published=PUBLISHED)


def _only(record: Record) -> Meeting:
    assert len(record.meetings) == 1, [m.participants for m in record.meetings]
    return record.meetings[0]


def _names(record: Record, meeting: Meeting) -> set[str]:
    by_id = {a.id: a.name for a in record.actors}
    return {by_id[p] for p in meeting.participants}


def test_the_heads_of_both_delegations_are_the_participants() -> None:
    text = (
        "A U.S. delegation led by special envoy Adam Boehler met with Afghan officials in Doha "
        "last week for talks on detained Americans, a State Department official told VOA.\n\n"
        "The Afghan side was headed by Deputy Foreign Minister Sher Mohammad Abbas Stanikzai, "
        "the official said.\n"
    )
    record = _record(text)
    meeting = _only(record)
    assert _names(record, meeting) == {"Adam Boehler", "Sher Mohammad Abbas Stanikzai"}
    assert "detained Americans" in meeting.topics


def test_a_side_that_is_no_delegation_adds_nobody() -> None:
    text = (
        "U.S. special envoy Adam Boehler met Afghan Deputy Foreign Minister Sher Mohammad Abbas "
        "Stanikzai in Doha on Tuesday.\n\nOn the other side of the city, protesters led by "
        "activist Mahbouba Seraj marched.\n"
    )
    record = _record(text)
    assert "Mahbouba Seraj" not in _names(record, _only(record))


@pytest.mark.parametrize("length", ["90-minute", "two-hour", "hour-long", "45-minute"])
def test_a_meeting_noun_after_a_length_is_a_noun(length: str) -> None:
    text = (
        "Indian External Affairs Minister S. Jaishankar and his Singaporean counterpart Vivian "
        "Balakrishnan agreed on Thursday to expand cooperation on semiconductors.\n\n"
        f"During their {length} meeting in New Delhi, the ministers also reviewed plans for a "
        "maritime exercise early next year.\n"
    )
    meeting = _only(_record(text))
    assert meeting.status is MeetingStatus.HELD
    assert meeting.date is not None
    assert meeting.date.text == "Thursday"
    assert meeting.place == "new-delhi"


def test_a_date_of_the_main_clause_that_looks_back_stays_the_meetings() -> None:
    text = (
        "During their meeting in New Delhi, Indian External Affairs Minister S. Jaishankar and "
        "Singaporean Foreign Minister Vivian Balakrishnan signed three agreements on Thursday.\n"
    )
    meeting = _only(_record(text))
    assert meeting.date is not None
    assert meeting.date.text == "Thursday"


@pytest.mark.parametrize("adverb", ["again", "briefly", "directly"])
def test_speaking_by_phone_with_an_adverb_is_a_call(adverb: str) -> None:
    text = (
        f"Argentine President Javier Milei and Chilean President Gabriel Boric are expected to speak "
        f"{adverb} by phone in the coming weeks.\n"
    )
    meeting = _only(_record(text))
    assert meeting.medium is Medium.PHONE
    assert meeting.status is MeetingStatus.PLANNED


def test_talks_expected_to_focus_on_give_topics() -> None:
    text = (
        "Turkish President Recep Tayyip Erdogan hosted Iraqi Prime Minister Mohammed Shia "
        "al-Sudani in Ankara for talks expected to focus on water sharing and the Development "
        "Road project.\n"
    )
    assert set(_only(_record(text)).topics) == {"water sharing", "Development Road project"}


def test_a_date_in_a_since_clause_is_not_the_meetings() -> None:
    text = (
        "Japanese Foreign Minister Takeshi Iwaya paid a courtesy call on Philippine President "
        "Ferdinand Marcos Jr. at Malacanang Palace, his first trip to the region since he took "
        "office in October.\n"
    )
    assert _only(_record(text)).date is None


def test_a_meeting_since_a_date_keeps_its_own() -> None:
    text = (
        "It was the first meeting since Japanese Foreign Minister Takeshi Iwaya met Philippine "
        "President Ferdinand Marcos Jr. in Manila in October.\n"
    )
    meeting = _only(_record(text))
    assert meeting.date is not None
    assert meeting.date.text == "October"


def test_an_agreed_act_with_a_manner_adverb_gives_its_field() -> None:
    text = (
        "French Foreign Minister Jean-Noel Barrot met Algerian Foreign Minister Ahmed Attaf in "
        "Algiers on Sunday.\n\nThe two ministers agreed to restore cooperation on security and "
        "migration immediately.\n"
    )
    topics = set(_only(_record(text)).topics)
    assert {"cooperation on security", "migration"} <= topics
    assert not any("immediately" in t or t.startswith("restore") for t in topics)


def test_a_counted_visit_is_the_visit_being_reported() -> None:
    text = (
        "Turkish President Recep Tayyip Erdogan hosted Syrian President Ahmed al-Sharaa in Ankara "
        "on Saturday for talks on security.\n\nIt was al-Sharaa's third visit to Turkey this year. "
        "He also met Turkish Foreign Minister Hakan Fidan and intelligence chief Ibrahim Kalin "
        "during the visit.\n"
    )
    record = _record(text)
    pairs = [_names(record, m) for m in record.meetings]
    assert {"Recep Tayyip Erdogan", "Ahmed al-Sharaa"} in pairs
    assert {"Ahmed al-Sharaa", "Hakan Fidan", "Ibrahim Kalin"} in pairs
    assert len(record.meetings) == 2


def test_a_counted_visit_of_another_trip_is_a_meeting_of_its_own() -> None:
    text = (
        "Turkish President Recep Tayyip Erdogan hosted Syrian President Ahmed al-Sharaa in Ankara "
        "on Saturday.\n\nIt was U.S. Secretary of State Marco Rubio's second visit to Saudi Arabia. "
        "Rubio met Crown Prince Mohammed bin Salman in Jeddah on Monday.\n"
    )
    record = _record(text)
    pairs = [_names(record, m) for m in record.meetings]
    assert {"Marco Rubio", "Mohammed bin Salman"} in pairs
    assert {"Recep Tayyip Erdogan", "Ahmed al-Sharaa"} in pairs


def test_a_person_listed_with_the_visited_side_joins_it() -> None:
    text = (
        "Syrian President Ahmed al-Sharaa paid a visit to Turkey on Saturday. He met Turkish "
        "Foreign Minister Hakan Fidan and intelligence chief Ibrahim Kalin in Ankara.\n"
    )
    record = _record(text)
    assert _names(record, _only(record)) == {"Ahmed al-Sharaa", "Hakan Fidan", "Ibrahim Kalin"}


def test_each_delegation_phrase_lists_its_own_members() -> None:
    text = (
        "Talks between U.S. and Ukrainian delegations in Riyadh ended Tuesday without a deal, "
        "officials said.\n\nThe U.S. team, led by special envoy Steve Witkoff, met with Ukraine's "
        "delegation headed by Defense Minister Rustem Umerov for more than 12 hours over two "
        "days.\n"
    )
    record = _record(text)
    meeting = _only(record)
    assert _names(record, meeting) == {"Steve Witkoff", "Rustem Umerov"}
    assert meeting.date is not None
    assert meeting.date.text == "Tuesday"
    assert meeting.place == "riyadh"
    assert meeting.duration is not None
    assert meeting.duration.seconds == 12 * 3600


def test_delegations_of_other_sides_do_not_take_a_named_meeting() -> None:
    text = (
        "Talks between U.S. and Ukrainian delegations in Riyadh ended Tuesday without a deal.\n\n"
        "Separately, U.S. Secretary of State Marco Rubio met Saudi Foreign Minister Prince Faisal "
        "bin Farhan in Jeddah.\n"
    )
    record = _record(text)
    assert _names(record, _only(record)) == {"Marco Rubio", "Faisal bin Farhan"}
