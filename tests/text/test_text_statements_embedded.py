"""
Embedded sources: "a move analysts say is aimed at ...", "oil, which officials say is needed".

The source sits inside its content; the paragraphs are written for these tests.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from collections.abc import Callable

    Rows = Callable[[str], list[tuple[str | None, str | None, str]]]


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "Ghana keeps importing cheap fuel, which Ghanaian officials say is needed to hold prices down.",
            ("Ghanaian officials", "say", "which is needed to hold prices down"),
        ),
        (
            "Most of the loan paid for a highway that critics say has never carried much traffic.",
            ("critics", "say", "that has never carried much traffic"),
        ),
        # The antecedent inside the phrase keeps its reading.
        (
            "Seoul sent its envoy to Hanoi, a step analysts say is meant to court Vietnam.",
            ("analysts", "say", "a step is meant to court Vietnam"),
        ),
    ],
)
def test_the_whole_phrase_after_a_relative_pronoun_is_the_source(
    text: str, row: tuple[str, str, str], statement_rows: Rows
) -> None:
    assert row in statement_rows(text)


@pytest.mark.parametrize(
    "text",
    [
        (
            "The ministers discussed the pipeline, a project proposed at the Cairo summit in"
            " 2019, spokeswoman Lina Haddad said in a statement."
        ),
        "The ministers discussed the pipeline, a project announced last year, Haddad said.",
    ],
)
def test_a_noun_with_a_participle_inside_a_content_is_no_source(text: str, statement_rows: Rows) -> None:
    rows = statement_rows(text)
    assert [source for source, _, _ in rows] == [rows[0][0]]
    assert rows[0][0] is not None
    assert "Haddad" in rows[0][0]
    assert rows[0][2].startswith("The ministers discussed the pipeline, a project")


def test_a_speaker_noun_before_the_participle_still_speaks(statement_rows: Rows) -> None:
    rows = statement_rows("Talks will resume next week, a spokesman announced on Monday.")
    assert rows == [("a spokesman", "announced", "Talks will resume next week")]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Israel has warned Turkey against setting up bases in Syria.",
            "Turkey against setting up bases in Syria",
        ),
        ("Seoul cautioned Tokyo against any rearmament.", "Tokyo against any rearmament"),
        # An audience before "of" stays out, and "that" still opens the content.
        ("The minister warned reporters of a long winter ahead.", "of a long winter ahead"),
        (
            "Israel warned Turkey that it would not accept bases in Syria.",
            "that it would not accept bases in Syria",
        ),
    ],
)
def test_the_one_warned_against_something_is_part_of_the_content(
    text: str, content: str, statement_rows: Rows
) -> None:
    assert [row[2] for row in statement_rows(text)] == [content]
