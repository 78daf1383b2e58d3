"""
`_clause_end` finds where `_CLAUSE_END` matches, with the regex written to skip ahead.

`_CLAUSE_END` is the reference: from any start to any limit, on the dev articles and on
generated text made of its cues, the fast form gives the same offset.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from hypothesis import given
from hypothesis import strategies as st

from bilateral.text import _outcomes

if TYPE_CHECKING:
    from collections.abc import Callable


def _reference(text: str, start: int, limit: int) -> int:
    found = _outcomes._CLAUSE_END.search(text, start, limit)
    return found.start() if found is not None else limit


def test_clause_ends_of_the_dev_articles_from_any_start(
    dev_windows: Callable[[int | str, int, int], list[tuple[str, int, int]]],
) -> None:
    ended = 0
    for text, start, limit in dev_windows(3, 500, 300):
        end = _outcomes._clause_end(text, start, limit)
        assert end == _reference(text, start, limit), (start, limit)
        ended += end < limit
    assert ended > 0


def test_a_but_whose_space_lies_before_the_start_ends_nothing() -> None:
    text = "They met but agreed on nothing, but talks go on."
    at = text.index("but")
    assert _outcomes._clause_end(text, at, len(text)) == text.index(" but talks")
    assert _outcomes._clause_end(text, at - 1, len(text)) == at - 1


_PIECES = st.sampled_from(
    [
        *("but", "But", " but", "while", "although", "xbut", "butx", ". ", "Jan.", "Sept.", " 3", "U.S."),
        *(
            "!",
            "?",
            "A!",
            "B?",
            ",",
            " said",
            " and he",
            " and Lula agreed",
            # "and" before an outcome verb ends the clause at the space before it.
            *(" and pledged", "and signed", " and also agreed", "xand vowed", " and pledgedx"),
            "; ",
            ":",
            "(",
            "\u2014",
            "\u2013",
        ),
        *(" ", "\n", "\u00a0", "according to", "x", "A"),
    ]
)


@given(st.lists(_PIECES, max_size=14), st.data())
def test_clause_end_equals_the_regex_on_generated_text(pieces: list[str], data: st.DataObject) -> None:
    text = "".join(pieces)
    start = data.draw(st.integers(0, len(text)))
    limit = data.draw(st.integers(start, len(text)))
    assert _outcomes._clause_end(text, start, limit) == _reference(text, start, limit)
