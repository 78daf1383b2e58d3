"""
Round 11 misses: speech cues and content edges found over the real-news corpus.

"charged that ..." is speech ("charged with", "charged the battery" are not); the paragraphs
are written for these tests (invented events; real-sounding names).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from bilateral.text import extract

if TYPE_CHECKING:
    from bilateral.model import Span

_HEAD = "Indian Prime Minister Narendra Modi met Pakistani Prime Minister Shehbaz Sharif in Delhi on Tuesday. "


def _cut(text: str, span: Span | None) -> str:
    return text[span.start : span.end] if span is not None else ""


def _rows(text: str) -> list[tuple[str, str, str]]:
    record = extract(_HEAD + text)
    t = record.source.text
    return [
        (_cut(t, s.speaker_mention), _cut(t, s.cue), " ".join(t[c.start : c.end] for c in s.content))
        for s in record.statements
        if s.cue is None or s.cue.start >= len(_HEAD)
    ]


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "Modi charged that Islamabad had used terrorism as an instrument of policy.",
            ("Modi", "charged", "that Islamabad had used terrorism as an instrument of policy"),
        ),
        ("Critics charge that the deal favours Beijing.", ("Critics", "charge", "that the deal favours Beijing")),
        (
            "\u201cThey have used terrorism as policy,\u201d Modi charged.",
            ("Modi", "charged", "\u201cThey have used terrorism as policy,\u201d"),
        ),
    ],
)
def test_charged_that_is_speech(text: str, row: tuple[str, str, str]) -> None:
    assert _rows(text) == [row]


@pytest.mark.parametrize(
    "text",
    [
        "The police charged him with murder after the summit.",
        "Modi charged Islamabad with sheltering militants.",
        "He was charged with fraud after the talks.",
        "Prosecutors dropped the charges that were filed against him.",
        "The delegation charged its phones at the airport.",
    ],
)
def test_charged_without_that_is_no_speech(text: str) -> None:
    assert [r for r in _rows(text) if r[1].startswith("charge")] == []
