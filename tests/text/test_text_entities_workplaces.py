"""Analysts placed at a body, and bodies named after a country ("the Japan Program")."""

from __future__ import annotations

import pytest

from bilateral.model import Organization, Person
from bilateral.text import extract


def _actors(text: str) -> tuple[dict[str, Person], dict[str, Organization]]:
    actors = extract(text).actors
    persons = {a.name: a for a in actors if isinstance(a, Person)}
    orgs = {a.name: a for a in actors if isinstance(a, Organization)}
    return persons, orgs


def test_a_noun_placed_at_an_institute_is_a_person_not_the_institute() -> None:
    record = extract(
        "Adaeze Okonkwo, a programme coordinator at the Institute for Security Studies in Pretoria,"
        " said the deployment was risky. \u201cIt could have gone wrong,\u201d she told VOA."
    )
    persons = {a.name: a for a in record.actors if isinstance(a, Person)}
    orgs = {a.name: a for a in record.actors if isinstance(a, Organization)}
    assert "Adaeze Okonkwo" not in orgs
    person = persons["Adaeze Okonkwo"]
    assert [(r.title, r.of) for r in person.roles] == [
        ("Coordinator", orgs["Institute for Security Studies"].id)
    ]
    assert [s.speakers for s in record.statements] == [(person.id,), (person.id,)]


def test_an_organization_in_apposition_still_makes_an_organization() -> None:
    persons, orgs = _actors("Kala Insights, a Nairobi consultancy, said exports would fall.")
    assert "Kala Insights" in orgs
    assert not persons


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Emeka Obi, co-director of the Nigeria Program at the Wilson Center, said so.", "Nigeria Program"),
        (
            "The loan came from the Kuwait Fund for Arab Economic Development.",
            "Kuwait Fund for Arab Economic Development",
        ),
        ("The Qatar Foundation said it would pay for the school.", "Qatar Foundation"),
        ("Researchers at the Congo Research Group said attacks fell.", "Congo Research Group"),
    ],
)
def test_a_country_that_begins_a_fund_program_or_group_stays_in_its_name(text: str, org: str) -> None:
    _, orgs = _actors(text)
    assert org in orgs


def test_a_country_before_a_generic_body_still_qualifies_it() -> None:
    _, orgs = _actors("The Kenyan Foreign Ministry said the talks would resume.")
    assert "Foreign Ministry" in orgs
    assert orgs["Foreign Ministry"].country == "KE"


def test_co_director_is_a_title_of_the_program() -> None:
    persons, orgs = _actors("Emeka Obi, co-director of the Nigeria Program at the Wilson Center, said so.")
    assert [(r.title, r.of) for r in persons["Emeka Obi"].roles] == [
        ("Co-Director", orgs["Nigeria Program"].id)
    ]


@pytest.mark.parametrize(
    ("text", "person", "org"),
    [
        (
            "Another analyst, Amina Diallo of Cheikh Anta Diop University, said the deal was fair.",
            "Amina Diallo",
            "Cheikh Anta Diop University",
        ),
        (
            "Jomo Otieno of Strathmore Business School told VOA the tariffs would hurt.",
            "Jomo Otieno",
            "Strathmore Business School",
        ),
    ],
)
def test_a_name_placed_by_of_and_a_workplace_is_two_names(text: str, person: str, org: str) -> None:
    persons, orgs = _actors(text)
    assert person in persons
    assert org in orgs


@pytest.mark.parametrize(
    "name", ["Bank of Ghana", "University of Nairobi", "Organization of American States"]
)
def test_a_head_word_before_of_keeps_one_name(name: str) -> None:
    _, orgs = _actors(f"The {name} said the talks were useful.")
    assert name in orgs


def test_the_head_of_a_unit_at_a_body_is_of_that_body() -> None:
    persons, orgs = _actors(
        "Lina Haddad, who heads the Gulf program at the Carnegie Endowment for International Peace,"
        " said the talks were useful."
    )
    ((title, of),) = [(r.title, r.of) for r in persons["Lina Haddad"].roles]
    assert title == "Head of Gulf Program"
    assert of == orgs["Carnegie Endowment for International Peace"].id


def test_a_unit_without_a_body_gives_no_role() -> None:
    persons, _ = _actors("Lina Haddad, who heads a research group in Amman, said the talks were useful.")
    assert persons["Lina Haddad"].roles == ()
