"""
Places read from the clause around a trigger: a place inside what the meeting was about ("a
call to discuss security in the South China Sea") is not where it was held; ", where he met X"
is placed by the name before it, even after an "in" a few words back ("arrived in Warsaw from
Brussels, where he met Rutte").

The paragraphs were written for these tests in the styles of VOA and AP. The names are real
office holders; the events are made up.
"""

from __future__ import annotations

import datetime as dt

from bilateral.model import Medium
from bilateral.text import extract

PUBLISHED = dt.date(2025, 6, 20)  # a Friday


def test_a_meeting_after_where_is_held_at_the_place_before_it() -> None:
    record = extract(
        "Moldovan President Maia Sandu met Romanian President Nicusor Dan in Bucharest on Friday. "
        "Sandu arrived in Bucharest from Brussels, where she met European Council President Antonio "
        "Costa on Thursday.",
        published=PUBLISHED,
    )
    names = {a.id: a.name for a in record.actors}
    costa = next(m for m in record.meetings if "Antonio Costa" in {names[p] for p in m.participants})
    assert costa.place == "brussels"


def test_where_after_a_non_place_gives_no_place() -> None:
    record = extract(
        "Moldovan President Maia Sandu spoke at a conference on energy, where she met European "
        "Council President Antonio Costa on Thursday.",
        published=PUBLISHED,
    )
    (meeting,) = record.meetings
    assert meeting.place is None


def test_a_place_in_the_subject_of_a_call_is_not_its_place() -> None:
    record = extract(
        "U.S. Defense Secretary Pete Hegseth and Philippine Defense Secretary Gilberto Teodoro held a "
        "video call Thursday to discuss maritime security in the South China Sea, the Pentagon said.",
        published=PUBLISHED,
    )
    (call,) = record.meetings
    assert call.medium is Medium.VIDEO
    assert call.place is None
    assert call.topics == ("maritime security in the South China Sea",)


def test_a_place_after_a_length_is_still_the_meetings() -> None:
    record = extract(
        "Zambian President Hakainde Hichilema met Tanzanian President Samia Suluhu Hassan for about "
        "an hour at State House in Lusaka on Monday.",
        published=PUBLISHED,
    )
    (meeting,) = record.meetings
    assert meeting.place in {"state-house", "lusaka"}


def test_a_venue_after_on_is_the_meetings_place() -> None:
    record = extract(
        "Colombian President Gustavo Petro and Venezuelan President Nicolas Maduro met Saturday on the "
        "Simon Bolivar International Bridge, their first meeting in a year.",
        published=PUBLISHED,
    )
    (meeting,) = record.meetings
    assert meeting.place == "simon-bolivar-international-bridge"


def test_on_before_a_country_is_no_place() -> None:
    record = extract(
        "Colombian President Gustavo Petro met Venezuelan President Nicolas Maduro in Caracas on "
        "Saturday to talk on Venezuela's oil exports.",
        published=PUBLISHED,
    )
    (meeting,) = record.meetings
    assert meeting.place == "caracas"
