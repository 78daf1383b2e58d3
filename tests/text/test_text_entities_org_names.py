"""Organizations whose names begin with their country, and those the country only qualifies."""

from __future__ import annotations

import pytest

from bilateral.model import Country, Organization, Person
from bilateral.text import extract


def _orgs(text: str) -> list[tuple[str, str | None]]:
    return [(a.name, a.country) for a in extract(text).actors if isinstance(a, Organization)]


@pytest.mark.parametrize(
    ("sentence", "org"),
    [
        (
            "The loan will be managed by the Korea International Cooperation Agency, officials said.",
            ("Korea International Cooperation Agency", "KR"),
        ),
        (
            "Engineers from the Japan Aerospace Exploration Agency joined the talks on Monday.",
            ("Japan Aerospace Exploration Agency", "JP"),
        ),
        (
            "The deal was signed with the Nigerian National Petroleum Corporation in Abuja.",
            ("Nigerian National Petroleum Corporation", "NG"),
        ),
        (
            "A researcher at the Japan Institute of International Affairs said the summit mattered.",
            ("Japan Institute of International Affairs", "JP"),
        ),
    ],
)
def test_a_country_begins_the_name_of_an_agency_or_company(
    sentence: str, org: tuple[str, str | None]
) -> None:
    assert org in _orgs(sentence)


@pytest.mark.parametrize(
    ("sentence", "org"),
    [
        ("The Russian Foreign Ministry said the talks were useful.", ("Foreign Ministry", "RU")),
        ("The Indian Navy said the drills would go ahead.", ("Navy", "IN")),
    ],
)
def test_a_country_before_a_generic_body_qualifies_it(sentence: str, org: tuple[str, str]) -> None:
    assert _orgs(sentence) == [org]


def test_korean_alone_is_south_korean() -> None:
    record = extract(
        "South Korean Foreign Minister Cho Hyun met Thai officials in Bangkok. The Korean minister"
        " will travel to Hanoi on Saturday to meet his Vietnamese counterpart, Bui Thanh Son."
    )
    cho = next(a for a in record.actors if a.name == "Cho Hyun")
    phrase = record.source.text.index("The Korean minister")
    assert any(m.start == phrase for m in cho.mentions)


def test_a_broadcasters_language_service_keeps_its_name() -> None:
    assert ("Somali Service", "SO") in _orgs(
        "An official told VOA's Somali Service that the talks went well."
    )


@pytest.mark.parametrize(
    ("sentence", "org"),
    [
        ("SIPRI said arms sales had risen.", ("Stockholm International Peace Research Institute", "SE")),
        (
            "The Southern African Development Community (SADC) met in Harare.",
            ("Southern African Development Community", None),
        ),
        ("OCHA said aid convoys were blocked.", ("OCHA", None)),
        ("The United Nations Children's Fund said aid was blocked.", ("UNICEF", None)),
        ("An analyst at the Middle East Institute said the talks mattered.", ("Middle East Institute", "US")),
    ],
)
def test_agencies_regional_bodies_and_think_tanks_are_known(
    sentence: str, org: tuple[str, str | None]
) -> None:
    assert org in _orgs(sentence)


def test_and_inside_the_complement_of_a_head_word_joins_words_of_one_name() -> None:
    orgs = _orgs(
        "Samir Haddad, director of the Beirut-based Centre for Arab and Mediterranean Studies,"
        " said the talks mattered."
    )
    assert ("Centre for Arab and Mediterranean Studies", None) in orgs


def test_a_place_based_modifier_is_no_part_of_the_name() -> None:
    orgs = _orgs("Analysts at the Nairobi-based Horn Policy Institute said the talks failed.")
    assert ("Horn Policy Institute", None) in orgs


def test_a_title_after_and_starts_the_next_item_of_a_list() -> None:
    orgs = _orgs(
        "The meeting was attended by a member of the Council of Ministers and National Security"
        " Adviser Musaed Al-Aiban."
    )
    assert ("Council of Ministers", None) in orgs


