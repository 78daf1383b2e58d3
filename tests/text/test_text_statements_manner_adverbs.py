"""
A manner or time adverb between the cue and "that" is no part of the content.

"said privately that ...", "told reporters later that ...", "has said previously that ...":
the adverb modifies the reporting verb, as "said again that" and "saying only that" do.
Before anything but "that" or a quotation it stays where it was.

The paragraphs are written for these tests (invented events).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from collections.abc import Callable

    Rows = Callable[[str], list[tuple[str | None, str | None, str]]]

_HEAD = "Talks in Accra\n\n"


@pytest.mark.parametrize(
    ("sentence", "row"),
    [
        (
            "Ghanaian officials said privately that Accra was frustrated by the delays.",
            ("Ghanaian officials", "said", "that Accra was frustrated by the delays"),
        ),
        (
            "Mahama told reporters later that the talks had gone well.",
            ("Mahama", "told", "that the talks had gone well"),
        ),
        (
            "Mahama has said previously that Ghana would not default.",
            ("Mahama", "has said", "that Ghana would not default"),
        ),
        ("Faure said publicly “we will help.”", ("Faure", "said", "“we will help.”")),
    ],
)
def test_adverb_after_the_cue(sentence: str, row: tuple[str, str, str], statement_rows: Rows) -> None:
    assert statement_rows(_HEAD + sentence) == [row]


def test_adverb_before_other_words_is_unchanged(statement_rows: Rows) -> None:
    assert statement_rows(_HEAD + "Mahama spoke privately with Faure.") == []
