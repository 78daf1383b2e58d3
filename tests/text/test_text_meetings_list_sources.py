"""
Who reported a meeting is no participant: "to meet Rubio, the Foreign Relations Department
said" lists Rubio only.

The paragraphs were written for these tests in the styles of AP and Reuters. The names are
real office holders; the events are made up.
"""

from __future__ import annotations

import datetime as dt

from bilateral.text import extract

PUBLISHED = dt.date(2025, 4, 3)  # a Thursday


def _participants(text: str) -> list[set[str]]:
    record = extract(text, published=PUBLISHED)
    names = {a.id: a.name for a in record.actors}
    return [{names[p] for p in m.participants} for m in record.meetings]


def test_the_body_that_reported_the_meeting_is_no_participant() -> None:
    meetings = _participants(
        "Colombian Foreign Minister Laura Sarabia will travel to Brasilia next week to meet "
        "Brazilian Foreign Minister Mauro Vieira, the Colombian Foreign Ministry said. Their talks "
        "are likely to center on the Amazon and drug trafficking."
    )
    assert meetings == [{"Laura Sarabia", "Mauro Vieira"}]


def test_a_list_of_participants_still_runs_past_its_commas() -> None:
    meetings = _participants(
        "Brazilian Foreign Minister Mauro Vieira met Colombian Foreign Minister Laura Sarabia, "
        "Peruvian Foreign Minister Elmer Schialer in Brasilia on Tuesday, officials said."
    )
    assert meetings == [{"Mauro Vieira", "Laura Sarabia", "Elmer Schialer"}]


def test_a_counterpart_named_in_apposition_is_that_person_not_the_one_met_before() -> None:
    meetings = _participants(
        "Iranian Foreign Minister Abbas Araghchi met Qatar's Emir Sheikh Tamim bin Hamad Al Thani "
        "in Doha on Monday. Araghchi also held talks with his Qatari counterpart, Sheikh Mohammed "
        "bin Abdulrahman Al Thani, on Tuesday."
    )
    assert {"Abbas Araghchi", "Mohammed bin Abdulrahman Al Thani"} in meetings, meetings
    assert all(len(m) == 2 for m in meetings), meetings


def test_a_description_of_another_office_is_not_the_leaders_met_before() -> None:
    meetings = _participants(
        "Ethiopian Prime Minister Abiy Ahmed and Somali President Hassan Sheikh Mohamud met in "
        "Ankara on Wednesday. The foreign ministers of Ethiopia and Somalia are due to meet again "
        "early next year, a Turkish diplomatic source said."
    )
    assert meetings == [{"Abiy Ahmed", "Hassan Sheikh Mohamud"}]


def test_a_description_of_their_office_is_the_leaders_met_before() -> None:
    meetings = _participants(
        "Kenyan President William Ruto and Ugandan President Yoweri Museveni signed a pipeline deal "
        "in Kampala on Monday. The presidents of Kenya and Uganda will meet again in Nairobi in March."
    )
    assert meetings == [{"William Ruto", "Yoweri Museveni"}] * 2
