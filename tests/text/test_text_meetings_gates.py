"""
The word gates before rule regexes: a window the gate turns away holds no match.

`_may_hold` (case-blind regexes, words in lower case) and `_holds` (regexes that mind case)
let a search run only where one of the regex's words occurs. Each gate is held to its
regex on the dev articles and on generated text made of the regex's words.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bilateral.text import _meetings

DEV = Path(__file__).parent.parent / "data" / "eval" / "dev"
GATES = {
    "negation": (_meetings._NEGATION, _meetings._NEGATION_WORDS, True),
    "multilateral": (_meetings._MULTILATERAL, _meetings._MULTILATERAL_WORDS, False),
    "reported date": (_meetings._REPORTED_DATE, _meetings._REPORTED_WORDS, True),
    "event in place": (_meetings._EVENT_IN_PLACE, _meetings._EVENT_WORDS, True),
    "purpose": (_meetings._OUTCOME_PURPOSE, _meetings._PURPOSE_WORDS, True),
    "last": (_meetings._LAST_BEFORE, _meetings._LAST_WORDS, True),
    "since": (_meetings._SINCE_BEFORE, ("since",), True),
    "cancelled": (_meetings._CANCELLED, _meetings._CANCELLED_WORDS, True),
}


def _passes(name: str, window: str) -> bool:
    _, words, blind = GATES[name]
    return _meetings._may_hold(window, words) if blind else _meetings._holds(window, words)


def _check(name: str, window: str) -> bool:
    pattern = GATES[name][0]
    found = pattern.search(window) is not None
    assert not found or _passes(name, window), window
    return found


@pytest.mark.parametrize("name", sorted(GATES))
def test_gates_pass_every_window_with_a_match_in_the_dev_articles(name: str) -> None:
    rnd = random.Random(name)  # noqa: S311 - reproducible sample offsets, not a secret
    paths = sorted(DEV.glob("*.txt"))
    assert paths
    for path in paths:
        text = path.read_text("utf-8")
        for _ in range(400):
            start = rnd.randrange(len(text) + 1)
            _check(name, text[start : start + rnd.randrange(1, 120)])


def test_gates_turn_away_windows_without_their_words() -> None:
    assert not _meetings._may_hold("Petro and Trump agreed to", _meetings._NEGATION_WORDS)
    assert _meetings._may_hold("had NOT ", _meetings._NEGATION_WORDS)
    assert _meetings._may_hold("the \u0131 ", _meetings._NEGATION_WORDS)  # a fold trap: searched
    assert not _meetings._holds("a bilateral meeting in Delhi", _meetings._MULTILATERAL_WORDS)


_SEPARATORS = st.sampled_from([" ", "  ", "\n", ", ", "-", "'", "\u2019", "\u00a0", "+ ", "."])


def _vocabulary(pattern: re.Pattern[str]) -> list[str]:
    return sorted({*re.findall(r"[A-Za-z0-9]+", pattern.pattern), "don't", "won\u2019t", "U.N.", "G-20", "x"})


def _variant(word: str, form: int) -> str:
    return (word, word.upper(), word.capitalize(), word.lower(), "x" + word, word[1:])[form]


@pytest.mark.parametrize("name", sorted(GATES))
@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_gates_pass_every_window_with_a_match_in_generated_text(name: str, data: st.DataObject) -> None:
    word = st.builds(_variant, st.sampled_from(_vocabulary(GATES[name][0])), st.integers(0, 5))
    parts = data.draw(st.lists(st.tuples(word, _SEPARATORS), min_size=1, max_size=8))
    _check(name, "".join(w + s for w, s in parts))


def test_talks_topics_reach_back_no_further_than_their_longest_word() -> None:
    # `_Reader._talks_from` starts the search that many letters before the first "talks".
    words = _meetings._TALKS_TOPIC.pattern.split(r")\s+", 1)[0].removeprefix(r"\b(").split("|")
    lengths = [len(re.sub(r"\[(\w)\w*\]|(\w)\?", r"\1\2", word)) for word in words]
    assert "reconciliation" in words
    assert max(lengths) == _meetings._LONGEST_TALKS_TOPIC


def _tokens_after_each_space_are_the_last_tokens(window: str) -> None:
    tokens = _meetings._TOKEN.findall(window)
    for cut, char in enumerate(window):
        if char == " ":
            tail = _meetings._TOKEN.findall(window, cut + 1)
            assert tokens[len(tokens) - len(tail) :] == tail, (window, cut)


def test_tokens_after_a_space_are_the_last_tokens_of_a_dev_window() -> None:
    # `_Reader._noun_form` tokenizes only the end of the text before a trigger.
    rnd = random.Random(11)  # noqa: S311 - reproducible sample offsets, not a secret
    for path in sorted(DEV.glob("*.txt")):
        text = path.read_text("utf-8")
        for _ in range(100):
            start = rnd.randrange(len(text) + 1)
            _tokens_after_each_space_are_the_last_tokens(text[start : start + 40])


@given(
    st.text(alphabet=st.sampled_from(["a", "B", "s", "1", "'", "\u2019", ".", "-", " ", ",", "_", "\u00e9"]))
)
def test_tokens_after_a_space_are_the_last_tokens_of_any_text(window: str) -> None:
    _tokens_after_each_space_are_the_last_tokens(window)
