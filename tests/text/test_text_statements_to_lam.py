"""
A subject whose name opens with "To" ("To Lam said ...").

Vietnam's leader To Lam is named without a title once introduced. A sentence cannot open
with a "To"-phrase directly followed by its subject, so "To" and one capitalised word before
the verb are the source; other "To" openings are unchanged.

The paragraphs are written for these tests (invented events).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from collections.abc import Callable

    Rows = Callable[[str], list[tuple[str | None, str | None, str]]]

_HEAD = (
    "Talks in Hanoi\n\nVietnamese leader To Lam met Lao President Thongloun Sisoulith in Hanoi on Monday.\n\n"
)


def test_to_lam_said(statement_rows: Rows) -> None:
    rows = statement_rows(_HEAD + "To Lam said Vietnam regards its ties with Laos as a top priority.")
    assert rows == [("To Lam", "said", "Vietnam regards its ties with Laos as a top priority")]


@pytest.mark.parametrize(
    "sentence",
    ["To Vientiane officials said nothing about the dam.", "To many in Hanoi the visit seemed overdue."],
)
def test_other_to_openings_give_no_source(sentence: str, statement_rows: Rows) -> None:
    assert [row for row in statement_rows(_HEAD + sentence) if row[0] and row[0].startswith("To")] == []


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        (
            "To Lam, general secretary of the Communist Party, said Laos was a close partner.",
            "To Lam, general secretary of the Communist Party,",
        ),
        ("To Lam, who hosted the talks, said Laos was a close partner.", "To Lam"),
        ("To Lam, speaking after the talks, said Laos was a close partner.", "To Lam"),
    ],
)
def test_to_lam_with_an_appositive_or_aside(sentence: str, source: str, statement_rows: Rows) -> None:
    assert statement_rows(_HEAD + sentence) == [(source, "said", "Laos was a close partner")]


def test_fronted_to_phrase_before_an_inserted_tag_is_no_source(statement_rows: Rows) -> None:
    rows = statement_rows(
        _HEAD + "To Vientiane, a Lao official said, the visit mattered more than the deals."
    )
    assert [row[0] for row in rows] == ["a Lao official"]
