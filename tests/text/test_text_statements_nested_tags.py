"""
Nested attribution: only the outermost attribution is a statement (PolNeAR's rule, as the
dev set applies it to "... which Duterte described as ..., according to Xinhua").

"Putin said the talks were useful, according to his spokesperson" already gave the tag the
whole clause. The quoted form gave the inner tag the quotation and dropped the outer one:
'“...,” Putin said, according to his spokesperson.' Both now read the same way, and so
does a second finite tag after a quotation's tag ('“...,” Putin said, his office said.').
A transcript, a translation or a video renders the same words and is no outer source.
An unnamed spokesperson speaks for whom the possessive stands for (coref's convention).
The paragraphs are written for these tests (invented events; real-sounding names).
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


def _rows(text: str) -> list[tuple[str, str, str, tuple[str, ...]]]:
    record = extract(_HEAD + text)
    t = record.source.text
    return [
        (
            _cut(t, s.speaker_mention),
            _cut(t, s.cue),
            " ".join(t[c.start : c.end] for c in s.content),
            s.speakers,
        )
        for s in record.statements
        if s.cue is not None and s.cue.start >= len(_HEAD)
    ]


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "Putin said the talks were useful, according to his spokesperson.",
            ("his spokesperson", "according to", "Putin said the talks were useful", ("vladimir-putin",)),
        ),
        (
            "\u201cThe talks were useful,\u201d Putin said, according to his spokesperson.",
            (
                "his spokesperson",
                "according to",
                "\u201cThe talks were useful,\u201d Putin said",
                ("vladimir-putin",),
            ),
        ),
        (
            "\u201cWe agreed to expand trade,\u201d Li told reporters, according to Interfax.",
            (
                "Interfax",
                "according to",
                "\u201cWe agreed to expand trade,\u201d Li told reporters",
                ("interfax",),
            ),
        ),
        (
            "\u201cThe talks were useful,\u201d Putin said, his office said.",
            ("his office", "said", "\u201cThe talks were useful,\u201d Putin said", ("vladimir-putin",)),
        ),
        (
            "\u201cThe talks were useful,\u201d Putin told reporters, the Kremlin said in a statement.",
            (
                "the Kremlin",
                "said in a statement",
                "\u201cThe talks were useful,\u201d Putin told reporters",
                ("kremlin",),
            ),
        ),
        (
            "Li told reporters the two sides had agreed to expand trade, his office said.",
            (
                "his office",
                "said",
                "Li told reporters the two sides had agreed to expand trade",
                ("li-qiang",),
            ),
        ),
    ],
)
def test_the_outermost_tag_takes_the_inner_one(text: str, row: tuple[str, str, str, tuple[str, ...]]) -> None:
    assert _rows(text) == [row]


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # One tag, a quotation on each side: no outer tag.
        (
            "\u201cA decade ago,\u201d he said, \u201cthis would have been impossible.\u201d",
            [("he", "said", "\u201cA decade ago,\u201d \u201cthis would have been impossible.\u201d")],
        ),
        # A second verb of the same source is a statement of its own, not an outer tag.
        (
            "\u201cThe talks were useful,\u201d Putin said, adding that more meetings would follow.",
            [
                ("Putin", "said", "\u201cThe talks were useful,\u201d"),
                ("Putin", "adding", "that more meetings would follow"),
            ],
        ),
        # "according to" opening the clause frames the verb's content, as before.
        (
            "Putin said, according to the Kremlin, that the talks were useful.",
            [("the Kremlin", "according to", "Putin said that the talks were useful")],
        ),
    ],
)
def test_no_outer_tag_no_change(text: str, rows: list[tuple[str, str, str]]) -> None:
    assert [r[:3] for r in _rows(text)] == rows


def test_a_relative_clause_before_the_tag_is_no_inner_tag() -> None:
    # "the Pentagon rarely discusses" is no tag of a quotation: the one tag keeps the clause.
    text = "The shortage is serious, a constraint the Pentagon rarely discusses, he said."
    assert [r[:2] for r in _rows(text)][-1] == ("he", "said")


@pytest.mark.parametrize(
    "rendering",
    [
        "a translation provided by state television",
        "a transcript released by the Kremlin",
        "a video posted by the Kremlin",
    ],
)
def test_a_rendering_of_the_words_is_no_outer_source(rendering: str) -> None:
    # A transcript or a translation carries the speaker's own words: the tag stays his.
    text = f"\u201cThe talks were useful,\u201d Putin said, according to {rendering}."
    assert [r[:3] for r in _rows(text)] == [("Putin", "said", "\u201cThe talks were useful,\u201d")]
