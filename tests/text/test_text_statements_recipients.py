"""
The one told is no content.

- "told the newspaper Folha de S.Paulo that ...", "told the Italian daily Corriere della
  Sera": an outlet's name after its media noun may hold a lower-case particle or an
  initial joined by a dot; the content started at "de S.Paulo";
- "was quoted (by the ministry) as telling Araghchi that ...": the passive skips the one
  told, as the active "TASS quoted X as telling Y" does; a comma after it opens a quotation.

The paragraphs are written for these tests (invented events; real-sounding names).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from collections.abc import Callable

    Rows = Callable[[str, str], list[tuple[str | None, str | None, str]]]

_HEAD = "Russian Foreign Minister Sergey Lavrov met Iranian Foreign Minister Abbas Araghchi on Friday. "


@pytest.mark.parametrize(
    ("audience", "content"),
    [
        ("the newspaper Folha de S.Paulo that", "that the treaty was ready"),
        ("the newspaper Folha de S.Paulo", "the treaty was ready"),
        ("the Italian daily Corriere della Sera that", "that the treaty was ready"),
        ("the French daily Le Monde that", "that the treaty was ready"),
        # No particle: the name ends at the first lower-case word, as before.
        ("the news agency Tasnim", "the treaty was ready"),
    ],
)
def test_an_outlet_name_with_a_particle_is_the_audience(
    audience: str, content: str, statements_after: Rows
) -> None:
    assert statements_after(_HEAD, f"Lavrov told {audience} the treaty was ready.") == [
        ("Lavrov", "told", content)
    ]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "Lavrov was quoted as telling Araghchi that the treaty was ready.",
            "was quoted as telling",
            "that the treaty was ready",
        ),
        (
            'Lavrov was quoted by the ministry as telling Araghchi, "Let us work together."',
            "was quoted by the ministry as telling",
            '"Let us work together."',
        ),
        (
            "Lavrov was quoted as telling reporters that the treaty was ready.",
            "was quoted as telling",
            "that the treaty was ready",
        ),
        # "saying" has no one told: the content starts right after the cue, as before.
        (
            "Lavrov was quoted as saying Araghchi would visit Moscow in May.",
            "was quoted as saying",
            "Araghchi would visit Moscow in May",
        ),
    ],
)
def test_the_one_told_after_quoted_as_telling_is_no_content(
    text: str, cue: str, content: str, statements_after: Rows
) -> None:
    assert statements_after(_HEAD, text) == [("Lavrov", cue, content)]


def test_a_quotation_before_the_passive_keeps_its_tag(statements_after: Rows) -> None:
    assert statements_after(_HEAD, "\u201cWe are ready,\u201d Lavrov was quoted as telling Araghchi.") == [
        ("Lavrov", "was quoted as telling", "\u201cWe are ready,\u201d")
    ]
