"""Headlines that name two countries' leaders by their countries ("Kenya, Uganda leaders agree ...")."""

from __future__ import annotations

import pytest

from bilateral.model import Group
from bilateral.text import extract

_STORY = (
    "\n\nKenyan President William Ruto and Ugandan President Yoweri Museveni agreed on Monday to"
    " extend the oil pipeline, officials said."
)


@pytest.mark.parametrize(
    "headline",
    ["Kenya, Uganda leaders urge faster pipeline work", "Kenyan, Ugandan leaders urge faster pipeline work"],
)
def test_the_leaders_of_two_countries_in_a_headline_are_the_storys_leaders(headline: str) -> None:
    record = extract(headline + _STORY)
    names = {a.id: a.name for a in record.actors}
    first = record.statements[0]
    assert sorted(names[i] for i in first.speakers) == ["William Ruto", "Yoweri Museveni"]
    assert not [a for a in record.actors if isinstance(a, Group) and a.name.endswith("leaders")]


def test_a_country_without_a_named_leader_leaves_the_group() -> None:
    record = extract("Kenya, Chad leaders urge faster pipeline work" + _STORY)
    assert [a.name for a in record.actors if isinstance(a, Group)] == ["Chad leaders"]
