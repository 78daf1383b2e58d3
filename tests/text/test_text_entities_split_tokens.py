"""`split_tokens` reads marks around words, possessives and hyphenated words without the regex."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from bilateral.text._lexicons import TOKEN_PATTERN, split_tokens

#: The characters the mark-stripping shortcut of `split_tokens` turns on: its leading and
#: trailing marks, both apostrophes, "s" (the clitic), "-", "_", letters, digits, a dot
#: between letters (abbreviations) and a space.
_MARK_CHARACTERS = "aZs_ '\u2019\u2018\u201c\u201d\".,;:!?()[]-1\u00e9"


def _pattern_tokens(text: str, start: int, end: int) -> tuple[list[str], list[int]]:
    matches = list(TOKEN_PATTERN.finditer(text, start, end))
    return [m.group() for m in matches], [m.start() for m in matches]


@settings(max_examples=500)
@given(st.text(alphabet=_MARK_CHARACTERS, max_size=30))
def test_split_tokens_is_the_pattern_around_marks(text: str) -> None:
    assert split_tokens(text, 0, len(text)) == _pattern_tokens(text, 0, len(text))


def test_split_tokens_shortcuts() -> None:
    text = "\u201cChina\u2019s anti-drug (\u2018Quad\u2019) well.\u201d we're U.S.-Japan [kingpins]"
    assert split_tokens(text, 0, len(text)) == _pattern_tokens(text, 0, len(text))
