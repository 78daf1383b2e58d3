"""
A document an outlet has seen is the source of what it shows.

"A draft of the agreement seen by Reuters shows ..." gave nothing: "show" was a cue only
after a record noun ("data show") and only with "that". A document "seen / reviewed /
obtained by" a capitalised outlet now heads the source (the participle phrase included),
and "show" after a record takes its object as the content with or without "that". "show"
after anything else ("The deal shows", "a film seen by millions shows") stays no cue.

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
                "A draft of the communique seen by Reuters shows Lusaka and Lilongwe would share "
                "the dam's output."
            ),
            [
                (
                    "A draft of the communique seen by Reuters",
                    "shows",
                    "Lusaka and Lilongwe would share the dam's output",
                )
            ],
        ),
        (
            "A copy of the memo obtained by The Associated Press shows Malawi asked for a delay.",
            [("A copy of the memo obtained by The Associated Press", "shows", "Malawi asked for a delay")],
        ),
        (
            "Customs figures show maize exports to Zambia doubled last year.",
            [("Customs figures", "show", "maize exports to Zambia doubled last year")],
        ),
    ],
)
def test_a_record_is_the_source_of_what_it_shows(
    text: str, rows: list[tuple[str, str, str]], statement_rows: Rows
) -> None:
    assert statement_rows(text) == rows


@pytest.mark.parametrize(
    "text",
    [
        "The dam deal shows the two neighbours can work together.",
        "A film seen by millions shows the president dancing at the border.",
        "Hichilema shows no sign of backing down over the dam.",
    ],
)
def test_show_after_anything_else_is_no_statement(text: str, statement_rows: Rows) -> None:
    assert statement_rows(text) == []
