"""
A comment on a figure after its "according to" source is no part of the source.

"Reserves stood at $9 billion, according to the central bank, enough to cover three months
of imports": "enough ...", "up 12% from ...", "nearly double ..." are the reporter's words
about the figure; an appositive naming the source ("according to Harsh Pant, the vice
president of ...") still belongs to it.

The paragraphs are written for these tests (invented events).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from collections.abc import Callable

    Rows = Callable[[str], list[tuple[str | None, str | None, str]]]

_HEAD = "Talks in Lusaka\n\n"


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        (
            (
                "Reserves stood at $3 billion, according to the Bank of Zambia, "
                "enough to cover four months of imports."
            ),
            "the Bank of Zambia",
        ),
        ("Copper exports reached $9 billion, according to customs data, up 12% from 2023.", "customs data"),
        (
            (
                "Chinese loans totalled $6 billion, according to the finance ministry, "
                "nearly double the 2019 figure."
            ),
            "the finance ministry",
        ),
        (
            "Copper exports reached $9 billion, according to Grieve Chelwa, a political economist in Lusaka.",
            "Grieve Chelwa, a political economist in Lusaka",
        ),
    ],
)
def test_figure_comment_after_the_source(sentence: str, source: str, statement_rows: Rows) -> None:
    assert [row[0] for row in statement_rows(_HEAD + sentence)] == [source]
