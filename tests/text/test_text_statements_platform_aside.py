"""
The former name of a platform ("on X, formerly Twitter, that ...") is neither cue nor content.

Wire copy glosses X as "formerly Twitter", set off by commas or brackets between the cue and
its content; the statement was lost because the comma after the platform ended the cue.

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
    ("sentence", "row"),
    [
        (
            "Aurangzeb wrote on X, formerly Twitter, that the facility was close.",
            ("Aurangzeb", "wrote on X", "that the facility was close"),
        ),
        (
            "Aurangzeb said on X, formerly known as Twitter, that the facility was close.",
            ("Aurangzeb", "said on X", "that the facility was close"),
        ),
        (
            "Aurangzeb said in a post on X (formerly Twitter) that the facility was close.",
            ("Aurangzeb", "said in a post on X", "that the facility was close"),
        ),
        (
            "Aurangzeb wrote on X, formerly Twitter: “The facility is close.”",
            ("Aurangzeb", "wrote on X", "“The facility is close.”"),
        ),
    ],
)
def test_former_platform_name_is_skipped(
    sentence: str, row: tuple[str, str, str], statement_rows: Rows
) -> None:
    assert statement_rows(_HEAD + sentence) == [row]
