"""
"The department said", "the bank said", "the party said": a body named by its kind alone.

After a body is named ("Mexico's Foreign Relations Department", "the African Development
Bank"), copy goes on with "the department", "the bank". Like "the ministry", the noun refers to
the last organization whose name has it; with none, the phrase has no speaker (never the
country or the last person). Paragraphs written for this test; the events are made up.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bilateral.model import Record

Speakers = Callable[[str | Record], dict[str, list[str]]]


_OPENING = (
    "Honduran President Xiomara Castro met Salvadoran President Nayib Bukele in Tegucigalpa on Monday.\n\n"
)


@pytest.mark.parametrize(
    ("first", "second", "body"),
    [
        (
            "Honduras' Foreign Relations Department said in a statement that the talks were useful.",
            "The department said a border commission would meet in March.",
            "Foreign Relations Department",
        ),
        (
            "The Central American Bank for Economic Integration said it would fund the highway.",
            "The bank said the loan would be signed next month.",
            "Central American Bank for Economic Integration",
        ),
        (
            "Bukele's party, Nuevas Ideas Party, said the visit was historic.",
            "The party said it would back the agreement in Congress.",
            "Nuevas Ideas Party",
        ),
    ],
)
def test_the_kind_noun_is_the_last_body_named_with_it(
    first: str, second: str, body: str, source_speakers: Speakers
) -> None:
    spoken = source_speakers(_OPENING + first + " " + second)
    assert spoken[second.split(" said", 1)[0]] == [body]


def test_a_kind_noun_with_no_body_before_has_no_speaker(source_speakers: Speakers) -> None:
    spoken = source_speakers(_OPENING + "The department said a border commission would meet in March.")
    assert spoken["The department"] == []
