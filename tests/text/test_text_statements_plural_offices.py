"""
A plural office of two countries as a statement's source.

"The prime ministers of the UK and Ireland have agreed ...", "The foreign ministers of
Chile and Peru said ...": the countries joined by "and" after "of" belong to the office
words before them, so the source is the whole phrase (which names both office holders),
not the last country alone. A first conjunct after another preposition stays its object
("the port of Aden and Yemeni officials said"), and a singular office or a plural noun
that is no office ("Residents of Gaza and Cairo") is unchanged.

The paragraphs are written for these tests (invented events; real-sounding names).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from collections.abc import Callable

    Rows = Callable[[str], list[tuple[str | None, str | None, str]]]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "The prime ministers of Latvia and Estonia have agreed to share radar data.",
            "The prime ministers of Latvia and Estonia",
        ),
        (
            "On Monday the defense ministers of Ghana and Togo said the border patrols would resume.",
            "the defense ministers of Ghana and Togo",
        ),
        (
            "Both foreign ministers of Chile and Bolivia said the talks had gone well.",
            "Both foreign ministers of Chile and Bolivia",
        ),
        (
            "The leaders of Kenya and Uganda pledged to finish the railway link by 2030.",
            "The leaders of Kenya and Uganda",
        ),
    ],
)
def test_plural_office_of_two_countries_is_the_source(text: str, source: str, statement_rows: Rows) -> None:
    assert [row[0] for row in statement_rows(text)] == [source]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # Another preposition's object before "and" is no conjunct of the source.
        ("Warplanes struck the port of Aden and Yemeni officials said ten people died.", "Yemeni officials"),
        # Not an office: the nouns name residents, not holders.
        ("Residents of Gaza and Rafah said the crossing was shut.", "Residents of Gaza and Rafah"),
        # A singular office of one country is unchanged.
        ("The prime minister of Latvia said the radar would be shared.", "The prime minister of Latvia"),
    ],
)
def test_other_phrases_keep_their_source(text: str, source: str, statement_rows: Rows) -> None:
    assert [row[0] for row in statement_rows(text)] == [source]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # "for" after an office word names its portfolio, as "to" names a posting.
        ("The minister for foreign affairs said the talks went well.", "The minister for foreign affairs"),
        (
            "The EU commissioner for enlargement told reporters the talks had gone well.",
            "The EU commissioner for enlargement",
        ),
        # After another noun, "for" opens a clause's modifier, not a source's.
        ("Support for the deal grew, the minister said.", "the minister"),
    ],
)
def test_office_with_its_portfolio_is_the_source(text: str, source: str, statement_rows: Rows) -> None:
    assert [row[0] for row in statement_rows(text)] == [source]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # "state" after "of" is a noun, not the verb "to state": the office is the source.
        ("The head of state said the talks had gone well.", "The head of state"),
        ("The secretary of state told reporters the talks had gone well.", "The secretary of state"),
        ("Heads of state said the summit had been a success.", "Heads of state"),
        (
            "Oman's minister of state for foreign affairs said the talks had gone well.",
            "Oman's minister of state for foreign affairs",
        ),
    ],
)
def test_office_ending_in_of_state_is_the_source(text: str, source: str, statement_rows: Rows) -> None:
    assert [row[0] for row in statement_rows(text)] == [source]


def test_a_verb_after_a_noun_still_ends_the_source(statement_rows: Rows) -> None:
    text = "The ministry spoke of concern and said the talks had failed."
    assert statement_rows(text) == [("The ministry", "said", "the talks had failed")]
