"""People the lexicons do not know, recognised from what the sentence says about them."""

from __future__ import annotations

import pytest

from bilateral.model import Country, Person
from bilateral.text import extract


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Marta Okonkwo-Lind told reporters on Monday that the talks had been useful.", "Marta Okonkwo-Lind"),
        ("Tomas Verhagen told VOA the visit was overdue.", "Tomas Verhagen"),
        ("Ilkka Raunio later told the committee that no deal was near.", "Ilkka Raunio"),
    ],
)
def test_told_after_an_unknown_name_makes_a_person(sentence: str, name: str) -> None:
    record = extract(sentence)
    persons = [a for a in record.actors if isinstance(a, Person)]
    assert [p.name for p in persons] == [name]
    (statement,) = record.statements
    assert statement.speakers == (persons[0].id,)


def test_told_after_a_country_makes_no_person() -> None:
    record = extract("Kenya told the meeting that it would send more troops.")
    assert not [a for a in record.actors if isinstance(a, Person)]
    assert [a.name for a in record.actors if isinstance(a, Country)] == ["Kenya"]
