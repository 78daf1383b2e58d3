"""
A colon ends the source of "according to X" set off after a clause.

"Among the agreements, according to the statement: a visa regime and ..." ran the source
over the colon and the list after it. The colon now ends the source, and what follows it
goes on with the content, as the clause after "X, according to officials, is ..." does.
A source without a colon is unchanged.

The paragraphs are written for these tests (invented events; real-sounding names).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

    Rows = Callable[[str], list[tuple[str | None, str | None, str]]]

_COLON = (
    "The accords cover four areas, according to the Moroccan foreign ministry: fisheries, "
    "phosphates, renewable energy and air links."
)


def test_the_colon_ends_the_source_and_the_list_goes_on(statement_rows: Rows) -> None:
    assert statement_rows(_COLON) == [
        (
            "the Moroccan foreign ministry",
            "according to",
            "The accords cover four areas fisheries, phosphates, renewable energy and air links",
        )
    ]


def test_a_source_without_a_colon_is_unchanged(statement_rows: Rows) -> None:
    text = "The accords cover fisheries and phosphates, according to the Moroccan foreign ministry."
    assert statement_rows(text) == [
        ("the Moroccan foreign ministry", "according to", "The accords cover fisheries and phosphates")
    ]
