"""
Absolute participles: "..., with some praising the deal and others calling it a sellout".

After "with" (or an "and" continuing it) a bare quantifier ("some", "others", "many",
"critics") is the subject of the participle, and each pair is a statement; the first
content ends before the next pair. Other "with" phrases give nothing.

The paragraphs are written for these tests (invented events).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from collections.abc import Callable

    Rows = Callable[[str], list[tuple[str | None, str | None, str]]]

_HEAD = "Talks in Lima\n\n"


@pytest.mark.parametrize(
    ("sentence", "rows"),
    [
        (
            "Peruvians were divided, with some praising the accord and others calling it a sellout.",
            [("some", "praising", "the accord"), ("others", "calling", "it a sellout")],
        ),
        (
            "Reaction was mixed, with many welcoming the loans and critics warning of a debt trap.",
            [("many", "welcoming", "the loans"), ("critics", "warning", "of a debt trap")],
        ),
        ("The visit drew crowds, with some waving flags.", []),
        ("The visit ended with others calling the ministry.", []),
    ],
)
def test_absolute_participles(sentence: str, rows: list[tuple[str, str, str]], statement_rows: Rows) -> None:
    assert statement_rows(_HEAD + sentence) == rows
