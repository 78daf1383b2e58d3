"""
A tag right after a relative pronoun ("..., who, he said, were keen to invest").

The pronoun opens the content, as a subject before a mid-sentence tag does ("Serbia, Vucic
noted, is grateful"); the main clause before it is the reporter's. The resumed relative
clause ends at its closing comma, before the sentence's own verb.

The paragraphs are written for these tests (invented events).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from collections.abc import Callable

    Rows = Callable[[str], list[tuple[str | None, str | None, str]]]

_HEAD = "Talks in Accra\n\n"


@pytest.mark.parametrize(
    ("sentence", "row"),
    [
        (
            "Mahama also met Japanese business leaders, who, he said, were keen to invest.",
            ("he", "said", "who were keen to invest"),
        ),
        (
            "The port, which, officials say, will open in 2027, was built by a Chinese firm.",
            ("officials", "say", "which will open in 2027"),
        ),
    ],
)
def test_tag_after_a_relative_pronoun(sentence: str, row: tuple[str, str, str], statement_rows: Rows) -> None:
    assert statement_rows(_HEAD + sentence) == [row]


@pytest.mark.parametrize(
    ("sentence", "row"),
    [
        (
            "Mahama met the investors, who he said were keen to build a refinery.",
            ("he", "said", "who were keen to build a refinery"),
        ),
        (
            "The envoy, who officials say was recalled last week, did not attend.",
            ("officials", "say", "who was recalled last week"),
        ),
    ],
)
def test_source_inside_a_who_clause(sentence: str, row: tuple[str, str, str], statement_rows: Rows) -> None:
    assert statement_rows(_HEAD + sentence) == [row]


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        # "put" reports only in "as X put it": the relative clause before the tag is an
        # aside of the main clause, which the tag covers.
        (
            (
                'The envoys also discussed the fishing accord, which Senegal put "on hold" in May, '
                "according to a Mauritanian official."
            ),
            'The envoys also discussed the fishing accord, which Senegal put "on hold" in May',
        ),
        (
            (
                "The envoys also discussed the fishing accord, which Senegal put on hold in May, a "
                "Mauritanian official said."
            ),
            "The envoys also discussed the fishing accord, which Senegal put on hold in May",
        ),
    ],
)
def test_put_in_a_relative_clause_is_no_cue(sentence: str, content: str, statement_rows: Rows) -> None:
    assert [row[2] for row in statement_rows(_HEAD + sentence)] == [content]


def test_relative_clause_with_a_reporting_verb_stands_alone(statement_rows: Rows) -> None:
    sentence = (
        "The envoys met in Nouakchott on the fishing accord, which Senegal described as dead, "
        "according to a Mauritanian official."
    )
    assert [row[2] for row in statement_rows(_HEAD + sentence)][-1] == "which Senegal described as dead"
