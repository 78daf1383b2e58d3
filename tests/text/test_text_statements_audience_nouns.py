"""
Audiences, guests and plural nouns that looked like parts of a statement.

- "warned that Kenyan troops had ..." opens the content with "that"; it is no
  demonstrative before an audience noun ("troops"), which lost the content's subject;
- "told a media briefing", "told a weekly news briefing in Pretoria": the event is the
  audience, not the content;
- '“...,” X told reporters after the talks, according to Y.': the words after the tag's
  verb are no source of "according to", whose content is the quotation and its tag (only
  the outermost attribution is annotated);
- "X was welcomed by Y in Rabat": a guest received, no statement; "The deal was welcomed
  by Y" still is one;
- "took questions", "overlapping territorial claims": a plural noun after a verb or an
  adjective is no reporting verb;
- "expressed (his) appreciation / gratitude for ...": a light verb with a noun of
  attitude is a statement, like "expressed concern".

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
            "Mohamud warned that Ethiopian troops had crossed the border near Dolow.",
            [("Mohamud", "warned", "that Ethiopian troops had crossed the border near Dolow")],
        ),
        (
            "The talks had stalled, Ramaphosa's spokesman told a media briefing.",
            [("Ramaphosa's spokesman", "told", "The talks had stalled")],
        ),
        (
            "The talks had stalled, the spokesman told a weekly news briefing in Pretoria.",
            [("the spokesman", "told", "The talks had stalled")],
        ),
        (
            "The spokesman told state radio the talks had stalled.",
            [("The spokesman", "told", "the talks had stalled")],
        ),
        (
            (
                "\u201cOur borders are not for sale,\u201d Aliyev told reporters after the talks, "
                "according to the state news agency Azertac."
            ),
            # Only the outermost attribution is annotated: the tag is part of the content.
            [
                (
                    "the state news agency Azertac",
                    "according to",
                    "\u201cOur borders are not for sale,\u201d Aliyev told reporters after the talks",
                )
            ],
        ),
    ],
)
def test_audience_and_occasion_are_no_content(
    text: str, rows: list[tuple[str, str, str]], statement_rows: Rows
) -> None:
    assert statement_rows(text) == rows


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        ("Chilean President Gabriel Boric was welcomed by King Felipe VI in Madrid on Tuesday.", []),
        ("At the briefing, Pigott took questions on the visit.", []),
        (
            "Manila, which has competing maritime claims with Beijing, has stepped up patrols.",
            [],
        ),
        (
            "The truce was welcomed by Ankara.",
            [("Ankara", "was welcomed", "The truce")],
        ),
        (
            "The official claims that the truce is holding.",
            [("The official", "claims", "that the truce is holding")],
        ),
    ],
)
def test_guests_and_plural_nouns_are_no_statements(
    text: str, rows: list[tuple[str, str, str]], statement_rows: Rows
) -> None:
    assert statement_rows(text) == rows


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "Marcos expressed his appreciation for Japan's help after the typhoon.",
            [("Marcos", "expressed his appreciation for", "Japan's help after the typhoon")],
        ),
        (
            "The minister expressed gratitude for the loan.",
            [("The minister", "expressed gratitude for", "the loan")],
        ),
    ],
)
def test_expressed_appreciation_is_a_statement(
    text: str, rows: list[tuple[str, str, str]], statement_rows: Rows
) -> None:
    assert statement_rows(text) == rows


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "Mutiga told VOA's Horn of Africa Service in an interview that the talks were overdue.",
            [("Mutiga", "told", "that the talks were overdue")],
        ),
        (
            "The envoy told the Ministry of Foreign Affairs the visit would go ahead.",
            [("The envoy", "told", "the visit would go ahead")],
        ),
        # "of" after the audience opens what it was told about.
        ("The envoy told the Senate of the plan.", [("The envoy", "told", "of the plan")]),
    ],
)
def test_audience_name_with_a_particle(
    text: str, rows: list[tuple[str, str, str]], statement_rows: Rows
) -> None:
    assert statement_rows(text) == rows


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "Marcos conveyed Manila's serious concern over the water cannon attacks.",
            [("Manila", "'s serious concern over", "the water cannon attacks")],
        ),
        (
            "Marcos expressed his deep appreciation for Japan's help.",
            [("Marcos", "expressed his deep appreciation for", "Japan's help")],
        ),
        (
            "Marcos expressed grave concern about the collision.",
            [("Marcos", "expressed grave concern about", "the collision")],
        ),
        # An adjective before a noun cue with no owner or light verb is no cue.
        ("Marcos faced serious concern from lawmakers.", []),
    ],
)
def test_adjective_of_degree_inside_a_noun_cue(
    text: str, rows: list[tuple[str, str, str]], statement_rows: Rows
) -> None:
    assert statement_rows(text) == rows


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "Mutiga told VOA by phone from Nairobi the talks were overdue.",
            [("Mutiga", "told", "the talks were overdue")],
        ),
        (
            "Mutiga told VOA from Mogadishu the talks were overdue.",
            [("Mutiga", "told", "the talks were overdue")],
        ),
        (
            "Mutiga told VOA by phone that the talks were overdue.",
            [("Mutiga", "told", "that the talks were overdue")],
        ),
    ],
)
def test_means_and_origin_after_the_audience(
    text: str, rows: list[tuple[str, str, str]], statement_rows: Rows
) -> None:
    assert statement_rows(text) == rows


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # A named recipient, then what was said after "of".
        ("Ruto assured Samia of Kenya's support.", [("Ruto", "assured", "of Kenya's support")]),
        ("Ruto assured Samia Suluhu Hassan of his support.", [("Ruto", "assured", "of his support")]),
        # "of" inside an audience's name is no content.
        (
            "Ruto told the Ministry of Foreign Affairs that Kenya would help.",
            [("Ruto", "told", "that Kenya would help")],
        ),
    ],
)
def test_named_recipient_then_of(text: str, rows: list[tuple[str, str, str]], statement_rows: Rows) -> None:
    assert statement_rows(text) == rows
