"""
A call reported with the meeting it followed ("The 30-minute call came two weeks after the
leaders met on the sidelines of the summit in Gyeongju, where they agreed to ..."): the length
is the call's, the place and the agreement the meeting's. A list item ending in a year keeps
the items after it.

The paragraphs were written for these tests in the styles of VOA and the wire services. The
names are real office holders; the events are made up.
"""

from __future__ import annotations

import datetime as dt

from bilateral.model import Medium, OutcomeKind
from bilateral.text import extract

PUBLISHED = dt.date(2025, 11, 14)  # a Friday

TEXT = (
    "Indonesian President Prabowo Subianto held a phone call with Australian Prime Minister Anthony "
    "Albanese on Thursday, in which the two discussed raising two-way trade to $40 billion by 2030, "
    "defense cooperation and the situation in Myanmar, Prabowo's office said.\n\n"
    "The 45-minute call came a month after the leaders met on the sidelines of the ASEAN summit in "
    "Kuala Lumpur, where they agreed to open talks on a maritime security pact."
)


def test_the_call_has_its_topics_its_length_and_no_place_of_the_summit() -> None:
    record = extract(TEXT, published=PUBLISHED)
    (call,) = [m for m in record.meetings if m.medium is Medium.PHONE]
    assert call.duration is not None
    assert call.duration.seconds == 45 * 60
    assert call.place is None
    assert set(call.topics) >= {"defense cooperation", "situation in Myanmar"}
    # The target's year is a time limit, no part of the topic; the list goes on past it.
    assert "raising two-way trade to $40 billion" in call.topics
    assert not any(o.kind is OutcomeKind.AGREEMENT for o in call.outcomes)


def test_the_meeting_before_the_call_has_the_place_and_the_agreement() -> None:
    record = extract(TEXT, published=PUBLISHED)
    (meeting,) = [m for m in record.meetings if m.medium is not Medium.PHONE]
    assert meeting.place == "kuala-lumpur"
    assert meeting.duration is None
    assert [o.kind for o in meeting.outcomes] == [OutcomeKind.AGREEMENT]


def test_a_comma_inside_a_number_still_joins_it() -> None:
    record = extract(
        "Indonesian President Prabowo Subianto met Australian Prime Minister Anthony Albanese in "
        "Jakarta on Thursday. The two leaders discussed security along the 1,200-kilometer maritime "
        "border and fisheries.",
        published=PUBLISHED,
    )
    (meeting,) = record.meetings
    assert set(meeting.topics) == {"security along the 1,200-kilometer maritime border", "fisheries"}
