"""
"The outgoing prime minister said": a definite office after "outgoing", "acting", "interim".

Those words still mean the office's sitting holder, so the phrase refers back as "the prime
minister" does; "the former prime minister" and "an acting minister" do not. Paragraphs
written for these tests; some names are made up.
"""

from __future__ import annotations

import pytest

from bilateral.model import Source
from bilateral.text import default_pipeline

_LEDE = (
    "Japanese Prime Minister Fumio Kishida met South Korean President Yoon Suk Yeol in Seoul on Friday.\n\n"
)


def _speakers(body: str, lede: str = _LEDE) -> list[tuple[str, ...]]:
    record = default_pipeline().extract(Source(text=lede + body))
    names = {a.id: a.name for a in record.actors}
    return [tuple(names[x] for x in s.speakers) for s in record.statements]


@pytest.mark.parametrize("prefix", ["outgoing", "interim", "acting", "caretaker"])
def test_a_sitting_prefix_still_refers_to_the_office_holder(prefix: str) -> None:
    assert _speakers(f"The {prefix} prime minister said the two countries had turned a page.") == [
        ("Fumio Kishida",)
    ]


def test_after_a_fronted_phrase() -> None:
    body = "After the talks, the outgoing prime minister told reporters the visit had been useful."
    assert _speakers(body) == [("Fumio Kishida",)]


def test_a_titled_name_with_a_prefix_keeps_its_office() -> None:
    lede = "Peru's acting Foreign Minister Mark Major met Chilean Foreign Minister Alberto van Klaveren.\n\n"
    assert _speakers("The acting foreign minister said the talks had gone well.", lede) == [("Mark Major",)]


@pytest.mark.parametrize(
    "body",
    [
        # Near misses: a past holder is someone else; an indefinite phrase names no one.
        "The former prime minister said the two countries had turned a page.",
        "An acting prime minister would be named on Monday, officials said.",
    ],
)
def test_no_sitting_holder_for_a_past_or_indefinite_office(body: str) -> None:
    assert ("Fumio Kishida",) not in _speakers(body)


@pytest.mark.parametrize("qualifier", ["junta", "military", "transitional"])
def test_a_qualified_office_is_the_one_who_holds_that_very_office(qualifier: str) -> None:
    lede = "Ghana's President John Mahama hosted Burkina Faso's military leader Ibrahim Traore in Accra.\n\n"
    body = f"The {qualifier} leader said his government was committed to civilian rule."
    assert _speakers(body, lede) == [("Ibrahim Traore",)]


def test_an_unqualified_leader_is_still_the_last_leader_named() -> None:
    # Near miss: "the Ghanaian leader" is the president, by his country.
    lede = "Ghana's President John Mahama hosted Burkina Faso's military leader Ibrahim Traore in Accra.\n\n"
    assert _speakers("The Ghanaian leader said the talks were useful.", lede) == [("John Mahama",)]
