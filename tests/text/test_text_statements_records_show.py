"""
Verbs whose reading depends on their subject or object.

- "show" reports a record's content when its subject is data ("..., customs data show.",
  "Trade figures showed that ..."); talks, visits or people "showing" something give no
  statement;
- "recalled its ambassador" withdraws a diplomat: no statement; "recalled that ..." and
  "recalled the 1988 treaty" still report what was remembered;
- "founding director of ...", "acting president of ..." after a name is an appositive
  that belongs to the source, not a participle aside like "speaking in Geneva".

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
            "Chile sold about $2 billion of copper to Korea last year, Korean customs data show.",
            [("Korean customs data", "show", "Chile sold about $2 billion of copper to Korea last year")],
        ),
        (
            "Official figures showed that remittances from Spain rose 8% in 2025.",
            [("Official figures", "showed", "that remittances from Spain rose 8% in 2025")],
        ),
    ],
)
def test_data_show_is_a_statement(text: str, rows: list[tuple[str, str, str]], statement_rows: Rows) -> None:
    assert statement_rows(text) == rows


@pytest.mark.parametrize(
    "text",
    [
        "The talks show that the two neighbours can still work together.",
        "Remittances rose 8% in 2025, showing that the economy is recovering.",
        "The figures shown on state television were disputed.",
        "The minister will show investors the new port on Friday.",
    ],
)
def test_show_without_a_record_is_no_statement(text: str, statement_rows: Rows) -> None:
    assert statement_rows(text) == []


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        ("Quito recalled its ambassador from Lima on Monday.", []),
        ("Bogotá recalled the envoy for consultations.", []),
        (
            "Noboa recalled that the two countries fought a border war in 1995.",
            [("Noboa", "recalled", "that the two countries fought a border war in 1995")],
        ),
    ],
)
def test_recalling_a_diplomat_is_no_statement(
    text: str, rows: list[tuple[str, str, str]], statement_rows: Rows
) -> None:
    assert statement_rows(text) == rows


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            (
                "Amina Yusuf, founding director of the Nairobi-based Horn Policy Centre, said the truce "
                "was fragile."
            ),
            "Amina Yusuf, founding director of the Nairobi-based Horn Policy Centre,",
        ),
        (
            "Dlamini, acting president of the chamber of mines, said output would recover.",
            "Dlamini, acting president of the chamber of mines,",
        ),
        # A participle clause is still an aside.
        ("Dlamini, visiting Geneva, said output would recover.", "Dlamini"),
        ("Dlamini, citing security concerns, said output would recover.", "Dlamini"),
    ],
)
def test_office_adjective_opens_an_appositive(text: str, source: str, statement_rows: Rows) -> None:
    assert [s for s, _, _ in statement_rows(text)] == [source]
