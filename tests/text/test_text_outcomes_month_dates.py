"""
Outcomes dated with a month in the wire style, and quoted judgements of the meeting.

"agreed on Nov. 3 to set up a hotline" was cut at the month's full stop (the outcome read
"agreed on Nov" and the meeting got the topic "Nov"); "agreed on 3 November to" had no cue at
all. A quotation after "described as" judges the meeting ("frank and forward-looking"); it is
no subject of the talks.

The paragraphs were written for these tests in the styles of VOA and AFP. The names are real
office holders; the events are made up.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.model import OutcomeKind
from bilateral.text import extract

PUBLISHED = dt.date(2025, 11, 8)  # a Saturday

_OPENING = (
    "Indonesian Foreign Minister Sugiono met Malaysian Foreign Minister Mohamad Hasan in Jakarta "
    "this week.\n\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "The two ministers agreed on Nov. 3 to set up a hotline between their navies.",
        "The two ministers agreed Nov. 3 to set up a hotline between their navies.",
        "The two ministers agreed on 3 November to set up a hotline between their navies.",
        "The two ministers agreed on Sept. 30, 2025, to set up a hotline between their navies.",
    ],
)
def test_an_agreement_dated_with_a_month_keeps_its_object(sentence: str) -> None:
    (meeting,) = extract(_OPENING + sentence, published=PUBLISHED).meetings
    (outcome,) = meeting.outcomes
    assert outcome.kind is OutcomeKind.AGREEMENT
    assert outcome.text.endswith("hotline between their navies"), outcome.text
    assert "hotline between their navies" in meeting.topics, meeting.topics
    assert not any(t.startswith(("Nov", "3 ", "Sept")) for t in meeting.topics), meeting.topics


def test_a_sentence_ending_in_a_month_still_ends_the_outcome() -> None:
    text = _OPENING + "They agreed to meet again in Dec. The hotline will open in January."
    outcomes = [o for m in extract(text, published=PUBLISHED).meetings for o in m.outcomes]
    assert any(o.text == "agreed to meet again in Dec" for o in outcomes), outcomes


def test_a_quoted_judgement_of_the_meeting_is_no_topic() -> None:
    text = _OPENING + (
        "The two ministers agreed to resume joint patrols in the Sulawesi Sea, at talks both sides "
        'described as "candid and constructive."'
    )
    (meeting,) = extract(text, published=PUBLISHED).meetings
    assert not any("candid" in t for t in meeting.topics), meeting.topics


def test_a_quoted_formula_agreed_on_is_still_a_topic() -> None:
    text = _OPENING + 'The two ministers agreed to build a "maritime corridor of prosperity" together.'
    (meeting,) = extract(text, published=PUBLISHED).meetings
    assert "maritime corridor of prosperity" in meeting.topics, meeting.topics
