"""
A call told with "discussed": "X discussed the war with Y in a phone call", "X and Y discussed
trade by phone". The person after "with" is the other side; a country after "with" is part of
the topic ("relations with Russia"), and "by phone" after another meeting verb stays that
verb's.

The sentences are written for these tests; the names are real office holders, the events made
up.
"""

from __future__ import annotations

import datetime as dt

from bilateral.model import Medium
from bilateral.text import extract

PUBLISHED = dt.date(2025, 11, 14)  # a Friday


def test_discussed_with_a_person_in_a_phone_call_is_a_call_with_them() -> None:
    record = extract(
        "Turkish President Recep Tayyip Erdogan discussed the war in Ukraine with Russian President"
        " Vladimir Putin in a phone call on Monday, the Turkish presidency said.",
        published=PUBLISHED,
    )
    (call,) = record.meetings
    assert call.medium is Medium.PHONE
    assert set(call.participants) == {"recep-tayyip-erdogan", "vladimir-putin"}
    assert call.date is not None
    assert call.date.start == dt.date(2025, 11, 10)
    assert "war in Ukraine" in call.topics


def test_discussed_with_a_person_by_phone() -> None:
    record = extract(
        "Chinese President Xi Jinping discussed trade with U.S. President Donald Trump by phone on Tuesday.",
        published=PUBLISHED,
    )
    (call,) = record.meetings
    assert call.medium is Medium.PHONE
    assert set(call.participants) == {"xi-jinping", "donald-trump"}


def test_a_pair_that_discussed_something_by_phone() -> None:
    record = extract(
        "Chinese President Xi Jinping and U.S. President Donald Trump discussed trade by phone on"
        " Monday, state media said.",
        published=PUBLISHED,
    )
    (call,) = record.meetings
    assert call.medium is Medium.PHONE
    assert set(call.participants) == {"xi-jinping", "donald-trump"}
    assert call.topics == ("trade",)


def test_a_country_after_with_is_part_of_the_topic_not_a_side() -> None:
    record = extract(
        "Turkish President Recep Tayyip Erdogan discussed relations with Russia in a phone call on Monday.",
        published=PUBLISHED,
    )
    assert not any("vladimir-putin" in m.participants for m in record.meetings)
    assert all(len(m.participants) >= 2 for m in record.meetings)


def test_by_phone_after_spoke_with_makes_one_call() -> None:
    record = extract(
        "Chinese President Xi Jinping spoke with U.S. President Donald Trump by phone on Monday and"
        " discussed trade.",
        published=PUBLISHED,
    )
    (call,) = record.meetings
    assert call.medium is Medium.PHONE


def test_by_phone_without_discussed_is_no_call() -> None:
    record = extract(
        "Chinese President Xi Jinping sent a message to U.S. President Donald Trump, delivered by"
        " phone on Monday.",
        published=PUBLISHED,
    )
    assert not record.meetings
