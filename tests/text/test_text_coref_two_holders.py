"""
"President Biden met President Xi ... The president said": two holders of the very title.

With two sitting presidents (or prime ministers) of different countries in view, "the
president" is neither rather than the last one named, unless the dateline or the agency
makes one the home country's. Paragraphs written for these tests; some names are made up.
"""

from __future__ import annotations

import pytest

from bilateral.model import Source
from bilateral.text import default_pipeline


def _speakers(text: str) -> list[tuple[str, ...]]:
    record = default_pipeline().extract(Source(text=text))
    names = {a.id: a.name for a in record.actors}
    return [tuple(names[x] for x in s.speakers) for s in record.statements if s.cue is not None]


@pytest.mark.parametrize(
    ("lede", "noun"),
    [
        ("Chilean President Gabriel Boric met Argentine President Javier Milei in Santiago.", "president"),
        ("President John Doe met President Richard Roe in Geneva on Monday.", "president"),
        ("Prime Minister Jane Roe met Prime Minister Mark Major in Oslo on Monday.", "prime minister"),
    ],
)
def test_two_holders_of_the_title_give_no_speaker(lede: str, noun: str) -> None:
    text = f"{lede}\n\nThe {noun} said the two countries must keep talking.\n"
    assert _speakers(text) == [()]


def test_the_datelines_country_makes_one_the_home_president() -> None:
    text = (
        "SANTIAGO, Chile (AP) — President Gabriel Boric met Argentine President Javier Milei on Monday.\n\n"
        "The president said the two countries must keep talking.\n"
    )
    assert _speakers(text) == [("Gabriel Boric",)]


@pytest.mark.parametrize(
    ("lede", "speaker"),
    [
        # Near misses: one president and a prime minister; a former president is no rival.
        (
            "Chilean President Gabriel Boric met Spanish Prime Minister Pedro Sanchez in Madrid on Monday.",
            "Gabriel Boric",
        ),
        (
            "Chilean President Gabriel Boric met former Argentine President Mauricio Macri in Santiago.",
            "Gabriel Boric",
        ),
    ],
)
def test_one_sitting_holder_is_still_the_one_meant(lede: str, speaker: str) -> None:
    text = f"{lede}\n\nThe president said the two countries must keep talking.\n"
    assert _speakers(text) == [(speaker,)]
