"""
The reporter's aside on a goal after a content ("..., a status Hanoi has long sought").

A noun of aim ("status", "demand", "goal") followed by a relative clause with a named
subject comments on the clause before it, like "..., a phrase Tokyo often uses"; it is no
part of the content. Without a named subject the phrase stays in.

The paragraphs are written for these tests (invented events).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from collections.abc import Callable

    Rows = Callable[[str], list[tuple[str | None, str | None, str]]]

_HEAD = "Talks in Hanoi\n\n"


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        (
            "Son said Vietnam hoped to be recognised as a market economy, a status Hanoi has long sought.",
            "Vietnam hoped to be recognised as a market economy",
        ),
        (
            "Marcos said Manila wanted joint patrols, a demand Hanoi has resisted for years.",
            "Manila wanted joint patrols",
        ),
        (
            "Marcos said Manila wanted joint patrols, a goal shared by many.",
            "Manila wanted joint patrols, a goal shared by many",
        ),
    ],
)
def test_goal_aside(sentence: str, content: str, statement_rows: Rows) -> None:
    assert [row[2] for row in statement_rows(_HEAD + sentence)] == [content]
