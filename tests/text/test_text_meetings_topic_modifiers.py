"""Two modifiers of one head noun are one topic ("steel and aluminum tariffs")."""

from __future__ import annotations

import pytest

from bilateral.text import extract

_LEAD = (
    "ANKARA (AA) - Turkish Foreign Minister Hakan Fidan met his Iraqi counterpart Fuad Hussein "
    "in Ankara on Monday. "
)


def _topics(text: str) -> tuple[str, ...]:
    (meeting,) = extract(_LEAD + text).meetings
    return tuple(meeting.topics)


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        (
            "The two discussed steel and aluminum tariffs, a ministry statement said.",
            "steel and aluminum tariffs",
        ),
        ("They also talked about rail and road connectivity.", "rail and road connectivity"),
        ("The talks covered water and energy projects and tourism.", "water and energy projects"),
        (
            "They discussed energy security, labor and wartime history issues.",
            "labor and wartime history issues",
        ),
    ],
)
def test_shared_head_is_one_topic(text: str, topic: str) -> None:
    assert topic in _topics(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A name, then a topic with its own modifier: two topics.
        ("They discussed Syria and arms exports.", ("Syria", "arms exports")),
        # A head that is no kind of thing: two topics.
        ("They discussed migration and energy security.", ("migration", "energy security")),
        # One-word items listed before: which take the head is unclear; left split.
        ("They discussed water, trade and security issues.", ("water", "trade", "security issues")),
    ],
)
def test_separate_topics_stay_apart(text: str, expected: tuple[str, ...]) -> None:
    assert _topics(text) == expected
