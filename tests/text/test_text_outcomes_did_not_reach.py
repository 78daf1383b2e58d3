"""
"did not reach an agreement", "could not agree on": a disagreement, as "failed to agree" is.

The paragraphs were written for these tests in the styles of dpa and Reuters. The names are
real office holders; the events are made up.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.model import OutcomeKind
from bilateral.text import extract

PUBLISHED = dt.date(2025, 12, 3)  # a Wednesday
OPENING = "Polish Prime Minister Donald Tusk met German Chancellor Friedrich Merz in Berlin on Tuesday. "


@pytest.mark.parametrize(
    "sentence",
    [
        "The two leaders did not reach an agreement on border controls.",
        "The two leaders didn't reach a deal on border controls.",
        "The two leaders could not agree on border controls.",
        "The two leaders couldn\u2019t agree on border controls, officials said.",
    ],
)
def test_no_agreement_reached_is_a_disagreement(sentence: str) -> None:
    (meeting,) = extract(OPENING + sentence, published=PUBLISHED).meetings
    assert [o.kind for o in meeting.outcomes] == [OutcomeKind.DISAGREEMENT]


@pytest.mark.parametrize(
    "sentence",
    [
        "The two leaders did not attend the dinner.",
        "The two leaders could not say when the border controls would end.",
        "Officials did not say what was discussed.",
    ],
)
def test_other_negated_verbs_are_no_outcome(sentence: str) -> None:
    (meeting,) = extract(OPENING + sentence, published=PUBLISHED).meetings
    assert meeting.outcomes == ()
