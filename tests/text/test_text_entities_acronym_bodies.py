"""Bodies named by an acronym before an office, by a region and a collective noun, or by their seat."""

from __future__ import annotations

import pytest

from bilateral.model import Organization, Person
from bilateral.text import extract


def _actors(text: str) -> tuple[dict[str, Person], dict[str, Organization]]:
    actors = extract(text).actors
    return (
        {a.name: a for a in actors if isinstance(a, Person)},
        {a.name: a for a in actors if isinstance(a, Organization)},
    )


def test_an_acronym_before_a_lower_case_office_is_the_body_of_the_office() -> None:
    persons, orgs = _actors("The finance minister and NIS chief Peter Mwangi attended the talks.")
    assert [(r.title, r.of) for r in persons["Peter Mwangi"].roles] == [("Chief", orgs["NIS"].id)]


def test_an_acronym_before_an_office_without_a_name_makes_no_body() -> None:
    persons, orgs = _actors("The envoy will return next week, a NIS official said.")
    assert "NIS" not in orgs
    assert not persons


def test_a_region_before_a_collective_possessive_opens_the_name() -> None:
    persons, orgs = _actors("Oromo People's Democratic Front leader Abebe Tola met the envoy in Addis Ababa.")
    assert "Oromo People's Democratic Front" in orgs
    assert [r.title for r in persons["Abebe Tola"].roles] == ["Leader"]


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Cheong Wa Dae said the summit would be held in Gyeongju.", "Cheong Wa Dae", "KR"),
        ("South Block said the talks had been useful.", "South Block", "IN"),
    ],
)
def test_a_seat_of_government_speaks_for_it(text: str, name: str, country: str) -> None:
    record = extract(text)
    persons = [a for a in record.actors if isinstance(a, Person)]
    orgs = {a.name: a for a in record.actors if isinstance(a, Organization)}
    assert not persons
    assert orgs[name].country == country
    (statement,) = record.statements
    assert statement.speakers == (orgs[name].id,)


def test_the_kurdish_regional_government_is_iraqs() -> None:
    persons, orgs = _actors("Kurdistan Regional Government Prime Minister Dilshad Aziz arrived in Ankara.")
    assert orgs["Kurdistan Regional Government"].country == "IQ"
    assert persons["Dilshad Aziz"].country == "IQ"


def test_the_emiri_diwan_speaks_for_qatar() -> None:
    record = extract("The two leaders discussed Gaza, the Qatari Emiri Diwan said in a statement.")
    orgs = {a.name: a for a in record.actors if isinstance(a, Organization)}
    assert orgs["Emiri Diwan"].country == "QA"


def test_one_word_after_a_titles_complement_is_no_person() -> None:
    persons, _ = _actors("Ana Gomez, director of Colombia Risk Analysis, a consultancy, said so.")
    assert set(persons) == {"Ana Gomez"}


def test_a_seat_of_government_and_its_government_have_distinct_plain_ids() -> None:
    record = extract(
        "Putin met Xi at the Kremlin on Monday. Kremlin spokesman Dmitry Peskov said the talks were useful."
    )
    (org,) = [a for a in record.actors if isinstance(a, Organization)]
    assert org.id == "kremlin"
    assert [p.id for p in record.places if p.name == "Kremlin"] == ["kremlin-place"]
