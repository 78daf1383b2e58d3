"""
Speaker phrases opened by lower-case modifiers no mention covers ("presidential spokesman ...").

Snippets are written for this test; none is taken from the dev set.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from collections.abc import Callable


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        (
            "The border will stay open, presidential spokesman Ahmed Fahmy added.",
            "presidential spokesman Ahmed Fahmy",
            ["Ahmed Fahmy"],
        ),
        (
            "Nothing has been agreed yet, veteran negotiator Maria Lopez told reporters.",
            "veteran negotiator Maria Lopez",
            ["Maria Lopez"],
        ),
    ],
)
def test_lower_case_modifiers_before_the_name(
    text: str, phrase: str, expected: list[str], resolved_speakers: Callable[[str, str], list[str]]
) -> None:
    assert resolved_speakers(text, phrase) == expected


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("A statement posted on a page for Mauritius said the deal was signed.", "a page for Mauritius"),
        ("Leaders of both Kenya and Uganda said the pact would hold.", "Leaders of both Kenya and Uganda"),
    ],
)
def test_a_complement_is_not_the_head(
    text: str, phrase: str, resolved_speakers: Callable[[str, str], list[str]]
) -> None:
    assert resolved_speakers(text, phrase) == []
