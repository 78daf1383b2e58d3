"""
A fronted "According to X," whose clause has two coordinated verbs is one statement of X.

"According to the ministry's readout, Ndiaye praised the accord and promised ..." reports
what the readout says both verbs did: the second verb shares the clause's subject
("Ndiaye"), so it is no statement of its own with the readout as its source. A new
clause after a semicolon, or a verb with a subject of its own, still gives its own
statement.

The paragraphs are written for these tests (invented events; real-sounding names).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from collections.abc import Callable

    Rows = Callable[[str], list[tuple[str | None, str | None, str]]]


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            (
                "According to the ministry's readout, Ndiaye praised the accord and promised "
                "$20 million for the new port."
            ),
            [
                (
                    "the ministry's readout",
                    "According to",
                    "Ndiaye praised the accord and promised $20 million for the new port",
                )
            ],
        ),
        (
            (
                "According to a statement from the palace, the king welcomed the envoy, and "
                "rejected \u201cany interference\u201d in the kingdom's affairs."
            ),
            [
                (
                    "a statement from the palace",
                    "According to",
                    (
                        "the king welcomed the envoy, and rejected \u201cany interference\u201d in "
                        "the kingdom's affairs"
                    ),
                )
            ],
        ),
    ],
)
def test_coordinated_verb_goes_on_with_the_according_content(
    text: str, rows: list[tuple[str, str, str]], statement_rows: Rows
) -> None:
    assert statement_rows(text) == rows


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # A semicolon opens a new clause: its verbs have their own subject.
        (
            (
                "According to the readout, the talks were long; Ndiaye praised the accord and said "
                "he would return."
            ),
            [
                ("the readout", "According to", "the talks were long"),
                ("Ndiaye", "praised", "the accord"),
                ("Ndiaye", "said", "he would return"),
            ],
        ),
        # Not fronted: a coordinated verb after a plain "said" clause keeps its own reading.
        (
            "Ndiaye praised the accord and said he would return in May.",
            [("Ndiaye", "praised", "the accord"), ("Ndiaye", "said", "he would return in May")],
        ),
    ],
)
def test_other_coordinations_keep_their_statements(
    text: str, rows: list[tuple[str, str, str]], statement_rows: Rows
) -> None:
    assert statement_rows(text) == rows


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            (
                "Ndiaye said that both sides wanted to \u201cturn the page\u201d and had agreed to reopen "
                "the border."
            ),
            "that both sides wanted to \u201cturn the page\u201d and had agreed to reopen the border",
        ),
        (
            (
                "Ndiaye told reporters after the meeting in Dakar that both sides wanted a deal and would "
                "meet again in May."
            ),
            "that both sides wanted a deal and would meet again in May",
        ),
    ],
)
def test_backshifted_verb_goes_on_with_the_reported_clause(
    text: str, content: str, statement_rows: Rows
) -> None:
    assert [c for _, _, c in statement_rows(text)] == [content]
