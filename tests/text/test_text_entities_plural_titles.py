"""Names listed after a plural title, and family names written as one hyphenated word."""

from __future__ import annotations

from bilateral.model import Person
from bilateral.text import extract


def _persons(text: str) -> dict[str, Person]:
    return {a.name: a for a in extract(text).actors if isinstance(a, Person)}


def _roles(person: Person) -> list[tuple[str, str | None]]:
    return [(r.title, r.of) for r in person.roles]


def test_names_after_a_plural_title_are_people_of_the_countries_named() -> None:
    record = extract(
        "The leaders were joined by foreign ministers Aino Kallas of Estonia and Baiba Ozola of"
        " Latvia. Ozola said the border would stay open."
    )
    persons = {a.name: a for a in record.actors if isinstance(a, Person)}
    assert _roles(persons["Aino Kallas"]) == [("Foreign Minister", "estonia")]
    assert persons["Aino Kallas"].country == "EE"
    assert _roles(persons["Baiba Ozola"]) == [("Foreign Minister", "latvia")]
    (statement,) = record.statements
    assert statement.speakers == (persons["Baiba Ozola"].id,)


def test_a_list_of_three_after_a_plural_title() -> None:
    persons = _persons("The talks included envoys Tom Carver, Ana Ruiz and Femi Ade from the three capitals.")
    assert {name: _roles(p) for name, p in persons.items()} == {
        "Tom Carver": [("Envoy", None)],
        "Ana Ruiz": [("Envoy", None)],
        "Femi Ade": [("Envoy", None)],
    }


def test_a_plural_person_noun_makes_people_without_a_title() -> None:
    persons = _persons("The report was written by activists Lina Haddad and Omar Saleh of Jordan.")
    assert _roles(persons["Lina Haddad"]) == []
    assert persons["Omar Saleh"].country == "JO"


def test_a_plural_noun_that_names_no_person_makes_no_person() -> None:
    persons = _persons(
        "The ministers Monday agreed on talks in Geneva, while islands Dokdo and Takeshima stay disputed."
    )
    assert persons == {}


def test_a_hyphenated_family_name_after_a_title_is_the_person_named_before() -> None:
    record = extract(
        "Foreign Minister Abdullah Al-Sabti met his Omani counterpart on Monday. Later, Foreign"
        " Minister Al-Sabti told reporters the talks were useful."
    )
    persons = [a for a in record.actors if isinstance(a, Person)]
    assert [p.name for p in persons] == ["Abdullah Al-Sabti"]
    (statement,) = record.statements
    assert statement.speakers == (persons[0].id,)


def test_names_listed_after_a_plural_title_and_a_comma_hold_the_title() -> None:
    persons = _persons(
        "The presidents were joined by their trade ministers, Sipho Ndlovu of South Africa and"
        " Tendai Moyo of Zimbabwe, at the border post."
    )
    assert _roles(persons["Sipho Ndlovu"]) == [("Trade Minister", "south-africa")]
    assert _roles(persons["Tendai Moyo"]) == [("Trade Minister", "zimbabwe")]


def test_a_countrys_possessive_before_each_listed_name_gives_its_country() -> None:
    persons = _persons(
        "Also present were the two interior ministers, Peru's Carla Medina and Bolivia's Jorge Quispe Mamani."
    )
    assert _roles(persons["Carla Medina"]) == [("Interior Minister", "peru")]
    assert _roles(persons["Jorge Quispe Mamani"]) == [("Interior Minister", "bolivia")]
    assert persons["Jorge Quispe Mamani"].country == "BO"


def test_names_after_a_plural_noun_that_is_no_title_and_a_comma_get_no_office() -> None:
    persons = _persons("She thanked the volunteers, Maria Gomez and Luis Ortega, for their help.")
    assert all(_roles(p) == [] for p in persons.values())


def test_the_two_defence_chiefs_are_the_two_defence_ministers() -> None:
    record = extract(
        "Philippine Defense Secretary Gilberto Teodoro met Australian Defence Minister Richard"
        " Marles in Manila on Monday, joined by Foreign Secretary Theresa Lazaro.\n\n"
        "The two defence chiefs said patrols would be expanded."
    )
    persons = {a.name: a.id for a in record.actors if isinstance(a, Person)}
    (statement,) = record.statements
    assert set(statement.speakers) == {persons["Gilberto Teodoro"], persons["Richard Marles"]}
