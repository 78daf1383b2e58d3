"""
"X was quoted as saying": after a quotation, and with who relayed the words ("by Kang").

The paragraphs are written for these tests; the names are real office holders.
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
            "“Vietnam is a key partner,” Lee was quoted as saying.",
            ("Lee", "was quoted as saying", "“Vietnam is a key partner,”"),
        ),
        (
            "“Vietnam is a key partner,” Lee was quoted as saying by spokesperson Kang Yu-jung.",
            ("Lee", "was quoted as saying", "“Vietnam is a key partner,”"),
        ),
        (
            "Lee was quoted as saying by Kang that Vietnam is a key partner.",
            ("Lee", "was quoted as saying", "that Vietnam is a key partner"),
        ),
        # The outlet before "as saying" keeps its place in the cue.
        (
            "Lee was quoted by Yonhap as saying that Vietnam is a key partner.",
            ("Lee", "was quoted by Yonhap as saying", "that Vietnam is a key partner"),
        ),
    ],
)
def test_quoted_as_saying(text: str, row: tuple[str, str, str], statement_rows: Rows) -> None:
    assert statement_rows(text) == [row]


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # "cited X as saying" carries X's words as "quoted X as saying" does.
        (
            "Xinhua cited Wang Yi as saying that China would host the next round.",
            [("Wang Yi", "as saying", "that China would host the next round")],
        ),
        (
            "Tass cited a Kremlin aide as saying no date had been set.",
            [("a Kremlin aide", "as saying", "no date had been set")],
        ),
        # "cited" without "as saying" cites a reason, no one's words.
        ("Ruto cited security concerns as the reason for the delay.", []),
    ],
)
def test_cited_as_saying(text: str, rows: list[tuple[str, str, str]], statement_rows: Rows) -> None:
    assert statement_rows(text) == rows


@pytest.mark.parametrize(
    ("text", "row"),
    [
        # A pronoun after the quotation is the source as a name is.
        (
            "\u201cThe corridor will open next year,\u201d he was quoted as saying.",
            ("he", "was quoted as saying", "\u201cThe corridor will open next year,\u201d"),
        ),
        (
            "\u201cThe corridor will open next year,\u201d she was quoted by Xinhua as saying.",
            ("she", "was quoted by Xinhua as saying", "\u201cThe corridor will open next year,\u201d"),
        ),
    ],
)
def test_pronoun_quoted_as_saying_after_a_quotation(
    text: str, row: tuple[str, str, str], statement_rows: Rows
) -> None:
    assert statement_rows(text) == [row]
