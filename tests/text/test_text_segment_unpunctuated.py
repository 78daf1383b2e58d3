"""
Text without full stops (a garbled page, a list run together, hostile input) stays linear.

The sentence splitter cuts a "sentence" longer than `MAX_SENTENCE` at white space, so that
no stage's work on one sentence grows with the whole text; and the unnamed-official rule
reads back from a pronoun only to the last stop, colon or quotation mark, and at most
`_UNNAMED_WHO_REACH` characters. Before, ``"He said " * 12_500`` (100 KB) took 53 seconds.

No clock: the work is counted as Python lines run (the ``lines_run`` fixture) and as the
characters handed to the regex engine, both deterministic.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bilateral.model import Source, Span
from bilateral.text import Document, default_pipeline, extract
from bilateral.text import _entities as entities_module
from bilateral.text._segment import MAX_SENTENCE, split_sentences

if TYPE_CHECKING:
    from collections.abc import Callable

    LinesRun = Callable[[Callable[[], object]], int]

DEV = Path(__file__).parent.parent / "data" / "eval" / "dev"
MAX_RATIO = 2.3


@functools.cache
def _flat() -> str:
    """The dev articles with every stop, colon and line break turned into a space."""
    text = " ".join(p.read_text("utf-8") for p in sorted(DEV.glob("voa*.txt")))
    return re.sub(" +", " ", re.sub(r"[.!?;:\n]+", " ", text))


def _flat_text(size: int) -> str:
    flat = _flat()
    return (flat * (size // len(flat) + 1))[:size]


@given(
    st.lists(st.sampled_from(["word", "Trump", "said", "x" * 300, " ", "  ", "\t", "\u00a0"]), max_size=60)
)
def test_no_sentence_is_longer_than_the_limit_and_none_loses_text(pieces: list[str]) -> None:
    text = "".join(pieces) * 8
    sentences = split_sentences(text, [Span(start=0, end=len(text))])
    assert all(0 < s.end - s.start <= MAX_SENTENCE for s in sentences)
    # Only white space lies between and around the pieces: no word is dropped.
    covered = "".join(text[s.start : s.end] for s in sentences)
    assert "".join(covered.split()) == "".join(text.split())
    assert all(not text[s.start].isspace() and not text[s.end - 1].isspace() for s in sentences)


def test_a_long_run_of_words_is_cut_at_white_space() -> None:
    text = "He said " * 1000
    sentences = split_sentences(text, [Span(start=0, end=len(text))])
    assert len(sentences) == 4
    # Cut between words, never inside one.
    assert all(set(text[s.start : s.end].split()) == {"He", "said"} for s in sentences)
    assert all(s.start == 0 or text[s.start - 1] == " " for s in sentences)


def test_a_run_with_no_white_space_is_cut_at_the_limit() -> None:
    text = "x" * (2 * MAX_SENTENCE + 7)
    sentences = split_sentences(text, [Span(start=0, end=len(text))])
    assert [(s.start, s.end) for s in sentences] == [
        (0, MAX_SENTENCE),
        (MAX_SENTENCE, 2 * MAX_SENTENCE),
        (2 * MAX_SENTENCE, 2 * MAX_SENTENCE + 7),
    ]


def test_news_sentences_are_not_cut() -> None:
    # The longest sentence of the dev articles is under 400 characters; a long but real one
    # is kept whole.
    sentence = (
        "Kenyan President William Ruto, who arrived in Washington on Sunday for a state visit"
        " that aides said would focus on trade, security and climate finance, told reporters"
        " after meeting U.S. President Joe Biden at the White House that the two countries"
        " had agreed to deepen cooperation on counterterrorism, health and technology."
    )
    text = f"{sentence} {sentence}"
    assert [(s.start, s.end) for s in split_sentences(text, [Span(start=0, end=len(text))])] == [
        (0, len(sentence)),
        (len(sentence) + 1, len(text)),
    ]


def _lines_run(stage_name: str, text: str, count: LinesRun) -> int:
    doc = Document(source=Source(text=text), anchor=None)
    for stage in default_pipeline().stages:
        if stage.name == stage_name:
            return count(functools.partial(stage, doc))
        stage(doc)
    raise AssertionError(stage_name)


@pytest.mark.parametrize("stage", ["entities", "statements", "claims", "meetings"])
def test_doubling_a_text_without_stops_doubles_the_work(stage: str, lines_run: LinesRun) -> None:
    _lines_run(stage, _flat_text(4_000), lines_run)
    single, double = (_lines_run(stage, _flat_text(n), lines_run) for n in (20_000, 40_000))
    assert single > 1_000
    assert double / single <= MAX_RATIO, (single, double)


class _Recording:
    """Stands for `_UNNAMED_WHO`, noting how many characters each search is given."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.widths: list[int] = []

    def search(self, text: str, pos: int, endpos: int) -> re.Match[str] | None:
        self.widths.append(endpos - pos)
        return self.pattern.search(text, pos, endpos)


def test_the_unnamed_official_rule_reads_back_a_bounded_window(monkeypatch: pytest.MonkeyPatch) -> None:
    recording = _Recording(entities_module._UNNAMED_WHO)
    monkeypatch.setattr(entities_module, "_UNNAMED_WHO", recording)
    text = "Petro met Trump and he said " * 200
    extract(text)
    assert recording.widths
    assert max(recording.widths) <= entities_module._UNNAMED_WHO_REACH


def test_the_unnamed_official_rule_still_reads_its_clause(monkeypatch: pytest.MonkeyPatch) -> None:
    # The window starts after the last stop or quotation mark: a clause after a quotation
    # still has its unnamed official, and one before a stop does not reach past it.
    recording = _Recording(entities_module._UNNAMED_WHO)
    monkeypatch.setattr(entities_module, "_UNNAMED_WHO", recording)
    text = (
        "Tanzanian President Samia Suluhu Hassan met Japanese Prime Minister Shigeru Ishiba on Tuesday.\n\n"
        '"It went well," according to an official who said he was not authorized to speak.'
    )
    doc = default_pipeline().run(Source(text=text))
    he = [m for m in doc.mentions if text[m.span.start : m.span.end] == "he"]
    assert len(he) == 1
    assert he[0].actors == ()
    assert recording.widths
    assert max(recording.widths) == len(" according to an official who said ")
