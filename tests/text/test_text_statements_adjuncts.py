"""
Words between a cue and its content, and a relative pronoun as the object of "described as".

- "X noted, however, that ...": a sentence adverb set off by commas after the cue;
- "quoted him as saying after the talks that ...": the adjunct belongs to the cue;
- "talks that both sides described as “fraternal”": a statement whose content is the
  relative pronoun and the "as" phrase (like "in what X described as ..."), ending before a
  coordinated relative clause of the reporter's.

The paragraphs are written for these tests (invented events).
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
            "Okonjo noted, however, that Abuja had chosen Accra for its first trip.",
            [("Okonjo", "noted", "that Abuja had chosen Accra for its first trip")],
        ),
        (
            "Okonjo said, though, the visit had been useful.",
            [("Okonjo", "said", "the visit had been useful")],
        ),
        ("Okonjo added, however, “nothing has changed.”", [("Okonjo", "added", "“nothing has changed.”")]),
        # A sentence adverb after a closing tag is no content.
        ("“It was useful,” Okonjo said, however.", [("Okonjo", "said", "“It was useful,”")]),
    ],
)
def test_adverb_between_cue_and_content(
    text: str, rows: list[tuple[str, str, str]], statement_rows: Rows
) -> None:
    assert statement_rows(text) == rows


def test_quoted_as_saying_with_adjunct_before_that(statement_rows: Rows) -> None:
    text = "Mahama's office quoted him as saying after the talks that “the border unites us.”"
    assert statement_rows(text) == [("him", "as saying", "that “the border unites us.”")]


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "The two presidents met for talks that both sides described as “fraternal.”",
            ("both sides", "described", "that as “fraternal.”"),
        ),
        (
            "Ruto met Kagame, in talks that Kigali described as “useful” but that produced no deal.",
            ("Kigali", "described", "that as “useful”"),
        ),
    ],
)
def test_relative_described_as(text: str, row: tuple[str, str, str], statement_rows: Rows) -> None:
    assert statement_rows(text) == [row]


def test_described_with_object_is_unchanged(statement_rows: Rows) -> None:
    text = "The spokesman said that both sides described the talks as frank."
    assert statement_rows(text) == [("The spokesman", "said", "that both sides described the talks as frank")]


def test_bulleted_list_after_colon(statement_rows: Rows) -> None:
    text = (
        "The ministers said in a joint statement that they had agreed to:\n\n"
        "- reopen the border crossing at Malaba;\n"
        "- share data on cattle rustling.\n\n"
        "Museveni flew home on Sunday.\n\n"
        "- a stray line"
    )
    assert statement_rows(text) == [
        (
            "The ministers",
            "said in a joint statement",
            "that they had agreed to reopen the border crossing at Malaba share data on cattle rustling",
        )
    ]


def test_list_without_a_colon_statement(statement_rows: Rows) -> None:
    text = "Ruto listed three priorities.\n\n- trade with the Gulf states;\n- security along the border."
    assert statement_rows(text) == []


@pytest.mark.parametrize(
    ("text", "row"),
    [
        # A tag inside the sentence before a quotation: the words before it are content too.
        (
            "Lavrov, he said, “expressed understanding” of the position.",
            ("he", "said", "Lavrov “expressed understanding” of the position"),
        ),
        ("The talks, she said, “were productive.”", ("she", "said", "The talks “were productive.”")),
        # Fronted circumstances of the saying are not.
        (
            "Asked about the tariffs, Okonjo said, “Trade was discussed in its entirety.”",
            ("Okonjo", "said", "“Trade was discussed in its entirety.”"),
        ),
        ("In Abuja, she said, “we were welcomed.”", ("she", "said", "“we were welcomed.”")),
        # A lone conjunction before the tag is not.
        ("But, he added, “the work is only beginning.”", ("he", "added", "“the work is only beginning.”")),
    ],
)
def test_mid_tag_before_quotation(text: str, row: tuple[str, str, str], statement_rows: Rows) -> None:
    assert statement_rows(text) == [row]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "The leaders discussed energy, presidential aide Yury Ushakov told reporters.",
            "presidential aide Yury Ushakov",
        ),
        ("Veteran diplomat Kishore Mahbubani said the deal was fair.", "Veteran diplomat Kishore Mahbubani"),
    ],
)
def test_descriptor_before_name_in_source(text: str, source: str, statement_rows: Rows) -> None:
    assert [row[0] for row in statement_rows(text)] == [source]


def test_headline_list_after_semicolon(statement_rows: Rows) -> None:
    text = (
        "Kenya, Japan sign port deal; Ruto, Ishiba urge closer defence ties\n\n"
        "Kenyan President William Ruto met Japanese Prime Minister Shigeru Ishiba in Tokyo on Monday."
    )
    assert [row[0] for row in statement_rows(text)][:1] == ["Ruto, Ishiba"]
