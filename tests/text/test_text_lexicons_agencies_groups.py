"""
National news agencies by their acronyms, and armed groups named as parties and claim subjects.

The sentences were written for these tests; the events are invented.
"""

from __future__ import annotations

import pytest

from bilateral.model import Organization
from bilateral.text import extract


def _orgs(text: str) -> dict[str, Organization]:
    return {a.name: a for a in extract(text).actors if isinstance(a, Organization)}


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("The sultan received the Iranian envoy in Muscat on Sunday, ONA said.", "Oman News Agency", "OM"),
        ("The king met the Spanish minister in Rabat, MAP reported.", "Maghreb Arabe Presse", "MA"),
        ("The talks in Mogadishu lasted three hours, SONNA said.", "Somali National News Agency", "SO"),
        ("The two ministers met in Algiers on Monday, according to APS.", "Algeria Press Service", "DZ"),
        ("The president left Abuja for Accra on Friday, NAN reported.", "News Agency of Nigeria", "NG"),
        ("The visit had been planned for months, Jiji Press said.", "Jiji Press", "JP"),
    ],
)
def test_a_national_agency_by_its_acronym_is_that_agency(text: str, name: str, country: str) -> None:
    orgs = _orgs(text)
    assert orgs[name].country == country


def test_a_report_credited_to_an_agency_acronym_has_the_agency_as_speaker() -> None:
    text = "Oman's foreign minister met his Yemeni counterpart in Muscat on Sunday, ONA said."
    record = extract(text)
    ids = {a.id: a.name for a in record.actors}
    assert [[ids[i] for i in s.speakers] for s in record.statements] == [["Oman News Agency"]]


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Al-Shabaab fighters attacked a base near Kismayo, officials said.", "al-Shabab", "SO"),
        ("The army said Boko Haram had lost ground in Borno.", "Boko Haram", "NG"),
        ("Officials said ISWAP had moved its fighters north.", "Islamic State West Africa Province", "NG"),
        ("The minister said the PKK had no place in the talks.", "Kurdistan Workers' Party", None),
        ("The Rapid Support Forces said they would observe the truce.", "Rapid Support Forces", "SD"),
        ("Islamabad blamed the Pakistani Taliban for the attack.", "Tehreek-e-Taliban Pakistan", "PK"),
    ],
)
def test_an_armed_group_is_an_organization_of_its_country(text: str, name: str, country: str | None) -> None:
    orgs = _orgs(text)
    assert name in orgs
    assert orgs[name].country == country


def test_an_acronym_in_lower_case_words_is_no_agency() -> None:
    # "map", "tap" and "nan" as words, and an unknown acronym, make no organization.
    orgs = _orgs("The negotiators drew a new map and agreed to tap the reserves, the envoy said.")
    assert orgs == {}


def test_a_listed_groups_acronym_in_brackets_is_that_group_not_the_last_person() -> None:
    text = (
        "Sudan's army chief Abdel Fattah al-Burhan said the Rapid Support Forces (RSF) had received"
        " weapons from abroad. The RSF said the claim was false."
    )
    record = extract(text)
    names = {a.id: a.name for a in record.actors}
    assert [[names[i] for i in s.speakers] for s in record.statements] == [
        ["Abdel Fattah al-Burhan"],
        ["Rapid Support Forces"],
    ]


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Islamic Jihad said it had fired rockets at the border town.", "Palestinian Islamic Jihad", "PS"),
        (
            "The Popular Mobilization Forces denied any role in the strike.",
            "Popular Mobilization Forces",
            "IQ",
        ),
        ("Troops clashed with ADF fighters near Beni overnight.", "Allied Democratic Forces", "CD"),
        ("The Arakan Army said it had taken the town.", "Arakan Army", "MM"),
    ],
)
def test_more_armed_groups_are_named_bodies_of_their_country(text: str, name: str, country: str) -> None:
    assert _orgs(text)[name].country == country


def test_a_programme_named_before_and_and_a_country_ends_before_the_and() -> None:
    orgs = _orgs("Xi called for aligning the Belt and Road Initiative and Peru's national development plan.")
    assert set(orgs) == {"Belt and Road Initiative"}


def test_the_oecd_is_one_body_by_its_hyphenated_name() -> None:
    orgs = _orgs("Thailand hopes to join the Organisation for Economic Co-operation and Development by 2030.")
    assert set(orgs) == {"OECD"}
    assert orgs["OECD"].country is None


def test_a_think_tank_named_with_its_city_is_one_body() -> None:
    orgs = _orgs(
        "Kristin Diwan, a scholar at the Arab Gulf States Institute in Washington, said the visit mattered."
    )
    assert set(orgs) == {"Arab Gulf States Institute in Washington"}
    assert orgs["Arab Gulf States Institute in Washington"].country == "US"


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Kenya Power chief Jane Wairimu said the new line would open in May.", "Kenya Power", "KE"),
        ("Ethiopian Electric Power said exports would double next year.", "Ethiopian Electric Power", "ET"),
        ("The Royal Hashemite Court said the king had received the envoy.", "Royal Hashemite Court", "JO"),
    ],
)
def test_state_companies_and_royal_courts_keep_their_countrys_word(
    text: str, name: str, country: str
) -> None:
    orgs = _orgs(text)
    assert orgs[name].country == country
    assert "Power" not in orgs
    assert "Electric Power" not in orgs


def test_a_title_holders_division_is_a_body_of_the_titles_country() -> None:
    record = extract("The Malawian President's Media Division said the visit would go ahead.")
    orgs = {a.name: a for a in record.actors if isinstance(a, Organization)}
    assert orgs["Media Division"].country == "MW"
    assert record.statements[0].speakers == (orgs["Media Division"].id,)
    assert not any(a.kind == "person" for a in record.actors)


def test_wealth_describes_a_person_in_apposition_and_before_a_name() -> None:
    names = {
        a.name: a.kind
        for a in extract(
            "The party, founded by billionaire Tamaz Kipiani, won. The envoy also met tycoon Rustam"
            " Beridze on Monday."
        ).actors
    }
    assert names.get("Tamaz Kipiani") == "person"
    assert names.get("Rustam Beridze") == "person"


def test_a_listed_name_that_opens_in_lower_case_is_found() -> None:
    orgs = _orgs("Somali troops backed by Kenya are fighting al-Shabaab near the border, dpa reported.")
    assert orgs["al-Shabab"].country == "SO"
    assert orgs["Deutsche Presse-Agentur"].country == "DE"
