"""
Pronouns after a sentence whose subject is set off by a comma.

"Okonjo, replying to him, took a softer line. Nigeria, she said, ..." : the name that opens
the sentence (after its titles) is its subject even when a participle phrase follows it, so
the object pronoun inside that phrase is the other person, and the next sentence's "she" is
the subject. Paragraphs written for this test; the events are made up.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bilateral.model import Record

Speakers = Callable[[str | Record], dict[str, list[str]]]

_OPENING = (
    "Ghanaian President John Mahama hosted Nigerian Foreign Minister Grace Okonjo in Accra "
    "on Thursday.\n\n"
    'Mahama said the two countries "have to open the border posts."'
)


@pytest.mark.parametrize(
    "subject",
    ["Okonjo", "Minister Okonjo", "Foreign Minister Okonjo"],
)
def test_she_is_the_subject_set_off_by_a_comma(subject: str, source_speakers: Speakers) -> None:
    text = (
        _OPENING
        + f" {subject}, replying to him, took a softer line."
        + ' Nigeria, she said, "wants the traders to decide."'
    )
    assert source_speakers(text)["she"] == ["Grace Okonjo"]


def test_a_subject_before_a_verb_still_wins(source_speakers: Speakers) -> None:
    # Negative: the comma rule does not override a subject found before its verb.
    text = (
        _OPENING
        + " Okonjo thanked him for the invitation."
        + ' The border, she said, "is our common market."'
    )
    assert source_speakers(text)["she"] == ["Grace Okonjo"]


def test_a_lower_case_opening_is_no_subject(source_speakers: Speakers) -> None:
    # Negative: "after Okonjo, ..." opens with a preposition: the name is no subject, and the
    # "he" that follows is still the last man named.
    text = _OPENING + ' After Okonjo, he said, "the traders will be heard."'
    assert source_speakers(text)["he"] == ["John Mahama"]
