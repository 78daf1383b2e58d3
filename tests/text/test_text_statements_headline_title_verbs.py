"""
A title-case headline's subject ends at its first verb.

"Ghana's Mahama Visits Nigeria, Urges Joint Push Against Sahel Militants": every word is
capitalised, so the subject of "Urges" used to run over "Visits Nigeria" (and "Joint Push"
was taken for a source after the verb). A verb of travel or meeting ends the subject, and
only a verb that inverts ("..., Says Pant") looks for its source after it. Lower-case
headlines, lists of names as the subject, and inverting verbs are unchanged.

The paragraphs are written for these tests (invented events; real-sounding names).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from collections.abc import Callable

    Rows = Callable[[str], list[tuple[str | None, str | None, str]]]

_BODY = (
    "\n\nSenegalese President Bassirou Diomaye Faye met Gambian President Adama Barrow in Banjul on Tuesday."
)


@pytest.mark.parametrize(
    ("headline", "row"),
    [
        (
            "Senegal's Faye Visits Gambia, Urges Faster Work on Trans-Gambia Bridge",
            ("Senegal's Faye", "Urges", "Faster Work on Trans-Gambia Bridge"),
        ),
        (
            "Barrow Hosts Faye in Banjul, Calls for Joint Fisheries Patrols",
            ("Barrow", "Calls for", "Joint Fisheries Patrols"),
        ),
        (
            "Senegal, Gambia Sign Fisheries Pact, Urge Joint Patrols",
            ("Senegal, Gambia", "Urge", "Joint Patrols"),
        ),
        (
            "Barrow hosts Faye in Banjul, urges joint patrols",
            ("Barrow", "urges", "joint patrols"),
        ),
    ],
)
def test_the_subject_stops_at_the_first_verb(
    headline: str, row: tuple[str, str, str], statement_rows: Rows
) -> None:
    assert [r for r in statement_rows(headline + _BODY) if r[2] in headline] == [row]


def test_a_headline_source_after_an_inverting_verb_stays(statement_rows: Rows) -> None:
    headline = "Bridge Will Open in March, Says Barrow"
    assert [r for r in statement_rows(headline + _BODY) if r[2] in headline] == [
        ("Barrow", "Says", "Bridge Will Open in March")
    ]


@pytest.mark.parametrize(
    ("headline", "rows"),
    [
        (
            "Faye rejects fishing quotas, says Senegal will set its own",
            [("Faye", "rejects", "fishing quotas"), ("Faye", "says", "Senegal will set its own")],
        ),
        (
            "Barrow Criticizes Delays, Calls for Faster Bridge Works",
            [("Barrow", "Criticizes", "Delays"), ("Barrow", "Calls for", "Faster Bridge Works")],
        ),
    ],
)
def test_two_verbs_sharing_the_subject_split_the_content(
    headline: str, rows: list[tuple[str, str, str]], statement_rows: Rows
) -> None:
    assert [r for r in statement_rows(headline + _BODY) if r[2] in headline] == rows


def test_an_inverted_source_ending_the_headline_stays(statement_rows: Rows) -> None:
    headline = "Gambia wins fishing deal, says minister"
    assert [r for r in statement_rows(headline + _BODY) if r[2] in headline] == [
        ("minister", "says", "Gambia wins fishing deal")
    ]
