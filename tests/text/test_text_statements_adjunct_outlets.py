"""
The adjunct between a reporting verb and its "that" may hold a word that is also a verb form.

- "said in remarks carried by state television that ...": "state" before an outlet noun
  ("television", "media", "news agency") names the outlet, it is no verb ending the adjunct;
- "told reporters on a conference call that ...", "said in his weekly news briefing that
  ...": a speech-event noun ("call", "briefing", "address", "interview") that a determiner
  opened two or three words back heads the adjunct's noun phrase.

Both lost the statement (or made "call" a cue with "reporters in a daily" as its source).
A verb after the adjunct still ends the look-ahead. The paragraphs are written for these
tests (invented events; real-sounding names).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from bilateral.text import extract

if TYPE_CHECKING:
    from bilateral.model import Span

_HEAD = "Russian Foreign Minister Sergey Lavrov and Kremlin spokesman Dmitry Peskov spoke on Tuesday. "


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
    ("text", "source", "content"),
    [
        (
            "Lavrov said in remarks carried by state television that the West had no right to dictate.",
            "Lavrov",
            "that the West had no right to dictate",
        ),
        (
            "Lavrov said in an interview aired by state media that sanctions would fail.",
            "Lavrov",
            "that sanctions would fail",
        ),
        (
            "Lavrov said in comments carried by the state news agency that talks would continue.",
            "Lavrov",
            "that talks would continue",
        ),
        (
            "Peskov told reporters in a daily call that no decision had been made.",
            "Peskov",
            "that no decision had been made",
        ),
        (
            "Peskov told reporters on a conference call that no decision had been made.",
            "Peskov",
            "that no decision had been made",
        ),
        (
            "Peskov said during a brief phone call that no decision had been made.",
            "Peskov",
            "that no decision had been made",
        ),
        (
            "Lavrov told journalists in a televised address that the talks would continue.",
            "Lavrov",
            "that the talks would continue",
        ),
    ],
)
def test_the_adjunct_is_skipped_to_the_content(text: str, source: str, content: str) -> None:
    rows = _rows(text)
    assert [(r[0], r[2]) for r in rows] == [(source, content)]


@pytest.mark.parametrize(
    "text",
    [
        # No "that" after the adjunct: nothing to report.
        "Peskov told reporters in a daily call.",
        "Lavrov said in remarks carried by state television.",
    ],
)
def test_no_content_no_statement(text: str) -> None:
    assert _rows(text) == []


def test_a_verb_after_the_adjunct_still_ends_it() -> None:
    # "call" after a subject is the verb of the reported clause, not an event noun.
    assert _rows("Lavrov told reporters the ministry would call for new talks.") == [
        ("Lavrov", "told", "the ministry would call for new talks")
    ]


def test_state_as_a_verb_is_unchanged() -> None:
    rows = _rows("Lavrov said in remarks that state officials had no right to dictate.")
    assert [(r[0], r[2]) for r in rows] == [("Lavrov", "that state officials had no right to dictate")]
