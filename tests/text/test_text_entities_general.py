"""Organizations named after their country (agencies, ministries), and titles around names."""

from __future__ import annotations

import pytest

from bilateral.model import Organization, Person
from bilateral.text import extract


@pytest.mark.parametrize(
    ("sentence", "name", "country"),
    [
        (
            "Prince Faisal received the envoy on Monday, the Saudi Press Agency reported.",
            "Saudi Press Agency",
            "SA",
        ),
        ("The two ministers discussed trade, the Emirates News Agency said.", "Emirates News Agency", "AE"),
        (
            "The leaders met in Damascus, the Syrian Arab News Agency reported.",
            "Syrian Arab News Agency",
            "SY",
        ),
        (
            "The talks were constructive, the Islamic Republic News Agency said.",
            "Islamic Republic News Agency",
            "IR",
        ),
        ("The meeting lasted an hour, Vietnam News Agency reported.", "Vietnam News Agency", "VN"),
    ],
)
def test_the_agency_is_one_organization_of_its_country(sentence: str, name: str, country: str) -> None:
    record = extract(sentence)
    orgs = [a for a in record.actors if isinstance(a, Organization)]
    assert [(o.name, o.country) for o in orgs] == [(name, country)]
    (statement,) = record.statements
    assert statement.speakers == (orgs[0].id,)


@pytest.mark.parametrize(
    ("sentence", "name", "country"),
    [
        (
            "The talks were useful, the Egyptian foreign ministry said in a statement.",
            "Egyptian foreign ministry",
            "EG",
        ),
        (
            "Russia's foreign ministry said the meeting showed Berlin was a party to the conflict.",
            "Russia's foreign ministry",
            "RU",
        ),
        ("The Chinese embassy in Washington said the visit had been postponed.", "Chinese embassy", "CN"),
        ("The Indian government said the visit would go ahead.", "Indian government", "IN"),
        ("Turkey's defence ministry said the drills were routine.", "Turkey's defence ministry", "TR"),
    ],
)
def test_a_country_and_a_lower_case_institution_noun_are_one_organization(
    sentence: str, name: str, country: str
) -> None:
    record = extract(sentence)
    orgs = [a for a in record.actors if isinstance(a, Organization)]
    assert [(o.name, o.country) for o in orgs] == [(name, country)]
    (statement,) = record.statements
    assert statement.speakers == (orgs[0].id,)


@pytest.mark.parametrize(
    "sentence",
    [
        "China's trade surplus grew, the customs office said.",
        "Russia's claims were rejected by the court.",
        "The Chinese ministry of commerce was not named.",
        "Officials in Egypt's Foreign Ministry said the talks had ended.",
    ],
)
def test_no_lower_case_institution_is_made_up(sentence: str) -> None:
    record = extract(sentence)
    assert not any(
        isinstance(a, Organization) and a.name[:1].isupper() and a.name.split()[-1].islower()
        for a in record.actors
    )


@pytest.mark.parametrize(
    ("sentence", "name", "title", "of"),
    [
        (
            "Qatar's Emir Sheikh Tamim bin Hamad Al Thani met Trump.",
            "Tamim bin Hamad Al Thani",
            "Emir",
            "qatar",
        ),
        (
            "The Emir of Qatar, Sheikh Tamim bin Hamad Al Thani, met Trump.",
            "Tamim bin Hamad Al Thani",
            "Emir",
            "qatar",
        ),
        (
            "Saudi Foreign Minister Prince Faisal bin Farhan met Blinken.",
            "Faisal bin Farhan",
            "Foreign Minister",
            "saudi-arabia",
        ),
    ],
)
def test_a_courtesy_title_after_an_office_leaves_the_office_as_the_role(
    sentence: str, name: str, title: str, of: str
) -> None:
    (person,) = [a for a in extract(sentence).actors if isinstance(a, Person)]
    assert person.name == name
    assert [(r.title, r.of) for r in person.roles] == [(title, of)]


def test_a_courtesy_title_alone_is_still_the_role() -> None:
    (person,) = [
        a for a in extract("Prince William met the president on Monday.").actors if isinstance(a, Person)
    ]
    assert [r.title for r in person.roles] == ["Prince"]


