"""
A fact-box bullet ("* ...", "• ...") opens no content.

Reuters fact boxes and explainers list facts as bulleted lines. A bullet line that reports
someone's words is a statement, but its marker is layout, not part of what was said. A
hyphen inside the content, or a dash opening a quotation, is unchanged.

The paragraphs are written for these tests (invented events).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from collections.abc import Callable

    Rows = Callable[[str], list[tuple[str | None, str | None, str]]]

_HEAD = "FACTBOX-What is in the Zambia-Malawi rail accord?\n\nHere is what we know about the accord:\n\n"


@pytest.mark.parametrize("bullet", ["*", "•", "-", "▪"])
def test_bullet_marker_is_no_content(bullet: str, statement_rows: Rows) -> None:
    text = (
        _HEAD
        + f"{bullet} The two countries will share the cost of the line, according to a copy seen by Reuters."
    )
    assert statement_rows(text) == [
        ("a copy seen by Reuters", "according to", "The two countries will share the cost of the line")
    ]


def test_bullet_before_the_source(statement_rows: Rows) -> None:
    text = _HEAD + "* Malawi said it would fund the northern section through a bond issue."
    assert statement_rows(text) == [
        ("Malawi", "said", "it would fund the northern section through a bond issue")
    ]


def test_a_fact_without_a_cue_is_no_statement(statement_rows: Rows) -> None:
    text = _HEAD + "* The line would run 420 km from Chipata to Lilongwe.\n\n* Construction starts in 2027."
    assert statement_rows(text) == []
