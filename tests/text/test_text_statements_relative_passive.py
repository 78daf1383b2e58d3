"""
A passive cue inside a non-restrictive relative clause ends with the clause.

"Muizzu, who had been seen as leaning towards China, said ...": the content of "had been
seen" is the "as" phrase of the relative clause; the sentence's own statement after the
closing comma keeps its source and cue, instead of being swallowed.

The paragraphs are written for these tests (invented events).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from collections.abc import Callable

    Rows = Callable[[str], list[tuple[str | None, str | None, str]]]

_HEAD = "Talks in Male\n\n"


@pytest.mark.parametrize(
    ("sentence", "rows"),
    [
        (
            "Zayed, who was seen as close to Beijing, said the port deal was fair.",
            [(None, "was seen", "who as close to Beijing"), ("Zayed", "said", "the port deal was fair")],
        ),
        (
            "The envoy, who had been described as a hardliner, told reporters that talks would resume.",
            [
                (None, "had been described", "who as a hardliner"),
                ("The envoy", "told", "that talks would resume"),
            ],
        ),
        # No relative clause: the passive content runs on as before.
        (
            "Zayed was seen as close to Beijing after the election.",
            [(None, "was seen", "Zayed as close to Beijing after the election")],
        ),
    ],
)
def test_relative_passive_stops_at_its_comma(
    sentence: str, rows: list[tuple[str | None, str, str]], statement_rows: Rows
) -> None:
    assert statement_rows(_HEAD + sentence) == rows


@pytest.mark.parametrize(
    ("sentence", "row"),
    [
        (
            (
                "Bolivia's government, which was not invited, said through its embassy that it "
                "expected an apology."
            ),
            ("Bolivia's government", "said", "that it expected an apology"),
        ),
        (
            "Ecuador, which was also asked to mediate, said it would wait for both sides to agree.",
            ("Ecuador", "said", "it would wait for both sides to agree"),
        ),
        (
            "The Sri Lankan envoy, who was never told of the change, said the timing was unfortunate.",
            ("The Sri Lankan envoy", "said", "the timing was unfortunate"),
        ),
    ],
)
def test_a_negated_or_modified_passive_in_a_relative_clause_is_no_statement(
    sentence: str, row: tuple[str, str, str], statement_rows: Rows
) -> None:
    assert statement_rows(_HEAD + sentence) == [row]


def test_a_negated_active_verb_group_keeps_its_statement(statement_rows: Rows) -> None:
    # "has not said" is active ("has" is no form of "be"): the statement stays.
    rows = statement_rows(_HEAD + "Muizzu has not said whether he will attend the summit.")
    assert rows == [("Muizzu", "has not said", "whether he will attend the summit")]
