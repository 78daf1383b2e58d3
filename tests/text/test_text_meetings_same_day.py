"""
"earlier in the day" in a later sentence is the day of the meeting reported before it, and
"last met" is an earlier meeting, not more of the one being reported.

The paragraphs were written for these tests in the styles of Al Jazeera and AFP. The names
are real office holders; the events are made up.
"""

from __future__ import annotations

import datetime as dt

from bilateral.model import Span, TimeExpression
from bilateral.text import extract
from bilateral.text._dates import place_anaphor

PUBLISHED = dt.date(2025, 5, 14)  # a Wednesday


def _by_people(text: str) -> dict[frozenset[str], list[TimeExpression | None]]:
    record = extract(text, published=PUBLISHED)
    names = {a.id: a.name for a in record.actors}
    out: dict[frozenset[str], list[TimeExpression | None]] = {}
    for m in record.meetings:
        out.setdefault(frozenset(names[p] for p in m.participants), []).append(m.date)
    return out


def test_earlier_in_the_day_takes_the_day_of_the_meeting_before() -> None:
    meetings = _by_people(
        "Turkish Foreign Minister Hakan Fidan met Saudi Crown Prince Mohammed bin Salman in Riyadh "
        "on Monday. Fidan also held talks with his Saudi counterpart, Prince Faisal bin Farhan, "
        "earlier in the day."
    )
    (faisal,) = meetings[frozenset({"Hakan Fidan", "Faisal bin Farhan"})]
    assert faisal is not None
    assert faisal.start == dt.date(2025, 5, 12)


def test_last_met_is_an_earlier_meeting() -> None:
    meetings = _by_people(
        "Turkish Foreign Minister Hakan Fidan held talks with Saudi Foreign Minister Prince Faisal "
        "bin Farhan in Riyadh on Monday. The two ministers last met earlier this month on the sidelines "
        "of a diplomacy forum."
    )
    dates = meetings[frozenset({"Hakan Fidan", "Faisal bin Farhan"})]
    assert len(dates) == 2, dates


def test_place_anaphor_leaves_other_expressions_alone() -> None:
    monday = TimeExpression.from_date(dt.date(2025, 5, 12), text="Monday")
    later = TimeExpression(text="the next day", mention=Span(start=5, end=17))
    placed = place_anaphor(later, monday)
    assert placed.start == dt.date(2025, 5, 13)
    assert placed.mention == Span(start=5, end=17)
    last_week = TimeExpression(text="last week")
    assert place_anaphor(last_week, monday) is last_week


def test_today_is_a_day_of_its_own_even_with_no_anchor() -> None:
    record = extract(
        "Emirati President Mohamed bin Zayed received Indian Prime Minister Narendra Modi at Qasr Al "
        "Watan in Abu Dhabi today.\n\nModi had arrived in Abu Dhabi on Thursday on a two-day visit.\n"
    )
    (meeting,) = record.meetings
    assert meeting.date is not None
    assert meeting.date.text == "today"


def test_a_deadline_before_the_talks_does_not_date_them() -> None:
    meetings = _by_people(
        "Turkish Foreign Minister Hakan Fidan and his Saudi counterpart Prince Faisal bin Farhan "
        "pledged on Monday to finish the railway study by 2027 after talks in Riyadh."
    )
    (date,) = meetings[frozenset({"Hakan Fidan", "Faisal bin Farhan"})]
    assert date is not None
    assert date.text == "Monday"


def test_earlier_in_the_day_is_the_day_of_the_meeting_not_of_the_arrival_reported_since() -> None:
    record = extract(
        "Chinese Foreign Minister Wang Yi met Nigerian Foreign Minister Yusuf Tuggar in Abuja on "
        "Thursday.\n\nWang arrived in Abuja on Wednesday for an official visit.\n\n"
        "Chinese foreign ministers have chosen Africa for their first trip of the year for decades.\n\n"
        "Earlier in the day, Nigerian President Bola Ahmed Tinubu received Wang at the State House.\n"
    )
    names = {a.id: a.name for a in record.actors}
    (tinubu,) = [m for m in record.meetings if "Bola Ahmed Tinubu" in {names[p] for p in m.participants}]
    assert tinubu.date is not None
    assert tinubu.date.weekday is not None
    assert tinubu.date.weekday.value == "Thursday"
