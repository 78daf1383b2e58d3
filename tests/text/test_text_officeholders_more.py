"""
Office holders the list now knows: a foreign leader named without a demonym in an agency's story.

"Colombo, Apr 5 (PTI) ... former president Mahinda Rajapaksa": the Indian agency's home
country was given to a Sri Lankan former president the list did not have. Lines written for
this test; the events are made up.
"""

from __future__ import annotations

import pytest

from bilateral.model import Person
from bilateral.text import extract


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            (
                "Colombo, Apr 5 (PTI) Prime Minister Narendra Modi on Saturday called on former"
                " president Mahinda Rajapaksa."
            ),
            "Mahinda Rajapaksa",
            "LK",
        ),
        (
            "HANOI, Jan. 9 (Xinhua) -- President Thongloun Sisoulith held talks with visiting leaders.",
            "Thongloun Sisoulith",
            "LA",
        ),
    ],
)
def test_a_listed_leader_keeps_their_own_country(text: str, name: str, country: str) -> None:
    persons = {a.name: a for a in extract(text).actors if isinstance(a, Person)}
    assert persons[name].country == country


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # A vice president is named with no demonym by the home and the visiting side alike.
        (
            "Vice President Kashim Shettima welcomed the Ghanaian delegation to Abuja on Monday.",
            "Kashim Shettima",
            "NG",
        ),
        (
            "Brazilian President Lula da Silva met Vice President Victoria Villarruel in Brasilia.",
            "Victoria Villarruel",
            "AR",
        ),
        # "Chile's Alberto van Klaveren": a lower-case particle inside a possessed name.
        (
            "They were joined by Chile's Alberto van Klaveren and Peru's foreign minister.",
            "Alberto van Klaveren",
            "CL",
        ),
    ],
)
def test_vice_presidents_and_ministers_the_list_now_knows(text: str, name: str, country: str) -> None:
    persons = {a.name: a for a in extract(text).actors if isinstance(a, Person)}
    assert persons[name].country == country


def test_a_namesake_of_a_listed_vice_president_by_surname_alone_gets_no_country() -> None:
    text = "Musa Shettima, a trader in Kano, told VOA that prices had doubled."
    persons = {a.name: a for a in extract(text).actors}
    assert persons["Musa Shettima"].country is None


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("National Assembly Chairman Tran Thanh Man received the Lao delegation.", "Tran Thanh Man", "VN"),
        ("President Julius Maada Bio arrived in Monrovia on Sunday.", "Julius Maada Bio", "SL"),
        ("First Minister John Swinney said Scotland wanted a say.", "John Swinney", "GB"),
    ],
)
def test_speakers_heads_of_state_and_first_ministers_the_list_now_knows(
    text: str, name: str, country: str
) -> None:
    persons = {a.name: a for a in extract(text).actors if isinstance(a, Person)}
    assert persons[name].country == country


def test_a_first_minister_is_that_office_not_a_minister() -> None:
    (person,) = extract("First Minister Eluned Morgan said Wales backed the plan.").actors
    assert isinstance(person, Person)
    assert [r.title for r in person.roles] == ["First Minister"]


def test_a_state_assets_portfolio_is_no_given_name() -> None:
    record = extract("Minister of State Assets Jakub Jaworowski and Kosiniak-Kamysz met the investors.")
    persons = {a.name: a for a in record.actors if isinstance(a, Person)}
    assert [r.title for r in persons["Jakub Jaworowski"].roles] == ["Minister of State Assets"]


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # "Wladyslaw" is how English copy writes "Władysław"; both are the Polish minister.
        ("Defense Minister Wladyslaw Kosiniak-Kamysz arrived in Seoul.", "Wladyslaw Kosiniak-Kamysz", "PL"),
        ("National Security Adviser Wi Sung-lac briefed reporters in Seoul.", "Wi Sung-lac", "KR"),
    ],
)
def test_ministers_and_advisers_named_without_a_demonym(text: str, name: str, country: str) -> None:
    persons = {a.name: a for a in extract(text).actors if isinstance(a, Person)}
    assert persons[name].country == country


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("President Mikheil Kavelashvili did not attend the talks on Tuesday.", "Mikheil Kavelashvili", "GE"),
        ("Crown Prince Hussein bin Abdullah attended the meeting in Amman.", "Hussein bin Abdullah", "JO"),
        ("Opposition leader Kalonzo Musyoka criticised the deal on Friday.", "Kalonzo Musyoka", "KE"),
    ],
)
def test_leaders_named_without_a_demonym_in_round_eight_stories(text: str, name: str, country: str) -> None:
    persons = {a.name: a for a in extract(text).actors if isinstance(a, Person)}
    assert persons[name].country == country
