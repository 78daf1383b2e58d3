"""
Tags in unusual places.

- An inverted tag opening the sentence ('Said Petro: “...”', 'Added the minister, when
  asked about the border: “...”') is a direct statement of the name after the verb; a
  person called Said ("Said Djinnit told ...") is still a name;
- "according to X (ACRONYM)," inside a clause keeps the bracketed short name in the
  source and resumes the content after it ('a process that, according to Brazil's
  Foreign Ministry (Itamaraty), could take a year').

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
            "Said Petro: \u201cWe will not be anyone\u2019s backyard.\u201d",
            [("Petro", "Said", "\u201cWe will not be anyone\u2019s backyard.\u201d")],
        ),
        (
            "Added the minister, when asked about the border: \u201cIt stays open.\u201d",
            [("the minister", "Added", "\u201cIt stays open.\u201d")],
        ),
        (
            "Said Djinnit, the U.N. envoy, told reporters the talks were useful.",
            [("Said Djinnit, the U.N. envoy,", "told", "the talks were useful")],
        ),
        # No quotation after the colon: no fronted tag.
        ("Said Djinnit: the talks were useful.", []),
    ],
)
def test_inverted_tag_opening_the_sentence(
    text: str, rows: list[tuple[str, str, str]], statement_rows: Rows
) -> None:
    assert statement_rows(text) == rows


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            (
                "Ratification needs both parliaments, a process that, according to Chile's Foreign "
                "Ministry (Minrel), could take a year."
            ),
            [
                (
                    "Chile's Foreign Ministry (Minrel)",
                    "according to",
                    "Ratification needs both parliaments, a process that could take a year",
                )
            ],
        ),
        (
            "The talks, according to officials (who spoke anonymously), could take a year.",
            [("officials", "according to", "The talks")],
        ),
    ],
)
def test_according_to_with_a_bracketed_name(
    text: str, rows: list[tuple[str, str, str]], statement_rows: Rows
) -> None:
    assert statement_rows(text) == rows


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "The talks stalled over the port, said a diplomat who asked not to be named.",
            [("a diplomat who asked not to be named", "said", "The talks stalled over the port")],
        ),
        (
            "The draft is ready, say officials who have seen it.",
            [("officials who have seen it", "say", "The draft is ready")],
        ),
        (
            "\u201cWe are ready,\u201d said Mudavadi, who led the delegation.",
            [("Mudavadi", "said", "\u201cWe are ready,\u201d")],
        ),
    ],
)
def test_inverted_source_with_a_restrictive_relative_clause(
    text: str, rows: list[tuple[str, str, str]], statement_rows: Rows
) -> None:
    assert statement_rows(text) == rows


@pytest.mark.parametrize(
    ("headline", "rows"),
    [
        (
            "Analysts: Ceasefire Unlikely Before Rainy Season",
            [("Analysts", ":", "Ceasefire Unlikely Before Rainy Season")],
        ),
        # A section label or a country before the colon says nothing.
        ("Analysis: Ceasefire Unlikely Before Rainy Season", []),
        ("Sudan: Talks Resume in Jeddah", []),
    ],
)
def test_colon_headline_with_a_group_of_speakers(
    headline: str, rows: list[tuple[str, str, str]], statement_rows: Rows
) -> None:
    assert statement_rows(f"{headline}\n\nThe talks resumed on Monday.") == rows


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "The accord is \u201chistoric,\u201d in the words of the Ghanaian president.",
            [("the Ghanaian president", "in the words of", "The accord is \u201chistoric,\u201d")],
        ),
        (
            "In the words of one diplomat, the accord is \u201cdead on arrival.\u201d",
            [("one diplomat", "In the words of", "the accord is \u201cdead on arrival.\u201d")],
        ),
        ("The minister chose his words carefully.", []),
    ],
)
def test_in_the_words_of_is_like_according_to(
    text: str, rows: list[tuple[str, str, str]], statement_rows: Rows
) -> None:
    assert statement_rows(text) == rows


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "The levy, first reported by Bloomberg, would cut fuel imports.",
            [("Bloomberg", "first reported", "The levy")],
        ),
        ("The raid referenced by Petro was in May.", [("Petro", "referenced", "The raid")]),
    ],
)
def test_reduced_passive_with_an_adverb(
    text: str, rows: list[tuple[str, str, str]], statement_rows: Rows
) -> None:
    assert statement_rows(text) == rows
