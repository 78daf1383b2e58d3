"""
"remarks"/"comments" after a past verb is its object, no reporting verb: "three of his
deputy ministers posted derogatory remarks about Modi" is no statement of "derogatory".

Near misses: "The minister remarks that ..." still reports, and a verb that takes the
remarks as its content ("Critics decried derogatory remarks about Modi") keeps it.

The sentences are written for these tests; the names are real office holders, the events made
up.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Rows = Callable[[str, str], list[tuple[str | None, str | None, str]]]

_HEAD = "MALE (Reuters) - Maldives President Mohamed Muizzu met Indian Prime Minister Narendra Modi. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Earlier, three of his deputy ministers posted derogatory remarks about Modi on social media.",
        "The ministers made derogatory remarks about Modi.",
        "He deleted offensive comments about Modi.",
        "The ministers posted remarks about Modi.",
    ],
)
def test_remarks_after_a_past_verb_report_nothing(statements_after: Rows, sentence: str) -> None:
    assert statements_after(_HEAD, sentence) == []


def test_the_verb_remarks_still_reports(statements_after: Rows) -> None:
    rows = statements_after(_HEAD, "The minister remarks that the deal is good.")
    assert rows == [("The minister", "remarks", "that the deal is good")]


def test_a_reporting_verb_takes_the_remarks_as_content(statements_after: Rows) -> None:
    rows = statements_after(_HEAD, "Critics decried derogatory remarks about Modi.")
    assert rows == [("Critics", "decried", "derogatory remarks about Modi")]
