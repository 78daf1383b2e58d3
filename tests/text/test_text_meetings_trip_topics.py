"""
What a trip is for is what each of its meetings is about, and "his expected visit" is the trip
still to come, not the meeting he held before it.

The paragraphs were written for these tests in the style of VOA. The names are real office
holders; the events are made up.
"""

from __future__ import annotations

import datetime as dt

from bilateral.model import MeetingStatus
from bilateral.text import extract

PUBLISHED = dt.date(2025, 4, 18)  # a Friday

_TEXT = (
    "South Korean President Lee Jae-myung is expected to visit Vietnam and Indonesia in early "
    "May, after meeting U.S. President Donald Trump at the White House. Lee's trip will include "
    "meeting Vietnamese President Luong Cuong and Indonesian President Prabowo Subianto, "
    "according to Yonhap. Analysts told VOA that Lee's expected visit is aimed at boosting "
    "supply chain cooperation with Southeast Asia."
)


def test_the_purpose_of_a_trip_is_a_topic_of_each_leg_and_not_of_the_meeting_before() -> None:
    record = extract(_TEXT, published=PUBLISHED)
    names = {a.id: a.name for a in record.actors}
    by_people = {frozenset(names[p] for p in m.participants): m for m in record.meetings}
    trump = by_people[frozenset({"Lee Jae-myung", "Donald Trump"})]
    assert trump.status is MeetingStatus.HELD
    assert not any("supply chain" in t for t in trump.topics), trump.topics
    for other in ("Luong Cuong", "Prabowo Subianto"):
        leg = by_people[frozenset({"Lee Jae-myung", other})]
        assert leg.status is MeetingStatus.PLANNED
        assert any("supply chain cooperation" in t for t in leg.topics), (other, leg.topics)


def test_a_date_before_a_comma_is_the_trip_s_not_the_meeting_after_it() -> None:
    record = extract(_TEXT, published=PUBLISHED)
    names = {a.id: a.name for a in record.actors}
    (trump,) = [m for m in record.meetings if "Donald Trump" in {names[p] for p in m.participants}]
    assert trump.date is None or "May" not in trump.date.text, trump.date
