"""
Brunei's "Pehin" before a Malay style: "Pehin Dato Erywan Yusof" is Erywan Yusof.

The style is no part of the name, so a later "Dato Erywan said" is the same man. Paragraphs
written for these tests; the names are made up.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bilateral.model import Record
from bilateral.text import extract

Speakers = Callable[[str | Record], dict[str, list[str]]]


@pytest.mark.parametrize("style", ["Pehin Dato", "Pehin Datuk Seri", "Pehin Dato' Seri"])
def test_the_styles_are_no_part_of_the_name(style: str, source_speakers: Speakers) -> None:
    text = (
        f"BANDAR SERI BEGAWAN (Borneo Bulletin) - {style} Awang Rahim Yusof met Thai Foreign"
        " Minister Somchai Wongsa on Monday. Dato Rahim said the talks were productive."
    )
    record = extract(text)
    assert "Awang Rahim Yusof" in {a.name for a in record.actors}
    assert source_speakers(record)["Dato Rahim"] == ["Awang Rahim Yusof"]


def test_pehin_without_a_style_after_it_is_left_as_written() -> None:
    # Near miss: "Pehin" alone is not read as a style.
    text = "Pehin Yusof met Thai Foreign Minister Somchai Wongsa on Monday."
    assert "Yusof" not in {a.name for a in extract(text).actors}
