"""Line blocks: a list item on its own line is never the continuation of the line above."""

from __future__ import annotations

import pytest

from bilateral.model import Span
from bilateral.text._segment import line_blocks


def blocks(text: str) -> list[str]:
    return [b.text(text) for b in line_blocks(text, Span(start=0, end=len(text)))]


@pytest.mark.parametrize("marker", ["- ", "* ", "\u2022 ", "1. ", "2) "])
def test_list_items_are_separate_blocks(marker: str) -> None:
    items = [
        "a joint committee on river transport, to report by June",
        "cooperation on cobalt refining in both countries",
    ]
    text = "Outcomes of the talks:\n" + "\n".join(f"{marker}{item}" for item in items)
    assert blocks(text) == ["Outcomes of the talks:", *(f"{marker}{item}" for item in items)]


def test_a_hard_wrapped_paragraph_is_still_joined() -> None:
    text = (
        "The ministers of Zambia and Congo agreed on a joint committee on river transport that\n"
        "will report to both governments by June, officials said."
    )
    assert blocks(text) == [text]
