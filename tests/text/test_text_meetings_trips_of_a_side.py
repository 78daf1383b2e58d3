"""
A side's trip reported after its meeting ("Lee, who arrived in Tokyo on Friday for a two-day
visit, ..."): it is how that side came to the talks, not another meeting, and it gives the
talks neither its day nor the back references that follow. A day next to a joint verb
("agreed Saturday ..., during their meeting") is the meeting's day.

The paragraphs were written for these tests in the styles of VOA and the wire services. The
names are real office holders; the events are made up.
"""

from __future__ import annotations

import datetime as dt

from bilateral.text import extract

PUBLISHED = dt.date(2025, 6, 22)  # a Sunday


def _meetings(text: str) -> list[tuple[set[str], str | None, tuple[str, ...]]]:
    record = extract(text, published=PUBLISHED)
    names = {a.id: a.name for a in record.actors}
    return [
        ({names[p] for p in m.participants}, m.date.text if m.date else None, m.topics)
        for m in record.meetings
    ]


def test_the_day_of_a_joint_act_during_the_meeting_dates_it_and_the_arrival_does_not() -> None:
    meetings = _meetings(
        "Philippine President Ferdinand Marcos Jr. and Indonesian President Prabowo Subianto agreed "
        "Saturday to open talks on a maritime boundary in the Celebes Sea and to expand rice trade, "
        "during their first meeting since Prabowo took office.\n\n"
        "Marcos, who arrived in Jakarta on Friday for a three-day state visit, told Prabowo at the "
        "start of their talks that the two countries were natural partners."
    )
    assert len(meetings) == 1
    people, day, _ = meetings[0]
    assert people == {"Ferdinand Marcos Jr", "Prabowo Subianto"}
    assert day == "Saturday"


def test_an_arrival_without_a_meeting_day_still_dates_the_meeting() -> None:
    meetings = _meetings(
        "Philippine President Ferdinand Marcos Jr. met Indonesian President Prabowo Subianto in "
        "Jakarta. Marcos arrived in Jakarta on Friday for a three-day state visit."
    )
    assert len(meetings) == 1
    assert meetings[0][1] == "Friday"


def test_a_trip_with_no_destination_leaves_the_talks_current() -> None:
    meetings = _meetings(
        "Kenyan President William Ruto and Ethiopian Prime Minister Abiy Ahmed held talks in Nairobi "
        "on Saturday that covered trade.\n\n"
        "Abiy, who flew in on Friday evening for a one-day working visit, told reporters the two "
        "countries were natural partners.\n\n"
        "Kenya's foreign minister told Reuters the talks had also touched on a power line to "
        "Mombasa."
    )
    assert len(meetings) == 1
    people, _, topics = meetings[0]
    assert people == {"William Ruto", "Abiy Ahmed"}
    assert "power line to Mombasa" in topics


def test_a_trip_to_a_third_country_is_no_part_of_the_meeting() -> None:
    meetings = _meetings(
        "Philippine President Ferdinand Marcos Jr. and Indonesian President Prabowo Subianto agreed "
        "Saturday to expand rice trade during their meeting in Jakarta.\n\n"
        "Marcos arrived in Tokyo on Sunday for talks with Japanese Prime Minister Shigeru Ishiba."
    )
    assert len(meetings) == 2


def test_a_trip_before_another_meeting_in_its_sentence_stays_that_meetings_trip() -> None:
    meetings = _meetings(
        "Chinese Foreign Minister Wang Yi met Indian National Security Adviser Ajit Doval in New Delhi "
        "on Tuesday.\n\nWang, who arrived in New Delhi on Monday for a two-day visit, also held talks "
        "with External Affairs Minister S. Jaishankar."
    )
    jaishankar = next(m for m in meetings if "S. Jaishankar" in m[0])
    assert jaishankar[1] == "Monday"
