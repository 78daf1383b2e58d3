"""
Words between a source, its cue and the content.

- "told reporters in Riyadh the kingdom backed the plan": where the audience was told, then
  a content without "that";
- "said — without elaborating — that ...": an aside between dashes after the cue;
- "Ruto (pictured) said ...": a note on the photograph between the name and the verb.

The paragraphs are written for these tests (invented events).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from collections.abc import Callable

    Rows = Callable[[str], list[tuple[str | None, str | None, str]]]

_HEAD = "Talks in Riyadh\n\n"


@pytest.mark.parametrize(
    ("sentence", "rows"),
    [
        (
            "Prince Faisal told reporters in Riyadh the kingdom backed the plan.",
            [("Prince Faisal", "told", "the kingdom backed the plan")],
        ),
        (
            "Al Busaidi told a news conference in Muscat that talks would resume.",
            [("Al Busaidi", "told", "that talks would resume")],
        ),
        ("Prince Faisal told reporters in Riyadh.", []),
        (
            "The minister said — without elaborating — that the deal would be signed soon.",
            [("The minister", "said", "that the deal would be signed soon")],
        ),
        (
            "Araghchi (pictured) said the talks were productive.",
            [("Araghchi", "said", "the talks were productive")],
        ),
        (
            "Iranian Foreign Minister Abbas Araghchi (right) told reporters the talks were useful.",
            [("Iranian Foreign Minister Abbas Araghchi", "told", "the talks were useful")],
        ),
    ],
)
def test_words_between(sentence: str, rows: list[tuple[str, str, str]], statement_rows: Rows) -> None:
    assert statement_rows(_HEAD + sentence) == rows


def test_an_adverb_alone_is_no_content(statement_rows: Rows) -> None:
    text = _HEAD + "“We are ready,” Araghchi said — a line he repeated twice."
    assert statement_rows(text) == [("Araghchi", "said", "“We are ready,”")]
