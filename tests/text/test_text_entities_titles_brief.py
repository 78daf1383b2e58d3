"""
Titles with a brief ("Special Envoy for North Korea"), written-out portfolios and titles after a demonym.

The snippets are written for this test, in the styles of wire copy and broadcasters' pages.
"""

from __future__ import annotations

import pytest

from bilateral.model import Organization, Person, Source
from bilateral.text._document import Document
from bilateral.text._entities import EntityStage


def run(text: str) -> Document:
    doc = Document(source=Source(text=text))
    EntityStage()(doc)
    return doc


def roles(doc: Document, name: str) -> list[tuple[str, str | None]]:
    names = {a.id: a.name for a in doc.actors}
    found = [a for a in doc.actors if isinstance(a, Person) and a.name == name]
    assert found, f"no person {name!r} in {[a.name for a in doc.actors]}"
    return [(r.title, names[r.of] if r.of else None) for r in found[0].roles]


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        (
            "U.S. Special Envoy for Syria Tom Barrack arrived in Damascus on Sunday.",
            "Tom Barrack",
            [("Special Envoy for Syria", "United States")],
        ),
        (
            "Britain's special envoy for the Middle East, Jane Hollis, held talks in Amman.",
            "Jane Hollis",
            [("Special Envoy for the Middle East", "United Kingdom")],
        ),
        (
            "The president's senior adviser for economic affairs, Maria Osei, briefed reporters.",
            "Maria Osei",
            [("Senior Adviser for Economic Affairs", None)],
        ),
    ],
)
def test_a_brief_after_for_belongs_to_the_title(
    text: str, name: str, expected: list[tuple[str, str | None]]
) -> None:
    assert roles(run(text), name) == expected


def test_a_for_phrase_that_is_no_brief_stays_out_of_the_title() -> None:
    # "for talks" after the name is the sentence's, not the title's.
    doc = run("Special Envoy Steve Witkoff left for talks in Moscow on Friday.")
    assert roles(doc, "Steve Witkoff") == [("Special Envoy", None)]


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        (
            "Kenya's Cabinet Secretary for Defence Soipan Tuya inspected the troops.",
            "Soipan Tuya",
            [("Cabinet Secretary for Defence", "Kenya")],
        ),
        (
            "German Armed Forces Minister Lena Vogt met her Polish counterpart on Monday.",
            "Lena Vogt",
            [("Armed Forces Minister", "Germany")],
        ),
        (
            "Japan's Chief Cabinet Secretary Yoshimasa Hayashi told a news conference in Tokyo.",
            "Yoshimasa Hayashi",
            [("Chief Cabinet Secretary", "Japan")],
        ),
    ],
)
def test_a_title_after_a_demonym_is_no_organization(
    text: str, name: str, expected: list[tuple[str, str | None]]
) -> None:
    doc = run(text)
    assert roles(doc, name) == expected
    assert not any(isinstance(a, Organization) and name in a.name for a in doc.actors)


def test_an_organization_after_a_demonym_is_still_one() -> None:
    doc = run("The French Armed Forces said the drill ended.")
    assert any(isinstance(a, Organization) and a.name.endswith("Armed Forces") for a in doc.actors)


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        (
            "They were joined by the head of Turkey's intelligence agency, Ibrahim Kalin.",
            "Ibrahim Kalin",
            [("Head of Intelligence Agency", "Turkey")],
        ),
        (
            "Also present was the chief of Egypt's general intelligence service, Hassan Rashad.",
            "Hassan Rashad",
            [("Chief of General Intelligence Service", "Egypt")],
        ),
    ],
)
def test_a_title_of_a_countrys_body_names_the_person_after_the_comma(
    text: str, name: str, expected: list[tuple[str, str | None]]
) -> None:
    assert roles(run(text), name) == expected


