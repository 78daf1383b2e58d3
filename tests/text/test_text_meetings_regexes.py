"""
Regexes of the meeting and outcome rules rewritten for speed match what they were written as.

Some rule regexes are searched through most of a sentence for every trigger. They are
written so that every alternative begins with a literal character (the engine then skips
ahead to those characters), and some run on the lower-cased text (`fold`) instead of
ignoring case. This file keeps each one's plain form as the reference and checks that both
find the same matches, from any start to any end, on the dev articles and on generated text
made of the regex's own words.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bilateral.model import Span
from bilateral.text import _meetings, _outcomes
from bilateral.text._outcomes import fold

if TYPE_CHECKING:
    from collections.abc import Callable

DEV = Path(__file__).parent.parent / "data" / "eval" / "dev"


class Rewrite(NamedTuple):
    #: The regex as the rule states it.
    reference: re.Pattern[str]
    #: The regex the module uses.
    fast: re.Pattern[str]
    #: Whether the module runs it on the lower-cased text.
    folded: bool


REWRITES = {
    "meetings clause stop": Rewrite(
        re.compile(
            r"[;:\u2014\u2013()]|\bthat\b|\bwhile\b|\balthough\b|\bthough\b|\bwhereas\b|\bbecause\b"
            r"|(?<!as well )\bas\b(?=\s+(?:[A-Z]|the\s|he\s|she\s|they\s|it\s))"
        ),
        _meetings._CLAUSE_STOP,
        folded=False,
    ),
    "outcomes clause stop": Rewrite(
        re.compile(r"[;:\u2014\u2013(]|\bthat\b|\bwhile\b|\balthough\b|\bthough\b|\bwhereas\b|\bbecause\b"),
        _outcomes._CLAUSE_STOP,
        folded=False,
    ),
    "day anaphor": Rewrite(_meetings._DAY_ANAPHOR, _meetings._DAY_ANAPHOR_FOLDED, folded=True),
    "anaphor": Rewrite(_outcomes._ANAPHOR, _outcomes._ANAPHOR_FOLDED, folded=True),
    "quote marks": Rewrite(re.compile(r"[“”\"]|\n\s*\n"), _outcomes._QUOTE_MARK, folded=False),
}


def _spans(pattern: re.Pattern[str], text: str, start: int, end: int) -> list[tuple[int, int, str | None]]:
    return [(m.start(), m.end(), m.lastgroup) for m in pattern.finditer(text, start, end)]


def _first(pattern: re.Pattern[str], text: str, start: int, end: int) -> tuple[int, int] | None:
    found = pattern.search(text, start, end)
    return found.span() if found is not None else None


def _check(rewrite: Rewrite, text: str, start: int, end: int) -> int:
    """Compare the two regexes on ``text[start:end]``; returns how many matches there were."""
    target = text
    if rewrite.folded:
        folded = fold(text)
        assert folded is not None
        target = folded
    expected = _spans(rewrite.reference, text, start, end)
    assert _spans(rewrite.fast, target, start, end) == expected, text[start:end]
    assert _first(rewrite.fast, target, start, end) == _first(rewrite.reference, text, start, end)
    return len(expected)


@pytest.mark.parametrize("name", sorted(REWRITES))
def test_rewrites_match_as_written_on_the_dev_articles(
    name: str, dev_windows: Callable[[int | str, int, int], list[tuple[str, int, int]]]
) -> None:
    rewrite = REWRITES[name]
    paths = sorted(DEV.glob("*.txt"))
    assert paths
    hits = sum(_check(rewrite, text, 0, len(text)) for text in (p.read_text("utf-8") for p in paths))
    for text, start, end in dev_windows(name, 200, 400):
        hits += _check(rewrite, text, start, end)
    assert hits > 0


_SEPARATORS = st.sampled_from(
    [" ", "  ", "\n", "\n \n", ", ", ". ", "-", "'s ", "\u00a0", " (", "; ", "\u2014"]
)


def _vocabulary(pattern: re.Pattern[str]) -> list[str]:
    words = re.findall(r"[A-Za-z]+", pattern.pattern)
    return sorted({*words, "as well as", "Trump", "the", "they", "x", "“", "”", '"', ":", ")"})


def _variant(word: str, form: int) -> str:
    # One strategy for all words: a strategy made per word fills hypothesis's strategy cache.
    return (word, word.upper(), word.capitalize(), "x" + word, word + "s")[form]


@st.composite
def _texts(draw: st.DrawFn, rewrite: Rewrite) -> str:
    vocabulary = _vocabulary(rewrite.reference)
    word = st.builds(_variant, st.sampled_from(vocabulary), st.integers(0, 4))
    parts = draw(st.lists(st.tuples(word, _SEPARATORS), min_size=1, max_size=12))
    return "".join(w + s for w, s in parts)


@pytest.mark.parametrize("name", sorted(REWRITES))
@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_rewrites_match_as_written_on_their_words(name: str, data: st.DataObject) -> None:
    rewrite = REWRITES[name]
    text = data.draw(_texts(rewrite))
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    _check(rewrite, text, start, end)


def test_fold_refuses_the_characters_that_case_blind_matching_equates_with_a_letter() -> None:
    # The folded rewrites are exact only on text `fold` accepts.
    for trap in ("\u0130", "\u0131", "\u017f"):
        assert fold(f"the {trap} day") is None
    assert fold("The next DAY") == "the next day"


def _deal_topics_both_ways(text: str, start: int, end: int) -> None:
    folded = fold(text)
    assert folded is not None
    sentence = Span(start=start, end=end)
    gated = _meetings._deal_topics(text, sentence, folded[start:end])
    assert gated == _meetings._deal_topics(text, sentence)


def test_deal_topics_skip_only_sentences_without_their_words() -> None:
    for path in sorted(DEV.glob("*.txt")):
        text = path.read_text("utf-8")
        for match in re.finditer(r"[^.!?\n]+[.!?]?", text):
            _deal_topics_both_ways(text, match.start(), match.end())


@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_deal_topics_skip_only_sentences_without_their_words_generated(data: st.DataObject) -> None:
    rewrite = Rewrite(_meetings._SIGNED_DEAL, _meetings._DEAL_ON, folded=False)
    text = data.draw(_texts(rewrite))
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    _deal_topics_both_ways(text, start, end)
