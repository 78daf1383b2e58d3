"""The status regexes run on the lower-cased text find what the case-insensitive ones find on the text."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bilateral.text._meetings import (
    _CANCELLED,
    _CANCELLED_FOLDED,
    _STATUS_CUE,
    _STATUS_CUE_FOLDED,
    _STATUS_OF_GROUP,
)
from bilateral.text._outcomes import fold

PAIRS = {"status": (_STATUS_CUE, _STATUS_CUE_FOLDED), "cancelled": (_CANCELLED, _CANCELLED_FOLDED)}
_WORDS = st.sampled_from(["Trump", "MET", "Will", "the", "Talks", "ENDED", "x", "Petro's", "\u00c9vian"])
_GAPS = st.sampled_from([" ", "\n", ", ", ". ", "'", "\u2019", "-", ""])


def _found(pattern: re.Pattern[str], text: str) -> list[tuple[int, int, object]]:
    # The folded copy splits each group by first letter; the status a group names is the same.
    return [
        (m.start(), m.end(), _STATUS_OF_GROUP[m.lastgroup] if m.lastgroup else None)
        for m in pattern.finditer(text)
    ]


@pytest.mark.parametrize("name", sorted(PAIRS))
@settings(max_examples=200, deadline=None)
@given(data=st.data())
def test_folded_pattern_finds_the_same_matches(name: str, data: st.DataObject) -> None:
    pattern, folded_pattern = PAIRS[name]
    pieces = data.draw(st.lists(st.one_of(st.from_regex(pattern, fullmatch=True), _WORDS), max_size=6))
    text = "".join(p + data.draw(_GAPS) for p in pieces)
    folded = fold(text)
    if folded is None:  # the stage then keeps the case-insensitive regex on the text
        return
    assert _found(folded_pattern, folded) == _found(pattern, text)


def test_folded_patterns_are_case_sensitive_with_lower_case_letters() -> None:
    for pattern, folded_pattern in PAIRS.values():
        assert pattern.flags & re.IGNORECASE
        assert not folded_pattern.flags & re.IGNORECASE
        # Every literal letter is lower case, or the copy could not match the folded text.
        for written in (pattern.pattern, folded_pattern.pattern):
            assert not re.search(r"(?<!\\)(?<!\(\?)[A-Z]", written)
