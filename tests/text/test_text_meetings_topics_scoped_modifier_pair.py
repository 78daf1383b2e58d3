"""
A topic phrase that was read as two.

- "the remaining land and maritime boundaries": a scoping word before two modifiers of one
  head noun of a kind; one topic, not "remaining land" and "maritime boundaries".

The sentences are written for these tests; the names are real office holders, the events made
up.
"""

from __future__ import annotations

import pytest

from bilateral.text import extract


def _topics(text: str) -> tuple[str, ...]:
    (meeting,) = extract(text).meetings
    return meeting.topics


_DHAKA = (
    "Bangladesh Foreign Minister Touhid Hossain met Myanmar Foreign Minister Than Swe in Dhaka on Tuesday. "
)


@pytest.mark.parametrize(
    ("sentence", "topics"),
    [
        (
            "They discussed the remaining land and maritime boundaries.",
            ("remaining land and maritime boundaries",),
        ),
        ("They discussed outstanding land and sea borders.", ("outstanding land and sea borders",)),
        # Near misses: no scoping word, or a head of no kind, stays a list.
        ("They discussed fishing rights and maritime boundaries.", ("fishing rights", "maritime boundaries")),
        ("They discussed the remaining refugees and border trade.", ("remaining refugees", "border trade")),
    ],
)
def test_a_scoping_word_before_two_modifiers(sentence: str, topics: tuple[str, ...]) -> None:
    assert _topics(_DHAKA + sentence) == topics
