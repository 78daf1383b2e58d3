"""
A refusal to confirm or deny is no statement: "Al-Ansari declined to confirm the report" says
nothing, as "declined to comment" does; "confirmed the report" still reports, and a content
before "but declined to confirm ..." ends at the "but".

The sentences are written for these tests; the names are real office holders, the events made
up.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Rows = Callable[[str, str], list[tuple[str | None, str | None, str]]]

_HEAD = "DOHA (Reuters) - Qatari Foreign Ministry spokesman Majed al-Ansari spoke to reporters on Tuesday. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Al-Ansari declined to confirm the report.",
        "Al-Ansari refused to confirm the figures.",
        "The ministry declined to deny the report.",
    ],
)
def test_a_refusal_to_confirm_is_no_statement(statements_after: Rows, sentence: str) -> None:
    assert statements_after(_HEAD, sentence) == []


def test_a_confirmation_is_a_statement(statements_after: Rows) -> None:
    rows = statements_after(_HEAD, "Al-Ansari confirmed the report.")
    assert rows == [("Al-Ansari", "confirmed", "the report")]


def test_content_ends_before_the_refusal(statements_after: Rows) -> None:
    rows = statements_after(_HEAD, "Al-Ansari said the talks were useful but declined to confirm the report.")
    assert rows == [("Al-Ansari", "said", "the talks were useful")]


def test_declined_to_say_whether_still_reports(statements_after: Rows) -> None:
    rows = statements_after(_HEAD, "Al-Ansari declined to say whether talks took place.")
    assert rows == [("Al-Ansari", "declined to say", "whether talks took place")]
