"""
`_quote_marks`: the quote marks and paragraph breaks found with ``str.find`` are `_QUOTE_MARK`'s matches.

The quotation ranges of a document are read from them; the regex is the reference.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from bilateral.text._outcomes import _QUOTE_MARK, _quote_marks

DEV = Path(__file__).parent.parent / "data" / "eval" / "dev"


def _reference(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()[0]) for m in _QUOTE_MARK.finditer(text)]


def test_quote_marks_of_the_dev_articles_are_the_regex_matches() -> None:
    paths = sorted(DEV.glob("*.txt"))
    assert paths
    found = 0
    for path in paths:
        text = path.read_text("utf-8")
        marks = _quote_marks(text)
        assert marks == _reference(text)
        found += len(marks)
    assert found > 0


def test_line_breaks_inside_a_blank_run_are_one_break() -> None:
    text = 'He said "yes".\n \n\n\t\nNext \u201cquote\u201d\nline.'
    assert _quote_marks(text) == [
        (8, 9, '"'),
        (12, 13, '"'),
        (14, 20, "\n"),
        (25, 26, "\u201c"),
        (31, 32, "\u201d"),
    ]
    assert _quote_marks(text) == _reference(text)


@given(st.text(alphabet=st.sampled_from(['"', "\u201c", "\u201d", "\n", " ", "\t", "\u00a0", "a", "\u2028"])))
def test_quote_marks_equal_the_regex_matches_on_any_text(text: str) -> None:
    assert _quote_marks(text) == _reference(text)
