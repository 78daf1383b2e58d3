"""
An office owned through a lower-case body noun: "the Taliban administration's chief spokesman".

The sentences were written for these tests in the styles of Reuters and AP; the events are
invented.
"""

from __future__ import annotations

import pytest

from bilateral.model import Organization, Person
from bilateral.text import extract


def _person(text: str, name: str) -> Person:
    persons = {a.name: a for a in extract(text).actors if isinstance(a, Person)}
    return persons[name]


@pytest.mark.parametrize(
    ("text", "name", "country", "title"),
    [
        (
            (
                "ISLAMABAD, March 2 (Reuters) - The Taliban administration's chief spokesman, Zabihullah"
                " Mujahid, said Kabul had not been told of the delay."
            ),
            "Zabihullah Mujahid",
            "AF",
            "Chief Spokesman",
        ),
        (
            (
                "CARACAS (AP) - The Houthi movement's spokesman, Mohammed Abdulsalam, said the group had"
                " received the proposal."
            ),
            "Mohammed Abdulsalam",
            "YE",
            "Spokesman",
        ),
    ],
)
def test_the_office_belongs_to_the_body_named_before_the_noun(
    text: str, name: str, country: str, title: str
) -> None:
    person = _person(text, name)
    assert person.country == country
    assert [r.title for r in person.roles] == [title]


def test_the_datelines_country_is_no_longer_taken_for_the_owner() -> None:
    text = (
        "ISLAMABAD, March 2 (Reuters) - Pakistan's Foreign Office spokesperson Shafqat Ali Khan said"
        " talks would continue. The Taliban administration's chief spokesman, Zabihullah Mujahid,"
        " said Kabul was ready."
    )
    assert _person(text, "Shafqat Ali Khan").country == "PK"
    assert _person(text, "Zabihullah Mujahid").country == "AF"


def test_a_noun_not_for_a_body_gives_no_owner() -> None:
    # "capital" is no noun for a body: no owner is read through it.
    text = "The Kenyan capital's chief spokesman, Jane Wanjiru, said the roads would reopen."
    person = _person(text, "Jane Wanjiru")
    assert all(r.of is None or "capital" not in r.of for r in person.roles)


@pytest.mark.parametrize(
    ("text", "body", "country"),
    [
        (
            "In Vilnius, President Gitanas Nauseda's National Security Council said it welcomed the plan.",
            "National Security Council",
            "LT",
        ),
        (
            "Kenyan President William Ruto's United Democratic Alliance said it backed the deal.",
            "United Democratic Alliance",
            "KE",
        ),
    ],
)
def test_a_persons_body_is_of_the_persons_country(text: str, body: str, country: str) -> None:
    orgs = {a.name: a for a in extract(text).actors if isinstance(a, Organization)}
    assert orgs[body].country == country


def test_a_body_owned_by_a_person_of_no_known_country_has_none() -> None:
    text = "Jane Wanjiru's Amani Research Council said the figures were wrong."
    orgs = {a.name: a for a in extract(text).actors if isinstance(a, Organization)}
    assert orgs["Amani Research Council"].country is None


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "The Islamic Jihad movement's political chief, Ziad al-Nakhalah, arrived in Cairo.",
            "Ziad al-Nakhalah",
            "Political Chief",
        ),
        (
            "Hezbollah's deputy leader Naim Qassem told supporters to stay calm.",
            "Naim Qassem",
            "Deputy Leader",
        ),
        (
            "Hamas's politburo chief, Khaled Meshaal, met the Qatari emir.",
            "Khaled Meshaal",
            "Politburo Chief",
        ),
    ],
)
def test_a_movements_leader_is_a_person_not_a_body(text: str, name: str, title: str) -> None:
    actors = {a.name: a for a in extract(text).actors}
    person = actors[name]
    assert isinstance(person, Person)
    assert title in [r.title for r in person.roles]


def test_a_political_chief_without_a_name_makes_no_person() -> None:
    record = extract("The meeting was chaired by the party's political chief on Monday.")
    assert not [a for a in record.actors if isinstance(a, Person)]
