"""
`_start_hits` finds the start words after a non-word character, scanning with an ASCII class.

The plain scan (``[^\\w]`` before the trie of start words) is the reference, on the dev
articles and on generated text with non-ASCII letters right before start words.
"""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from bilateral.text import (
    _meetings,  # noqa: F401 - registers the meeting stage's cue regexes
    _outcomes,
)
from bilateral.text._dates import _trie

DEV = Path(__file__).parent.parent / "data" / "eval" / "dev"
KEYEDS = _outcomes._REGISTRY
WORDS = sorted({word for keyed in KEYEDS for word in keyed.starts})


def _reference(folded: str) -> list[tuple[list[int], list[int]]]:
    index = _outcomes._start_index(tuple(KEYEDS))
    plain = re.compile(index.after_boundary.pattern.replace("[^0-9_a-z]", r"[^\w]", 1))
    hits = [(m.start(1), m.group(1)) for m in plain.finditer(folded)]
    first = index.at_start.match(folded)
    if first is not None:
        hits.insert(0, (0, first.group()))
    return [
        ([at for at, word in hits if word in owned], [at + owned[word] for at, word in hits if word in owned])
        for owned in index.owned
    ]


def test_a_dropped_match_hides_no_start_word() -> None:
    # A match after a non-ASCII letter is dropped; a start word inside it could begin only
    # after a non-word character of the dropped start word.
    assert _trie(WORDS)
    for word in WORDS:
        for inner in re.finditer(r"[^\w]", word):
            rest = word[inner.end() :]
            assert not [w for w in WORDS if w.startswith(rest) or rest.startswith(w)], word


def test_start_hits_of_the_dev_articles() -> None:
    paths = sorted(DEV.glob("*.txt"))
    assert paths
    for path in paths:
        folded = _outcomes.fold(path.read_text("utf-8"))
        assert folded is not None
        assert _outcomes._start_hits(folded, KEYEDS) == _reference(folded)


_PIECES = st.sampled_from(
    [*WORDS[:40], "sit-down", "t\u00eate", "\u00e9", "x", " ", "-", "(", "\u201c", "_", "1"]
)


@given(st.lists(_PIECES, max_size=20))
def test_start_hits_equal_the_plain_scan_on_generated_text(pieces: list[str]) -> None:
    folded = "".join(pieces)
    assert _outcomes._start_hits(folded, KEYEDS) == _reference(folded)
