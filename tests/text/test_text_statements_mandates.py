"""
A promise won at the polls is background, not a statement.

"Lee, who was elected on a pledge to improve ties with Tokyo, ...", "Sheinbaum, who
campaigned on a promise to cut violence, ...": "on a pledge/promise/vow to" after an
election verb tells why someone holds office; no one says it in the story, so the noun
cue gave a statement with no source. "on a/an NOUN to" is no cue now, nor "on his/her NOUN
to" after a verb of an election. The owner's pledge ("renewed his pledge to", "made a
pledge to", "pledged to") is unchanged.

The paragraphs are written for these tests (invented events; real-sounding names).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from collections.abc import Callable

    Rows = Callable[[str], list[tuple[str | None, str | None, str]]]


@pytest.mark.parametrize(
    "text",
    [
        "Lee, who was elected on a pledge to improve ties with Tokyo, met Ishiba in Seoul on Monday.",
        "Sheinbaum, who campaigned on a promise to curb cartel violence, spoke with Carney by phone.",
        "Albanese was re-elected in May on a pledge to steady relations with Beijing.",
        "The president won office on a promise to end the war within a day.",
        "Milei, who swept to power on his vow to slash spending, arrived in Madrid on Friday.",
        "The opposition leader ran on a commitment to rejoin the trade bloc.",
    ],
)
def test_a_mandate_is_no_statement(text: str, statement_rows: Rows) -> None:
    assert statement_rows(text) == []


@pytest.mark.parametrize(
    ("text", "row"),
    [
        ("Lee pledged to improve ties with Tokyo.", ("Lee", "pledged", "to improve ties with Tokyo")),
        (
            "Kishida renewed his pledge to provide $5 billion in aid.",
            ("Kishida", "renewed his pledge", "to provide $5 billion in aid"),
        ),
        (
            "Lee made a pledge to improve ties with Tokyo during the talks.",
            ("Lee", "made a pledge", "to improve ties with Tokyo during the talks"),
        ),
        (
            "The minister reneged on a promise to visit Seoul, officials said.",
            ("officials", "said", "The minister reneged on a promise to visit Seoul"),
        ),
    ],
)
def test_a_pledge_made_in_the_story_stays(text: str, row: tuple[str, str, str], statement_rows: Rows) -> None:
    assert row in statement_rows(text)
