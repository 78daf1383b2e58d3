"""
A participle cue after a quotation that closes with its comma ('"soon," adding that ...').

American style puts the comma closing a clause inside the quotation marks; the participle
after it ("adding", "saying", "noting") goes on with the same source, as it does after a
plain comma, and the first content keeps its closing quotation mark.

The paragraphs are written for these tests (invented events).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from collections.abc import Callable

    Rows = Callable[[str], list[tuple[str | None, str | None, str]]]

_HEAD = "Talks in Muscat\n\n"


@pytest.mark.parametrize(
    ("sentence", "rows"),
    [
        (
            (
                'Al Busaidi told state television that talks could resume "in the coming weeks," '
                "adding that the venue had not been decided."
            ),
            [
                ("Al Busaidi", "told", 'that talks could resume "in the coming weeks,"'),
                ("Al Busaidi", "adding", "that the venue had not been decided"),
            ],
        ),
        (
            "The envoy called the meeting “useful,” saying both sides wanted calm.",
            [
                ("The envoy", "called", "the meeting “useful,”"),
                ("The envoy", "saying", "both sides wanted calm"),
            ],
        ),
        # A plain comma, as before.
        (
            "The envoy said talks could resume soon, adding that no date was set.",
            [
                ("The envoy", "said", "talks could resume soon"),
                ("The envoy", "adding", "that no date was set"),
            ],
        ),
    ],
)
def test_participle_after_a_quoted_comma(
    sentence: str, rows: list[tuple[str, str, str]], statement_rows: Rows
) -> None:
    assert statement_rows(_HEAD + sentence) == rows


def test_a_participle_adjective_after_a_quotation_is_no_cue(statement_rows: Rows) -> None:
    text = _HEAD + 'The deal was described as "historic," raising hopes of a settlement.'
    assert [row[1] for row in statement_rows(text)] == ["was described"]
