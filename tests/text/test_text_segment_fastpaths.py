"""
The sentence splitter's fast paths give what the plain step-by-step reading gives.

`_split_block` reads a stop and the gap after it in one regex match, trims nothing, and
`_token_before` takes the word after the last space in C when it can. The reference here
is the splitter as it was written before those paths: a match per stop, a white-space test
and a `_LEADING` match after it, `strip_span` on every sentence, and a Python step per
letter for the word before a period.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from bilateral.model import Source, Span
from bilateral.text import _segment, parse_article
from bilateral.text._article import ArticleStage
from bilateral.text._document import Document
from bilateral.text._segment import SentenceStage, line_blocks, split_sentences, strip_span

_END = re.compile(r"[.!?…][.!?…]*[\"\u201d\u2019'\u00bb)\]\u201c\u2018]*")
_CLOSERS = "\"\u201d\u2019'\u00bb)]\u201c\u2018"
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff"
_LEADING = re.compile(rf"[\s{_INVISIBLE}]*")
_WORD = re.compile(r"\w")


def _token_before(text: str, position: int, floor: int) -> str:
    start = position
    limit = max(floor, position - 24)
    while start > limit and (text[start - 1].isalpha() or text[start - 1] == "."):
        start -= 1
    return text[start:position]


def _reference_block(text: str, start: int, end: int, out: list[Span]) -> None:
    sentence_start = start
    word_seen_upto = start
    has_word = False
    for match in _END.finditer(text, start, end):
        stop = match.end()
        if stop < end and not (text[stop].isspace() or text[stop] in _INVISIBLE):
            continue
        next_start = _LEADING.match(text, stop, end)
        following = next_start.end() if next_start is not None else stop
        if following >= end or not (
            _segment._starts_sentence(text[following])
            or _segment._PARTICLE_NAME.match(text, following, end) is not None
        ):
            continue
        punct = match.group().rstrip(_CLOSERS)
        at = match.start()
        if punct == "." and text[at - 1].isdigit() and _segment._list_number(text, sentence_start, at):
            continue
        if punct == "." and _segment._abbreviation_holds(
            _token_before(text, match.start(), sentence_start), text, following, end, match.start()
        ):
            continue
        if not has_word:
            has_word = _WORD.search(text, word_seen_upto, stop) is not None
            word_seen_upto = stop
        if not has_word:
            continue
        s, e = strip_span(text, sentence_start, stop)
        if e > s:
            out.append(Span(start=s, end=e))
        sentence_start, word_seen_upto, has_word = following, following, False
    s, e = strip_span(text, sentence_start, end)
    if e > s:
        out.append(Span(start=s, end=e))


def _reference(text: str) -> list[Span]:
    out: list[Span] = []
    for block in line_blocks(text, Span(start=0, end=len(text))):
        _reference_block(text, block.start, block.end, out)
    return out


#: Pieces news text is made of around its stops: words in both cases, abbreviations,
#: figures, every stop and closing mark, white space, line breaks and invisible characters.
_PIECES = st.sampled_from(
    [
        "said", "The", "he", "U.S", "Mr", "Feb", "No", "p.m", "Inc", "a", "J", "al-Sudani",
        "de Mistura", "Embassy", "Ruto", "10", "3", "²", "Ⅻ", "x_y", "É", "ß", "Ma", "Theresa", ":",
        ".", ".", ".", "!", "?", "…", "...", "”", "\u2019", "'", '"', ")", "]", "»", "“", "(",
        "\u201e", "\u2018", " ", " ", " ", "  ", "\n", "\n\n", "\r\n", "\t", "\u2028", "\u00a0", "\u200b",
        "\ufeff",
    ]
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=40))
def test_split_sentences_matches_the_plain_reading(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert split_sentences(text, [Span(start=0, end=len(text))]) == _reference(text)


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=12), st.integers(min_value=0, max_value=30))
def test_token_before_matches_the_letter_walk(pieces: list[str], floor: int) -> None:
    text = "".join(pieces)
    for position in range(len(text) + 1):
        low = min(floor, position)
        assert _segment._token_before(text, position, low) == _token_before(text, position, low)


def test_token_before_stops_at_reach_and_at_floor() -> None:
    # No space within reach: the word is cut at the reach, as the letter walk cuts it.
    long_word = "a" * 30 + "."
    assert _segment._token_before(long_word, 30, 0) == "a" * 24
    assert _segment._token_before("x U.S.", 5, 0) == "U.S"
    assert _segment._token_before("x U.S.", 5, 4) == "S"
    assert _segment._token_before("(Mr.", 3, 0) == "Mr"


def test_only_a_lone_period_asks_for_an_abbreviation() -> None:
    # "Mr.." and "Mr.!" end with more than a period: the title cannot hold the stop.
    for text in ("Ask Mr.. The end.", "Ask Mr.! The end.", "Ask Mr.” The end.", "Ask Mr. The end."):
        assert split_sentences(text, [Span(start=0, end=len(text))]) == _reference(text)
    assert len(split_sentences("Ask Mr.. The end.", [Span(start=0, end=17)])) == 2


#: Lines of a page: wrapped prose, list items, headings, blank and blank-looking lines.
_LINES = st.sampled_from(
    [
        "", " ", "\u200b", "Talks went on in Nairobi and then the two", "leaders met again.",
        "and signed a deal on trade, energy and", "- cooperation on lithium", "1. first item",
        "WASHINGTON (Reuters) - Ruto met Biden.", "By Jane Doe", "Ruto, Biden meet", "He said:",
        "  indented line  ", "Photo: AFP", "The End", "a short one,", "Mr. Ruto said so.",
    ]
)  # fmt: skip
_BREAKS = st.sampled_from(["\n", "\n\n", "\r\n", "\n \n", "\u2029"])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(_LINES, _BREAKS), max_size=14))
def test_a_block_is_its_own_only_block(lines: list[tuple[str, str]]) -> None:
    # The sentence stage splits the article's paragraphs without `line_blocks`: they are
    # blocks already, and `line_blocks` of a block is that block.
    text = "".join(line + brk for line, brk in lines)
    for block in line_blocks(text, Span(start=0, end=len(text))):
        assert line_blocks(text, block) == [block]
    doc = Document(source=Source(text=text), anchor=None)
    ArticleStage()(doc)
    assert doc.article is not None
    assert doc.article == parse_article(text)
    for paragraph in doc.article.paragraphs:
        assert line_blocks(text, paragraph) == [paragraph]
    SentenceStage()(doc)
    assert doc.sentences == split_sentences(text, doc.article.paragraphs)
