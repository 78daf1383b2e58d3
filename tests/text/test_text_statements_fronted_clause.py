"""
A cue inside a fronted subordinate clause ("While Ruto said ..., Kishida was ...").

The content ends at the comma closing the fronted clause; the main clause after it is the
reporter's. A verb of the main clause takes no content from the fronted clause ("When
Ruto said the deal was done, officials applauded").

The paragraphs are written for these tests (invented events).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from collections.abc import Callable

    Rows = Callable[[str], list[tuple[str | None, str | None, str]]]

_HEAD = "Talks in Tokyo\n\n"


@pytest.mark.parametrize(
    ("sentence", "rows"),
    [
        (
            "While Marcos said the talks went well, Ishiba was more cautious.",
            [("Marcos", "said", "the talks went well")],
        ),
        (
            "Although Ishiba said Japan would help, no figure was given.",
            [("Ishiba", "said", "Japan would help")],
        ),
        (
            "When Marcos said the deal was done, officials applauded.",
            [("Marcos", "said", "the deal was done")],
        ),
        # A condition stays the content of the tag after it.
        (
            "If Manila agrees, the drills will start in May, officials said.",
            [("officials", "said", "If Manila agrees, the drills will start in May")],
        ),
    ],
)
def test_fronted_clause(sentence: str, rows: list[tuple[str, str, str]], statement_rows: Rows) -> None:
    assert statement_rows(_HEAD + sentence) == rows


def test_as_tag_with_an_audience(statement_rows: Rows) -> None:
    text = _HEAD + "As Marcos told reporters, the drills are defensive."
    assert statement_rows(text) == [("Marcos", "told", "the drills are defensive")]


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # An adjunct fronted inside the reported clause ("said that on Monday, ...") keeps
        # the clause after its comma in the content, and the verb there is no cue of its own.
        (
            "Sall said that on Monday, the two ministers discussed the fishing accord.",
            [("Sall", "said", "that on Monday, the two ministers discussed the fishing accord")],
        ),
        (
            "Sall told reporters that during the talks, Dakar and Nouakchott agreed on gas exports.",
            [("Sall", "told", "that during the talks, Dakar and Nouakchott agreed on gas exports")],
        ),
        # An aside right after "that," does not end the content.
        (
            "Sall said that, while Senegal valued the accord, it could not wait forever.",
            [("Sall", "said", "that, while Senegal valued the accord, it could not wait forever")],
        ),
        # Without a reporting verb before "that", the later verb is a cue as before.
        (
            "It is clear that on Monday, the two ministers discussed the fishing accord.",
            [("the two ministers", "discussed", "the fishing accord")],
        ),
    ],
)
def test_adjunct_fronted_inside_a_that_clause(
    text: str, rows: list[tuple[str, str, str]], statement_rows: Rows
) -> None:
    assert statement_rows(text) == rows
