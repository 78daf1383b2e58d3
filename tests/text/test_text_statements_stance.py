"""
"Underlined the need for ..." states a position, as "stressed the importance of ..." does.

Verbs of emphasis ("underline", "underscore", "highlight") are cues only before "that" or a
quotation, since "highlighted the risks" or "signalled a turn" report no words. A stance
noun as their object ("the importance of", "the need for") is what a readout reports the
leaders said. Other weak verbs ("added", "continued") are unchanged.

The paragraphs are written for these tests (invented events).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from collections.abc import Callable

    Rows = Callable[[str], list[tuple[str | None, str | None, str]]]

_HEAD = "Talks in Asmara\n\n"


@pytest.mark.parametrize(
    ("sentence", "row"),
    [
        (
            "Abiy underlined the need for a corridor to the Red Sea.",
            ("Abiy", "underlined", "the need for a corridor to the Red Sea"),
        ),
        (
            "The two presidents underscored the importance of border demarcation.",
            ("The two presidents", "underscored", "the importance of border demarcation"),
        ),
        (
            "Afwerki highlighted the urgency of a ceasefire in Sudan.",
            ("Afwerki", "highlighted", "the urgency of a ceasefire in Sudan"),
        ),
    ],
)
def test_emphasis_verb_with_a_stance_noun(
    sentence: str, row: tuple[str, str, str], statement_rows: Rows
) -> None:
    assert statement_rows(_HEAD + sentence) == [row]


@pytest.mark.parametrize(
    "sentence",
    [
        "Abiy highlighted the risks of a new war.",
        "The visit underlined the thaw between the two capitals.",
        "The minister added the importance of trade to the agenda.",
        "The talks continued the need-based approach of last year.",
    ],
)
def test_other_objects_of_weak_verbs_are_no_content(sentence: str, statement_rows: Rows) -> None:
    assert statement_rows(_HEAD + sentence) == []
