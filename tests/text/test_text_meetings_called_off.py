"""
A visit or meeting called off, told next to a meeting held: two meetings, not one.

"A planned visit by X to Y, originally set for next month, has been postponed" and "A trip by
X that had been planned for December was called off" (the verb after a relative clause) name
a meeting that did not take place; it takes neither the status nor the place of the talks
held, and talks mentioned after it ("briefed on the talks") are the ones held. Outcomes done
("agreed", "signed") belong to no meeting called off. A place after "The meeting came weeks
after ..." is where the earlier events happened, not where the leaders met.

The paragraphs were written for these tests in the styles of VOA, AP and Reuters. The names
are real office holders; the events are made up.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.model import MeetingStatus
from bilateral.text import extract

PUBLISHED = dt.date(2025, 9, 13)  # a Saturday
HELD = (
    "Zambian President Hakainde Hichilema met Tanzanian President Samia Suluhu Hassan in Lusaka on "
    "Friday for talks on the TAZARA railway."
)


@pytest.mark.parametrize(
    "called_off",
    [
        "A planned visit by Hichilema to Dar es Salaam, originally set for next month, has been postponed.",
        "A visit by Hichilema to Dodoma that had been planned for December was called off in August.",
        "A trip by Hichilema to Dar es Salaam that was scheduled for October has been cancelled.",
    ],
)
def test_a_visit_called_off_is_not_the_meeting_held(called_off: str) -> None:
    record = extract(f"{HELD} {called_off} Officials said the talks went well.", published=PUBLISHED)
    held = [m for m in record.meetings if m.status is MeetingStatus.HELD]
    assert len(held) == 1
    assert held[0].place == "lusaka"
    assert held[0].date is not None
    assert held[0].date.start == dt.date(2025, 9, 12)
    assert all(m.place != "lusaka" for m in record.meetings if m.status is MeetingStatus.CANCELLED)


def test_the_relative_clause_does_not_hide_the_verb_that_calls_the_meeting_off() -> None:
    record = extract(
        "A meeting between Zambian President Hakainde Hichilema and Tanzanian President Samia "
        "Suluhu Hassan that had been planned for Dodoma in October was called off after a dispute "
        "over rail tariffs.",
        published=PUBLISHED,
    )
    (meeting,) = record.meetings
    assert meeting.status is MeetingStatus.CANCELLED


def test_a_relative_clause_that_holds_the_cancellation_of_another_event() -> None:
    # Negative: the meeting is held; what was called off is the summit its clause speaks of.
    record = extract(
        "Zambian President Hakainde Hichilema met Tanzanian President Samia Suluhu Hassan in Lusaka "
        "on Friday, a meeting that replaced a summit called off in July.",
        published=PUBLISHED,
    )
    (meeting,) = record.meetings
    assert meeting.status is MeetingStatus.HELD


def test_a_postponed_meeting_that_then_took_place_is_one_meeting() -> None:
    # Negative: the meeting postponed and the one held are the same ("the talks", definite).
    record = extract(
        HELD.replace("met", "was due to meet", 1).replace("on Friday", "last week", 1)
        + " But the meeting was postponed. "
        "The two presidents met in Lusaka on Friday instead.",
        published=PUBLISHED,
    )
    held = [m for m in record.meetings if m.status is MeetingStatus.HELD]
    assert len(held) == 1
    assert held[0].place == "lusaka"


def test_an_agreement_goes_to_the_meeting_held_not_to_the_one_called_off() -> None:
    record = extract(
        "Zambian President Hakainde Hichilema and Tanzanian President Samia Suluhu Hassan had been "
        "set to meet in Dodoma on Sept. 4, but the meeting was postponed. The two leaders last met "
        "in Lusaka in June, where they agreed to upgrade the TAZARA railway.",
        published=PUBLISHED,
    )
    owners = [m for m in record.meetings if m.outcomes]
    assert len(owners) == 1
    assert owners[0].status is MeetingStatus.HELD
    assert owners[0].place == "lusaka"


@pytest.mark.parametrize(
    "background",
    [
        "The meeting came weeks after floods in Malawi's southern region cut a key road.",
        "The talks come days after clashes between traders in Tanzania's Mbeya region.",
    ],
)
def test_a_place_after_came_after_is_not_the_meetings(background: str) -> None:
    record = extract(
        "Zambian President Hakainde Hichilema and Tanzanian President Samia Suluhu Hassan met on Friday "
        "for talks on the railway. " + background,
        published=PUBLISHED,
    )
    (meeting,) = record.meetings
    assert meeting.place is None


def test_a_place_where_a_side_arrived_is_still_the_meetings() -> None:
    # Negative: "came a day after Hassan arrived in Lusaka" says where they met.
    record = extract(
        "Tanzanian President Samia Suluhu Hassan met Zambian President Hakainde Hichilema on Friday. "
        "The meeting came a day after Hassan arrived in Lusaka for a two-day visit.",
        published=PUBLISHED,
    )
    (meeting,) = record.meetings
    assert meeting.place == "lusaka"


@pytest.mark.parametrize(
    ("sentence", "status", "date"),
    [
        # Put off: still to come, on the new date when the text gives one.
        (
            (
                "Talks between Zambian President Hakainde Hichilema and Tanzanian President Samia "
                "Suluhu Hassan, originally scheduled for Thursday in Dodoma, have been postponed until "
                "next month, the Zambian presidency said."
            ),
            MeetingStatus.PLANNED,
            "next month",
        ),
        # The date in the sentence that puts it off is the one it was put off from.
        (
            (
                "Hichilema and Tanzanian President Samia Suluhu Hassan had been due to meet in Dodoma "
                "on Sept. 4, but the meeting was "
                "pushed back, officials said."
            ),
            MeetingStatus.PLANNED,
            None,
        ),
        # Negative: put off for good, or called off, is cancelled.
        (
            (
                "A meeting between Hichilema and Tanzanian President Samia Suluhu Hassan planned for "
                "October in Dodoma was postponed "
                "indefinitely after a dispute over rail tariffs."
            ),
            MeetingStatus.CANCELLED,
            "October",
        ),
        (
            (
                "A meeting between Hichilema and Tanzanian President Samia Suluhu Hassan planned for "
                "October in Dodoma was cancelled "
                "after a dispute over rail tariffs."
            ),
            MeetingStatus.CANCELLED,
            "October",
        ),
    ],
)
def test_a_postponed_meeting_is_planned_not_cancelled(
    sentence: str, status: MeetingStatus, date: str | None
) -> None:
    text = (
        "Zambian President Hakainde Hichilema arrived in Lusaka from a tour of the Copperbelt on "
        "Wednesday. " + sentence
    )
    (meeting,) = [m for m in extract(text, published=PUBLISHED).meetings if len(m.participants) == 2]
    assert meeting.status is status
    assert (meeting.date.text if meeting.date is not None else None) == date
