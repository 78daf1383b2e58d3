"""
A named subject of a relative clause without its pronoun keeps the head noun in the content.

"..., a request the Polish president said he would take up at NATO": the source walk stops
at "the Polish president", so the noun "a request" (the verb's object) was lost from the
content. After a comma, "a/an" and a noun of a goal or a deal before a named or pronoun
subject, the noun now opens the content, as in "a deal both sides hailed as ...". An
ordinary source after a comma and the reporter's aside ("a charge the Taliban deny") are
unchanged.

The paragraphs are written for these tests (invented events; real-sounding names).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from collections.abc import Callable

    Rows = Callable[[str], list[tuple[str | None, str | None, str]]]


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "Quito asked Lima to reopen the crossing, a request the Peruvian minister said he would study.",
            ("the Peruvian minister", "said", "a request he would study"),
        ),
        (
            'Chile wants a seat at the talks, a goal Boric said he would pursue "without pause."',
            ("Boric", "said", 'a goal he would pursue "without pause."'),
        ),
    ],
)
def test_the_head_noun_opens_the_content(text: str, row: tuple[str, str, str], statement_rows: Rows) -> None:
    assert row in statement_rows(text)


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "Chile wants a seat at the talks, a senior Chilean official said.",
            [("a senior Chilean official", "said", "Chile wants a seat at the talks")],
        ),
        (
            "Lima accuses Quito of harbouring smugglers, a charge the Ecuadorian government denies.",
            [("Lima", "accuses", "Quito of harbouring smugglers")],
        ),
    ],
)
def test_ordinary_sources_and_asides_are_unchanged(
    text: str, rows: list[tuple[str, str, str]], statement_rows: Rows
) -> None:
    assert statement_rows(text) == rows


@pytest.mark.parametrize(
    ("text", "row"),
    [
        # A subject of several capitalised words, or an adjective before a plural noun,
        # is the whole source (it was its last word, the rest joining the content).
        (
            "Vucic flew to Baku on Monday, a trip European Union officials said had not been announced.",
            ("European Union officials", "said", "a trip had not been announced"),
        ),
        (
            "The minister skipped the summit, a move Western diplomats said was meant for voters at home.",
            ("Western diplomats", "said", "a move was meant for voters at home"),
        ),
        # A lower-case plural subject is unchanged.
        (
            "The minister skipped the summit, a move analysts say was meant for voters at home.",
            ("analysts", "say", "a move was meant for voters at home"),
        ),
    ],
)
def test_a_subject_of_several_words_is_the_whole_source(
    text: str, row: tuple[str, str, str], statement_rows: Rows
) -> None:
    assert row in statement_rows(text)


@pytest.mark.parametrize(
    ("text", "row"),
    [
        # A named subject with "says" (never a plural noun) before the relative verb.
        (
            "Accra accuses Lomé of hosting the rebels, a charge Lomé says is baseless.",
            ("Lomé", "says", "a charge is baseless"),
        ),
        (
            "The deal, which Kampala says is overdue, was signed on Friday.",
            ("Kampala", "says", "which is overdue"),
        ),
        # A subject with its article stays whole.
        (
            "Accra accused Lomé of hosting the rebels, a charge the junta said was baseless.",
            ("the junta", "said", "a charge was baseless"),
        ),
    ],
)
def test_says_and_article_subjects_of_a_gap_clause(
    text: str, row: tuple[str, str, str], statement_rows: Rows
) -> None:
    assert row in statement_rows(text)
