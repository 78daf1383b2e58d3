"""
Meetings reported inside other clauses: "two weeks after X spoke with Y", "said the visit
had ...", "the talks lasted ...", and dates of what was agreed for later.

The paragraphs were written for these tests in the styles of wire services and public
broadcasters. The names are real office holders; the events are made up.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from bilateral.model import Direction, Medium, MeetingStatus, Span
from bilateral.text import extract
from bilateral.text._dates import clause_direction

if TYPE_CHECKING:
    from bilateral.model import Record

PUBLISHED = dt.date(2025, 6, 20)  # a Friday


def _record(text: str) -> Record:
    return extract(text, published=PUBLISHED)


def _pairs(record: Record) -> list[set[str]]:
    by_id = {a.id: a.name for a in record.actors}
    return [{by_id[p].split()[-1] for p in m.participants} for m in record.meetings]


@pytest.mark.parametrize(
    ("text", "medium"),
    [
        (
            (
                "The visit came two weeks after Ghanaian President John Mahama spoke by phone with "
                "French President Emmanuel Macron.\n"
            ),
            Medium.PHONE,
        ),
        (
            (
                "Prices rose before Ghanaian President John Mahama met French President Emmanuel "
                "Macron in Paris.\n"
            ),
            Medium.IN_PERSON,
        ),
        (
            (
                "Little has changed since Ghanaian President John Mahama last met French President "
                "Emmanuel Macron in Accra.\n"
            ),
            Medium.IN_PERSON,
        ),
    ],
)
def test_a_meeting_in_a_clause_after_a_subordinator(text: str, medium: Medium) -> None:
    record = _record(text)
    assert _pairs(record) == [{"Mahama", "Macron"}]
    assert record.meetings[0].medium is medium


def test_who_speaks_of_the_visit_did_not_make_it() -> None:
    text = (
        "Ghanaian President John Mahama will visit Paris next month, where he is expected to "
        "meet French President Emmanuel Macron.\n\n"
        "Ghanaian government spokesman Felix Kwakye Ofosu said the visit had been long in the "
        "making.\n"
    )
    record = _record(text)
    assert _pairs(record) == [{"Mahama", "Macron"}]


def test_who_pays_the_visit_makes_it() -> None:
    text = (
        "French President Emmanuel Macron received Ghanaian President John Mahama at the "
        "Elysee Palace on Thursday.\n\n"
        "Mahama paid the visit at the invitation of the French government.\n"
    )
    record = _record(text)
    assert _pairs(record) == [{"Mahama", "Macron"}]
    assert record.meetings[0].status is MeetingStatus.HELD


def test_talks_that_lasted_are_not_the_talks_announced_for_later() -> None:
    text = (
        "Ghanaian President John Mahama met French President Emmanuel Macron in Paris on "
        "Thursday.\n\nThe two sides will begin technical talks by the end of July.\n\n"
        "The talks lasted about three hours, officials said.\n"
    )
    record = _record(text)
    planned = [m for m in record.meetings if m.status is MeetingStatus.PLANNED]
    assert all(m.duration is None for m in planned)


@pytest.mark.parametrize(
    ("sentence", "word", "direction"),
    [
        ("The two ministers agreed to meet again in Accra in September.", "September", Direction.FUTURE),
        ("The leaders decided to hold talks in March.", "March", Direction.FUTURE),
        ("The leaders agreed on Tuesday to hold talks.", "Tuesday", Direction.PAST),
        ("The leaders agreed Tuesday to hold talks.", "Tuesday", Direction.PAST),
        ("Ghana signed a memorandum with Togo in January.", "January", Direction.PAST),
        (
            "They agreed to revive a stalled rail project and to meet again in Lome in October.",
            "October",
            Direction.FUTURE,
        ),
        ("The minister travelled to Lome and to Cotonou in October.", "October", Direction.PAST),
        (
            "The visit follows a call on March 31, during which the two presidents agreed to relaunch talks.",
            "March 31",
            Direction.PAST,
        ),
    ],
)
def test_the_date_of_what_was_agreed_looks_ahead(sentence: str, word: str, direction: Direction) -> None:
    at = sentence.index(word)
    assert clause_direction(sentence, Span(start=at, end=at + len(word))) is direction


def test_a_deal_signed_months_before_is_not_the_meetings_outcome() -> None:
    text = (
        "Ghanaian President John Mahama met French President Emmanuel Macron in Paris on "
        "Thursday.\n\nRelations improved in January when Ghana signed a defence agreement with "
        "France.\n"
    )
    record = _record(text)
    assert record.meetings[0].outcomes == ()


def test_a_meeting_agreed_for_later_keeps_the_agreement_with_the_meeting_held() -> None:
    text = (
        "Ghanaian President John Mahama met French President Emmanuel Macron in Paris on "
        "Thursday.\n\nThe two leaders agreed to meet again in Accra in September.\n"
    )
    record = _record(text)
    held = next(m for m in record.meetings if m.status is MeetingStatus.HELD)
    assert len(held.outcomes) == 1
    planned = next(m for m in record.meetings if m.status is MeetingStatus.PLANNED)
    assert planned.date is not None
    assert planned.date.start is not None
    assert planned.date.start.year == PUBLISHED.year
    assert planned.date.start.month == 9


def test_a_call_during_which_they_agreed_is_held_and_keeps_its_agreement() -> None:
    text = (
        "French Foreign Minister Jean-Noel Barrot met Algerian Foreign Minister Ahmed Attaf in "
        "Algiers on Sunday.\n\nThe visit follows a phone call between Algerian President "
        "Abdelmadjid Tebboune and French President Emmanuel Macron on March 31, during which the "
        "two presidents agreed to relaunch dialogue.\n\nMacron and Tebboune are to meet later this "
        "year.\n"
    )
    record = _record(text)
    call = next(m for m in record.meetings if m.medium is Medium.PHONE)
    assert call.status is MeetingStatus.HELD
    assert len(call.outcomes) == 1


@pytest.mark.parametrize(
    ("sentence", "word", "direction"),
    [
        ("The two ministers met in May.", "May", Direction.PAST),
        ("The two ministers may meet in June.", "June", Direction.FUTURE),
    ],
)
def test_the_month_may_is_no_modal(sentence: str, word: str, direction: Direction) -> None:
    at = sentence.index(word)
    assert clause_direction(sentence, Span(start=at, end=at + len(word))) is direction


def test_a_full_month_does_not_take_the_sentence_full_stop() -> None:
    text = "Ghanaian President John Mahama met French President Emmanuel Macron in Paris on 3 June.\n"
    meeting = _record(text).meetings[0]
    assert meeting.date is not None
    assert meeting.date.text == "3 June"
