# ruff: noqa: RUF001  (typographic quotation marks and apostrophes are part of the vocabulary)
"""The word tests that spare `_checkable` its patterns never hide a match of a pattern."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bilateral.text import _claims as claims

_DEV = Path(__file__).resolve().parents[1] / "data" / "eval" / "dev"

#: Words the patterns look for, their neighbours in news text, and the marks between them.
_VOCABULARY = [
    *sorted(claims._NOT_FACT_WORDS),
    *sorted(claims._MEETING_VERBS),
    "accepted", "invitation", "discussed", "reviewed", "talks", "with", "by", "phone", "a", "video",
    "call", "the", "his", "to", "be", "is", "are", "due", "set", "forward", "not", "great",
    "importance", "May", "Met", "Hosted", "If", "Biden", "India", "we", "it", "he", "n’t", "’ll",
    "'ll", "’s", "shouldn’t", "Goodwill", "dismeet", "metal", "importance", "would", "shall", "going",
    "'d", "’d", "AGREED", "Agreed", "agreed", "and", "never", "have", "on", "that", "Germany", "send",
]  # fmt: skip
_MARKS = ["", " ", " ", " ", "  ", ", ", "; ", "’", "'", "“", "”", "-", "\n"]


def _prefilters_allow(head: str) -> list[tuple[str, bool, bool]]:
    """Each pattern's (name, matched, allowed by its word test) on *head*."""
    bare = head[:1].lower() + head[1:]
    words = claims._words(bare)
    predicate = claims._MEETING_PREDICATE
    return [
        ("not fact", claims._NOT_FACT.search(bare) is not None, not words.isdisjoint(claims._NOT_FACT_WORDS)),
        (
            "meeting predicate",
            predicate.match(head) is not None or predicate.match(bare) is not None,
            not words.isdisjoint(claims._MEETING_VERBS),
        ),
        ("accepted", claims._ACCEPTED.match(head) is not None, "accepted" in words),
        ("discussed", claims._DISCUSSED.match(head) is not None, bool(words & {"discussed", "reviewed"})),
        ("own act", claims._OWN_ACT.match(head) is not None, claims._MODAL_HINT.search(head) is not None),
        ("sides agreed", claims._SIDES_AGREED.match(head) is not None, "agreed" in head.lower()),
    ]


@settings(max_examples=400)
@given(st.lists(st.tuples(st.sampled_from(_VOCABULARY), st.sampled_from(_MARKS)), min_size=1, max_size=12))
def test_a_pattern_never_matches_what_its_word_test_rejects(parts: list[tuple[str, str]]) -> None:
    head = "".join(word + mark for word, mark in parts)
    for name, matched, allowed in _prefilters_allow(head):
        assert allowed or not matched, name


def _dev_sentences() -> list[str]:
    sentences: list[str] = []
    for path in sorted(_DEV.glob("*.txt")):
        sentences.extend(s for s in path.read_text(encoding="utf-8").replace("\n", " ").split(". ") if s)
    return sentences


def test_the_word_tests_agree_with_the_patterns_on_the_dev_texts() -> None:
    sentences = _dev_sentences()
    assert len(sentences) > 100  # the dev set is there
    matched = 0
    for sentence in sentences:
        for name, hit, allowed in _prefilters_allow(sentence):
            assert allowed or not hit, (name, sentence)
            matched += hit
    assert matched > 0


@pytest.mark.parametrize(
    ("head", "name"),
    [
        ("We hope to finish", "not fact"),
        ("Trade is due to meet", "not fact"),
        ("It'll be hard", "not fact"),
        ("Biden met with Xi", "meeting predicate"),
        ("Spoke with the PM today", "meeting predicate"),
        ("Oli accepted the invitation", "accepted"),
        ("The two sides discussed trade", "discussed"),
        ("Germany would send troops", "own act"),
        ("Kenya’d send troops", "own act"),
        ("India and Russia AGREED to talk", "sides agreed"),
    ],
)
def test_a_matching_head_passes_its_word_test(head: str, name: str) -> None:
    assert (name, True, True) in _prefilters_allow(head)


@settings(max_examples=300)
@given(st.text(alphabet="ab1 '’,.-“\né", max_size=24))
def test_the_first_words_are_those_the_word_pattern_finds_one_by_one(text: str) -> None:
    words = [m.group() for m in itertools.islice(claims._WORD.finditer(text), claims.MIN_WORDS)]
    found = claims._FIRST_WORDS.match(text)
    if len(words) < claims.MIN_WORDS:
        assert found is None
    else:
        assert found is not None
        assert found.group("first") == words[0]


@settings(max_examples=300)
@given(st.text(max_size=40) | st.text(alphabet="aZz{`@’ ı\x00\ud800-", max_size=24))
def test_the_words_are_the_runs_of_lower_case_ascii_letters(text: str) -> None:
    assert claims._words(text) == set(claims._WORD_RUN.findall(text))
