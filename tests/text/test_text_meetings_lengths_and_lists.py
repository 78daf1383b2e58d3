"""
The length a meeting ran (not the one planned) and topic lists with asides.

"The meeting, which had been scheduled for 30 minutes, ran for nearly an hour": the length it
ran. Topics: "did not say whether the two had discussed X" leaves X open (no topic), while
"Asked whether they had discussed X, ..." puts X to a participant; "in the 1970s and 1980s"
is one topic, not a decade alone; "..., with the two sides focusing on energy and trade" gives
the topics (PTI style); "talks on A, B and C, a visit that had been planned ..." ends the list
before the apposition.

The paragraphs were written for these tests in the styles of Reuters, PTI and dpa. The names
are real office holders; the events are made up.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from bilateral.text import extract

if TYPE_CHECKING:
    from bilateral.model import Meeting

PUBLISHED = dt.date(2025, 11, 1)  # a Saturday
OPENING = (
    "Thai Prime Minister Anutin Charnvirakul met Malaysian Prime Minister Anwar Ibrahim in Putrajaya "
    "on Friday. "
)


def _meeting(text: str) -> Meeting:
    record = extract(text, published=PUBLISHED)
    assert len(record.meetings) == 1
    return record.meetings[0]


@pytest.mark.parametrize(
    "sentence",
    [
        "The meeting, which had been scheduled for 30 minutes, ran for nearly an hour, an aide said.",
        "The talks, expected to last 30 minutes, went on for nearly an hour.",
    ],
)
def test_the_length_planned_is_not_the_length_it_ran(sentence: str) -> None:
    meeting = _meeting(OPENING + sentence)
    assert meeting.duration is not None
    assert meeting.duration.seconds == 3600


def test_a_planned_length_alone_is_still_read() -> None:
    # Negative: with no other length in the sentence, the one given is kept.
    meeting = _meeting(OPENING + "The meeting had been scheduled for 45 minutes, an aide said.")
    assert meeting.duration is not None
    assert meeting.duration.seconds == 45 * 60


@pytest.mark.parametrize(
    "sentence",
    [
        "A spokesman did not say whether the two had discussed the border dispute.",
        "It was unclear whether the leaders discussed the border dispute.",
        "Officials declined to say whether they had discussed the border dispute.",
    ],
)
def test_a_question_left_open_is_no_topic(sentence: str) -> None:
    meeting = _meeting(OPENING + "They discussed rubber prices. " + sentence)
    assert meeting.topics == ("rubber prices",)


def test_a_question_put_to_a_participant_gives_the_topic() -> None:
    # Negative: "Asked whether" is not left open by the text.
    meeting = _meeting(
        OPENING + "Asked whether they had discussed the border dispute, Anwar said only that talks continue."
    )
    assert "border dispute" in meeting.topics


def test_decades_complete_the_topic_before() -> None:
    meeting = _meeting(
        OPENING
        + "They discussed refugees who fled southern Thailand in the 1980s and 1990s and rubber prices."
    )
    assert not any(t.endswith("1990s") and len(t) < 8 for t in meeting.topics)
    assert any("1980s and 1990s" in t for t in meeting.topics)


def test_with_the_two_sides_focusing_on_gives_the_topics() -> None:
    meeting = _meeting(
        "Prime Minister Narendra Modi on Friday held talks with his Sri Lankan counterpart Harini "
        "Amarasuriya in New Delhi, with the two sides focusing on fisheries, energy and tourism."
    )
    assert set(meeting.topics) == {"fisheries", "energy", "tourism"}


def test_a_participle_of_someone_else_gives_no_topics() -> None:
    # Negative: "with prices focusing on" is no side of the meeting.
    meeting = _meeting(OPENING + "Markets rose, with traders focusing on rubber prices.")
    assert meeting.topics == ()


def test_an_apposition_after_a_closed_list_is_no_topic() -> None:
    meeting = _meeting(
        "German Chancellor Friedrich Merz received Czech Prime Minister Andrej Babis in Berlin on "
        "Friday for talks on energy, migration and support for Ukraine, a visit that had been "
        "postponed twice."
    )
    assert set(meeting.topics) == {"energy", "migration", "support for Ukraine"}
