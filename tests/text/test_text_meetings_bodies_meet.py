"""
A body set up at a meeting "which will meet" later is no planned meeting of the leaders.

"The two presidents agreed to set up a binational commission, which will meet for the first time
in La Paz in January" gave a planned meeting of the two presidents in La Paz. "which" or "that"
as the subject of "meet" is a thing or a body; people take "who".

The paragraphs were written for these tests in the style of AP. The names are real office
holders; the events are made up.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.model import MeetingStatus
from bilateral.text import _meetings, extract

PUBLISHED = dt.date(2025, 12, 6)  # a Saturday

_MET = (
    "Ecuadorian President Daniel Noboa and Peruvian President Dina Boluarte met Friday in the "
    "border town of Huaquillas. "
)


@pytest.mark.parametrize(
    "sentence",
    [
        "They agreed to set up a binational commission, which will meet for the first time in January.",
        "They agreed to create a working group that will meet every three months in Quito.",
    ],
)
def test_a_body_that_will_meet_is_no_planned_meeting(sentence: str) -> None:
    meetings = extract(_MET + sentence, published=PUBLISHED).meetings
    assert [m.status for m in meetings] == [MeetingStatus.HELD], meetings


def test_people_who_will_meet_are_a_planned_meeting() -> None:
    text = _MET + "Noboa, who will meet Boluarte again in Lima in March, praised the talks."
    meetings = extract(text, published=PUBLISHED).meetings
    assert MeetingStatus.PLANNED in {m.status for m in meetings}, meetings


@pytest.mark.parametrize(
    ("before", "body"),
    [
        ("agreed to set up a binational commission, which will ", True),
        ("agreed to create a working group that will regularly ", True),
        ("will send a delegation that will ", False),
        ("said U.S. officials, which will ", False),
        ("said the two leaders ", False),
    ],
)
def test_which_or_that_before_meet_is_a_body_unless_people_come_before(before: str, body: bool) -> None:
    which = _meetings._WHICH_SUBJECT.search(before)
    people = which is not None and _meetings._PEOPLE_BEFORE.search(before, 0, which.start()) is not None
    assert (which is not None and not people) is body


# -- "the sixth meeting of the <body>": the body names the meeting -------------------------

_COUNCIL = (
    "Kenyan President William Ruto and Tanzanian President Samia Suluhu Hassan met in Arusha on Thursday.\n\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        (
            "The two leaders met privately at State House before chairing the fourth meeting of "
            "the Joint Permanent Commission on Cooperation, the presidency said."
        ),
        (
            "The two leaders met privately at State House before chairing the first meeting of "
            "the Kenya-Tanzania Border Council, the presidency said."
        ),
    ],
)
def test_the_body_whose_meeting_it_is_takes_no_part(sentence: str) -> None:
    record = extract(_COUNCIL + sentence, published=PUBLISHED)
    names = {a.id: a.name for a in record.actors}
    parts = [{names[p] for p in m.participants} for m in record.meetings]
    assert parts, record.meetings
    assert len(parts) == 1, parts
    assert parts[0] == {"William Ruto", "Samia Suluhu Hassan"}


def test_a_body_met_with_takes_part() -> None:
    record = extract(
        "Kenyan President William Ruto held a meeting with the African Union Commission in "
        "Addis Ababa on Thursday.\n",
        published=PUBLISHED,
    )
    names = {a.id: a.name for a in record.actors}
    assert any(any("Commission" in names[p] for p in m.participants) for m in record.meetings), (
        record.meetings
    )
