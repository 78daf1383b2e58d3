"""
Meetings whose participants are not listed with the meeting noun.

"X and Y agreed ... after a meeting of about 90 minutes": the pair acting together is who
met. The paragraphs are written for these tests, in the styles of several outlets.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.model import Meeting, MeetingStatus, Record
from bilateral.text import extract

PUBLISHED = dt.date(2025, 3, 28)  # a Friday


def _record(text: str) -> Record:
    return extract(text, published=PUBLISHED)


def _names(record: Record, meeting: Meeting) -> set[str]:
    by_id = {a.id: a.name for a in record.actors}
    return {by_id[p] for p in meeting.participants}


def test_pair_agreeing_then_a_meeting_in_the_next_sentence() -> None:
    text = (
        "Amazon fund launched in Brasilia\n\n"
        "BRASILIA, March 28 (Reuters) - French President Emmanuel Macron and Brazilian President "
        "Luiz Inacio Lula da Silva agreed on Thursday to launch a joint fund for the rainforest.\n\n"
        '"This is only the start," Macron told reporters after a meeting of about 90 minutes.\n'
    )
    record = _record(text)
    assert len(record.meetings) == 1
    meeting = record.meetings[0]
    assert _names(record, meeting) == {"Emmanuel Macron", "Luiz Inacio Lula da Silva"}
    assert meeting.status is MeetingStatus.HELD
    assert meeting.date is not None
    assert meeting.date.start == dt.date(2025, 3, 27)
    assert meeting.duration is not None
    assert meeting.duration.seconds == 90 * 60
    assert any(o.kind.value == "agreement" for o in meeting.outcomes)


def test_pair_and_indefinite_talks_in_one_sentence() -> None:
    text = (
        "TOKYO (AP) -- Japanese Prime Minister Fumio Kishida and Indian Prime Minister Narendra Modi "
        "signed a defense pact on Monday following talks that lasted two hours.\n"
    )
    record = _record(text)
    assert len(record.meetings) == 1
    meeting = record.meetings[0]
    assert _names(record, meeting) == {"Fumio Kishida", "Narendra Modi"}
    assert meeting.duration is not None
    assert meeting.duration.seconds == 2 * 3600


def test_definite_talks_after_a_pledging_pair() -> None:
    text = (
        "Spanish Prime Minister Pedro Sanchez and Moroccan Prime Minister Aziz Akhannouch pledged "
        "on Wednesday to deepen cooperation on migration.\n\n"
        "The talks lasted three hours, officials said.\n"
    )
    record = _record(text)
    assert len(record.meetings) == 1
    assert _names(record, record.meetings[0]) == {"Pedro Sanchez", "Aziz Akhannouch"}


@pytest.mark.parametrize(
    "text",
    [
        # Each leader acts alone, in a sentence of their own: they never met.
        (
            "French President Emmanuel Macron agreed on Tuesday to send more aid after a meeting "
            "of his cabinet.\n\nBrazilian President Luiz Inacio Lula da Silva said the plan was "
            "welcome.\n"
        ),
        # A pair acting together, but no meeting is mentioned anywhere.
        (
            "German Chancellor Olaf Scholz and Kenyan President William Ruto signed an open letter "
            "on Monday urging lenders to cut debt for poor countries.\n"
        ),
        # The pair did not agree.
        (
            "German Chancellor Olaf Scholz and Kenyan President William Ruto did not agree on "
            "Monday on a debt plan.\n\nA meeting of finance officials is planned.\n"
        ),
        # The meeting is mentioned far from the pair: nothing ties them together.
        (
            "Japanese Prime Minister Fumio Kishida and Indian Prime Minister Narendra Modi vowed "
            "to fight climate change.\n\nThe pledge was welcomed by activists.\n\n"
            "Critics said it came too late.\n\nA meeting of donors opens next week.\n"
        ),
        # The meeting mentioned names its own parties, even unresolved ones.
        (
            "U.S. Secretary of State Antony Blinken and Chinese Foreign Minister Wang Yi agreed to "
            "keep channels open.\n\nA meeting between their deputies is planned for next month.\n"
        ),
        # Two officials of one country acting together is not a bilateral meeting.
        (
            "French President Emmanuel Macron and French Prime Minister Francois Bayrou agreed on "
            "a budget after a meeting at the Elysee.\n"
        ),
    ],
)
def test_no_meeting_without_a_pair_beside_a_meeting(text: str) -> None:
    assert _record(text).meetings == ()


def test_a_named_meeting_is_not_doubled_by_the_pair() -> None:
    text = (
        "Japanese Prime Minister Fumio Kishida met Indian Prime Minister Narendra Modi in Tokyo on "
        "Monday.\n\nKishida and Modi agreed to expand trade after the talks.\n"
    )
    record = _record(text)
    assert len(record.meetings) == 1
    assert _names(record, record.meetings[0]) == {"Fumio Kishida", "Narendra Modi"}


def test_dateline_city_of_one_side_is_the_place_and_makes_the_host() -> None:
    text = (
        "Leaders seal rainforest deal\n\n"
        "BRASILIA, March 28 (Reuters) - French President Emmanuel Macron and Brazilian President "
        "Luiz Inacio Lula da Silva agreed on Thursday to launch a joint fund for the rainforest "
        "after talks at the presidential palace.\n"
    )
    record = _record(text)
    assert len(record.meetings) == 1
    meeting = record.meetings[0]
    places = {p.id: p for p in record.places}
    assert meeting.place is not None
    assert places[meeting.place].country == "BR"
    assert places[meeting.place].name == "Bras\u00edlia"
    host = {a.id: a.name for a in record.actors}[meeting.host or ""]
    assert host == "Luiz Inacio Lula da Silva"


@pytest.mark.parametrize(
    "text",
    [
        # Filed from a third country's city: the dateline says nothing of where they met.
        (
            "GENEVA (Reuters) - Japanese Prime Minister Fumio Kishida and Indian Prime Minister "
            "Narendra Modi agreed on Monday to expand trade after talks.\n"
        ),
        # A phone call is held nowhere.
        (
            "NEW DELHI (Reuters) - Indian Prime Minister Narendra Modi and Japanese Prime Minister "
            "Fumio Kishida agreed on Monday to expand trade during a phone call.\n"
        ),
    ],
)
def test_dateline_city_of_no_side_or_a_call_gives_no_place(text: str) -> None:
    record = _record(text)
    assert len(record.meetings) == 1
    assert record.meetings[0].place is None


def test_definite_talks_opening_the_sentence_of_the_pair() -> None:
    text = (
        "During the talks, Chinese President Xi Jinping and Brazilian President Luiz Inacio Lula "
        "da Silva discussed trade and climate change.\n"
    )
    record = _record(text)
    assert len(record.meetings) == 1
    meeting = record.meetings[0]
    assert _names(record, meeting) == {"Xi Jinping", "Luiz Inacio Lula da Silva"}
    assert meeting.status is MeetingStatus.HELD


def test_pair_acting_together_completes_a_visit() -> None:
    text = (
        "French President Emmanuel Macron arrived in Brazil on Tuesday for a three-day state visit."
        "\n\nOn Thursday, Macron and Brazilian President Luiz Inacio Lula da Silva agreed to launch "
        "a joint fund for the Amazon.\n"
    )
    record = _record(text)
    assert len(record.meetings) == 1
    meeting = record.meetings[0]
    assert _names(record, meeting) == {"Emmanuel Macron", "Luiz Inacio Lula da Silva"}
    assert _names(record, meeting) >= {{a.id: a.name for a in record.actors}[meeting.host or ""]}
    assert meeting.date is not None
    assert meeting.date.start == dt.date(2025, 3, 27)
