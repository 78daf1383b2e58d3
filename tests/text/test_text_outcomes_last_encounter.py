"""
"The leaders last spoke in June, when they agreed to ...": the agreement recalled is that
earlier encounter's, not an outcome (or a topic) of the meeting the story reports. When the
sentence makes a meeting of its own ("last met in March, when ..."), that meeting keeps it.

The paragraphs were written for these tests in the styles of VOA and the wire services. The
names are real office holders; the events are made up.
"""

from __future__ import annotations

from bilateral.model import OutcomeKind
from bilateral.text import extract

_CALL = (
    "Modi, Albanese speak by phone\n\nIndian Prime Minister Narendra Modi and Australian Prime "
    "Minister Anthony Albanese spoke by phone for about an hour on Thursday, Albanese said. "
)


def test_an_agreement_in_a_when_clause_of_the_last_call_is_not_this_calls() -> None:
    record = extract(
        _CALL + "The two men last spoke in March, when they agreed to resume free trade negotiations.\n"
    )
    (call,) = record.meetings
    assert call.outcomes == ()
    assert not any("negotiations" in t for t in call.topics)


def test_an_agreement_when_they_last_met_is_that_meetings() -> None:
    record = extract(
        _CALL + "The two leaders last met in March, when Albanese said they had agreed to resume "
        "free trade negotiations.\n"
    )
    call, march = record.meetings
    assert call.outcomes == ()
    assert march.date is not None
    assert march.date.text == "March"
    assert [o.kind for o in march.outcomes] == [OutcomeKind.AGREEMENT]


def test_an_agreement_told_in_the_next_sentence_stays_the_calls() -> None:
    record = extract(
        _CALL + "The two men last spoke in March. They agreed to resume free trade negotiations.\n"
    )
    call = record.meetings[0]
    assert [o.kind for o in call.outcomes] == [OutcomeKind.AGREEMENT]