@pytest.mark.parametrize(
    ("text", "paper", "country"),
    [
        ("The two leaders met in Nairobi, the Kenya Times reported.", "Kenya Times", "KE"),
        ("The talks were cordial, The Kuwait Times said on Monday.", "Kuwait Times", "KW"),
        ("Lee will visit Tokyo next month, the Korea Herald reported.", "Korea Herald", "KR"),
    ],
)
def test_a_paper_named_after_a_country_keeps_it_in_its_name(text: str, paper: str, country: str) -> None:
    # "the Kenya Times" made an organization "Times"; the speaker should be the paper.
    record = extract(text)
    (org,) = [a for a in record.actors if isinstance(a, Organization)]
    assert (org.name, org.country) == (paper, country)


def test_korea_alone_is_south_korea() -> None:
    # News writes "Korea" for the South ("Korea and Japan agreed"), "North Korea" in full.
    record = extract("Korea and Japan agreed to resume talks, while North Korea fired a missile.")
    countries = sorted(a.country or "" for a in record.actors if isinstance(a, Country))
    assert countries == ["JP", "KP", "KR"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The spokesman told Radio Mitre that the president held no grudges.", "Radio Mitre"),
        ("Radio Free Europe reported that the talks had stalled.", "Radio Free Europe"),
        ("The minister spoke to Television Nacional de Chile on Sunday.", "Television Nacional de Chile"),
    ],
)
def test_a_broadcaster_named_head_first_is_whole(text: str, name: str) -> None:
    # "Radio Mitre" stopped at its head word: an organization "Radio" (and a person "Free Europe").
    assert [n for n, _ in _orgs(text)] == [name]


@pytest.mark.parametrize(
    ("sentence", "company", "person"),
    [
        (
            "Petronas CEO Tengku Muhammad Taufik signed the gas deal in Kuala Lumpur.",
            "Petronas",
            "Tengku Muhammad Taufik",
        ),
        (
            "Embraer Chief Executive Francisco Gomes Neto said deliveries would start in May.",
            "Embraer",
            "Francisco Gomes Neto",
        ),
        ("Dangote Chairman Aliko Dangote met the visiting minister.", "Dangote", "Aliko Dangote"),
    ],
)
def test_a_company_office_between_two_names_splits_company_and_officer(
    sentence: str, company: str, person: str
) -> None:
    record = extract(sentence)
    actors = {a.name: a for a in record.actors}
    assert isinstance(actors[company], Organization)
    officer = actors[person]
    assert isinstance(officer, Person)
    assert [r.of for r in officer.roles] == [actors[company].id]


def test_a_company_office_without_a_name_after_it_makes_no_company() -> None:
    record = extract("Officials said the Kelantra chief would visit Hanoi next week.")
    assert not [a for a in record.actors if isinstance(a, Organization)]


@pytest.mark.parametrize(
    ("sentence", "org"),
    [
        (
            "Nairobi's foreign ministry said the envoy had been summoned.",
            ("Nairobi's foreign ministry", "KE"),
        ),
        ("Hanoi's embassy in Canberra confirmed the visit on Monday.", ("Hanoi's embassy", "VN")),
    ],
)
def test_a_capitals_ministry_is_its_states(sentence: str, org: tuple[str, str]) -> None:
    record = extract(sentence)
    orgs = {a.name: a for a in record.actors if isinstance(a, Organization)}
    assert orgs[org[0]].country == org[1]
    # The ministry speaks for the state: the statement has it as its speaker.
    assert [s.speakers for s in record.statements] == [(orgs[org[0]].id,)]


def test_a_capitals_own_government_is_not_made_the_states() -> None:
    # "Lagos's government" may be the city's or the state's: no national body is made.
    assert _orgs("Lagos's government said the market would reopen.") == []