def test_a_title_of_a_countrys_body_without_a_name_names_no_one() -> None:
    doc = run("The head of Turkey's intelligence agency said the talks went well.")
    assert not any(isinstance(a, Person) for a in doc.actors)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Paraguayan President Santiago Pena met his Uruguayan counterpart.", "Santiago Pena"),
        ("Somali President Hassan Sheikh Mohamud arrived in Nairobi.", "Hassan Sheikh Mohamud"),
    ],
)
def test_a_given_name_that_is_also_a_city_starts_a_name_after_a_title(text: str, name: str) -> None:
    assert any(isinstance(a, Person) and a.name == name for a in run(text).actors)


def test_a_city_after_a_title_and_a_preposition_stays_a_city() -> None:
    doc = run("The President flew to Santiago Monday.")
    assert [p.name for p in doc.places] == ["Santiago"]
    assert not any(isinstance(a, Person) for a in doc.actors)


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        (
            "Deputy Chief Cabinet Secretary Seiji Kihara met them.",
            "Seiji Kihara",
            [("Deputy Chief Cabinet Secretary", None)],
        ),
        ("Deputy Special Envoy Morgan Ortagus met them.", "Morgan Ortagus", [("Deputy Special Envoy", None)]),
        ("Deputy Prime Minister Denis Manturov spoke.", "Denis Manturov", [("Deputy Prime Minister", None)]),
    ],
)
def test_a_deputy_of_any_office_keeps_the_whole_title(
    text: str, name: str, expected: list[tuple[str, str | None]]
) -> None:
    assert roles(run(text), name) == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Chinese Vice Foreign Minister Sun Weidong met them.", "Sun Weidong"),
        ("The envoy later met Mon Sokha, the provincial governor.", "Mon Sokha"),
    ],
)
def test_a_day_abbreviation_before_a_name_is_a_surname(text: str, name: str) -> None:
    assert any(isinstance(a, Person) and a.name == name for a in run(text).actors)


def test_a_day_abbreviation_before_a_date_stays_a_day() -> None:
    doc = run("The vote is on Sun Nov. 3 in Lima.")
    assert not any(isinstance(a, Person) for a in doc.actors)


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        (
            "Qatari Prime Minister and Foreign Minister Sheikh Mohammed bin Abdulrahman Al Thani met him.",
            "Mohammed bin Abdulrahman Al Thani",
            [("Prime Minister", "Qatar"), ("Foreign Minister", "Qatar")],
        ),
        (
            "Deputy Prime Minister and Foreign Minister Ishaq Dar of Pakistan spoke.",
            "Ishaq Dar",
            [("Deputy Prime Minister", "Pakistan"), ("Foreign Minister", "Pakistan")],
        ),
    ],
)
def test_two_titles_before_one_name_are_both_held(
    text: str, name: str, expected: list[tuple[str, str | None]]
) -> None:
    assert roles(run(text), name) == expected


def test_two_titles_without_a_name_are_two_people() -> None:
    doc = run(
        "President Joe Biden met Prime Minister Fumio Kishida. The President and Prime Minister smiled."
    )
    at = doc.text.index("The President")
    names = {a.id: a.name for a in doc.actors}
    mentioned = {names[a] for m in doc.mentions if m.span.start >= at for a in m.actors}
    assert "Joe Biden" in mentioned


def test_two_titles_before_one_name_are_one_mention() -> None:
    text = "Deputy Prime Minister and Foreign Minister Ishaq Dar of Pakistan spoke."
    doc = run(text)
    phrase = "Deputy Prime Minister and Foreign Minister Ishaq Dar"
    assert any(doc.text[m.span.start : m.span.end] == phrase for m in doc.mentions)


def test_a_country_naming_a_program_is_not_what_the_title_is_of() -> None:
    doc = run(
        "This is about stabilization, said Yun Sun, director of the China program at the Stimson Center."
    )
    assert roles(doc, "Yun Sun") == [("Director", "Stimson Center")]
    assert next(a for a in doc.actors if a.name == "Yun Sun").country == "US"


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("He teaches at the Australian National University in Canberra.", "Australian National University"),
        ("She is a fellow of the Russian Academy of Sciences.", "Russian Academy of Sciences"),
    ],
)
def test_a_demonym_may_begin_an_organizations_name(text: str, org: str) -> None:
    assert org in {a.name for a in run(text).actors}


