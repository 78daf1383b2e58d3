"""
`find_dates_folded` and `find_durations_folded`: the same finds as `find_dates` and `find_durations`.

The meeting reader has the document lower-cased already (`ActorRefs.folded`); the two
searches slice their regions from it instead of lower-casing each one.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from bilateral.model import Direction, Span
from bilateral.text._dates import find_dates, find_dates_folded
from bilateral.text._durations import find_durations, find_durations_folded
from bilateral.text._outcomes import fold

DEV = Path(__file__).parent.parent / "data" / "eval" / "dev"
ANCHOR = dt.date(2025, 6, 18)


def _windows(text: str) -> list[Span]:
    """Overlapping windows of the text, cut anywhere (mid-word too)."""
    return [Span(start=at, end=min(len(text), at + 260)) for at in range(0, len(text), 97)]


@pytest.mark.parametrize("path", sorted(DEV.glob("*.txt"))[:6], ids=lambda p: p.stem)
def test_the_folded_searches_find_what_the_plain_ones_find(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    folded = fold(text)
    assert folded is not None
    for span in _windows(text):
        for direction in (None, Direction.PAST):
            assert find_dates_folded(text, folded, span, ANCHOR, direction) == find_dates(
                text, span, ANCHOR, direction
            )
        assert find_durations_folded(text, folded, span) == find_durations(text, span)


def test_a_final_sigma_changes_nothing() -> None:
    # Lower-cased alone, "ΟΔΟΣ" ends in a final sigma; sliced from the whole text it may not.
    text = "ΟΔΟΣ talks lasted two hours on Tuesday, March 4, ΟΔΟΣ for 90 minutes."
    folded = fold(text)
    assert folded is not None
    for start in range(len(text)):
        span = Span(start=start, end=len(text))
        assert find_dates_folded(text, folded, span, ANCHOR) == find_dates(text, span, ANCHOR)
        assert find_durations_folded(text, folded, span) == find_durations(text, span)
