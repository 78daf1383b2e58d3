"""Titles in lists of officials: where one person's name ends and the next one's title begins."""

from __future__ import annotations

import pytest

from bilateral.model import Organization, Person
from bilateral.text import extract


def _persons(text: str) -> dict[str, Person]:
    return {a.name: a for a in extract(text).actors if isinstance(a, Person)}


def _roles(person: Person) -> list[str]:
    return [r.title for r in person.roles]


def test_a_name_after_a_title_ends_at_and_before_an_organization() -> None:
    record = extract(
        "The visitor later met President Vo Van Thuong and National Assembly Chairman Vuong"
        " Dinh Hue at the Presidential Palace."
    )
    persons = {a.name: a for a in record.actors if isinstance(a, Person)}
    assert _roles(persons["Vo Van Thuong"]) == ["President"]
    assert _roles(persons["Vuong Dinh Hue"]) == ["Chairman"]
    orgs = [a.name for a in record.actors if isinstance(a, Organization)]
    assert orgs == ["National Assembly"]


def test_an_organization_with_and_in_its_name_stays_whole() -> None:
    record = extract(
        "Maria Lopez, a fellow at the Center for Strategic and International Studies, said the"
        " talks were overdue."
    )
    orgs = [a.name for a in record.actors if isinstance(a, Organization)]
    assert orgs == ["Center for Strategic and International Studies"]


def test_an_acronym_in_brackets_names_the_organization_before_it() -> None:
    record = extract(
        "Defence Minister Kemal Aydin and National Intelligence Organization (MIT) chief Selim"
        " Arslan attended the talks. MIT later said the meeting was useful."
    )
    persons = {a.name: a for a in record.actors if isinstance(a, Person)}
    (org,) = [a for a in record.actors if isinstance(a, Organization)]
    assert org.name == "National Intelligence Organization"
    assert "MIT" in org.aliases
    assert [(r.title, r.of) for r in persons["Selim Arslan"].roles] == [("Chief", org.id)]
    assert _roles(persons["Kemal Aydin"]) == ["Defense Minister"]
    (statement,) = record.statements
    assert statement.speakers == (org.id,)


def test_compound_foreign_ministries_and_ministers_of_state() -> None:
    persons = _persons(
        "Deputy Prime Minister and Minister of Foreign Affairs and Emigrants Youssef Rajji met"
        " Saudi Minister of State for Foreign Affairs Adel al-Jubeir on Monday."
    )
    assert _roles(persons["Youssef Rajji"]) == [
        "Deputy Prime Minister",
        "Minister of Foreign Affairs and Emigrants",
    ]
    assert _roles(persons["Adel al-Jubeir"]) == ["Minister of State for Foreign Affairs"]
    assert persons["Adel al-Jubeir"].country == "SA"


def test_each_official_of_a_capitalised_list_keeps_their_own_title() -> None:
    persons = _persons(
        "Prime Minister Omar Haddad, Director of the Office of His Majesty Karim Nasser, and"
        " Ambassador to Egypt Layla Aziz attended the meeting."
    )
    assert _roles(persons["Omar Haddad"]) == ["Prime Minister"]
    assert _roles(persons["Karim Nasser"]) == ["Director"]
    assert _roles(persons["Layla Aziz"]) == ["Ambassador to Egypt"]


def test_an_appositive_title_with_its_organization_is_still_read() -> None:
    persons = _persons("Natarajan Chandrasekaran, Chairman of Tata Sons, said the deal was good.")
    assert _roles(persons["Natarajan Chandrasekaran"]) == ["Chairman"]


def test_party_and_state_offices() -> None:
    persons = _persons(
        "The premier paid a courtesy call on Party General Secretary Nguyen Phu Trong, and will"
        " meet Kerala Chief Minister Pinarayi Vijayan and Senate President Faisal al-Fayez."
    )
    assert _roles(persons["Nguyen Phu Trong"]) == ["General Secretary"]
    assert _roles(persons["Pinarayi Vijayan"]) == ["Chief Minister"]
    assert _roles(persons["Faisal al-Fayez"]) == ["Senate President"]


