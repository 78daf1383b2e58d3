"""
Two list shapes that lost or glued topics.

- "cooperation, including in hydrogen and semiconductors": the preposition after "including"
  repeats the one of the item before; the items after it are topics as after "including".
  A field phrase ("including in the fields of energy and trade") keeps its preposition.
- "trade, as well as North Korea's nuclear program": a part that opens with a possessive name
  is a noun phrase of its own, not the second modifier of a shared head ("a trade and
  investment program").

The sentences are written for these tests; the names are real office holders, the events made
up.
"""

from __future__ import annotations

import pytest

from bilateral.text import extract

_LEAD = (
    "South Korean President Lee Jae Myung and Japanese Prime Minister Shigeru Ishiba held a phone"
    " conversation on Wednesday. "
)


def _topics(sentence: str) -> tuple[str, ...]:
    (meeting,) = extract(_LEAD + sentence).meetings
    return meeting.topics


@pytest.mark.parametrize(
    ("sentence", "topics"),
    [
        (
            "They discussed economic cooperation, including in hydrogen and semiconductors.",
            ("economic cooperation", "hydrogen", "semiconductors"),
        ),
        (
            "They discussed security cooperation, including on counterterrorism and cyber defence.",
            ("security cooperation", "counterterrorism", "cyber defence"),
        ),
    ],
)
def test_including_with_a_preposition(sentence: str, topics: tuple[str, ...]) -> None:
    assert _topics(sentence) == topics


@pytest.mark.parametrize(
    ("sentence", "topics"),
    [
        (
            "They discussed trade, as well as North Korea's nuclear program.",
            ("trade", "North Korea's nuclear program"),
        ),
        ("They discussed tariffs and Iran's missile program.", ("tariffs", "Iran's missile program")),
        # Near miss: two modifiers of one body still make one topic.
        ("They discussed a new defense and security council.", ("new defense and security council",)),
    ],
)
def test_a_possessive_part_is_its_own_topic(sentence: str, topics: tuple[str, ...]) -> None:
    assert _topics(sentence) == topics
