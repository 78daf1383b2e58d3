"""
A relative clause without its pronoun on a noun set off after a comma.

"..., a deal both sides hailed as a breakthrough" says who hailed what: the clause's
subject ("both sides") is the source and the noun with the rest of the clause ("a deal
as a breakthrough") the content; the source is no longer the phrase "a deal both sides".
An ordinary source after a comma ("..., a senior Kenyan official said") stays whole, and
the reporter's aside ("..., a charge the ministry denied") gives no statement.

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
            "Lisbon and Rabat signed a water accord on Monday, a deal both sides hailed as a breakthrough.",
            [("both sides", "hailed", "a deal as a breakthrough")],
        ),
        (
            (
                "Arce received Boric at the border town of Colchane, a meeting the two men described "
                "as the start of a new era."
            ),
            [("the two men", "described", "a meeting as the start of a new era")],
        ),
        (
            "The premier flew to Hanoi in June, a visit both governments praised as overdue.",
            [("both governments", "praised", "a visit as overdue")],
        ),
    ],
)
def test_the_subject_of_a_relative_clause_without_pronoun_is_the_source(
    text: str, rows: list[tuple[str, str, str]], statement_rows: Rows
) -> None:
    assert statement_rows(text) == rows


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "The corridor will open in 2028, a senior Kenyan official said.",
            [("a senior Kenyan official", "said", "The corridor will open in 2028")],
        ),
        (
            "The corridor will open in 2028, a spokesman for the ministry said on Friday.",
            [("a spokesman for the ministry", "said", "The corridor will open in 2028")],
        ),
        (
            "The governor said the port was ready, a claim the ministry denied.",
            [("The governor", "said", "the port was ready")],
        ),
    ],
)
def test_ordinary_sources_and_asides_are_unchanged(
    text: str, rows: list[tuple[str, str, str]], statement_rows: Rows
) -> None:
    assert statement_rows(text) == rows


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # The clause's verb reports a clause about the noun: even the noun of a reporter's
        # aside ("a move") is its subject, and a cue before the comma stops there.
        (
            "Seoul and Manila agreed to hold joint patrols, a move analysts said signals a harder line.",
            [
                ("Seoul and Manila", "agreed", "to hold joint patrols"),
                ("analysts", "said", "a move signals a harder line"),
            ],
        ),
        (
            "Ruto and Samia agreed to a single border post, a step both men said could halve waiting times.",
            [
                ("Ruto and Samia", "agreed to", "a single border post"),
                ("both men", "said", "a step could halve waiting times"),
            ],
        ),
        (
            "Lisbon reopened its consulate in Bissau, a decision Rangel said reflects the new ties.",
            [("Rangel", "said", "a decision reflects the new ties")],
        ),
        (
            "Ruto and Samia agreed to a single border post, a plan Samia said would take a year.",
            [
                ("Ruto and Samia", "agreed to", "a single border post"),
                ("Samia", "said", "a plan would take a year"),
            ],
        ),
        # The aside's verb takes the noun as its object: still no statement.
        (
            "Islamabad accuses Kabul of sheltering militants, a charge the Taliban deny.",
            [("Islamabad", "accuses", "Kabul of sheltering militants")],
        ),
        # The verb after the cue is no finite one of the noun's, or the source is whole.
        (
            "Ruto said he would meet Samia, a leader he said in May that he admired.",
            [("Ruto", "said", "he would meet Samia, a leader he said in May that he admired")],
        ),
        (
            "Ruto said the bridge would open in May, a senior Kenyan official told reporters.",
            [("a senior Kenyan official", "told", "Ruto said the bridge would open in May")],
        ),
    ],
)
def test_a_relative_clause_reporting_a_clause_on_its_noun(
    text: str, rows: list[tuple[str, str, str]], statement_rows: Rows
) -> None:
    assert statement_rows(text) == rows


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # A describing verb on the noun: even an aside noun ("a move") is what was described,
        # and "called" with a predicate is a naming, not a phone call.
        (
            "Lima and Quito reopened the border crossing, a move critics called overdue.",
            [("critics", "called", "a move overdue")],
        ),
        (
            "Lima and Quito reopened the border crossing, a step both sides described as historic.",
            [("both sides", "described", "a step as historic")],
        ),
        (
            "Lima and Quito reopened the border crossing, a decision Noboa called long overdue.",
            [("Noboa", "called", "a decision long overdue")],
        ),
        # No predicate: a phone call, and a denial of the noun is still the reporter's aside.
        (
            "Boluarte flew to Tumbes, a city Noboa called on Monday.",
            [],
        ),
        (
            "Lima accuses Quito of hosting smugglers, a charge Noboa denies.",
            [("Lima", "accuses", "Quito of hosting smugglers")],
        ),
    ],
)
def test_a_describing_relative_clause_on_its_noun(
    text: str, rows: list[tuple[str, str, str]], statement_rows: Rows
) -> None:
    assert statement_rows(text) == rows


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # A reduced passive on the noun: the agent after "by" is the source, a name or not.
        (
            "Noboa said he would skip the ceremony, a move welcomed by Lima.",
            [("Noboa", "said", "he would skip the ceremony"), ("Lima", "welcomed", "a move")],
        ),
        (
            "Noboa skipped the ceremony, a decision criticized by opposition lawmakers in Quito.",
            [("opposition lawmakers in Quito", "criticized", "a decision")],
        ),
        (
            "Noboa skipped the ceremony, a step praised by Lima and Bogota on Tuesday.",
            [("Lima and Bogota", "praised", "a step")],
        ),
        # A participle aside inside a subject is no such clause.
        (
            "The accord, signed by both leaders, takes effect in May.",
            [],
        ),
    ],
)
def test_a_reduced_passive_on_a_noun_after_a_comma(
    text: str, rows: list[tuple[str, str, str]], statement_rows: Rows
) -> None:
    assert statement_rows(text) == rows
