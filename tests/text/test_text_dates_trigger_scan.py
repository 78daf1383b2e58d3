"""
`_trigger_spans`: the three scans for date trigger words give what `_TRIGGER` gives.

`_TRIGGER` (digits, month and weekday names, time words) is the reference; the module
searches its digits, capitalised words and lower-case words apart, each with a regex the
engine can skip through.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from hypothesis import given
from hypothesis import strategies as st

from bilateral.text import _dates

if TYPE_CHECKING:
    from collections.abc import Callable

DEV = Path(__file__).parent.parent / "data" / "eval" / "dev"


def _reference(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [m.span() for m in _dates._TRIGGER.finditer(text, start, end)]


def test_trigger_spans_of_the_dev_articles_from_any_start(
    dev_windows: Callable[[int | str, int, int], list[tuple[str, int, int]]],
) -> None:
    paths = sorted(DEV.glob("*.txt"))
    assert paths
    for path in paths:
        text = path.read_text("utf-8")
        assert _dates._trigger_spans(text, 0, len(text)) == _reference(text, 0, len(text))
    found = 0
    for text, start, end in dev_windows(7, 300, 300):
        spans = _dates._trigger_spans(text, start, end)
        assert spans == _reference(text, start, end), (start, end)
        found += len(spans)
    assert found > 0


_PIECES = st.sampled_from(
    [
        *("May", "MAY", "may", "Mays", "Monday", "mon", "Sept", "SEPT", "Dec", "day", "days", "today"),
        *("weekend", "week", "weeks", "Week", "WEEK", "year", "Year", "ago", "fall", "Fall", "night"),
        *("tonight", "xday", "dayx", "2025", "7", "\u0663\u0664", "G7", "2nd", "_day", "\u00e9day"),
        *(" ", "  ", "\n", ", ", ".", "-", "'", "(", "\u201c", "\u00a0", "x", "\u00e9", "in", "the"),
    ]
)


@given(st.lists(_PIECES, max_size=30), st.integers(0, 40), st.integers(0, 200))
def test_trigger_spans_equal_the_regex_on_word_salad(pieces: list[str], start: int, length: int) -> None:
    text = "".join(pieces)
    start = min(start, len(text))
    end = min(len(text), start + length)
    assert _dates._trigger_spans(text, start, end) == _reference(text, start, end)


@given(st.lists(_PIECES, max_size=30), st.integers(0, 40), st.integers(0, 200))
def test_start_positions_equal_the_plain_start_search(pieces: list[str], start: int, length: int) -> None:
    # `_starts_in` scans the lower-cased text with an ASCII class before a start; `_START` is the reference.
    text = "".join(pieces)
    start = min(start, len(text))
    end = min(len(text), start + length)
    expected = [m.start() for m in _dates._START.finditer(text, start, end)]
    assert _dates._starts_in(_dates._START, _dates._START_FOLDED, text, start, end) == expected
