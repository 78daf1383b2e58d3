"""
Asides inside a content and after an inverted source.

- "She said Duda, whose term ends in August, wanted to leave on good terms": the past form
  after the comma closing a relative clause (or an appositive after a name) is the reported
  subject's verb, so the content goes on; it stopped at that comma.
- "..., said Legucka, an analyst at the Polish Institute of International Affairs (PISM).":
  the institution's acronym in brackets ends the appositive, which stays in the source.

The paragraphs are written for these tests (invented events).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from collections.abc import Callable

    Rows = Callable[[str], list[tuple[str | None, str | None, str]]]

_HEAD = "Talks in Warsaw\n\n"


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        (
            "She told VOA that Nawrocki, whose term began in August, wanted closer ties with Kyiv.",
            "that Nawrocki, whose term began in August, wanted closer ties with Kyiv",
        ),
        (
            "She said Nawrocki, the new president, wanted closer ties with Kyiv.",
            "Nawrocki, the new president, wanted closer ties with Kyiv",
        ),
        # A participle after a plain comma still ends the content.
        (
            "She said the talks went well, prompted by the thaw in relations.",
            "the talks went well",
        ),
    ],
)
def test_verb_after_a_closed_aside(sentence: str, content: str, statement_rows: Rows) -> None:
    assert [row[2] for row in statement_rows(_HEAD + sentence)] == [content]


def test_acronym_ends_an_inverted_appositive(statement_rows: Rows) -> None:
    text = (
        _HEAD
        + "“Nobody wants a rupture,” said Ewa Nowak, an analyst at the Centre for Eastern Studies (OSW)."
    )
    assert [row[0] for row in statement_rows(text)] == [
        "Ewa Nowak, an analyst at the Centre for Eastern Studies (OSW)"
    ]
