"""
A state's formal name after a titled name gives the role's country.

"Foreign Minister X of the Islamic Republic of Iran", "Crown Prince X of the Kingdom of Saudi
Arabia": state agencies and protocol readouts write a guest's country in its long form. When
the lexicon knows the long form whole (an alias of the country), it is the country of the
role, as the short name is. Paragraphs written for this test; the events are made up.
"""

from __future__ import annotations

import pytest

from bilateral.model import Person
from bilateral.text import extract


def _role_of(text: str, name: str) -> list[tuple[str, str | None]]:
    (person,) = [a for a in extract(text).actors if isinstance(a, Person) and a.name == name]
    return [(r.title, r.of) for r in person.roles]


@pytest.mark.parametrize(
    ("sentence", "name", "country"),
    [
        (
            "Interior Minister Hamad Al-Said of the Kingdom of Saudi Arabia met his Omani host in Muscat.",
            "Hamad Al-Said",
            "saudi-arabia",
        ),
        (
            "Deputy Foreign Minister Reza Tavakoli of the Islamic Republic of Iran arrived in Baku.",
            "Reza Tavakoli",
            "iran",
        ),
        (
            "Vice Premier Zhou Ming of the People's Republic of China opened the fair in Lagos.",
            "Zhou Ming",
            "china",
        ),
        (
            "Ambassador Lucia Ortega of the United Mexican States presented her credentials in Lima.",
            "Lucia Ortega",
            "mexico",
        ),
        (
            "Prime Minister Nikos Andreou of the Hellenic Republic was received in Nicosia.",
            "Nikos Andreou",
            "greece",
        ),
    ],
)
def test_a_formal_name_the_lexicon_knows_is_the_roles_country(sentence: str, name: str, country: str) -> None:
    roles = _role_of(sentence, name)
    assert roles
    assert roles[0][1] == country


def test_a_region_after_the_name_is_no_roles_country() -> None:
    # "of the Kurdistan Region": a region is a constituency, not what the title is of.
    roles = _role_of(
        "Interior Minister Rebar Ahmed of the Kurdistan Region met officials in Ankara.", "Rebar Ahmed"
    )
    assert all(of is None for _, of in roles)


def test_an_organization_after_the_name_is_no_country() -> None:
    roles = _role_of(
        "Secretary-General Jasem Albudaiwi of the Gulf Cooperation Council met envoys in Riyadh.",
        "Jasem Albudaiwi",
    )
    assert "saudi-arabia" not in [of for _, of in roles]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Modi later called on Leader of the Opposition Sajith Premadasa in Colombo.", "Sajith Premadasa"),
        ("Canada's Leader of the Opposition, Pierre Poilievre, said the deal was weak.", "Pierre Poilievre"),
    ],
)
def test_the_formal_name_of_the_opposition_leaders_office_is_a_title(sentence: str, name: str) -> None:
    # "Leader of the Opposition" made "Opposition Sajith Premadasa" one unknown name: no person.
    assert [title for title, _ in _role_of(sentence, name)] == ["Opposition Leader"]
