"""
A verb coordinated after a backshifted past perfect in a readout continues the report.

"The ministry said Lam had “warmly congratulated” Prabowo and invited him to visit Hanoi":
the leader did both; the ministry reports them, as with the simple past ("said Lam
congratulated ... and invited ..."). A past perfect of state ("had been difficult") keeps
the coordinated verb the speaker's own.

The paragraphs are written for these tests (invented events).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from collections.abc import Callable

    Rows = Callable[[str], list[tuple[str | None, str | None, str]]]

_HEAD = "Talks in Vientiane\n\n"


@pytest.mark.parametrize(
    ("sentence", "rows"),
    [
        (
            "The Lao ministry said Sonexay had “warmly congratulated” Anwar and invited him to Vientiane.",
            [
                (
                    "The Lao ministry",
                    "said",
                    "Sonexay had “warmly congratulated” Anwar and invited him to Vientiane",
                )
            ],
        ),
        (
            "The ministry said Sonexay had agreed to the plan and urged Anwar to visit the dam.",
            [("The ministry", "said", "Sonexay had agreed to the plan and urged Anwar to visit the dam")],
        ),
        (
            "Anwar said the talks had been difficult and urged patience.",
            [("Anwar", "said", "the talks had been difficult"), ("Anwar", "urged", "patience")],
        ),
    ],
)
def test_past_perfect_report(sentence: str, rows: list[tuple[str, str, str]], statement_rows: Rows) -> None:
    assert statement_rows(_HEAD + sentence) == rows
