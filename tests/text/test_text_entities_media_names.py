"""Bodies named right after the noun for their kind ("state news agency ONA", "the daily Al Sharq")."""

from __future__ import annotations

import pytest

from bilateral.model import Organization, Person
from bilateral.text import extract


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Zambia's state news agency ZANIS said the talks were useful.", "ZANIS", "ZM"),
        ("The Kuwaiti daily Al Qabas reported that the visit was postponed.", "Al Qabas", "KW"),
        ("The Nairobi-based think tank Amani Forum said the deal was fair.", "Amani Forum", None),
    ],
)
def test_a_name_after_a_noun_for_a_body_is_that_body(text: str, name: str, country: str | None) -> None:
    record = extract(text)
    orgs = {a.name: a for a in record.actors if isinstance(a, Organization)}
    assert orgs[name].country == country
    assert not [a for a in record.actors if isinstance(a, Person)]
    (statement,) = record.statements
    assert statement.speakers == (orgs[name].id,)


def test_a_person_noun_before_a_name_still_makes_a_person() -> None:
    record = extract("Veteran analyst Amina Yusuf said the talks were useful.")
    assert [a.name for a in record.actors if isinstance(a, Person)] == ["Amina Yusuf"]


def test_an_abbreviated_style_before_a_title_names_the_ruler() -> None:
    record = extract(
        "Qatar's Emir Sheikh Tamim bin Hamad Al Thani received the Kenyan President. HH the Amir"
        " said Qatar would invest in Kenya."
    )
    names = {a.id: a.name for a in record.actors}
    assert [names[i] for i in record.statements[-1].speakers] == ["Tamim bin Hamad Al Thani"]


@pytest.mark.parametrize(
    "name", ["Société Nigérienne des Pétroles", "Partido Colorado", "Instituto Nacional de Estadística"]
)
def test_bodies_named_in_french_spanish_or_portuguese_stay_whole(name: str) -> None:
    record = extract(f"The {name} said the deal was fair.")
    assert [a.name for a in record.actors if isinstance(a, Organization)] == [name]


def test_two_agencies_joined_by_and_stay_two() -> None:
    record = extract("Reuters and Agence France-Presse reported the talks.")
    assert sorted(a.name for a in record.actors if isinstance(a, Organization)) == [
        "Agence France-Presse",
        "Reuters",
    ]
