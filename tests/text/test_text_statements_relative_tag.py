"""
A tag right after a relative pronoun ("..., who, he said, were keen to invest").

The pronoun opens the content, as a subject before a mid-sentence tag does ("Serbia, Vucic
noted, is grateful"); the main clause before it is the reporter's. The resumed relative
clause ends at its closing comma, before the sentence's own verb.

The paragraphs are written for these tests (invented events).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from collections.abc import Callable

    Rows = Callable[[str], list[tuple[str | None, str | None, str]]]

_HEAD = "Talks in Accra\n\n"


@pytest.mark.parametrize(
    ("sentence", "row"),
    [
        (
            "Mahama also met Japanese business leaders, who, he said, were keen to invest.",
            ("he", "said", "who were keen to invest"),
        ),
        (
            "The port, which, officials say, will open in 2027, was built by a Chinese firm.",
            ("officials", "say", "which will open in 2027"),
        ),
    ],
)
def test_tag_after_a_relative_pronoun(sentence: str, row: tuple[str, str, str], statement_rows: Rows) -> None:
    assert statement_rows(_HEAD + sentence) == [row]


@pytest.mark.parametrize(
    ("sentence", "row"),
    [
        (
            "Mahama met the investors, who he said were keen to build a refinery.",
            ("he", "said", "who were keen to build a refinery"),
        ),
        (
            "The envoy, who officials say was recalled last week, did not attend.",
            ("officials", "say", "who was recalled last week"),
        ),
    ],
)
def test_source_inside_a_who_clause(sentence: str, row: tuple[str, str, str], statement_rows: Rows) -> None:
    assert statement_rows(_HEAD + sentence) == [row]