def test_a_ministry_rank_with_its_division_in_brackets() -> None:
    record = extract(
        "Secretary (West) in the MEA Tanmaya Lal said the two leaders also discussed"
        " critical minerals and space."
    )
    persons = {a.name: a for a in record.actors if isinstance(a, Person)}
    (ministry,) = [a for a in record.actors if isinstance(a, Organization)]
    assert [(r.title, r.of) for r in persons["Tanmaya Lal"].roles] == [("Secretary (West)", ministry.id)]
    assert persons["Tanmaya Lal"].country == "IN"
    (statement,) = record.statements
    assert statement.speakers == (persons["Tanmaya Lal"].id,)


def test_brackets_after_a_title_with_no_name_after_them_are_left_alone() -> None:
    persons = _persons("The Secretary (West) said the talks went well, Foreign Minister Ana Ruiz said.")
    assert _roles(persons["Ana Ruiz"]) == ["Foreign Minister"]
    assert len(persons) == 1


def test_a_portfolio_runs_on_to_the_comma_before_the_name() -> None:
    persons = _persons(
        "Kenya's Minister of Water Resources and Sanitation, Amina Wario, also attended the talks."
    )
    assert _roles(persons["Amina Wario"]) == ["Minister of Water Resources and Sanitation"]
    assert "Resources" not in persons


def test_a_rank_after_an_office_is_not_part_of_the_name() -> None:
    persons = _persons("Navy chief Admiral Tariq Saleem and army chief General Omar Khalil attended.")
    assert "Tariq Saleem" in persons
    assert "Omar Khalil" in persons


def test_the_head_of_a_countrys_named_body_is_the_name_after_the_comma() -> None:
    record = extract(
        "The head of Libya's Presidential Council, Yousef Mansour, is expected in Tunis next week."
    )
    persons = {a.name: a for a in record.actors if isinstance(a, Person)}
    (council,) = [a for a in record.actors if isinstance(a, Organization)]
    assert council.country == "LY"
    assert [(r.title, r.of) for r in persons["Yousef Mansour"].roles] == [("Head", council.id)]


def test_two_companies_joined_by_and_stay_two() -> None:
    record = extract("Samsung Electronics Group and Tata Steel Corporation signed the deal in Seoul.")
    orgs = sorted(a.name for a in record.actors if isinstance(a, Organization))
    assert orgs == ["Samsung Electronics Group", "Tata Steel Corporation"]


def test_chairpersons_and_coordinating_ministers() -> None:
    persons = _persons(
        "The minister received Moussa Diallo, the former chairperson of the African Union"
        " Commission, and Coordinating Minister for Economic Affairs Budi Santoso on Sunday."
    )
    assert _roles(persons["Moussa Diallo"]) == ["Chairperson"]
    assert _roles(persons["Budi Santoso"]) == ["Coordinating Minister for Economic Affairs"]


def test_a_party_named_after_its_country_keeps_the_name() -> None:
    record = extract("The Congo River Alliance said it would not sign the deal.")
    assert [a.name for a in record.actors if isinstance(a, Organization)] == ["Congo River Alliance"]


def test_a_capitalised_brief_ends_at_its_head_word() -> None:
    persons = _persons(
        "Deputy Foreign Minister for Political Affairs Reza Najafi will travel to Baghdad, and the"
        " Special Envoy for Security Affairs said nothing."
    )
    assert _roles(persons["Reza Najafi"]) == ["Deputy Foreign Minister for Political Affairs"]
    assert list(persons) == ["Reza Najafi"]


def test_an_office_of_a_region_takes_the_regions_country() -> None:
    persons = _persons(
        "TEHRAN (IRNA) - The president will receive Kurdistan Region President Omar Rashid, and"
        " Foreign Minister Ali Karimi said the visit mattered."
    )
    assert persons["Omar Rashid"].country == "IQ"
    assert persons["Ali Karimi"].country == "IR"


