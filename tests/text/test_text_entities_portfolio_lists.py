"""Ministers whose portfolio is a list of briefs: the whole list is the title, not a name."""

from __future__ import annotations

import pytest

from bilateral.model import Organization, Person
from bilateral.text import extract


def _persons(text: str) -> dict[str, Person]:
    return {a.name: a for a in extract(text).actors if isinstance(a, Person)}


def _titles(person: Person) -> list[str]:
    return [r.title for r in person.roles]


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Mines and Petroleum Minister Kwame Asante told reporters the refinery would reopen.",
            "Kwame Asante",
            "Mines and Petroleum Minister",
        ),
        (
            "Ghana's Lands, Natural Resources and Forestry Minister Ama Boateng said the deal was fair.",
            "Ama Boateng",
            "Lands, Natural Resources and Forestry Minister",
        ),
        (
            "The Minister of Energy and Mineral Resources Bahlil Tanjung attended the signing.",
            "Bahlil Tanjung",
            "Minister of Energy and Mineral Resources",
        ),
        (
            "Uzbekistan's Minister of Transport and Logistics Ilhom Rakhimov met the delegation.",
            "Ilhom Rakhimov",
            "Minister of Transport and Logistics",
        ),
    ],
)
def test_a_list_of_briefs_is_one_title(text: str, name: str, title: str) -> None:
    record = extract(text)
    persons = {a.name: a for a in record.actors if isinstance(a, Person)}
    assert set(persons) == {name}
    assert _titles(persons[name]) == [title]
    # No brief becomes an organization of its own ("Mines", "Energy").
    assert not [a.name for a in record.actors if isinstance(a, Organization)]


def test_the_speaker_is_the_minister_not_the_first_brief() -> None:
    record = extract("Water and Sanitation Minister Lindiwe Mokoena said the dam would be finished in 2027.")
    (statement,) = record.statements
    (person,) = [a for a in record.actors if isinstance(a, Person)]
    assert person.name == "Lindiwe Mokoena"
    assert statement.speakers == (person.id,)


def test_a_demonym_before_the_list_gives_the_country() -> None:
    persons = _persons("Kenyan Trade and Industry Minister Rose Wanjiru flew to Kampala on Monday.")
    assert _titles(persons["Rose Wanjiru"]) == ["Trade and Industry Minister"]
    assert persons["Rose Wanjiru"].country == "KE"


def test_a_name_after_and_is_no_brief() -> None:
    # "and" before a person's name joins two people, not two briefs.
    persons = _persons("Foreign Minister Hakan Demir and Energy Minister Selim Kaya arrived in Baghdad.")
    assert _titles(persons["Hakan Demir"]) == ["Foreign Minister"]
    assert _titles(persons["Selim Kaya"]) == ["Energy Minister"]


def test_a_second_title_after_and_is_no_brief() -> None:
    persons = _persons(
        "The Minister of Finance and Deputy Prime Minister Olena Marchenko met the envoy on Friday."
    )
    assert "Olena Marchenko" in persons
    assert "Minister of Finance and Deputy" not in _titles(persons["Olena Marchenko"])


def test_a_comma_before_the_name_is_no_list() -> None:
    persons = _persons("Kazakhstan's Minister of Industry, Yerlan Sagatov, said output would rise.")
    assert _titles(persons["Yerlan Sagatov"]) == ["Minister of Industry"]


def test_an_unlisted_brief_after_minister_of_is_part_of_the_title() -> None:
    persons = _persons("Canada's Minister of International Trade Anita Singh will travel to Mexico City.")
    assert _titles(persons["Anita Singh"]) == ["Minister of International Trade"]
    assert persons["Anita Singh"].country == "CA"


@pytest.mark.parametrize(
    "text",
    [
        "Both leaders signed the Kinshasa Mineral Treaty at Parliament House on Monday.",
        "The Lobito Corridor Agreement said nothing about funding, officials told reporters.",
    ],
)
def test_an_agreement_is_never_a_person(text: str) -> None:
    assert _persons(text) == {}


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Minister of Trade, Industry and Competition Lerato Mokoena said exports would rise.",
            "Lerato Mokoena",
            "Minister of Trade, Industry and Competition",
        ),
        (
            "Tourism, Wildlife and Antiquities Minister Tom Butime welcomed the visitors.",
            "Tom Butime",
            "Tourism, Wildlife and Antiquities Minister",
        ),
        (
            "The minister of finance and planning, Tendai Moyo, said the budget was sound.",
            "Tendai Moyo",
            "Minister of Finance and Planning",
        ),
        (
            "The minister of trade, industry and competition, Lerato Mokoena, told lawmakers little.",
            "Lerato Mokoena",
            "Minister of Trade, Industry and Competition",
        ),
    ],
)
def test_more_briefs_and_lower_case_lists_are_one_title(text: str, name: str, title: str) -> None:
    persons = _persons(text)
    assert list(persons) == [name]
    assert _titles(persons[name]) == [title]


def test_a_lower_case_list_before_no_name_is_no_title() -> None:
    # "the minister of trade and industry leaders": no name set off after the list.
    record = extract("Talks opened. The minister of trade and industry leaders met in Pretoria on Monday.")
    assert not [a for a in record.actors if isinstance(a, Person)]
