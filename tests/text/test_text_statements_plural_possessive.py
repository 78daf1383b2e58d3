"""
A plural possessive ("the countries' foreign ministers", "Honduras' ministry") in a source.

The apostrophe after a plural (or a name ending in "s") is part of the noun phrase, as
"'s" is: the source reaches back to its article, and a trailing tag after a long clause
is found at all (the apostrophe used to end the phrase, so the tag was lost and the
clause's own verb became the statement).

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
                "Ghana and Togo agreed on Friday to reopen the Aflao crossing, which traders have "
                "blocked for weeks, the countries' trade ministers said after talks in Lomé."
            ),
            [
                (
                    "the countries' trade ministers",
                    "said",
                    (
                        "Ghana and Togo agreed on Friday to reopen the Aflao crossing, which traders have "
                        "blocked for weeks"
                    ),
                )
            ],
        ),
        (
            "The two leaders\u2019 spokesmen said the call lasted an hour.",
            [("The two leaders\u2019 spokesmen", "said", "the call lasted an hour")],
        ),
        (
            "Paraguay's and Uruguay's envoys met in Asunción; Barros' office said the talks went well.",
            [("Barros' office", "said", "the talks went well")],
        ),
    ],
)
def test_plural_possessive_belongs_to_the_source(
    text: str, rows: list[tuple[str, str, str]], statement_rows: Rows
) -> None:
    assert statement_rows(text) == rows


def test_a_quotation_in_single_marks_still_ends_the_source(statement_rows: Rows) -> None:
    # A closing single quotation mark after a word is no possessive: it ends the quotation.
    text = "The minister called the plan 'a farce' and said talks were over."
    rows = statement_rows(text)
    assert ("The minister", "said", "talks were over") in rows


def test_french_des_inside_an_institution_name(statement_rows: Rows) -> None:
    text = "Senegal's Société Nationale des Pétroles also agreed to supply the plant."
    assert statement_rows(text) == [
        ("Senegal's Société Nationale des Pétroles", "also agreed", "to supply the plant")
    ]
