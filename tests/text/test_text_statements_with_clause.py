"""
An absolute "with" clause whose participle is a cue: ", with the two leaders calling for ...".

Xinhua, Al Jazeera and VOA leads close with what both sides said or agreed in such a
clause; the noun phrase after ", with" is the participle's subject and the statement's
source. A "with" that is no clause opener (a companion, no comma before it) or a
participle that is no cue gives nothing.

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
                "Mirziyoyev received Tokayev in Samarkand on Friday, with the two presidents agreeing "
                "to double rail freight."
            ),
            [("the two presidents", "agreeing", "to double rail freight")],
        ),
        (
            "Ramaphosa hosted Hichilema in Pretoria, with both sides calling for calm in eastern Congo.",
            [("both sides", "calling for", "calm in eastern Congo")],
        ),
        (
            "The summit closed early, with Ghana saying it would host the next one.",
            [("Ghana", "saying", "it would host the next one")],
        ),
    ],
)
def test_subject_of_a_with_clause_is_the_source(
    text: str, rows: list[tuple[str, str, str]], statement_rows: Rows
) -> None:
    assert statement_rows(text) == rows


@pytest.mark.parametrize(
    "text",
    [
        "Tokayev arrived with the delegation, speaking to no one.",
        "Exports recovered in May, with prices rising again.",
        "The minister met with the governors promising reforms.",
    ],
)
def test_other_with_phrases_give_no_statement(text: str, statement_rows: Rows) -> None:
    assert statement_rows(text) == []
