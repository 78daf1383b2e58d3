"""
"In Ruto's words, ..." and "..., in his words, ..." attribute the clause to the possessor.

Only "in the words of X" was read; the possessive forms gave no statement. The possessor is
the source, "'s words" (or "words" after a pronoun) the cue, as with the noun cues
("Petro's assertion"); the content is the clause after the phrase when it opens the
sentence, else the clause around it. "In other words", "in a few words" and "chose his
words" are no attribution.

The paragraphs are written for these tests (invented events; real-sounding names).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from collections.abc import Callable

    Rows = Callable[[str], list[tuple[str | None, str | None, str]]]


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            'In Tshisekedi\'s words, the accord was "a page turned in blood."',
            [("Tshisekedi", "'s words", 'the accord was "a page turned in blood."')],
        ),
        (
            "In President Paul Kagame's words, the corridor would open within a year.",
            [("President Paul Kagame", "'s words", "the corridor would open within a year")],
        ),
        (
            "The accord, in her words, would end a decade of mistrust.",
            [("her", "words", "The accord would end a decade of mistrust")],
        ),
        (
            "The border crossing was finally open, in his words.",
            [("his", "words", "The border crossing was finally open")],
        ),
    ],
)
def test_a_possessors_words_are_a_statement(
    text: str, rows: list[tuple[str, str, str]], statement_rows: Rows
) -> None:
    assert statement_rows(text) == rows


def test_a_reporting_verb_after_the_phrase_stays_the_cue(statement_rows: Rows) -> None:
    text = 'Kagame, in his words, called the corridor "a lifeline for the region."'
    assert statement_rows(text) == [("Kagame", "called", 'the corridor "a lifeline for the region."')]


@pytest.mark.parametrize(
    "text",
    [
        "In other words, the accord is dead.",
        "In a few words, the summit was a failure for Kinshasa.",
        "Kagame chose his words carefully when he spoke in Kigali.",
        "His words were broadcast across the Great Lakes region.",
    ],
)
def test_other_uses_of_words_are_no_statement(text: str, statement_rows: Rows) -> None:
    assert statement_rows(text) == []
