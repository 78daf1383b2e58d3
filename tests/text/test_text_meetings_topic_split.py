"""
`_TOPIC_SPLIT_KEEP` splits a topic list where `_TOPIC_SPLIT` matches, keeping the separators.

The fast form starts every match with its comma or white space (the engine skips ahead to
them); `_TOPIC_SPLIT` wrapped in one group is the reference, on the dev articles and on
generated lists made of the separators' words.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from hypothesis import given
from hypothesis import strategies as st

from bilateral.text import _meetings

if TYPE_CHECKING:
    from collections.abc import Callable

REFERENCE = re.compile(f"({_meetings._TOPIC_SPLIT.pattern})", re.IGNORECASE)


def test_topic_split_of_dev_phrases_keeps_the_reference_pieces(
    dev_windows: Callable[[int | str, int, int], list[tuple[str, int, int]]],
) -> None:
    separators = 0
    for text, start, end in dev_windows(13, 300, 200):
        phrase = text[start:end]
        pieces = _meetings._TOPIC_SPLIT_KEEP.split(phrase)
        assert pieces == REFERENCE.split(phrase), phrase
        separators += len(pieces) // 2
    assert separators > 0


_WORDS = st.sampled_from(
    [
        *("and", "AND", "as well as", "issues", "Topics", "matters", "threats", "challenges", "such as"),
        *("in", "the", "areas", "Fields", "sectors", "domains", "of", "including", "trade", "x", "s"),
        *(",", "1,", "2", " ", "  ", "\n", "\u00a0"),
    ]
)


@given(st.lists(st.tuples(_WORDS, st.sampled_from(["", " ", "  ", ",", ", ", ",\n"])), max_size=12))
def test_topic_split_equals_the_reference_on_generated_lists(parts: list[tuple[str, str]]) -> None:
    phrase = "".join(w + s for w, s in parts)
    assert _meetings._TOPIC_SPLIT_KEEP.split(phrase) == REFERENCE.split(phrase)
