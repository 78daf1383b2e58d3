"""
Where the source after "according to" ends: a time adverbial or the main clause's verb.

"..., according to his spokesperson on Tuesday.": "on Tuesday" (or "last week", "earlier
today") says when, not who, so it is no part of the source; "The talks, which lasted two
hours according to her spokesperson, ended without a deal": with no comma before the tag,
a finite verb after the comma is the main clause's and ends the source. The possessor or
"for X" stays as written ("a spokeswoman for the ministry", "his spokesperson").

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
        ("The call lasted an hour, according to his spokesperson on Thursday.", "his spokesperson"),
        (
            "Manila will skip the forum, according to a spokeswoman for the ministry on Monday.",
            "a spokeswoman for the ministry",
        ),
        ("The envoy left Doha, according to a spokesman for the emir last week.", "a spokesman for the emir"),
        (
            "The summit, which ran two hours over according to her spokesperson, ended without a deal.",
            "her spokesperson",
        ),
        (
            "Hanoi has no plans to respond, according to a spokeswoman for the Ministry of Foreign Affairs.",
            "a spokeswoman for the Ministry of Foreign Affairs",
        ),
        (
            "According to his spokesperson, the president will not travel to Kyiv this month.",
            "his spokesperson",
        ),
    ],
)
def test_the_source_is_the_phrase_after_according_to(text: str, source: str, statement_rows: Rows) -> None:
    assert [row[0] for row in statement_rows(text)] == [source]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "The envoy left Doha, according to a spokesman for the embassy in Tokyo.",
            "a spokesman for the embassy in Tokyo",
        ),
        ("The envoy left Doha, according to a report on this week's talks.", "a report on this week's talks"),
        (
            "The envoy left Doha, according to Anwar Ali, a spokesman for the emir.",
            "Anwar Ali, a spokesman for the emir",
        ),
    ],
)
def test_the_rest_of_the_phrase_stays(text: str, source: str, statement_rows: Rows) -> None:
    assert [row[0] for row in statement_rows(text)] == [source]
