"""
Two groups of people joined by "and" are one source.

"Western officials and analysts say ...", "Diplomats and aid workers said ...": the walk to
the left of the verb crossed "and" only between names, so the source was the second group
alone. Two plural nouns of people (officials, analysts, diplomats, workers, lawmakers ...)
joined by "and" are now one subject. A clause before "and" (after a comma, or with its
own verb) still ends the source.

The paragraphs are written for these tests (invented events).
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
            "Western officials and analysts say the embargo has had little effect.",
            [("Western officials and analysts", "say", "the embargo has had little effect")],
        ),
        (
            "Diplomats and aid workers said the convoy was held at the border for two days.",
            [("Diplomats and aid workers", "said", "the convoy was held at the border for two days")],
        ),
        (
            "Ghanaian officials and lawmakers said the loan terms were too harsh.",
            [("Ghanaian officials and lawmakers", "said", "the loan terms were too harsh")],
        ),
        # A clause before "and" is no first conjunct.
        (
            "The embargo has had little effect, and analysts say Minsk adapted.",
            [("analysts", "say", "Minsk adapted")],
        ),
        (
            "Mahama met officials and analysts said the talks went well.",
            [("analysts", "said", "the talks went well")],
        ),
    ],
)
def test_two_groups_joined_are_one_source(
    text: str, rows: list[tuple[str, str, str]], statement_rows: Rows
) -> None:
    assert statement_rows(text) == rows


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # A country named with its article, or the meeting's other party after a possessive,
        # is the second conjunct of a pair of names.
        ("Ghana and the Gambia agreed on Friday to reopen the consulates.", "Ghana and the Gambia"),
        ("Mahama and his guest also agreed to create a joint commission.", "Mahama and his guest"),
        # "and the" before a lower-case phrase opens a clause of its own.
        ("Mahama met Barrow and the two leaders agreed to reopen the consulates.", "the two leaders"),
    ],
)
def test_article_country_and_party_noun_join_a_name(text: str, source: str, statement_rows: Rows) -> None:
    assert [row[0] for row in statement_rows(text)] == [source]
