"""
"X was quoted as saying": after a quotation, and with who relayed the words ("by Kang").

The paragraphs are written for these tests; the names are real office holders.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from collections.abc import Callable

    Rows = Callable[[str], list[tuple[str | None, str | None, str]]]


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "“Vietnam is a key partner,” Lee was quoted as saying.",
            ("Lee", "was quoted as saying", "“Vietnam is a key partner,”"),
        ),
        (
            "“Vietnam is a key partner,” Lee was quoted as saying by spokesperson Kang Yu-jung.",
            ("Lee", "was quoted as saying", "“Vietnam is a key partner,”"),
        ),
        (
            "Lee was quoted as saying by Kang that Vietnam is a key partner.",
            ("Lee", "was quoted as saying", "that Vietnam is a key partner"),
        ),
        # The outlet before "as saying" keeps its place in the cue.
        (
            "Lee was quoted by Yonhap as saying that Vietnam is a key partner.",
            ("Lee", "was quoted by Yonhap as saying", "that Vietnam is a key partner"),
        ),
    ],
)
def test_quoted_as_saying(text: str, row: tuple[str, str, str], statement_rows: Rows) -> None:
    assert statement_rows(text) == [row]
