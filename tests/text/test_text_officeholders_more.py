"""
Office holders the list now knows: a foreign leader named without a demonym in an agency's story.

"Colombo, Apr 5 (PTI) ... former president Mahinda Rajapaksa": the Indian agency's home
country was given to a Sri Lankan former president the list did not have. Lines written for
this test; the events are made up.
"""

from __future__ import annotations

import pytest

from bilateral.model import Person
from bilateral.text import extract


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            (
                "Colombo, Apr 5 (PTI) Prime Minister Narendra Modi on Saturday called on former"
                " president Mahinda Rajapaksa."
            ),
            "Mahinda Rajapaksa",
            "LK",
        ),
        (
            "HANOI, Jan. 9 (Xinhua) -- President Thongloun Sisoulith held talks with visiting leaders.",
            "Thongloun Sisoulith",
            "LA",
        ),
    ],
)
def test_a_listed_leader_keeps_their_own_country(text: str, name: str, country: str) -> None:
    persons = {a.name: a for a in extract(text).actors if isinstance(a, Person)}
    assert persons[name].country == country
