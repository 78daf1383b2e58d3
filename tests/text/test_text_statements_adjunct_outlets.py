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

if TYPE_CHECKING:
    from collections.abc import Callable

    Rows = Callable[[str, str], list[tuple[str | None, str | None, str]]]

_HEAD = "Russian Foreign Minister Sergey Lavrov and Kremlin spokesman Dmitry Peskov spoke on Tuesday. "


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
def test_the_adjunct_is_skipped_to_the_content(
    text: str, source: str, content: str, statements_after: Rows
) -> None:
    rows = statements_after(_HEAD, text)
    assert [(r[0], r[2]) for r in rows] == [(source, content)]


@pytest.mark.parametrize(
    "text",
    [
        # No "that" after the adjunct: nothing to report.
        "Peskov told reporters in a daily call.",
        "Lavrov said in remarks carried by state television.",
    ],
)
def test_no_content_no_statement(text: str, statements_after: Rows) -> None:
    assert statements_after(_HEAD, text) == []


def test_a_verb_after_the_adjunct_still_ends_it(statements_after: Rows) -> None:
    # "call" after a subject is the verb of the reported clause, not an event noun.
    assert statements_after(_HEAD, "Lavrov told reporters the ministry would call for new talks.") == [
        ("Lavrov", "told", "the ministry would call for new talks")
    ]


def test_state_as_a_verb_is_unchanged(statements_after: Rows) -> None:
    rows = statements_after(_HEAD, "Lavrov said in remarks that state officials had no right to dictate.")
    assert [(r[0], r[2]) for r in rows] == [("Lavrov", "that state officials had no right to dictate")]
