"""
A tag after a semicolon takes no content from the clause before it when that clause has its own.

"Mahama argued that the debt was sustainable; critics disagree.": the clause before the
semicolon has its own statement, which the later tag swallowed. Without a reporting word
before the semicolon the tag covers the whole sentence, and a semicolon inside a quotation
changes nothing.

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
    ("sentence", "rows"),
    [
        (
            "Mahama argued that Ghana's debt was sustainable; critics disagree.",
            [("Mahama", "argued", "that Ghana's debt was sustainable")],
        ),
        # Without a reporting word before the semicolon the tag covers the whole sentence.
        (
            "The talks were tense; the deal is off, a Ghanaian official said.",
            [("a Ghanaian official", "said", "The talks were tense; the deal is off")],
        ),
        (
            "Mahama said the port would open in 2027; the railway will follow, officials say.",
            [
                ("Mahama", "said", "the port would open in 2027"),
                ("officials", "say", "the railway will follow"),
            ],
        ),
        (
            "“We are ready; we are willing,” Mahama said.",
            [("Mahama", "said", "“We are ready; we are willing,”")],
        ),
    ],
)
def test_semicolon_bounds_a_later_tag(
    sentence: str, rows: list[tuple[str, str, str]], statement_rows: Rows
) -> None:
    assert statement_rows(_HEAD + sentence) == rows
