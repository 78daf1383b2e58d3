"""
A relative naming verb: "The deal, which critics call a debt trap, was signed".

The relative pronoun is the object of "call"/"term"/"label" and the name completes it, as in
"talks that both sides described as “fraternal”". The content is the pronoun and the name,
the source the words between them. A relative clause with another verb, or a pronoun
subject ("which lasted an hour"), gives nothing.

The paragraphs are written for these tests (invented events).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from collections.abc import Callable

    Rows = Callable[[str], list[tuple[str | None, str | None, str]]]

_HEAD = "Talks in Lima\n\n"


@pytest.mark.parametrize(
    ("sentence", "row"),
    [
        (
            "The loan, which critics call a debt trap, was signed in Lima.",
            ("critics", "call", "which a debt trap"),
        ),
        (
            "The railway, which opponents have called a white elephant, opened in 2017.",
            ("opponents", "have called", "which a white elephant"),
        ),
        (
            "The visit is one that officials call a turning point.",
            ("officials", "call", "that a turning point"),
        ),
    ],
)
def test_relative_naming(sentence: str, row: tuple[str, str, str], statement_rows: Rows) -> None:
    assert statement_rows(_HEAD + sentence) == [row]


@pytest.mark.parametrize(
    "sentence",
    [
        "The phone call, which lasted an hour, was the first since May.",
        "The port, which Peru calls home, is busy.",
    ],
)
def test_other_relative_clauses(sentence: str, statement_rows: Rows) -> None:
    assert statement_rows(_HEAD + sentence) == []
