"""
A "Minister for X" title after an inverted cue is the whole source.

"..., said Minister for Trade and Industry Gan Kim Yong.": the inverted source stopped at
the first preposition, so the source was "Minister". "for" after a capitalized office word
("Minister", "Secretary", "Minister of State") and before a capitalized portfolio now goes
on with the title, as it already did before the verb. "for" after a name ("said Gan for
the second time") still ends the source.

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
            '"Our doors stay open to investors," said Minister for Trade and Industry Tan See Leng.',
            "Minister for Trade and Industry Tan See Leng",
        ),
        (
            '"The ties run deep," said Minister for Foreign Affairs Ong Ye Kung, who landed on Monday.',
            "Minister for Foreign Affairs Ong Ye Kung",
        ),
        (
            '"We are open," said Secretary for Commerce and Economic Development Paul Chan.',
            "Secretary for Commerce and Economic Development Paul Chan",
        ),
        (
            '"We value this partnership," said Minister of State for Foreign Affairs Sim Ann in Jakarta.',
            "Minister of State for Foreign Affairs Sim Ann",
        ),
        (
            "Minister for Trade and Industry Tan See Leng said Singapore would seek talks with Washington.",
            "Minister for Trade and Industry Tan See Leng",
        ),
    ],
)
def test_the_portfolio_stays_in_the_source(text: str, source: str, statement_rows: Rows) -> None:
    assert source in [row[0] for row in statement_rows(text)]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ('"We will keep talking," said Tan for the second time that day.', "Tan"),
        ('"We will keep talking," said Tan See Leng for Singapore.', "Tan See Leng"),
        ('"We will keep talking," said the minister for the second time.', "the minister"),
    ],
)
def test_for_after_a_name_still_ends_it(text: str, source: str, statement_rows: Rows) -> None:
    assert [row[0] for row in statement_rows(text)] == [source]
