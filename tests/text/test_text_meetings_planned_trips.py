"""
A trip still to come to the country of the other side of the story's meeting is to that side.

"Takaichi and Lee held talks in Tokyo. ... The Japanese leader said she hoped to visit South
Korea early next year": a planned meeting of the two, hosted by Lee, though the sentence names
no one in Seoul. Not when the trip goes on inside the country of the talks ("will travel to
Osaka"), when it is for a gathering ("for a summit of the African Union"), or when the person
met in the story is not of the traveller's rank (a head of state's trip to Washington is not to
see the deputy secretary of state he met).

The paragraphs were written for these tests in the styles of Kyodo, VOA and Reuters. The names
are real office holders; the events are made up.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.model import MeetingStatus
from bilateral.text import extract

PUBLISHED = dt.date(2025, 11, 14)  # a Friday
TALKS = (
    "Kenyan President William Ruto held talks with Ghanaian President John Dramani Mahama in Nairobi "
    "on Thursday, focusing on trade and visas."
)


@pytest.mark.parametrize(
    "trip",
    [
        "Ruto said he would visit Ghana early next year.",
        "The Kenyan leader is expected to travel to Accra in the spring, his office said.",
    ],
)
def test_a_trip_to_the_other_sides_country_is_a_planned_meeting_with_them(trip: str) -> None:
    record = extract(f"{TALKS} {trip}", published=PUBLISHED)
    planned = [m for m in record.meetings if m.status is MeetingStatus.PLANNED]
    assert len(planned) == 1
    assert set(planned[0].participants) == {"william-ruto", "john-dramani-mahama"}
    assert planned[0].host == "john-dramani-mahama"


@pytest.mark.parametrize(
    "trip",
    [
        # Onward inside the country of the talks: no meeting with the host.
        "Mahama will travel to Mombasa on Friday to meet business leaders.",
        # For a gathering.
        "Ruto is due to travel to Accra in May for a summit of the West African bloc ECOWAS.",
    ],
)
def test_other_trips_are_not_to_the_other_side(trip: str) -> None:
    record = extract(f"{TALKS} {trip}", published=PUBLISHED)
    assert [m.status for m in record.meetings] == [MeetingStatus.HELD]


def test_a_trip_of_a_head_of_state_is_not_to_a_deputy() -> None:
    record = extract(
        "Ghanaian President John Dramani Mahama met U.S. Deputy Secretary of State Christopher Landau "
        "in Accra on Thursday. Mahama is expected to travel to Washington in the spring, his office said.",
        published=PUBLISHED,
    )
    assert [m.status for m in record.meetings] == [MeetingStatus.HELD]


def test_a_trip_after_a_call_has_no_place_to_go_from() -> None:
    # Negative: a phone call has no country; whom the trip is to is left open.
    record = extract(
        "Kenyan President William Ruto spoke by phone with Ghanaian President John Dramani Mahama on "
        "Thursday. Ruto said he would visit Ghana early next year.",
        published=PUBLISHED,
    )
    assert all(m.status is not MeetingStatus.PLANNED for m in record.meetings)


def test_the_dateline_says_where_the_meeting_was() -> None:
    # The talks name no place; the story is filed from the host's city.
    record = extract(
        "NAIROBI, Nov 14 (Reuters) - Kenyan President William Ruto and Ghanaian President John Dramani "
        "Mahama held talks on Thursday on trade and visas.\n\nMahama said Ruto would travel to Accra "
        "in the spring.",
        published=PUBLISHED,
    )
    planned = [m for m in record.meetings if m.status is MeetingStatus.PLANNED]
    assert len(planned) == 1
    assert planned[0].host == "john-dramani-mahama"
