# ruff: noqa: RUF001  (typographic apostrophes are what the search reads)
"""The one search for intentions, conditionals and prescriptions finds each of its words."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from bilateral.text._claims import _not_fact, first_sentence

if TYPE_CHECKING:
    from collections.abc import Callable

# One phrase per alternative of the search: its lookahead lists their first letters, so a
# phrase here that stops matching means a first letter is missing from it.
_PHRASES = [
    "hopes to",
    "aimed to",
    "wants to",
    "planning to",
    "intends to",
    "seeks to",
    "he sought to",
    "wished to",
    "inclined to",
    "willing to",
    "ready to",
    "eager to",
    "keen to",
    "determined to",
    "reluctant to",
    "unwilling to",
    "hesitant to",
    "loath to",
    "going to",
    "looking forward to",
    "looks forward to",
    "“inclined” to",
    "hopefully",
    "if",
    "unless",
    "should",
    "shouldn’t",
    "ought to",
]


def _mid_sentence(phrase: str) -> str:
    return f"They said {phrase} the talks end."


def _opening(phrase: str) -> str:
    return f"{phrase[:1].upper()}{phrase[1:]} the talks end."


# News writes these words in lower case inside a sentence and capitalises the first word of
# one: both are found (the search is case-sensitive for "May" the month and for names).
@pytest.mark.parametrize("phrase", _PHRASES)
@pytest.mark.parametrize("place", [_mid_sentence, _opening])
def test_every_judgment_word_is_found_where_news_writes_it(phrase: str, place: Callable[[str], str]) -> None:
    assert _not_fact(place(phrase))


@pytest.mark.parametrize(
    "text",
    ["The talks ended on Monday.", "A gift was sent.", "The ifs and buts.", "The aim is peace."],
)
def test_a_plain_fact_is_not_a_judgment(text: str) -> None:
    assert not _not_fact(text)


@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("It rose. Then it fell", "It rose."),
        ("It rose!” “Then it fell", "It rose!"),
        ("Talks end in 2026? Yes", "Talks end in 2026?"),
        ("the U.S. team left. Later", "the U.S. team left."),
        ("It rose.Then it fell", "It rose.Then it fell"),
        ("it rose. then it fell", "it rose. then it fell"),
        (".. A", ".. A"),
        ("x . A", "x . A"),
        # German low quotation marks; a title's period.
        ("Wir sind bereit.\u201c \u201eDann nicht", "Wir sind bereit."),
        ("It rose. \u201eThen it fell", "It rose."),
        ("Mr. Tobgay said it rose. Then it fell", "Mr. Tobgay said it rose."),
        ("His counterpart Ma. Theresa Lazaro agreed. Then", "His counterpart Ma. Theresa Lazaro agreed."),
    ],
)
def test_first_sentence_stops_after_a_stop_before_a_capital(text: str, head: str) -> None:
    assert first_sentence(text) == head