@pytest.mark.parametrize(
    ("text", "surface", "name"),
    [
        (
            (
                "Erdogan hosted Iraqi Prime Minister Mohammed Shia al-Sudani in Ankara. "
                "Speaking at a joint press conference, al-Sudani said Iraq would not allow attacks."
            ),
            "al-Sudani",
            "Mohammed Shia al-Sudani",
        ),
        (
            "Egyptian President Abdel Fattah el-Sisi received the envoy. Later, el-Sisi said it was useful.",
            "el-Sisi",
            "Abdel Fattah el-Sisi",
        ),
    ],
)
def test_a_surname_with_a_lower_case_particle_is_one_mention_and_resolves(
    text: str, surface: str, name: str
) -> None:
    record = extract(text)
    (person,) = [a for a in record.actors if isinstance(a, Person) and a.name == name]
    assert surface in [text[m.start : m.end] for m in person.mentions]
    (statement,) = [
        s
        for s in record.statements
        if s.speaker_mention is not None and text[s.speaker_mention.start : s.speaker_mention.end] == surface
    ]
    assert statement.speakers == (person.id,)


@pytest.mark.parametrize(
    ("sentence", "name", "country"),
    [
        ('"This is a crisis of his own making," said Sen. John Cornyn of Texas.', "John Cornyn", "US"),
        ("Governor Markus Soeder of Bavaria met the envoy on Monday.", "Markus Soeder", "DE"),
    ],
)
def test_a_title_of_a_region_gives_the_region_s_country_but_no_role_of(
    sentence: str, name: str, country: str
) -> None:
    (person,) = [a for a in extract(sentence).actors if isinstance(a, Person)]
    assert (person.name, person.country) == (name, country)
    assert all(r.of is None for r in person.roles)


@pytest.mark.parametrize(
    ("sentence", "name", "title"),
    [
        ("Taoiseach Simon Harris said the talks in Washington were useful.", "Simon Harris", "Taoiseach"),
        ("Tánaiste Micheál Martin said the talks were useful.", "Micheál Martin", "Tánaiste"),
    ],
)
def test_irish_titles_are_ireland_s(sentence: str, name: str, title: str) -> None:
    (person,) = [a for a in extract(sentence).actors if isinstance(a, Person)]
    assert (person.name, person.country) == (name, "IE")
    assert [(r.title, r.of) for r in person.roles] == [(title, "ireland")]


def test_pm_before_a_name_is_prime_minister() -> None:
    text = (
        "Prime Minister Narendra Modi met Maldivian President Mohamed Muizzu on Monday. "
        "“India has always been a friend,” PM Modi said after the talks."
    )
    record = extract(text)
    (statement,) = record.statements
    assert statement.speakers == ("narendra-modi",)
    record = extract("UK PM Keir Starmer met the president on Monday.")
    (person,) = [a for a in record.actors if isinstance(a, Person)]
    assert [(r.title, r.of) for r in person.roles] == [("Prime Minister", "united-kingdom")]


def test_a_clock_time_is_no_prime_minister() -> None:
    record = extract("The talks ended at 7 pm Monday, officials said. They resumed at 9 pm Tuesday.")
    assert not [a for a in record.actors if isinstance(a, Person)]


def test_a_saint_s_church_is_one_place() -> None:
    text = (
        "Ukrainian President Volodymyr Zelensky and U.S. President Donald Trump held a brief meeting in "
        "St. Peter's Basilica on Saturday."
    )
    record = extract(text)
    assert [p.name for p in record.places] == ["St. Peter's Basilica"]
    (meeting,) = record.meetings
    assert meeting.place == record.places[0].id


def test_a_day_after_a_connector_ends_an_organization_s_name() -> None:
    record = extract("The envoy met officials at the People's Bank of China on Monday.")
    assert [a.name for a in record.actors] == ["People's Bank of China"]
    record = extract("The Bank of England on Tuesday raised rates.")
    assert [a.name for a in record.actors] == ["Bank of England"]
