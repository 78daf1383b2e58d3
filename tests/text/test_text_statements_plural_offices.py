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
