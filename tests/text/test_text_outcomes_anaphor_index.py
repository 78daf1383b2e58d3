"""
`ActorRefs` finds the pronouns of a document once and answers each span by binary search.

The answer must be what ``finditer`` over the span gives: a match cut by the span's end
("both" of "both leaders"), an end inside a word ("her" of "hers"), a start inside a match
and text that lower case cannot align are the places where the two could differ.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from bilateral.model import Source
from bilateral.text import Document
from bilateral.text._outcomes import _ANAPHOR, _ANAPHOR_FOLDED, ActorRefs

WORDS = (
    "he", "she", "him", "his", "her", "hers", "they", "them", "their", "theirs", "the", "both",
    "two", "three", "leaders", "sides", "men", "prime", "ministers", "heads", "of", "state",
    "Both", "The", "He", "then", "bother", "her's", "told", "that",
)  # fmt: skip
SEPARATORS = (" ", "  ", ", ", ". ", "\n\n", "-", "'")


def _plain(refs: ActorRefs, start: int, end: int) -> list[tuple[int, int]]:
    """What the search of the span alone finds."""
    if refs.folded is None:
        return [m.span() for m in _ANAPHOR.finditer(refs.text, start, end)]
    return [m.span() for m in _ANAPHOR_FOLDED.finditer(refs.folded, start, end)]


def _refs(text: str) -> ActorRefs:
    return ActorRefs(Document(source=Source(text=text)))


def test_cut_matches_and_cut_words() -> None:
    text = "Both leaders met. The two prime ministers said hers was theirs, and she agreed."
    refs = _refs(text)
    end = text.index("leaders") + 3  # "Both lea": "Both" alone
    assert refs._anaphor_spans(0, end) == [(0, 4)] == _plain(refs, 0, end)
    end = text.index("hers") + 3  # "her" of "hers", a match only on the cut text
    start = text.index("said")
    assert refs._anaphor_spans(start, end) == _plain(refs, start, end)
    assert [text[s:e] for s, e in refs._anaphor_spans(start, end)] == ["her"]
    start = text.index("two")  # inside "The two prime ministers": nothing starts there
    end = text.index(" said")
    assert refs._anaphor_spans(start, end) == [] == _plain(refs, start, end)
    # The whole text: the plural phrase, "she", and no "hers"/"theirs".
    assert [text[s:e] for s, e in refs._anaphor_spans(0, len(text))] == [
        "Both leaders",
        "The two prime ministers",
        "she",
    ]


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(SEPARATORS)), min_size=1, max_size=30),
    st.lists(st.tuples(st.integers(0, 400), st.integers(0, 400)), min_size=1, max_size=12),
    st.booleans(),
)
def test_spans_match_finditer(
    pieces: list[tuple[str, str]], bounds: list[tuple[int, int]], trap: bool
) -> None:
    text = "".join(word + sep for word, sep in pieces)
    if trap:
        text = "\u0130" + text  # lower case changes its length: the document cannot be folded
    refs = _refs(text)
    assert (refs.folded is None) is trap
    for a, b in bounds:
        start, end = sorted((min(a, len(text)), min(b, len(text))))
        assert refs._anaphor_spans(start, end) == _plain(refs, start, end), (text, start, end)


def test_folded_pattern_is_the_plain_one() -> None:
    text = "They said both sides and the three delegations met him; he and she told them."
    assert [m.span() for m in _ANAPHOR_FOLDED.finditer(text.lower())] == [
        m.span() for m in _ANAPHOR.finditer(text)
    ]
