"""
Between a reporting verb and its "that" clause may stand:

- whom it was said to, after "to": "reiterated to Li that ...", "confirmed to AFP that
  ...", "explained to journalists on Tuesday that ..." (a name, an audience, a pronoun or a
  possessive phrase); the content began at "to";
- an adjunct set off by commas: "said, without elaborating, that ...", "said, citing an
  official, that ...", "said, in a statement, that ..."; the statement was lost.

A noun with an article after "to" keeps its own "that" clause ("referred to the fact that",
"pointed to reports that"). The paragraphs are written for these tests (invented events;
real-sounding names).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from bilateral.text import extract

if TYPE_CHECKING:
    from bilateral.model import Span

_HEAD = "Russian President Vladimir Putin met Chinese Premier Li Qiang in the Kremlin on Tuesday. "


def _cut(text: str, span: Span | None) -> str:
    return text[span.start : span.end] if span is not None else ""


def _rows(text: str) -> list[tuple[str, str, str]]:
    record = extract(_HEAD + text)
    t = record.source.text
    return [
        (
            _cut(t, s.speaker_mention),
            _cut(t, s.cue),
            " ".join(t[c.start : c.end] for c in s.content),
        )
        for s in record.statements
        if s.cue is not None and s.cue.start >= len(_HEAD)
    ]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Putin reiterated to Li that Russia was a reliable supplier.", "reiterated"),
        ("Putin said to reporters that Russia was a reliable supplier.", "said"),
        ("Putin stressed to his guest that Russia was a reliable supplier.", "stressed"),
        ("Putin explained to journalists on Tuesday that Russia was a reliable supplier.", "explained"),
        ("Putin confirmed to AFP that Russia was a reliable supplier.", "confirmed"),
    ],
)
def test_the_addressee_after_to_is_no_content(text: str, cue: str) -> None:
    assert _rows(text) == [("Putin", cue, "that Russia was a reliable supplier")]


@pytest.mark.parametrize(
    "aside",
    [
        "without elaborating",
        "citing an official",
        "in a statement",
        "speaking in Russian",
        "referring to the sanctions",
    ],
)
def test_an_adjunct_between_commas_is_skipped(aside: str) -> None:
    assert _rows(f"Putin said, {aside}, that more talks were planned.") == [
        ("Putin", "said", "that more talks were planned")
    ]


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # A sentence adverb between commas, as before.
        (
            "Putin said, however, that more talks were planned.",
            [("Putin", "said", "that more talks were planned")],
        ),
        # A noun after "to" keeps its "that" clause: the content opens with the noun.
        (
            "Putin pointed to reports that trade had doubled.",
            [("Putin", "pointed to", "reports that trade had doubled")],
        ),
        ("Putin referred to the fact that trade had doubled.", []),
        # A time after "to" is no addressee.
        ("Putin spoke to Li that evening.", []),
    ],
)
def test_near_misses(text: str, rows: list[tuple[str, str, str]]) -> None:
    assert _rows(text) == rows
