# ruff: noqa: RUF001, RUF002, RUF003  (typographic quotation marks are what this module reads)
"""
Quotations in news text: every quote style, quotes across paragraphs, never an exception.

`find_quotes` makes one left-to-right pass over the quotation marks (linear in the text),
pairing them by family (double: “ ” „ ‟ « » "; single: ‘ ’ ') and by context for the
ambiguous straight marks. Only outermost quotations are returned: a quoted phrase inside a
quotation belongs to it, as in PolNeAR where only the outermost attribution is annotated.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

import attrs

from bilateral.model import Span

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = ["Quote", "QuoteIndex", "find_quotes", "mark_positions", "paragraph_spans"]


@attrs.frozen
class Quote:
    """One quotation: from its opening mark to its closing mark, both included."""

    #: The quotation with its marks (an unclosed one stops at its paragraph's end).
    span: Span
    #: Whether a closing mark was found.
    closed: bool = True
    #: Double-quote family (“ ” " « »), as opposed to single quotes (‘ ’ ').
    double: bool = True


#: The double and the single quotation marks.
_DOUBLE_MARKS = '“”„‟«»"'
_SINGLE_MARKS = "‘’'"
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
_LINE = re.compile(r"[^\n]+")

_STRONG_OPEN = frozenset("“„‟«")
_OPEN_BEFORE = frozenset("([{—–-/")
_CLOSE_AFTER = frozenset(".,;:!?)]}—–-…")


def paragraph_spans(text: str) -> list[Span]:
    """
    Paragraphs of *text*: separated by blank lines, or by line breaks when it has no blank line.

    Spans cover the paragraph's characters without the separating line breaks.
    """
    if not _BLANK_LINE.search(text):
        return [Span(start=m.start(), end=m.end()) for m in _LINE.finditer(text)]
    spans: list[Span] = []
    start = 0
    for m in [*_BLANK_LINE.finditer(text), None]:
        end = m.start() if m is not None else len(text)
        s, e = start, end
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            spans.append(Span(start=s, end=e))
        if m is not None:
            start = m.end()
    return spans


def _opening_context(text: str, pos: int) -> bool:
    prev = text[pos - 1] if pos > 0 else ""
    nxt = text[pos + 1] if pos + 1 < len(text) else ""
    return (
        (not prev or prev.isspace() or prev in _OPEN_BEFORE or prev in "“‘\"'")
        and bool(nxt)
        and not nxt.isspace()
    )


def _closing_context(text: str, pos: int) -> bool:
    prev = text[pos - 1] if pos > 0 else ""
    nxt = text[pos + 1] if pos + 1 < len(text) else ""
    return (
        bool(prev)
        and not prev.isspace()
        and (not nxt or nxt.isspace() or nxt in _CLOSE_AFTER or nxt in "”’\"'")
    )


def _is_opener(text: str, pos: int, *, is_open: bool) -> bool:
    """Whether the double mark at *pos* opens a quotation, given whether one is open."""
    mark = text[pos]
    opening, closing = _opening_context(text, pos), _closing_context(text, pos)
    if mark in _STRONG_OPEN:
        # A curly opener used by mistake as a closer (“word“) is read by its context.
        return not (is_open and closing and not opening)
    if mark in {"”", "»"}:
        return not is_open and opening and not closing
    # Straight quotes: context decides, and when it cannot, the mark toggles.
    if opening and not closing:
        return True
    if closing and not opening:
        return False
    return not is_open


def _doubles(text: str, paragraphs: Sequence[Span]) -> list[Quote]:
    quotes: list[Quote] = []
    open_at: int | None = None
    depth = 0
    last_end = 0
    resume_at = -1
    marks = mark_positions(text, _DOUBLE_MARKS)
    for p_index, para in enumerate(paragraphs):
        for pos in marks[bisect.bisect_left(marks, para.start) : bisect.bisect_left(marks, para.end)]:
            if pos == resume_at:
                continue  # the mark that re-opens a quotation going on from the last paragraph
            opener = _is_opener(text, pos, is_open=open_at is not None)
            if open_at is None:
                if opener:
                    open_at, depth = pos, 1
                continue
            if opener:
                # A strong opener after a space inside an open quotation nests (“a “b” c”);
                # a straight one cannot be told from a closer, so it never nests.
                if text[pos] in _STRONG_OPEN and _opening_context(text, pos) and pos > open_at + 1:
                    depth += 1
                continue
            depth -= 1
            if depth <= 0:
                quotes.append(Quote(Span(start=open_at, end=pos + 1)))
                open_at, depth = None, 0
        last_end = para.end
        if open_at is None:
            continue
        # Open at the paragraph's end: the quotation goes on when the next paragraph opens
        # with a quotation mark (the news convention), otherwise it was left unclosed.
        nxt = paragraphs[p_index + 1] if p_index + 1 < len(paragraphs) else None
        if nxt is not None:
            head = text[nxt.start : nxt.end].lstrip()
            if head and head[0] in '“„‟«"':
                resume_at = nxt.end - len(head)
                continue
        quotes.append(Quote(Span(start=open_at, end=_rstrip(text, open_at, last_end)), closed=False))
        open_at, depth = None, 0
    if open_at is not None:
        quotes.append(Quote(Span(start=open_at, end=_rstrip(text, open_at, last_end)), closed=False))
    return quotes


def mark_positions(text: str, marks: str) -> list[int]:
    """
    The offsets of every character of *marks* in *text*, in order.

    A search for one character runs in C without per-character dispatch, several times
    cheaper per character than a regular expression's character class, and the marks are
    few: one search per mark over the text and one step per mark found. The paragraphs
    take their marks from this list by bisection; the outcome stage reads its quotation
    marks and line breaks with it too.
    """
    found: list[int] = []
    for mark in marks:
        at = text.find(mark)
        while at >= 0:
            found.append(at)
            at = text.find(mark, at + 1)
    found.sort()
    return found


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start + 1 and text[end - 1].isspace():
        end -= 1
    return end


def _single_opener(text: str, pos: int) -> bool:
    mark = text[pos]
    if mark == "’":
        return False
    if not _opening_context(text, pos):
        return False
    # A straight mark must be followed by a letter: '90s and 'em stay apostrophes.
    return mark == "‘" or text[pos + 1].isalpha()


def _single_closer(text: str, pos: int) -> bool:
    if text[pos] == "‘" or not _closing_context(text, pos):
        return False
    prev = text[pos - 1]
    if not prev.isalnum() and prev not in ".,;:!?…":
        return False
    # "the leaders’ talks": a plural possessive, not a closing quote.
    nxt = text[pos + 1 : pos + 3]
    return not (prev in "sS" and nxt[:1] == " " and nxt[1:].islower())


def _singles(text: str, paragraphs: Sequence[Span], doubles: list[Quote]) -> list[Quote]:
    quotes: list[Quote] = []
    starts = [q.span.start for q in doubles]
    last = len(text) - 1
    marks = mark_positions(text, _SINGLE_MARKS)
    for para in paragraphs:
        open_at: int | None = None
        for pos in marks[bisect.bisect_left(marks, para.start) : bisect.bisect_left(marks, para.end)]:
            if 0 < pos < last and text[pos - 1].isalnum() and text[pos + 1].isalnum():
                # An apostrophe inside a word ("Petro’s", "don't"), nearly every single
                # mark of news text: with a letter or digit on both sides it neither opens
                # nor closes. Its one other effect, forgetting an opener when a double
                # quotation lies between them, the next mark judged has as well (its
                # double quotation starts no earlier), and an opener still pending at the
                # paragraph's end is dropped anyway.
                continue
            i = bisect.bisect_right(starts, pos) - 1
            if i >= 0 and pos < doubles[i].span.end:
                continue  # inside a double quotation: nested, not reported separately
            if open_at is not None and i >= 0 and doubles[i].span.start > open_at:
                open_at = None  # a double quotation lies between: no pairing across it
            if open_at is None:
                if _single_opener(text, pos):
                    open_at = pos
            elif _single_closer(text, pos):
                quotes.append(Quote(Span(start=open_at, end=pos + 1), double=False))
                open_at = None
            elif _single_opener(text, pos):
                open_at = pos
    return quotes


def find_quotes(text: str, paragraphs: Sequence[Span] | None = None) -> list[Quote]:
    """
    The outermost quotations in *text*, in order, without overlaps.

    Args:
        text: Any string; unbalanced or nested marks never raise.
        paragraphs: Paragraph spans (as `Article.paragraphs`); by default blank lines, or
            line breaks, separate them. A quotation open at a paragraph's end continues
            into the next paragraph only when that one starts with a quotation mark.
    """
    paras = list(paragraphs) if paragraphs is not None else paragraph_spans(text)
    doubles = _doubles(text, paras)
    singles = _singles(text, paras, doubles)
    if not singles:
        return doubles
    return sorted(doubles + singles, key=lambda q: q.span.start)


@attrs.define
class QuoteIndex:
    """Sorted quotations with a fast "which quotation holds this offset?" lookup."""

    quotes: list[Quote]
    _starts: list[int] = attrs.field(init=False)
    _ends: list[int] = attrs.field(init=False)

    def __attrs_post_init__(self) -> None:
        self._starts = [q.span.start for q in self.quotes]
        # Plain ints: `at` runs once per token of every sentence, so it avoids attribute chains.
        self._ends = [q.span.end for q in self.quotes]

    def at(self, offset: int) -> int:
        """The index of the quotation covering *offset*, or -1."""
        i = bisect.bisect_right(self._starts, offset) - 1
        if i >= 0 and offset < self._ends[i]:
            return i
        return -1

    def first_ending_after(self, offset: int) -> int:
        """
        The index of the first quotation that ends after *offset* (``len(quotes)`` if none).

        For a left-to-right walk over tokens: advance the index while that quotation ends at
        or before the token, and the token is inside it when it starts at or before the token.
        The walk costs one step per quotation instead of a binary search per token.
        """
        i = bisect.bisect_right(self._starts, offset) - 1
        if i >= 0 and offset < self._ends[i]:
            return i
        return i + 1

    def between(self, start: int, end: int) -> list[Quote]:
        """The quotations that start inside ``[start, end)``."""
        lo = bisect.bisect_left(self._starts, start)
        hi = bisect.bisect_left(self._starts, end)
        return self.quotes[lo:hi]
