"""`line_ranges`: the line breaks `str.splitlines` knows, with offsets into the text."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from bilateral.text._segment import line_ranges

#: The breaks spelled out as a pattern: the reference the C-level split must agree with.
_REFERENCE_BREAK = re.compile(r"\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]")


def _reference(text: str, start: int, end: int) -> list[tuple[int, int]]:
    lines: list[tuple[int, int]] = []
    position = start
    for match in _REFERENCE_BREAK.finditer(text, start, end):
        lines.append((position, match.start()))
        position = match.end()
    lines.append((position, end))
    return lines


def test_each_kind_of_break_ends_a_line() -> None:
    text = "a\r\nb\rc\nd\x85e\u2028f"
    assert [text[s:e] for s, e in line_ranges(text, 0, len(text))] == list("abcdef")


def test_a_final_break_leaves_an_empty_last_line() -> None:
    assert line_ranges("ab\n", 0, 3) == [(0, 2), (3, 3)]
    assert line_ranges("", 0, 0) == [(0, 0)]


def test_a_crlf_cut_by_the_end_counts_as_a_carriage_return() -> None:
    assert line_ranges("a\r\nb", 0, 2) == [(0, 1), (2, 2)]
    assert line_ranges("a\r\nb", 2, 4) == [(2, 2), (3, 4)]


@given(
    st.text(alphabet="ab \t\r\n\v\f\x1c\x1d\x1e\x85\u2028\u2029\u201c", max_size=30),
    st.integers(0, 30),
    st.integers(0, 30),
)
def test_agrees_with_the_pattern_of_breaks(text: str, a: int, b: int) -> None:
    start, end = sorted((min(a, len(text)), min(b, len(text))))
    assert line_ranges(text, start, end) == _reference(text, start, end)
