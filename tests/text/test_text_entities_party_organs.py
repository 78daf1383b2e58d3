"""
"General Secretary of the Communist Party of Vietnam (CPV) Central Committee To Lam".

State agencies write a party post with the party's acronym in brackets and the organ the post
belongs to before the name. Both are part of the title: the name after them is the person,
and the organ is no organization of its own that meets anyone. Lines written for this test.
"""

from __future__ import annotations

import pytest

from bilateral.model import Organization, Person
from bilateral.text import extract


@pytest.mark.parametrize(
    ("text", "name", "party"),
    [
        (
            (
                "General Secretary of the Communist Party of Vietnam (CPV) Central Committee Tran Van Minh"
                " held talks in Vientiane on Thursday."
            ),
            "Tran Van Minh",
            "communist-party-of-vietnam",
        ),
        (
            (
                "General Secretary of the Communist Party of China (CPC) Central Committee Li Wei met the"
                " visiting delegation on Friday."
            ),
            "Li Wei",
            "communist-party-of-china",
        ),
    ],
)
def test_the_acronym_and_the_organ_belong_to_the_title(text: str, name: str, party: str) -> None:
    record = extract(text)
    (person,) = [a for a in record.actors if isinstance(a, Person)]
    assert person.name == name
    assert [(r.title, r.of) for r in person.roles] == [("General Secretary", party)]
    assert "Central Committee" not in [a.name for a in record.actors if isinstance(a, Organization)]


def test_a_capitalised_side_word_opening_a_sentence_is_no_part_of_the_partys_name() -> None:
    record = extract(
        "Opposition Sri Lankan Freedom Party leader Mahinda Amaraweera said the deal was rushed."
    )
    actors = {a.name: a for a in record.actors}
    party = actors["Sri Lankan Freedom Party"]
    assert party.country == "LK"
    leader = actors["Mahinda Amaraweera"]
    assert isinstance(leader, Person)
    assert leader.country == "LK"
    assert "Opposition Sri Lankan Freedom Party" not in actors


def test_opposition_before_a_title_is_still_the_title() -> None:
    record = extract("Opposition leader Sajith Premadasa said the deal was rushed.")
    (leader,) = [a for a in record.actors if isinstance(a, Person)]
    assert [r.title for r in leader.roles] == ["Opposition Leader"]
