"""`QuoteIndex` lookups agree with a plain scan over the quotations."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from bilateral.model import Span
from bilateral.text._quotes import Quote, QuoteIndex


@st.composite
def indexes(draw: st.DrawFn) -> QuoteIndex:
    """Sorted, disjoint quotations over offsets 0..200 (they may touch)."""
    cuts = sorted(draw(st.sets(st.integers(0, 200), max_size=12)))
    quotes = [Quote(Span(start=a, end=b)) for a, b in zip(cuts[::2], cuts[1::2], strict=False) if b > a]
    return QuoteIndex(quotes)


@given(indexes(), st.integers(0, 210))
def test_at_is_the_quotation_covering_the_offset(index: QuoteIndex, offset: int) -> None:
    covering = [n for n, q in enumerate(index.quotes) if q.span.start <= offset < q.span.end]
    assert index.at(offset) == (covering[0] if covering else -1)


@given(indexes(), st.integers(0, 210))
def test_first_ending_after(index: QuoteIndex, offset: int) -> None:
    later = [n for n, q in enumerate(index.quotes) if q.span.end > offset]
    assert index.first_ending_after(offset) == (later[0] if later else len(index.quotes))


@given(indexes(), st.lists(st.integers(0, 210), max_size=30).map(sorted))
def test_a_left_to_right_walk_matches_at(index: QuoteIndex, offsets: list[int]) -> None:
    quotes = index.quotes
    i = index.first_ending_after(offsets[0]) if offsets else 0
    for offset in offsets:
        while i < len(quotes) and quotes[i].span.end <= offset:
            i += 1
        inside = i if i < len(quotes) and quotes[i].span.start <= offset else -1
        assert inside == index.at(offset)
