"""
Statements whose source or content is interrupted by an aside that real copy puts there.

- an institution's acronym in brackets at the end of an appositive ("..., director of the
  Centre for Gulf Studies (CGS), said ...") belongs to the source, and the clause after
  the verb is never read as an inverted source;
- a relative clause on the adjunct between the verb and its "that" ("said after the
  talks, which ran past midnight, that ...") does not hide the content;
- a name and its appositive between dashes ("Ana Ruiz — the trade minister — told ...")
  is the source; a relative clause inside the dashes is left out of it;
- a dash closes a relative clause as a comma does ('who once called him a "traitor" — a
  word he later regretted — was ...'), so its content stops before the main verb.

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
            (
                "Leila Haddad, a senior fellow at the Centre for Gulf and Maghreb Studies (CGMS), "
                "said both capitals wanted a quick deal."
            ),
            [
                (
                    "Leila Haddad, a senior fellow at the Centre for Gulf and Maghreb Studies (CGMS),",
                    "said",
                    "both capitals wanted a quick deal",
                )
            ],
        ),
        (
            (
                "Tomás Ferreira, who heads the Lisbon Institute of Strategy (LIS), told VOA the summit "
                "was overdue."
            ),
            [("Tomás Ferreira", "told", "the summit was overdue")],
        ),
    ],
)
def test_acronym_in_brackets_ends_the_appositive(
    text: str, rows: list[tuple[str, str, str]], statement_rows: Rows
) -> None:
    assert statement_rows(text) == rows


@pytest.mark.parametrize(
    "text",
    [
        # The clause after "said" has its own verb and object: no inverted source.
        "The ports are congested, said both ministries needed more cranes for the harbour.",
        "It was a bad year, said several exporters lost their contracts in March.",
    ],
)
def test_a_clause_with_its_own_verb_is_no_inverted_source(text: str, statement_rows: Rows) -> None:
    assert statement_rows(text) == []


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            (
                "Okafor said after the talks, which ran past midnight in Lagos, that the two "
                "governments would reopen the crossing."
            ),
            [("Okafor", "said", "that the two governments would reopen the crossing")],
        ),
        (
            (
                "The minister told reporters at the airport, where she arrived late, that the loan "
                "was \u201calmost done.\u201d"
            ),
            [("The minister", "told", "that the loan was \u201calmost done.\u201d")],
        ),
        (
            "The envoy told reporters, who had waited outside for hours, that no deal was signed.",
            [("The envoy", "told", "that no deal was signed")],
        ),
    ],
)
def test_relative_clause_on_the_adjunct_before_that(
    text: str, rows: list[tuple[str, str, str]], statement_rows: Rows
) -> None:
    assert statement_rows(text) == rows


def test_relative_clause_without_that_is_no_content(statement_rows: Rows) -> None:
    # No "that" after the clause: the verb reports nothing here.
    text = "Okafor spoke after the talks, which ran past midnight, and left for Abuja."
    assert statement_rows(text) == []


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "Ana Ruiz \u2014 the trade minister \u2014 told lawmakers that the tariff would stay.",
            [("Ana Ruiz \u2014 the trade minister \u2014", "told", "that the tariff would stay")],
        ),
        (
            (
                "Pieter de Vries \u2014 the party leader, who has opposed the treaty for years \u2014 "
                "said the vote was \u201ca disgrace.\u201d"
            ),
            [("Pieter de Vries \u2014 the party leader", "said", "the vote was \u201ca disgrace.\u201d")],
        ),
    ],
)
def test_name_and_appositive_between_dashes_is_the_source(
    text: str, rows: list[tuple[str, str, str]], statement_rows: Rows
) -> None:
    assert statement_rows(text) == rows


@pytest.mark.parametrize(
    "text",
    [
        # The words before the dashes are no name: a clause, not a source.
        "The talks ended early \u2014 too early \u2014 said nothing about the border.",
        "prices rose again \u2014 for the third month \u2014 told us little.",
    ],
)
def test_dashes_after_a_clause_give_no_source(text: str, statement_rows: Rows) -> None:
    assert statement_rows(text) == []


def test_dash_closes_a_relative_clause(statement_rows: Rows) -> None:
    text = (
        "Kovacs, who once called his rival a \u201ctraitor\u201d \u2014 a word he later regretted "
        "\u2014 was more cautious on Monday."
    )
    # The words between the dashes are the reporter's comment on the quotation.
    assert statement_rows(text) == [("who", "once called", "his rival a \u201ctraitor\u201d")]


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "\u201cThe loan is signed,\u201d the envoy told reporters, who had waited outside for hours.",
            [("the envoy", "told", "\u201cThe loan is signed,\u201d")],
        ),
        # "where" after the audience says where it was told, and the quotation resumed
        # after that sentence is still the speaker's.
        (
            (
                "\u201cThe loan is signed,\u201d the envoy told the assembly, where she was "
                "cheered by deputies. \u201cThe money arrives in May.\u201d"
            ),
            [
                (
                    "the envoy",
                    "told",
                    "\u201cThe loan is signed,\u201d \u201cThe money arrives in May.\u201d",
                )
            ],
        ),
        # Without the relative clause, the clause after the tag's comma goes on as before.
        (
            (
                "\u201cThe loan is signed,\u201d the envoy told reporters, adding that the first "
                "payment was due."
            ),
            [
                ("the envoy", "told", "\u201cThe loan is signed,\u201d"),
                ("the envoy", "adding", "that the first payment was due"),
            ],
        ),
    ],
)
def test_relative_clause_on_the_audience_is_no_resumed_content(
    text: str, rows: list[tuple[str, str, str]], statement_rows: Rows
) -> None:
    assert statement_rows(text) == rows


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            (
                "Ruto, who flew in from Addis Ababa, where he met the AU chairperson on Sunday, said "
                "the corridor would open in May."
            ),
            [("Ruto", "said", "the corridor would open in May")],
        ),
        (
            (
                "The talks, which ran for three hours according to the Kenyan presidency, took place "
                "at State House."
            ),
            [("the Kenyan presidency", "according to", "The talks, which ran for three hours")],
        ),
    ],
)
def test_relative_clauses_in_a_row_and_a_main_verb_after_according(
    text: str, rows: list[tuple[str, str, str]], statement_rows: Rows
) -> None:
    assert statement_rows(text) == rows


def test_quoted_words_inside_a_relative_clause_before_the_verb(statement_rows: Rows) -> None:
    text = (
        "Ruto, who has long said that the port is a \u201cstrategic\u201d asset for Kenya, thanked his host."
    )
    assert statement_rows(text) == [
        ("who", "has long said", "that the port is a \u201cstrategic\u201d asset for Kenya"),
        ("Ruto", "thanked", "his host"),
    ]


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "The communique (released late on Monday) said the border would reopen.",
            [("The communique", "said", "the border would reopen")],
        ),
        (
            "Mudavadi said (in remarks to parliament) that the border would reopen.",
            [("Mudavadi", "said", "that the border would reopen")],
        ),
        (
            "The Ministry of External Affairs (MEA) said the border would reopen.",
            [("The Ministry of External Affairs (MEA)", "said", "the border would reopen")],
        ),
    ],
)
def test_bracketed_asides_around_the_verb(
    text: str, rows: list[tuple[str, str, str]], statement_rows: Rows
) -> None:
    assert statement_rows(text) == rows


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Philippine President Ferdinand Marcos Jr., speaking in Manila, said the deal was fair.",
            "Philippine President Ferdinand Marcos Jr.",
        ),
        (
            "Martin Luther King Sr., the pastor, said the march would go ahead.",
            "Martin Luther King Sr., the pastor,",
        ),
    ],
)
def test_abbreviation_before_a_comma_ends_the_name(text: str, source: str, statement_rows: Rows) -> None:
    assert [s for s, _, _ in statement_rows(text)] == [source]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            (
                "Lilia Shevtsova, of the Chatham House think tank \u2014 who advised two Russian governments "
                "\u2014 said the summit changed little."
            ),
            "Lilia Shevtsova, of the Chatham House think tank",
        ),
        (
            (
                "Lilia Shevtsova, a fellow at Chatham House \u2014 who advised two Russian governments "
                "\u2014 said the summit changed little."
            ),
            "Lilia Shevtsova, a fellow at Chatham House",
        ),
        (
            "Lilia Shevtsova \u2014 who advised two governments \u2014 said the summit changed little.",
            "Lilia Shevtsova",
        ),
        # An appositive noun phrase between the dashes stays in the source.
        (
            "Lilia Shevtsova \u2014 a fellow at Chatham House \u2014 said the summit changed little.",
            "Lilia Shevtsova \u2014 a fellow at Chatham House \u2014",
        ),
    ],
)
def test_name_before_an_appositive_and_a_relative_clause_in_dashes(
    text: str, source: str, statement_rows: Rows
) -> None:
    assert statement_rows(text) == [(source, "said", "the summit changed little")]


@pytest.mark.parametrize(
    "text",
    [
        "\u201cThe loan is signed,\u201d the envoy told reporters at a briefing that lasted an hour.",
        "\u201cThe loan is signed,\u201d the envoy told a news conference that followed the talks.",
    ],
)
def test_relative_that_on_the_occasion_is_no_content(text: str, statement_rows: Rows) -> None:
    # "that" before a past verb is a relative pronoun on the occasion, not the start of a
    # reported clause: the quotation is the whole content.
    assert statement_rows(text) == [("the envoy", "told", "\u201cThe loan is signed,\u201d")]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # A place set off by commas after the appositive or relative clause belongs to it.
        (
            "Awa Sangaré, a trader in Sikasso, in southern Mali, said prices had doubled.",
            "Awa Sangaré, a trader in Sikasso, in southern Mali,",
        ),
        (
            "Awa Sangaré, who runs a cooperative in Sikasso, in southern Mali, said prices had doubled.",
            "Awa Sangaré",
        ),
    ],
)
def test_place_after_an_appositive_stays_in_it(text: str, source: str, statement_rows: Rows) -> None:
    assert [row[0] for row in statement_rows(text)] == [source]


def test_an_aside_with_in_that_names_no_place_is_left_out(statement_rows: Rows) -> None:
    text = "The ministry, in a statement released late Monday, said the two sides met in Bamako."
    assert statement_rows(text) == [("The ministry", "said", "the two sides met in Bamako")]


def test_place_after_a_clause_is_no_source(statement_rows: Rows) -> None:
    text = "The talks went well, in Bamako, officials said."
    assert statement_rows(text) == [("officials", "said", "The talks went well, in Bamako")]