@pytest.mark.parametrize(
    ("sentence", "org"),
    [
        ("The Bank of Ghana held its policy rate on Friday.", ("Bank of Ghana", "GH")),
        (
            "Speaker Nelly Mutti opened the National Assembly of Zambia session.",
            ("National Assembly of Zambia", "ZM"),
        ),
        (
            "The Central Bank of the Republic of Turkey raised rates again.",
            ("Central Bank of the Republic of Turkey", "TR"),
        ),
        # A region or a continent after "of" names no country.
        ("The Bank of England kept rates unchanged.", ("Bank of England", None)),
        ("The Organization of American States met in Washington.", ("Organization of American States", None)),
    ],
)
def test_a_body_named_of_its_country_is_that_countrys(sentence: str, org: tuple[str, str | None]) -> None:
    assert org in _orgs(sentence)


def test_an_office_after_a_body_named_of_its_country_opens_the_officers_name() -> None:
    record = extract("Central Bank of Kenya Governor Kamau Thugge said inflation would ease.")
    actors = {a.name: a for a in record.actors}
    bank = actors["Central Bank of Kenya"]
    governor = actors["Kamau Thugge"]
    assert isinstance(governor, Person)
    assert [(r.title, r.of) for r in governor.roles] == [("Governor", bank.id)]
    assert governor.country == "KE"


@pytest.mark.parametrize(
    ("sentence", "org"),
    [
        ("Macron said France would not block Serbia's EU accession talks.", ("European Union", None)),
        ("Kyiv has pressed for Ukraine's NATO membership since 2022.", ("NATO", None)),
        # A national body still takes the possessive's country.
        ("Laos's Politburo approved the rail plan on Monday.", ("Politburo", "LA")),
    ],
)
def test_an_international_body_after_a_countrys_possessive_stays_international(
    sentence: str, org: tuple[str, str | None]
) -> None:
    assert org in _orgs(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Energy was also on the agenda, the two ministers said.",
        "Security remained the main concern. Trust, one official said, would take time.",
    ],
)
def test_a_head_word_alone_names_no_body(sentence: str) -> None:
    assert _orgs(sentence) == []


def test_an_office_owned_by_a_title_is_named_with_the_title() -> None:
    record = extract(
        "According to a statement from the President's Office, the two sides signed three deals."
    )
    assert _orgs(record.source.text) == [("President's Office", None)]
    assert [s.speakers for s in record.statements] == [("president-s-office",)]


@pytest.mark.parametrize(
    ("sentence", "org"),
    [
        ("Parliament approved the treaty on Tuesday.", "Parliament"),
        ("He is Director of the Office of the Prime Minister.", "Office of the Prime Minister"),
    ],
)
def test_bodies_named_by_their_head_word_alone_or_with_a_complement_stay(sentence: str, org: str) -> None:
    assert org in [name for name, _ in _orgs(sentence)]


@pytest.mark.parametrize(
    ("sentence", "company", "country"),
    [
        ("Gazprom chief Alexei Miller met the minister on Monday.", "Gazprom", "RU"),
        ("Saudi Aramco signed a supply deal with Petrobras, officials said.", "Saudi Aramco", "SA"),
    ],
)
def test_a_national_champion_company_has_its_country(sentence: str, company: str, country: str) -> None:
    actors = {a.name: a for a in extract(sentence).actors}
    assert isinstance(actors[company], Organization)
    assert actors[company].country == country
    # "Saudi Aramco" is the company, no mention of the kingdom acting.
    assert "Saudi Arabia" not in actors


def test_a_body_named_again_without_its_country_is_the_one_the_story_placed() -> None:
    orgs = _orgs(
        "Ghana's Communications Bureau said the talks had ended. The head of the Communications"
        " Bureau, Ama Owusu, said a deal was close."
    )
    assert orgs.count(("Communications Bureau", "GH")) == 1
    assert not any(name == "Communications Bureau" and country is None for name, country in orgs)


def test_a_name_two_countries_bodies_share_stays_apart_when_named_bare() -> None:
    orgs = _orgs(
        "The Turkish Foreign Ministry said Ankara welcomed the deal. The Iranian Foreign Ministry"
        " said Tehran was studying it. The Foreign Ministry of Iraq did not comment."
    )
    assert ("Foreign Ministry", "TR") in orgs
    assert ("Foreign Ministry", "IR") in orgs
