"""
"noted with satisfaction the growth in trade": the attitude after "with" is part of the cue.

Readouts (Gulf, Asian and Russian agencies) put the attitude between the verb and its
content; the content followed it unread (no statement), or the phrase was taken for an
adjunct. Only attitude nouns count ("with satisfaction", "with concern"); "with" before
anything else ("said with Kishida at his side") keeps its old reading.

The paragraphs are written for these tests (invented events; real-sounding names).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from collections.abc import Callable

    Rows = Callable[[str], list[tuple[str | None, str | None, str]]]


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "The two ministers noted with satisfaction the rise in bilateral tourism.",
            [("The two ministers", "noted with satisfaction", "the rise in bilateral tourism")],
        ),
        (
            "Lavrov noted with concern that shelling near the plant had resumed.",
            [("Lavrov", "noted with concern", "that shelling near the plant had resumed")],
        ),
        (
            "\u201cThe shelling must stop,\u201d Lavrov said with concern.",
            [("Lavrov", "said with concern", "\u201cThe shelling must stop,\u201d")],
        ),
    ],
)
def test_attitude_after_with_is_part_of_the_cue(
    text: str, rows: list[tuple[str, str, str]], statement_rows: Rows
) -> None:
    assert statement_rows(text) == rows


def test_with_before_a_companion_is_unchanged(statement_rows: Rows) -> None:
    text = "\u201cWe are ready,\u201d Lavrov said with Shoukry at his side."
    assert [(s, c) for s, c, _ in statement_rows(text)] == [("Lavrov", "said")]


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "The two presidents issued a joint communique calling for an immediate ceasefire.",
            [("The two presidents", "issued a joint communique calling for", "an immediate ceasefire")],
        ),
        (
            "The ministry released a statement condemning the attack on the convoy.",
            [("The ministry", "released a statement condemning", "the attack on the convoy")],
        ),
        # Rules or plans are no statement, whatever they call for.
        ("The ministry issued new rules calling for shorter shifts.", []),
    ],
)
def test_document_issued_with_a_participle_cue(
    text: str, rows: list[tuple[str, str, str]], statement_rows: Rows
) -> None:
    assert statement_rows(text) == rows