def test_a_demonym_before_a_ministry_still_marks_its_country() -> None:
    doc = run("The Russian Foreign Ministry said the talks failed.")
    assert {a.name for a in doc.actors} == {"Russia", "Foreign Ministry"}


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("He toured a plant with Western Australia Premier Roger Cook.", "Roger Cook", "Premier"),
        ("He later met Bavarian Premier Markus Soeder in Munich.", "Markus Soeder", "Premier"),
    ],
)
def test_an_office_after_an_unknown_place_starts_a_titled_name(text: str, name: str, title: str) -> None:
    assert [t for t, _ in roles(run(text), name)] == [title]


def test_an_office_inside_a_buildings_name_stays_in_it() -> None:
    doc = run("The talks were held at the Hotel President Wilson in Geneva.")
    assert "Hotel President Wilson" in {p.name for p in doc.places}
    assert not any(isinstance(a, Person) for a in doc.actors)


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        (
            "He met Bangladesh's interim government head Muhammad Yunus in Dhaka.",
            "Muhammad Yunus",
            [("Head", "Bangladesh")],
        ),
        ("Myanmar's military leader Min Aung Hlaing arrived.", "Min Aung Hlaing", [("Leader", "Myanmar")]),
    ],
)
def test_a_kind_of_government_between_country_and_title(
    text: str, name: str, expected: list[tuple[str, str | None]]
) -> None:
    assert roles(run(text), name) == expected


def test_a_kind_of_government_alone_names_no_one() -> None:
    assert not any(isinstance(a, Person) for a in run("The interim government head Tuesday said so.").actors)


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "The Indonesian president later called on the Grand Imam of Al-Azhar, Ahmed el-Tayeb, in Cairo.",
            "Ahmed el-Tayeb",
            "Grand Imam",
        ),
        (
            "Grand Mufti Shawki Allam received the visiting delegation on Sunday.",
            "Shawki Allam",
            "Grand Mufti",
        ),
        ("Chief Rabbi Ephraim Mirvis attended the state banquet.", "Ephraim Mirvis", "Chief Rabbi"),
    ],
)
def test_heads_of_religious_institutions_are_titled_people(text: str, name: str, title: str) -> None:
    doc = run(text)
    persons = {a.name: a for a in doc.actors if isinstance(a, Person)}
    assert [r.title for r in persons[name].roles] == [title]


def test_al_azhar_is_an_egyptian_body() -> None:
    doc = run("Al-Azhar said in a statement that it rejected the plan.")
    orgs = {a.name: a for a in doc.actors if isinstance(a, Organization)}
    assert orgs["Al-Azhar"].country == "EG"
    assert not [a for a in doc.actors if isinstance(a, Person)]


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            (
                "Qatar's Minister of Amiri Diwan Affairs Sheikh Saoud bin Abdulrahman Al Thani"
                " received the envoy."
            ),
            "Saoud bin Abdulrahman Al Thani",
            "Minister of Amiri Diwan Affairs",
        ),
        (
            "Minister of Royal Court Affairs Sayyid Khalid bin Hilal Al Busaidi attended the banquet.",
            "Sayyid Khalid bin Hilal Al Busaidi",
            "Minister of Royal Court Affairs",
        ),
    ],
)
def test_a_rulers_court_is_a_portfolio_before_a_name(text: str, name: str, title: str) -> None:
    doc = run(text)
    persons = {a.name: a for a in doc.actors if isinstance(a, Person)}
    assert [r.title for r in persons[name].roles] == [title]
    # The court is no body of its own here.
    assert not [a for a in doc.actors if isinstance(a, Organization) and "Court" in a.name]