def test_two_titles_before_a_comma_and_one_name() -> None:
    persons = _persons(
        "South Africa's Minister of International Relations and Cooperation, Thandi Mokoena,"
        " and Herero Paramount Chief Kaera Tjiriange attended the talks."
    )
    assert _roles(persons["Thandi Mokoena"]) == ["Minister of International Relations and Cooperation"]
    assert _roles(persons["Kaera Tjiriange"]) == ["Paramount Chief"]
    assert persons["Thandi Mokoena"].country == "ZA"


def test_the_countrys_title_in_apposition_is_the_persons_country() -> None:
    persons = _persons(
        "Venezuelan Foreign Minister Ramon Tellez met the envoy. He later met Carla Duarte, the"
        " country's vice president."
    )
    assert _roles(persons["Carla Duarte"]) == ["Vice President"]


def test_a_workplace_after_a_lower_case_title_before_the_name() -> None:
    persons = _persons(
        "Qatar's minister of state at the foreign ministry, Khalid Al-Mansouri, told reporters"
        " the talks were candid."
    )
    assert _roles(persons["Khalid Al-Mansouri"]) == ["Minister of State"]
    assert persons["Khalid Al-Mansouri"].country == "QA"


@pytest.mark.parametrize(
    ("sentence", "name", "title"),
    [
        (
            "Kenya's Cabinet Secretary for Foreign and Diaspora Affairs Amina Wario met the envoy.",
            "Amina Wario",
            "Cabinet Secretary for Foreign and Diaspora Affairs",
        ),
        (
            "The Minister of Trade and Industry Salim Omari said exports had doubled.",
            "Salim Omari",
            "Minister of Trade and Industry",
        ),
    ],
)
def test_a_second_portfolio_joined_by_and_is_part_of_the_title(sentence: str, name: str, title: str) -> None:
    assert _roles(_persons(sentence)[name]) == [title]


def test_a_head_of_government_after_a_head_of_state_is_of_the_same_state() -> None:
    persons = _persons(
        "Mongolian President Batsaikhan Oyun and Prime Minister Gombo Enkhbold welcomed the"
        " delegation at the State Palace on Friday."
    )
    enkhbold = persons["Gombo Enkhbold"]
    assert [(r.title, r.of) for r in enkhbold.roles] == [("Prime Minister", "mongolia")]
    assert enkhbold.country == "MN"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A president after a prime minister is more often the host.
        (
            "Mongolian Prime Minister Gombo Enkhbold and President Tamara Velkova met in Skopje.",
            "Tamara Velkova",
        ),
        # A head of government the lexicon places in another country.
        (
            "Mongolian President Batsaikhan Oyun and Prime Minister Narendra Modi met in Delhi.",
            "Narendra Modi",
        ),
        # A minister, not a leader, before "and": the prime minister may be the host.
        (
            "Mongolian Foreign Minister Batsaikhan Oyun and Prime Minister Lars Holm met in Oslo.",
            "Lars Holm",
        ),
    ],
)
def test_other_leaders_after_and_keep_their_own_country(text: str, name: str) -> None:
    assert _persons(text)[name].country != "MN"


@pytest.mark.parametrize(
    ("text", "of"),
    [
        (
            (
                "A spokesperson for Ghana's foreign ministry, Ama Serwaa Boateng, said Accra was"
                " studying the offer."
            ),
            "ghana",
        ),
        (
            (
                "A spokeswoman for the Ghanaian Ministry of Foreign Affairs, Ama Serwaa Boateng, told"
                " reporters Accra was studying the offer."
            ),
            "ministry-of-foreign-affairs",
        ),
    ],
)
def test_a_spokesperson_for_a_body_named_after_a_comma_holds_the_role(text: str, of: str) -> None:
    boateng = _persons(text)["Ama Serwaa Boateng"]
    assert [r.of for r in boateng.roles] == [of]
    assert boateng.country == "GH"


def test_a_spokesperson_for_a_body_without_a_name_makes_no_person() -> None:
    persons = _persons(
        "A spokesman for the Ghanaian presidency said Accra was studying the offer. The envoy"
        " for trade, who was not named, declined to comment."
    )
    assert persons == {}
