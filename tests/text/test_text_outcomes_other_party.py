"""
What came out of a meeting is between its sides: a deal one side signed with someone else is
background, and a quoted name of a meeting format agreed on is no topic.

The paragraphs were written for these tests in the styles of Reuters and Kyodo. The names are
real office holders; the events are made up.
"""

from __future__ import annotations

import datetime as dt

from bilateral.model import OutcomeKind
from bilateral.text import extract

PUBLISHED = dt.date(2025, 12, 12)  # a Friday

_MET = "Kenyan President William Ruto and Ugandan President Yoweri Museveni met in Kampala on Wednesday.\n\n"


def _kinds(text: str) -> list[OutcomeKind]:
    (meeting,) = extract(text, published=PUBLISHED).meetings
    return [o.kind for o in meeting.outcomes]


def test_a_deal_signed_with_a_third_party_is_not_the_meetings() -> None:
    text = _MET + "Ties have soured since Kenya signed a port agreement with Puntland.\n"
    assert _kinds(text) == []


def test_a_deal_signed_with_the_other_side_is_the_meetings() -> None:
    text = _MET + "Kenya signed a pipeline agreement with Uganda.\n"
    assert _kinds(text) == [OutcomeKind.AGREEMENT]


def test_a_deal_the_two_signed_is_the_meetings() -> None:
    text = _MET + "The two leaders signed a pipeline agreement with great fanfare.\n"
    assert _kinds(text) == [OutcomeKind.AGREEMENT]


def test_a_quoted_meeting_format_is_no_topic() -> None:
    text = _MET + 'They agreed to hold a "two-plus-two" security dialogue and to fight "cattle rustling".\n'
    (meeting,) = extract(text, published=PUBLISHED).meetings
    assert "two-plus-two" not in meeting.topics
    assert "cattle rustling" in meeting.topics


def test_a_deal_that_could_only_be_signed_on_a_condition_is_no_agreement() -> None:
    text = _MET + "Museveni said the pipeline deal could only be signed if it included local content rules.\n"
    assert _kinds(text) == []


def test_a_pledge_of_a_leader_and_his_counterpart_is_both_of_theirs() -> None:
    text = (
        "Kenyan President William Ruto and his Ugandan counterpart Yoweri Museveni pledged on "
        "Wednesday to finish the oil pipeline by 2027 after talks in Kampala.\n"
    )
    record = extract(text, published=PUBLISHED)
    (meeting,) = record.meetings
    names = {a.id: a.name for a in record.actors}
    (pledge,) = meeting.outcomes
    assert {names[a] for a in pledge.by} == {"William Ruto", "Yoweri Museveni"}
