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


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            (
                "Another analyst, Parisa Nourbakhsh of the Carnegie Endowment for International Peace,"
                " said Tehran was stalling."
            ),
            "Parisa Nourbakhsh",
        ),
        (
            "Amadou Sy, who heads a research group in Dakar, said the juntas would not return.",
            "Amadou Sy",
        ),
        (
            "Lucia Fernandez de la Vega, a political scientist in Madrid, said the visit mattered.",
            "Lucia Fernandez de la Vega",
        ),
    ],
)
def test_an_unknown_name_placed_by_employer_clause_or_profession_is_a_person(
    sentence: str, name: str
) -> None:
    record = extract(sentence)
    persons = [a for a in record.actors if isinstance(a, Person)]
    assert [p.name for p in persons] == [name]
    (statement,) = record.statements
    assert statement.speakers == (persons[0].id,)


def test_a_place_before_which_makes_no_person() -> None:
    record = extract("Port Sudan, which hosts the army's government, said little about the visit.")
    assert not [a for a in record.actors if isinstance(a, Person)]


def test_a_governor_after_an_unknown_region_is_a_person_of_their_own() -> None:
    record = extract("The prime minister will meet Nuevo Leon Governor Samuel Garcia on Tuesday.")
    persons = {a.name: a for a in record.actors if isinstance(a, Person)}
    assert [r.title for r in persons["Samuel Garcia"].roles] == ["Governor"]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "The minister met Venezuelan opposition figure Hector Salazar Mendez in Bogota on Thursday.",
            "Hector Salazar Mendez",
        ),
        ("The envoy also met exiled dissident Farid Osmani in Geneva.", "Farid Osmani"),
        ("Ruiz Lozano, 76, who fled to Spain last year, was not invited.", "Ruiz Lozano"),
    ],
)
def test_a_descriptor_before_or_an_age_after_makes_a_person(sentence: str, name: str) -> None:
    record = extract(sentence)
    assert name in [a.name for a in record.actors if isinstance(a, Person)]


def test_a_relative_named_by_a_given_name_is_a_person() -> None:
    record = extract("The first lady hosted the prime minister's wife, Akiko, at a tea house.")
    assert [a.name for a in record.actors if isinstance(a, Person)] == ["Akiko"]


def test_a_single_word_after_a_comma_is_no_person_without_a_relation() -> None:
    record = extract("Relations improved after the deal, Tokyo said.")
    assert not [a for a in record.actors if isinstance(a, Person)]
