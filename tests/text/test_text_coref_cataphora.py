"""Possessives in a phrase that opens a sentence look ahead to its subject ("For his part, X said")."""

from __future__ import annotations

import pytest

from bilateral.model import Person
from bilateral.text import extract


def _speakers(text: str) -> list[list[str]]:
    record = extract(text)
    names = {a.id: a.name for a in record.actors if isinstance(a, Person)}
    return [[names[i] for i in s.speakers] for s in record.statements]


@pytest.mark.parametrize(
    "opening",
    ["For his part, Nurlan Sadykov", "In his address to the forum, Sadykov", "During his visit, Sadykov"],
)
def test_the_possessive_is_the_subjects_and_he_follows_it(opening: str) -> None:
    text = (
        "Foreign Minister Wang Yi met Kazakh Foreign Minister Nurlan Sadykov in Beijing on Monday."
        " Wang said the two countries were good neighbours. "
        + opening
        + " said Kazakhstan valued the partnership. He added that trade would double."
    )
    assert _speakers(text)[-1] == ["Nurlan Sadykov"]


def test_a_possessive_before_a_named_object_keeps_its_antecedent() -> None:
    text = (
        "Foreign Minister Wang Yi met Kazakh Foreign Minister Nurlan Sadykov in Beijing on Monday."
        " Sadykov said trade was growing. In his talks with Wang, the minister praised the"
        " partnership. He added that trade would double."
    )
    assert _speakers(text)[-1] == ["Nurlan Sadykov"]
