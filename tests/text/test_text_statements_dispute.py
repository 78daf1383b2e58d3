"""
"dispute" as a reporting verb: a denial of what someone said, not the noun or the territorial sense.

"Farmers say ..., but officials dispute that" held the officials' clause inside the farmers'
content. The paragraphs are written for these tests (invented events).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from collections.abc import Callable

    Rows = Callable[[str], list[tuple[str | None, str | None, str]]]


def test_dispute_ends_the_content_before(statement_rows: Rows) -> None:
    text = (
        "Tanzanian traders say the new tariffs have doubled their costs, but Kenyan officials dispute that."
    )
    assert statement_rows(text) == [
        ("Tanzanian traders", "say", "the new tariffs have doubled their costs"),
        ("Kenyan officials", "dispute", "that"),
    ]


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "Zambia's treasury disputed the figures, which it called inflated.",
            ("Zambia's treasury", "disputed", "the figures, which it called inflated"),
        ),
        (
            "The opposition disputes the official death toll.",
            ("The opposition", "disputes", "the official death toll"),
        ),
    ],
)
def test_dispute_of_a_statement(text: str, row: tuple[str, str, str], statement_rows: Rows) -> None:
    assert statement_rows(text)[:1] == [row]


@pytest.mark.parametrize(
    "text",
    [
        "The two countries have a long border dispute with Eritrea.",
        "Territorial disputes with China remain unresolved.",
        "Vietnam and China dispute the Paracel Islands.",
        "The talks covered maritime disputes in the region.",
    ],
)
def test_dispute_noun_or_territory(text: str, statement_rows: Rows) -> None:
    assert [row for row in statement_rows(text) if row[1] is not None and "disput" in row[1]] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Spratly Islands are disputed by six governments.", []),
        (
            "The casualty figures were disputed by the rebels.",
            [("the rebels", "were disputed", "The casualty figures")],
        ),
    ],
)
def test_passive_dispute(text: str, expected: list[tuple[str, str, str]], statement_rows: Rows) -> None:
    assert statement_rows(text) == expected
