"""
The wire style that puts the day right after the verb: "agreed Saturday to ...".

The paragraphs are written for these tests; the names are real office holders, the events
made up.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.model import OutcomeKind
from bilateral.text import extract

_PUBLISHED = dt.date(2025, 6, 14)  # a Saturday


@pytest.mark.parametrize(
    "text",
    [
        (
            "Kenyan President William Ruto and Tanzanian President Samia Suluhu Hassan agreed Saturday"
            " to reopen the Namanga border post, during talks in Arusha."
        ),
        (
            "Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan in Arusha. They"
            " agreed on Saturday that the Namanga border post would reopen."
        ),
    ],
)
def test_a_day_between_agreed_and_its_complement_keeps_the_agreement(text: str) -> None:
    record = extract(text, published=_PUBLISHED)
    assert len(record.meetings) == 1
    assert [o.kind for o in record.meetings[0].outcomes] == [OutcomeKind.AGREEMENT]


def test_a_day_after_agreed_is_no_complement() -> None:
    # "agreed Saturday," ends the clause: nothing was agreed "to" or "that".
    text = (
        "Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan in Arusha. They"
        " agreed Saturday, a spokesman said, but gave no details."
    )
    record = extract(text, published=_PUBLISHED)
    assert all(o.kind is not OutcomeKind.AGREEMENT for m in record.meetings for o in m.outcomes)
