"""
Where a meeting was held when the sentence that reports it names no city itself.

* A government seat is a venue in its capital ("at the State Department", "at the Kenyan
  Foreign Ministry"), though the entity stage makes it an organization.
* "X later met Y" after a meeting in a city of the sides: the same city, not the dateline's.
* "met Friday in this Amazon border town" under a dateline "TOWN, Country": the dateline's
  town, even one the gazetteer lacks.
* "In Beijing, a spokesperson said ... the talks": where the spokesperson spoke.
* "During their roughly 90-minute meeting, X said ...": the setting of a clause in the past,
  so the meeting was held.

The paragraphs were written for these tests in the styles of VOA and the wire services. The
names are real office holders; the events are made up.
"""

from __future__ import annotations

import datetime as dt

from bilateral.model import Meeting, MeetingStatus, PlaceKind, Record
from bilateral.text import extract

PUBLISHED = dt.date(2025, 6, 20)  # a Friday


def _meetings(text: str, published: dt.date | None = PUBLISHED) -> tuple[Record, list[Meeting]]:
    record = extract(text, published=published)
    return record, list(record.meetings)


def _place_name(record: Record, meeting: Meeting) -> str | None:
    places = {p.id: p for p in record.places}
    return places[meeting.place].name if meeting.place is not None else None


def test_a_meeting_at_the_state_department_is_in_washington() -> None:
    record, meetings = _meetings(
        "Rubio hosts Liberian minister\n\nSecretary of State Marco Rubio met Liberian Foreign "
        "Minister Sara Beysolow Nyanti on Thursday at the State Department to discuss trade.\n"
    )
    assert len(meetings) == 1
    assert _place_name(record, meetings[0]) == "Washington"


def test_a_meeting_at_a_foreign_ministry_is_in_its_capital() -> None:
    record, meetings = _meetings(
        "Ministers meet\n\nChinese Foreign Minister Wang Yi held talks with Kenyan Foreign "
        "Minister Musalia Mudavadi on Tuesday at the Kenyan Foreign Ministry.\n"
    )
    assert len(meetings) == 1
    assert _place_name(record, meetings[0]) == "Nairobi"


def test_words_told_at_a_seat_after_talks_elsewhere_keep_the_city_of_the_talks() -> None:
    record, meetings = _meetings(
        "Rubio in Riyadh\n\nSecretary of State Marco Rubio met Saudi Foreign Minister Prince "
        "Faisal bin Farhan in Riyadh on Tuesday. Rubio later told reporters at the State "
        "Department that the talks were useful.\n"
    )
    assert [_place_name(record, m) for m in meetings] == ["Riyadh"]


def test_a_meeting_at_an_organization_of_no_country_has_no_place() -> None:
    _, meetings = _meetings(
        "Leaders meet\n\nGhanaian President John Mahama met Nigerian President Bola Tinubu on "
        "Wednesday at the African Union to discuss the Sahel.\n"
    )
    assert [m.place for m in meetings] == [None]


def test_a_later_meeting_is_in_the_city_of_the_one_before_not_the_dateline() -> None:
    record, meetings = _meetings(
        "India, Sri Lanka talk ties\n\nNEW DELHI, June 17 (Reuters) - Indian External Affairs "
        "Minister S. Jaishankar met his Sri Lankan counterpart Vijitha Herath in Colombo on "
        "Monday.\n\nThe Indian minister was later received by Sri Lankan President Anura Kumara "
        "Dissanayake.\n",
        published=None,
    )
    assert [_place_name(record, m) for m in meetings] == ["Colombo", "Colombo"]


def test_a_later_meeting_after_a_phone_call_keeps_the_dateline() -> None:
    record, meetings = _meetings(
        "India, Sri Lanka talk ties\n\nNEW DELHI, June 17 (Reuters) - Indian External Affairs "
        "Minister S. Jaishankar spoke by phone with his Sri Lankan counterpart Vijitha Herath on "
        "Monday.\n\nJaishankar later met Sri Lankan President Anura Kumara Dissanayake.\n",
        published=None,
    )
    assert [_place_name(record, m) for m in meetings] == [None, "New Delhi"]


