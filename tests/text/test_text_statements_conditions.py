"""
Questions and conditions around a reporting verb.

- A cue whose subject follows "whether" or "if" ("pressed the spokeswoman on whether Lima
  would offer ...", "if Quito agrees to the plan, ...") reports no words: it is a question
  or a condition. An outer "asked whether ..." keeps the clause as its own content.
- A fronted condition ("If Quito agrees, the border will reopen, the minister said") is part
  of what was said; a fronted time clause ("After the talks, ...") still is not.

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
    ("sentence", "rows"),
    [
        ("Reporters pressed the spokeswoman on whether Lima would offer Quito a gas deal.", []),
        ("It was not clear whether Noboa had agreed to the plan.", []),
        (
            "Boluarte asked whether Ecuador would offer more border patrols.",
            [("Boluarte", "asked", "whether Ecuador would offer more border patrols")],
        ),
        (
            "She did not say whether Noboa had agreed to meet.",
            [("She", "did not say", "whether Noboa had agreed to meet")],
        ),
    ],
)
def test_a_cue_in_a_question_is_no_statement(
    sentence: str, rows: list[tuple[str, str, str]], statement_rows: Rows
) -> None:
    assert statement_rows(_HEAD + sentence) == rows


@pytest.mark.parametrize(
    ("sentence", "row"),
    [
        (
            "If Quito agrees to the plan, the border will reopen in May, the minister said.",
            ("the minister", "said", "If Quito agrees to the plan, the border will reopen in May"),
        ),
        (
            "Unless both sides compromise, the dispute will drag on, analysts say.",
            ("analysts", "say", "Unless both sides compromise, the dispute will drag on"),
        ),
        # A time clause frames the statement and stays out.
        (
            "After the talks, the two sides signed a fisheries deal, officials said.",
            ("officials", "said", "the two sides signed a fisheries deal"),
        ),
    ],
)
def test_a_fronted_condition_is_content(
    sentence: str, row: tuple[str, str, str], statement_rows: Rows
) -> None:
    assert statement_rows(_HEAD + sentence) == [row]
