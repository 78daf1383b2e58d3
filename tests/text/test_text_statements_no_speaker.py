"""
A subject that denies there is a speaker gives no statement.

"Not everyone welcomed the deal.", "No one disputed the figures.", "Nobody expects ...":
the reporter sums up a reaction, and nobody's words or beliefs are attributed. A statement
about such a sentence ("..., officials said") and names that merely begin with "No"
("No 10", "Noboa") are unchanged.

The paragraphs are written for these tests (invented events).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from collections.abc import Callable

    Rows = Callable[[str], list[tuple[str | None, str | None, str]]]

_HEAD = "Talks in Quito\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "Not everyone welcomed the agreement.",
        "Not everybody in Lima welcomed the visit.",
        "Not all lawmakers praised the accord.",
        "No one disputed the trade figures.",
        "Nobody expects a breakthrough at the next round.",
        "None of the ministers commented on the plan.",
        "No official confirmed the size of the loan.",
    ],
)
def test_a_negated_subject_is_no_speaker(sentence: str, statement_rows: Rows) -> None:
    assert statement_rows(_HEAD + sentence) == []


@pytest.mark.parametrize(
    ("sentence", "rows"),
    [
        (
            "Nobody expects a breakthrough soon, analysts said.",
            [("analysts", "said", "Nobody expects a breakthrough soon")],
        ),
        ("Noboa said the deal was fair.", [("Noboa", "said", "the deal was fair")]),
        (
            "No 10 said the prime minister welcomed the deal.",
            [("No 10", "said", "the prime minister welcomed the deal")],
        ),
        (
            "Not everyone welcomed the accord, and some lawmakers said it was rushed.",
            [("some lawmakers", "said", "it was rushed")],
        ),
    ],
)
def test_other_subjects_keep_their_statements(
    sentence: str, rows: list[tuple[str, str, str]], statement_rows: Rows
) -> None:
    assert statement_rows(_HEAD + sentence) == rows