def test_this_border_town_is_the_dateline_town_the_gazetteer_lacks() -> None:
    record, meetings = _meetings(
        "Presidents meet in border town\n\nMOCOA, Colombia (AP) \u2014 Colombian President "
        "Gustavo Petro and Ecuadorian President Daniel Noboa met Friday in this Andean "
        "foothill town, pledging to fight cocaine smuggling.\n"
    )
    assert len(meetings) == 1
    place = next(p for p in record.places if p.id == meetings[0].place)
    assert (place.name, place.country, place.kind) == ("Mocoa", "CO", PlaceKind.CITY)


def test_a_dateline_town_outside_the_sides_gives_no_place() -> None:
    _, meetings = _meetings(
        "Presidents meet\n\nIQUITOS, Peru (AP) \u2014 Colombian President Gustavo Petro and "
        "Ecuadorian President Daniel Noboa met Friday, pledging to fight cocaine smuggling.\n"
    )
    assert [m.place for m in meetings] == [None]


def test_an_opening_place_of_a_spokesperson_is_not_where_the_talks_were() -> None:
    _, meetings = _meetings(
        "Leaders meet\n\nMalaysian Prime Minister Anwar Ibrahim held talks with Thai Prime "
        "Minister Anutin Charnvirakul on Thursday.\n\nIn Beijing, foreign ministry spokesperson "
        "Mao Ning said China welcomed the talks.\n"
    )
    assert [m.place for m in meetings] == [None]


def test_an_opening_place_of_a_participant_speaking_of_the_talks_stays() -> None:
    record, meetings = _meetings(
        "Leaders meet\n\nMalaysian Prime Minister Anwar Ibrahim held talks with Thai Prime "
        "Minister Anutin Charnvirakul on Thursday.\n\nIn Bangkok, Anutin said the talks had been "
        "frank.\n"
    )
    assert [_place_name(record, m) for m in meetings] == ["Bangkok"]


def test_during_their_meeting_with_a_past_main_clause_is_held() -> None:
    _, meetings = _meetings(
        "Kenya, Tanzania agree to reopen border post\n\nNAIROBI (Reuters) - Kenyan President "
        "William Ruto and Tanzanian President Samia Suluhu Hassan agreed Friday to begin talks "
        "on reopening the Namanga border post.\n\nDuring their roughly 90-minute meeting at the "
        "president's residence, Ruto said Kenya would fund a new customs building, a Kenyan "
        "official told reporters.\n",
        published=None,
    )
    assert [m.status for m in meetings] == [MeetingStatus.HELD]


def test_during_their_meeting_next_week_stays_planned() -> None:
    _, meetings = _meetings(
        "Kenya, Tanzania to meet\n\nNAIROBI (Reuters) - Kenyan President William Ruto and "
        "Tanzanian President Samia Suluhu Hassan agreed to begin talks on the Namanga border "
        "post.\n\nDuring their meeting next week, the two leaders are expected to sign a customs "
        "deal, an official said.\n",
        published=None,
    )
    assert [m.status for m in meetings] == [MeetingStatus.PLANNED]


def test_in_the_demonym_capital_is_the_countrys_capital() -> None:
    record, meetings = _meetings(
        "Leaders meet\n\nUgandan President Yoweri Museveni met Kenyan President William Ruto on "
        "Thursday in the Kenyan capital to discuss a fuel pipeline.\n"
    )
    assert [_place_name(record, m) for m in meetings] == ["Nairobi"]


def test_the_demonym_capital_named_after_a_comma_is_the_place() -> None:
    record, meetings = _meetings(
        "Ministers meet\n\nEgyptian Foreign Minister Badr Abdelatty held talks with his Sudanese "
        "counterpart on Sunday in the Egyptian capital, Cairo, officials said.\n"
    )
    assert _place_name(record, meetings[0]) == "Cairo"


def test_capital_markets_and_a_trip_to_a_capital_give_no_place() -> None:
    _, meetings = _meetings(
        "Leaders meet\n\nUgandan President Yoweri Museveni met Kenyan President William Ruto on "
        "Thursday to discuss investment in the Kenyan capital markets.\n\nMuseveni held talks "
        "with Tanzanian President Samia Suluhu Hassan on Friday before flying to the Kenyan "
        "capital.\n"
    )
    assert [m.place for m in meetings] == [None, None]
