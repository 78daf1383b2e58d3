"""A counterpart named in apposition with a rank or courtesy title before the name."""

from __future__ import annotations

import pytest

from bilateral.model import Group, Person
from bilateral.text import extract


@pytest.mark.parametrize(
    ("text", "name", "title", "country"),
    [
        (
            (
                "Thai Defense Minister Somchai Wongsa flew to Jakarta to meet his Indonesian"
                " counterpart, General Budi Santoso, on Tuesday."
            ),
            "Budi Santoso",
            "Defense Minister",
            "ID",
        ),
        (
            (
                "Omani Foreign Minister Salim Al-Harthy met his Qatari counterpart, Sheikh Khalid"
                " bin Jassim Al Thani, in Muscat."
            ),
            "Khalid bin Jassim Al Thani",
            "Foreign Minister",
            "QA",
        ),
    ],
)
def test_the_counterpart_is_the_person_named_after_the_rank(
    text: str, name: str, title: str, country: str
) -> None:
    record = extract(text)
    persons = {a.name: a for a in record.actors if isinstance(a, Person)}
    assert [r.title for r in persons[name].roles] == [title]
    assert persons[name].country == country
    # No group "Indonesian counterpart" beside the person.
    assert not [a for a in record.actors if isinstance(a, Group)]


def test_a_rank_after_an_office_and_a_comma_is_still_read_as_before() -> None:
    record = extract("The army chief, General Musa Danjuma, told reporters the border was calm.")
    persons = {a.name: a for a in record.actors if isinstance(a, Person)}
    assert "Musa Danjuma" in persons


@pytest.mark.parametrize(
    ("text", "name", "title", "country"),
    [
        (
            "Ghana's Chief of Defence Staff, Vice Admiral Seth Amoama, hosted the talks in Accra.",
            "Seth Amoama",
            "Chief of Defence Staff",
            "GH",
        ),
        (
            "Bangladesh's Chief of Army Staff, Gen. Aziz Ahmed, flew to Delhi on Sunday.",
            "Aziz Ahmed",
            "Chief of Army Staff",
            "BD",
        ),
        (
            "The Chief of the Air Staff, Air Marshal Tariq Khan, said the jets were ready.",
            "Tariq Khan",
            "Chief of the Air Staff",
            None,
        ),
    ],
)
def test_a_service_chief_named_with_a_rank_after_a_comma_holds_the_office(
    text: str, name: str, title: str, country: str | None
) -> None:
    record = extract(text)
    persons = {a.name: a for a in record.actors if isinstance(a, Person)}
    assert title in [r.title for r in persons[name].roles]
    assert persons[name].country == country
    # "Staff" is the end of the office, no surname.
    assert "Staff" not in persons


def test_a_rank_after_another_office_and_a_comma_gets_no_service_office() -> None:
    record = extract("Kenya's defence minister, Gen. Samuel Otieno, and the army commander met in Nairobi.")
    persons = {a.name: a for a in record.actors if isinstance(a, Person)}
    assert "Samuel Otieno" in persons
    assert "Chief of Defence Staff" not in [r.title for r in persons["Samuel Otieno"].roles]
