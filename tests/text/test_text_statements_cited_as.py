"""
"X was cited (by an outlet) as saying ...": the passive of "cite" reports speech, as "was
quoted as saying" does; the one cited is the source, the outlet only carried the words.

Without "as saying" the passive cites a reason or a document ("was cited as a key reason",
"was cited by analysts as evidence"): no statement. The paragraphs are written for these
tests (invented events; real-sounding names).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from collections.abc import Callable

    Rows = Callable[[str, str], list[tuple[str | None, str | None, str]]]

_HEAD = "Kremlin spokesman Dmitry Peskov spoke after the talks in Moscow on Tuesday. "


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "Peskov was cited by RIA Novosti as saying that the leaders would meet again.",
            ("Peskov", "was cited by RIA Novosti as saying", "that the leaders would meet again"),
        ),
        (
            "Peskov was cited as saying the leaders would meet again.",
            ("Peskov", "was cited as saying", "the leaders would meet again"),
        ),
        (
            "The envoy was also cited by Interfax as saying that no date had been set.",
            ("The envoy", "was also cited by Interfax as saying", "that no date had been set"),
        ),
        (
            "\u201cWe will meet again,\u201d Peskov was cited as saying by Interfax.",
            ("Peskov", "was cited as saying", "\u201cWe will meet again,\u201d"),
        ),
    ],
)
def test_cited_as_saying_reports_the_one_cited(
    text: str, row: tuple[str, str, str], statements_after: Rows
) -> None:
    assert statements_after(_HEAD, text) == [row]


@pytest.mark.parametrize(
    "text",
    [
        "Energy security was cited as a key reason for the visit.",
        "The report was cited by analysts as evidence of warming ties.",
        "The treaty was cited in the joint declaration.",
    ],
)
def test_cited_without_saying_is_no_statement(text: str, statements_after: Rows) -> None:
    assert statements_after(_HEAD, text) == []


def test_the_active_form_is_unchanged(statements_after: Rows) -> None:
    assert statements_after(_HEAD, "Interfax cited Peskov as saying the leaders would meet again.") == [
        ("Peskov", "as saying", "the leaders would meet again")
    ]
