"""
"addressed" takes a subject ("addressed climate change") or an audience ("addressed the
Corporate Council on Africa", "addressed reporters", "addressed a joint news conference"): an
audience is no topic of the talks.

The paragraphs were written for these tests in the styles of VOA and the wire services. The
names are real office holders; the events are made up.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.text import extract

PUBLISHED = dt.date(2025, 6, 20)  # a Friday
OPENING = (
    "Nigerian President Bola Tinubu met Brazilian President Luiz Inacio Lula da Silva in Brasilia "
    "on Tuesday. "
)


def _topics(sentence: str) -> set[str]:
    (meeting,) = extract(OPENING + sentence, published=PUBLISHED).meetings
    return set(meeting.topics)


@pytest.mark.parametrize(
    "sentence",
    [
        "The meeting came a day after Tinubu addressed the African Union.",
        "The meeting came a day after Tinubu addressed the African Union summit in Addis Ababa.",
        "The two leaders later addressed reporters at the presidential palace.",
        "The two leaders addressed a joint news conference after the talks.",
        "Tinubu also addressed the Brazilian Senate before flying home.",
        "Tinubu addressed lawmakers on Wednesday.",
    ],
)
def test_an_audience_addressed_is_no_topic(sentence: str) -> None:
    assert _topics(sentence) == set()


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The two leaders addressed climate change and migration.", {"climate change", "migration"}),
        ("The two leaders addressed the press freedom issue.", {"press freedom issue"}),
        ("They addressed the African Union's role in the talks.", {"African Union's role in the talks"}),
        ("They addressed Sudan and Libya.", {"Sudan", "Libya"}),
    ],
)
def test_a_subject_addressed_is_a_topic(sentence: str, expected: set[str]) -> None:
    assert _topics(sentence) == expected
