"""
A list of areas sharing one head noun: "in the economic, trade and investment fields".

Gulf agencies (WAM, SPA, ONA, KUNA) close readouts with such lists; the areas are the topics,
the head ("fields", "sectors") says only that they are areas. The first area may close a phrase
("ways of enhancing them in the economic, ..."), and a vague last one ("and other areas") is
none. A single area with its noun ("cooperation in the energy sector") stays one topic.

The phrases were written for these tests in the style of the Gulf agencies.
"""

from __future__ import annotations

import pytest

from bilateral.text._meetings import _split_topics


@pytest.mark.parametrize(
    ("phrase", "topics"),
    [
        ("the economic, investment and energy fields", ["economic", "investment", "energy"]),
        ("the health and education sectors", ["health", "education"]),
        (
            (
                "the brotherly relations and ways of enhancing them in the economic, trade and "
                "investment fields, as well as the latest developments in the region"
            ),
            ["brotherly relations", "economic", "trade", "investment", "latest developments in the region"],
        ),
        (
            "cooperation in the economy, trade, energy, infrastructure and other areas",
            ["economy", "trade", "energy", "infrastructure"],
        ),
    ],
)
def test_the_areas_of_a_shared_head_are_the_topics(phrase: str, topics: list[str]) -> None:
    assert _split_topics(phrase) == topics


@pytest.mark.parametrize(
    ("phrase", "topics"),
    [
        ("cooperation in the energy sector", ["cooperation in the energy sector"]),
        ("trade and cooperation in the mining sector", ["trade", "cooperation in the mining sector"]),
        ("a full and unconditional ceasefire", ["full and unconditional ceasefire"]),
    ],
)
def test_one_area_or_an_adjective_list_is_unchanged(phrase: str, topics: list[str]) -> None:
    assert _split_topics(phrase) == topics


@pytest.mark.parametrize(
    ("phrase", "topics"),
    [
        (
            (
                "freedom of navigation, efforts to recover the remains of service members missing "
                "since the war in the 1960s, and the removal of unexploded ordnance"
            ),
            ["freedom of navigation", "removal of unexploded ordnance"],
        ),
        ("security, trade, and energy", ["security", "trade", "energy"]),
    ],
)
def test_one_over_long_item_of_a_comma_list_is_left_out(phrase: str, topics: list[str]) -> None:
    assert _split_topics(phrase) == topics


def test_a_long_phrase_joined_by_and_stays_one() -> None:
    # Negative: without commas around every item, "and" may join two clauses of one phrase.
    phrase = "ways to build trust between the two navies after years of friction and to keep talking"
    assert _split_topics(phrase) != ["to keep talking"]
    assert len(_split_topics(phrase)) <= 1
