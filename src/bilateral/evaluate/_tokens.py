r"""
Tokens, the unit every span metric counts (DESIGN section 6).

A text is cut into tokens by ``\w+|[^\w\s]``: runs of word characters, and every other
non-space character on its own. A span covers every token it touches, so spans that differ
only by a character inside a word, or by surrounding white space, compare equal.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable

    from bilateral.model import Span

__all__ = ["QUOTATION_MARKS", "Tokens", "is_direct"]

# Two alternatives over disjoint classes, no nesting: linear time on any input.
_TOKEN = re.compile(r"\w+|[^\w\s]")

#: Characters that make a content DIRECT: the double quotation marks (U+0022, U+201C-U+201F)
#: and the guillemets (U+00AB, U+00BB, U+2039, U+203A). The single marks (U+0027, U+2018,
#: U+2019, U+201A, U+201B) are left out on purpose: U+2019 and U+0027 are far more often
#: apostrophes ("Petro's", "Ukraine's") than quotation marks in news English, and counting
#: them would turn most possessives into direct speech.
QUOTATION_MARKS = frozenset('"\u201c\u201d\u201e\u201f\u00ab\u00bb\u2039\u203a')


class Tokens:
    """
    The tokens of one text, for turning character spans into token-index sets.

    Args:
        text: The whole document text (spans are offsets into it).
    """

    __slots__ = ("_ends", "_starts", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        starts: list[int] = []
        ends: list[int] = []
        for m in _TOKEN.finditer(text):
            starts.append(m.start())
            ends.append(m.end())
        self._starts = starts
        self._ends = ends

    def __len__(self) -> int:
        return len(self._starts)

    def covered(self, start: int, end: int) -> range:
        """
        Indices of the tokens that ``[start, end)`` touches (shares a character with).

        An empty span touches nothing.
        """
        if end <= start:
            return range(0)
        # Tokens are sorted and disjoint: the first one ending after `start` up to the
        # last one starting before `end`.
        lo = bisect.bisect_right(self._ends, start)
        hi = bisect.bisect_left(self._starts, end)
        return range(lo, max(lo, hi))

    def of(self, spans: Iterable[Span]) -> frozenset[int]:
        """The set of token indices a group of spans (e.g. a discontinuous content) covers."""
        out: set[int] = set()
        for span in spans:
            out.update(self.covered(span.start, span.end))
        return frozenset(out)

    def token_text(self, index: int) -> str:
        """The characters of token *index*."""
        return self.text[self._starts[index] : self._ends[index]]


def is_direct(tokens: Tokens, covered: Iterable[int]) -> bool:
    """
    Whether a content is DIRECT: one of its tokens is a quotation mark (`QUOTATION_MARKS`).

    Quotation marks are single-character tokens, so this is the same as asking whether the
    content's characters contain one.
    """
    return any(tokens.token_text(i) in QUOTATION_MARKS for i in covered)
