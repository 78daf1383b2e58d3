"""
The status cue regexes of the lower-cased text match what the case-blind ones match.

`_meetings._STATUS_CUE_FOLDED` and `_meetings._CANCELLED_FOLDED` are written with every
alternative beginning with its first letter (`_meetings._letter_first`) so that the engine
skips ahead; `_STATUS_CUE` and `_CANCELLED` (used on text that cannot be folded) are the
reference: same spans, and the group of a `_STATUS_CUE_FOLDED` match names the same status.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bilateral.text import _meetings
from bilateral.text._outcomes import fold

if TYPE_CHECKING:
    from collections.abc import Callable

DEV = Path(__file__).parent.parent / "data" / "eval" / "dev"
PAIRS = {
    "status": (_meetings._STATUS_CUE, _meetings._STATUS_CUE_FOLDED),
    "cancelled": (_meetings._CANCELLED, _meetings._CANCELLED_FOLDED),
}


def _found(pattern: re.Pattern[str], text: str, start: int, end: int) -> list[tuple[int, int, object]]:
    return [
        (m.start(), m.end(), _meetings._STATUS_OF_GROUP[m.lastgroup] if m.lastgroup else None)
        for m in pattern.finditer(text, start, end)
    ]


def _check(name: str, text: str, start: int, end: int) -> int:
    reference, fast = PAIRS[name]
    folded = fold(text)
    assert folded is not None
    expected = _found(reference, text, start, end)
    assert _found(fast, folded, start, end) == expected, text[start:end]
    first = fast.search(folded, start, end)
    expected_first = reference.search(text, start, end)
    assert (first.span() if first else None) == (expected_first.span() if expected_first else None)
    return len(expected)


@pytest.mark.parametrize("name", sorted(PAIRS))
def test_folded_status_regexes_match_on_the_dev_articles(
    name: str, dev_windows: Callable[[int | str, int, int], list[tuple[str, int, int]]]
) -> None:
    paths = sorted(DEV.glob("*.txt"))
    assert paths
    hits = sum(_check(name, text, 0, len(text)) for text in (p.read_text("utf-8") for p in paths))
    for text, start, end in dev_windows(name, 100, 300):
        hits += _check(name, text, start, end)
    assert hits > 0


_SEPARATORS = st.sampled_from([" ", "  ", "\n", ", ", ". ", "-", "'", "'s ", "\u00a0", " (", "\u2019"])


def _vocabulary(pattern: re.Pattern[str]) -> list[str]:
    words = re.findall(r"[A-Za-z]+", pattern.pattern)
    return sorted({*words, "he'll", "'ll", "called off", "plan to", "x"})


def _variant(word: str, form: int) -> str:
    return (word, word.upper(), word.capitalize(), "x" + word, word + "s", word[:-1])[form]


@pytest.mark.parametrize("name", sorted(PAIRS))
@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_folded_status_regexes_match_on_their_words(name: str, data: st.DataObject) -> None:
    vocabulary = _vocabulary(PAIRS[name][0])
    word = st.builds(_variant, st.sampled_from(vocabulary), st.integers(0, 5))
    parts = data.draw(st.lists(st.tuples(word, _SEPARATORS), min_size=1, max_size=12))
    text = "".join(w + s for w, s in parts)
    start = data.draw(st.integers(0, len(text)))
    _check(name, text, start, data.draw(st.integers(start, len(text))))


def test_letter_first_keeps_the_order_of_alternatives_that_share_a_letter() -> None:
    pattern = re.compile(_meetings._letter_first([("a", ("plan", r"plan\s+to")), ("b", ("planned", "'ll"))]))
    first = pattern.search("plan to")
    assert first is not None
    assert first.group() == "plan"  # tried first, as in the plain form
    found = pattern.search("they planned")
    assert found is not None
    assert found.group() == "planned"
    assert found.lastgroup is not None
    assert found.lastgroup.startswith("b_")
    assert pattern.search("xplan") is None
    assert pattern.search("'ll") is None  # no word before the apostrophe
    assert pattern.search("he'll") is not None
