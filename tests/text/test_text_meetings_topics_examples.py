"""
Topics named by example and by vague words: "regional issues such as the war in Sudan" (the
issue and its example), "cooperation in the fields of trade and energy" (the cooperation and
each field), "Topics included ..." (the meeting's), "a range of issues" and "issues of mutual
interest" (no subject).

The paragraphs were written for these tests in the styles of VOA and state agencies. The names
are real office holders; the events are made up.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.text import extract

PUBLISHED = dt.date(2025, 6, 20)  # a Friday
OPENING = (
    "Angolan President Joao Lourenco met Portuguese Prime Minister Luis Montenegro in Lisbon on Tuesday. "
)


def _topics(sentence: str) -> set[str]:
    (meeting,) = extract(OPENING + sentence, published=PUBLISHED).meetings
    return set(meeting.topics)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The two sides discussed bilateral ties as well as regional issues such as the war in Sudan.",
            {"bilateral ties", "regional issues", "war in Sudan"},
        ),
        ("They discussed issues such as debt relief and fisheries.", {"debt relief", "fisheries"}),
        (
            "They discussed ways to expand cooperation in the fields of health, energy and defence.",
            {"health", "energy", "defence"},
        ),
        (
            "They discussed cooperation in areas such as health and energy.",
            {"health", "energy"},
        ),
        ("Topics included debt relief, migration and security.", {"debt relief", "migration", "security"}),
        (
            "The meeting covered a range of issues, including debt relief and migration.",
            {"debt relief", "migration"},
        ),
        ("The two sides exchanged views on issues of mutual interest.", set()),
        ("The leaders discussed a number of issues.", set()),
    ],
)
def test_topics_by_example_and_vague_words(sentence: str, expected: set[str]) -> None:
    assert _topics(sentence) == expected
