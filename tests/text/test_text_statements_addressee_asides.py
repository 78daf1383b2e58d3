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

if TYPE_CHECKING:
    from collections.abc import Callable

    Rows = Callable[[str, str], list[tuple[str | None, str | None, str]]]

_HEAD = "Russian President Vladimir Putin met Chinese Premier Li Qiang in the Kremlin on Tuesday. "


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
def test_the_addressee_after_to_is_no_content(text: str, cue: str, statements_after: Rows) -> None:
    assert statements_after(_HEAD, text) == [("Putin", cue, "that Russia was a reliable supplier")]


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
def test_an_adjunct_between_commas_is_skipped(aside: str, statements_after: Rows) -> None:
    assert statements_after(_HEAD, f"Putin said, {aside}, that more talks were planned.") == [
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
def test_near_misses(text: str, rows: list[tuple[str, str, str]], statements_after: Rows) -> None:
    assert statements_after(_HEAD, text) == rows
