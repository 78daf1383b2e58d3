"""
Meeting participants: a country inside a preposition's object is none; "sat down with" is a meeting.

"discussed the situation in the Gaza Strip and Sudan during talks in Moscow": Sudan is what
was discussed. The paragraphs are written for these tests.
"""

from __future__ import annotations

import pytest

from bilateral.text import extract


def _participants(text: str) -> list[set[str]]:
    record = extract(text)
    names = {a.id: a.name for a in record.actors}
    return [{names[p] for p in m.participants} for m in record.meetings]


@pytest.mark.parametrize(
    "text",
    [
        (
            "Russian Foreign Minister Sergey Lavrov and his Egyptian counterpart Badr Abdelatty discussed"
            " the situation in the Gaza Strip and Sudan during talks in Moscow on Wednesday."
        ),
        (
            "Russian Foreign Minister Sergey Lavrov and Egyptian Foreign Minister Badr Abdelatty spoke"
            " about aid to Libya or Sudan during talks in Moscow."
        ),
    ],
)
def test_the_second_conjunct_of_an_object_is_not_a_participant(text: str) -> None:
    assert _participants(text) == [{"Sergey Lavrov", "Badr Abdelatty"}]


def test_a_subject_right_before_its_verb_still_meets() -> None:
    # "in Cairo and Abdelatty met him": the name after "and" opens a clause of its own.
    text = (
        "Russian Foreign Minister Sergey Lavrov arrived in Cairo and Egyptian Foreign Minister Badr"
        " Abdelatty met him at the airport."
    )
    assert _participants(text) == [{"Sergey Lavrov", "Badr Abdelatty"}]


@pytest.mark.parametrize(
    "text",
    [
        "Indonesian President Prabowo Subianto sat down with Chinese President Xi Jinping in Beijing.",
        "Indonesian President Prabowo Subianto sits down with Chinese President Xi Jinping in Beijing today.",
    ],
)
def test_sitting_down_with_someone_is_a_meeting(text: str) -> None:
    assert _participants(text) == [{"Prabowo Subianto", "Xi Jinping"}]


def test_sitting_down_at_a_table_is_no_meeting() -> None:
    assert _participants("Indonesian President Prabowo Subianto sat down at the table in Beijing.") == []
