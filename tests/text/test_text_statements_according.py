"""
"according to" in the middle of a clause: "The deal, according to X, includes a clause on debt".

The source interrupts the clause between its subject and its verb; the content is both
halves. Snippets are written for this test in several outlets' styles;
none comes from the dev set or the probe articles.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from collections.abc import Callable

    Rows = Callable[[str], list[tuple[str | None, str | None, str]]]


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (
            "The accord, according to three people briefed on it, sets a cap on steel tariffs.",
            "three people briefed on it",
            "The accord sets a cap on steel tariffs",
        ),
        (
            "The negotiations, according to diplomats, collapsed over fishing rights.",
            "diplomats",
            "The negotiations collapsed over fishing rights",
        ),
        (
            "The biggest hurdle, according to analysts, remains the status of the enclave.",
            "analysts",
            "The biggest hurdle remains the status of the enclave",
        ),
    ],
)
def test_the_clause_resumes_after_the_source(
    text: str, source: str, content: str, statement_rows: Rows
) -> None:
    assert statement_rows(text) == [(source, "according to", content)]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # The clause has its verb already: the participle after the source describes it.
        (
            "Exports fell 8%, according to a study by the central bank, published on Friday.",
            "Exports fell 8%",
        ),
        # A plural noun after the comma opens no verb.
        ("Ties are strong, according to Lopez, analysts at the bank and the ministry.", "Ties are strong"),
    ],
)
def test_no_resumption_without_a_bare_subject_and_a_verb(
    text: str, content: str, statement_rows: Rows
) -> None:
    found = statement_rows(text)
    assert [c for _, _, c in found] == [content]
