"""
The entity stage's fast paths give what the plain definitions they replace give.

Each shortcut taken for speed (building spans and mentions slot by slot, growing lexicon
matches along a prefix set, folding ASCII names with ``lower``, skipping `read_chunk` after a
name, the spelled-out token pattern) is checked here against the straightforward version.
"""

from __future__ import annotations

import re
import unicodedata

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st

from bilateral.model import Source, Span
from bilateral.text._document import Document, Mention, MentionKind
from bilateral.text._entities import _new_mention, _Run
from bilateral.text._lexicons import TOKEN_PATTERN, fold_name, lexicon, tokenize
from bilateral.text._segment import _new_span

# The token pattern as first written, before it was respelled for speed.
_REFERENCE_TOKENS = re.compile(
    r"(?:[A-Za-z]\.){2,}(?![A-Za-z])|[\u2019']s\b|\w+(?:[\u2019'](?!s\b)\w+)*|\S",
)

# Characters that exercise every alternative of the pattern: letters of both cases, dots,
# both apostrophes, "s", digits, underscores, punctuation, spaces and a few non-ASCII letters.
_TOKEN_ALPHABET = st.sampled_from(list("aAbBsSUx.\u2019'_1 ,-\n\u00e9\u0130\u212a\u2102"))


@given(st.text(_TOKEN_ALPHABET, max_size=40))
def test_the_token_pattern_splits_like_the_reference(text: str) -> None:
    spans = [m.span() for m in TOKEN_PATTERN.finditer(text)]
    assert spans == [m.span() for m in _REFERENCE_TOKENS.finditer(text)]


def test_the_token_pattern_keeps_abbreviations_and_clitics() -> None:
    words = [t.text for t in tokenize("U.S.-led talks, Modi's U.K. visit")]
    assert words == ["U.S.", "-", "led", "talks", ",", "Modi", "'s", "U.K.", "visit"]


def test_spans_built_slot_by_slot_equal_constructed_ones() -> None:
    # A new field on Span or Mention must be set by the fast constructors too.
    assert [f.name for f in attrs.fields(Span)] == ["start", "end"]
    assert [f.name for f in attrs.fields(Mention)] == ["span", "kind", "actors", "place"]
    span = _new_span(3, 9)
    assert span == Span(start=3, end=9)
    assert hash(span) == hash(Span(start=3, end=9))
    mention = _new_mention(span, MentionKind.NAME, ("x",), "p")
    assert mention == Mention(span=span, kind=MentionKind.NAME, actors=("x",), place="p")


def _naive_longest(table: dict[tuple[str, ...], object], texts: list[str], i: int) -> object:
    found = None
    for n in range(1, len(texts) - i + 1):
        value = table.get(tuple(texts[i : i + n]))
        if value is not None:
            found = (i + n, value)
    return found


@settings(max_examples=200)
@given(st.data())
def test_lexicon_matches_are_the_longest_keys(data: st.DataObject) -> None:
    lex = lexicon()
    keys = sorted(lex.names)
    # Two keys back to back, cut anywhere: the match at the start must be the longest key.
    first = data.draw(st.sampled_from(keys))
    second = data.draw(st.sampled_from(keys))
    texts = list(first + second)
    texts = texts[: data.draw(st.integers(1, len(texts)))]
    assert lex.match_name(texts, 0) == _naive_longest(dict(lex.names), texts, 0)
    lowered = [t.casefold() for t in texts]
    assert lex.match_title(lowered, 0) == _naive_longest(dict(lex.titles), lowered, 0)
    assert lex.match_group_noun(lowered, 0) == _naive_longest(dict(lex.group_nouns), lowered, 0)


def _slow_fold(text: str) -> str:
    def strip(value: str) -> str:
        return "".join(c for c in unicodedata.normalize("NFKD", value) if not unicodedata.combining(c))

    return strip(strip(text).casefold()).replace("\u0131", "i")


@given(st.text(max_size=20))
def test_fold_name_matches_the_unicode_definition(text: str) -> None:
    assert fold_name(text) == _slow_fold(text)


_WORDS = st.sampled_from(
    ["U.S.", "Foreign", "Ministry", "of", "and", "the", "bin", "-", ".", ",", "said", "New",
     "Delhi", "Institute", "A", "Sea", "de", "Ukrainian", "officials", "Tuesday", "India"]
)  # fmt: skip


@settings(max_examples=300)
@given(st.lists(_WORDS, min_size=1, max_size=8))
def test_a_name_that_may_not_extend_ends_its_chunk(words: list[str]) -> None:
    text = " ".join(words)
    run = _Run(Document(source=Source(text=text)), lexicon())
    matches = list(TOKEN_PATTERN.finditer(text))
    starts = [m.start() for m in matches]
    texts = [m.group() for m in matches]
    for i in range(len(texts)):
        name = run.lex.match_name(texts, i)
        if name is None or not texts[i][0].isupper():
            continue
        if not run.may_extend(texts, name[0]):
            assert run.read_chunk(starts, texts, i)[0] <= name[0]
