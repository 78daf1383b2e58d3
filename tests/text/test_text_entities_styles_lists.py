"""
Styles of address ("His Highness", "H.E."), lists of titled people, rank abbreviations that are
given names, and officials below a minister.

The snippets are written for this test, in the styles of Gulf state agencies, wire copy and
broadcasters' pages.
"""

from __future__ import annotations

import pytest

from bilateral.model import Group, Person, Source
from bilateral.text import extract
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


def people(doc: Document) -> set[str]:
    return {a.name for a in doc.actors if isinstance(a, Person)}


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        (
            "President His Highness Sheikh Mohamed bin Zayed Al Nahyan received the delegation today.",
            "Mohamed bin Zayed Al Nahyan",
            [("President", None)],
        ),
        (
            "The talks were attended by H.H. Sheikh Hamdan bin Rashid, Deputy Ruler of Dubai.",
            "Hamdan bin Rashid",
            [("Deputy Ruler", None)],
        ),
        (
            "He was received by Minister of State H.E. Dr. Khalifa Al Marar at the ministry.",
            "Khalifa Al Marar",
            [("Minister of State", None)],
        ),
        ("Later, His Majesty King Abdullah II hosted a dinner.", "Abdullah II", [("King", None)]),
    ],
)
def test_a_style_of_address_is_no_part_of_the_name(
    text: str, name: str, expected: list[tuple[str, str | None]]
) -> None:
    doc = run(text)
    assert roles(doc, name) == expected
    assert not any(n.startswith(("His", "H.H.", "H.E.")) for n in people(doc))


def test_a_titled_list_gives_each_person_their_own_title() -> None:
    doc = run("He was joined by Trade Minister Parks Tau, Agriculture Minister John Steenhuisen and aides.")
    assert roles(doc, "Parks Tau") == [("Trade Minister", None)]
    assert roles(doc, "John Steenhuisen") == [("Agriculture Minister", None)]


def test_an_appositive_title_without_a_name_after_it_is_still_read() -> None:
    doc = run("He met Parks Tau, Trade Minister of South Africa, on Monday.")
    assert roles(doc, "Parks Tau") == [("Trade Minister", "South Africa")]


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        (
            "Japanese Defense Minister Gen Nakatani met his Philippine counterpart Gilberto Teodoro.",
            "Gen Nakatani",
            [("Defense Minister", "Japan")],
        ),
        (
            "Japanese Defense Minister Gen Nakatani met his Philippine counterpart Gilberto Teodoro.",
            "Gilberto Teodoro",
            [("Defense Secretary", "Philippines")],
        ),
    ],
)
def test_a_rank_abbreviation_after_an_office_is_a_given_name(
    text: str, name: str, expected: list[tuple[str, str | None]]
) -> None:
    assert roles(run(text), name) == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Gen. Mark Milley visited the base.", "Mark Milley"),
        ("The army chief, Gen Asim Munir, visited the base.", "Asim Munir"),
    ],
)
def test_a_rank_elsewhere_stays_a_rank(text: str, name: str) -> None:
    assert name in people(run(text))


def test_official_before_a_capitalised_phrase_names_no_one() -> None:
    doc = run("Japan will fund radars under its Official Security Assistance program.")
    assert people(doc) == set()


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "The bureau's chief, Acting Assistant Secretary Troy Fitrell, also attended.",
            "Troy Fitrell",
            "Assistant Secretary",
        ),
        ("Under Secretary Allison Hooker met Japanese officials.", "Allison Hooker", "Under Secretary"),
        ("Permanent Secretary Korir Sing'oei led the delegation.", "Korir Sing'oei", "Permanent Secretary"),
    ],
)
def test_officials_below_a_minister_have_titles(text: str, name: str, title: str) -> None:
    assert [t for t, _ in roles(run(text), name)] == [title]


def test_an_ambassador_keeps_the_country_they_are_sent_to_in_the_title() -> None:
    doc = run("South Africa's ambassador-designate to the United States, Mcebisi Jonas, will arrive soon.")
    assert roles(doc, "Mcebisi Jonas") == [("Ambassador-Designate to the United States", "South Africa")]


def test_an_unnamed_counterpart_may_be_a_known_office_holder() -> None:
    # The text never says Trump is American; the office-holder list does.
    doc = run(
        "South African President Cyril Ramaphosa met President Donald Trump at the White House. "
        "Ramaphosa told his American counterpart that the claims were false."
    )
    at = doc.text.index("American counterpart")
    mention = next(m for m in doc.mentions if m.span.start == at)
    assert [a.name for a in doc.actors if a.id in mention.actors] == ["Donald Trump"]
    assert not any(isinstance(a, Group) for a in doc.actors)


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "He brought Chile's Foreign Minister Alberto van Klaveren and Mining Minister Aurora Williams.",
            "Aurora Williams",
            "CL",
        ),
        (
            "Kenya's Foreign Minister Musalia Mudavadi and Defence Minister Soipan Tuya attended.",
            "Soipan Tuya",
            "KE",
        ),
    ],
)
def test_a_possessive_is_shared_by_the_ministers_it_lists(text: str, name: str, country: str) -> None:
    doc = run(text)
    found = next(a for a in doc.actors if isinstance(a, Person) and a.name == name)
    assert found.country == country


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # A leader after "and" is often the host.
        (
            "Japan's Prime Minister Fumio Kishida and President Joe Biden met in Washington.",
            "Joe Biden",
            "US",
        ),
        # Two holders of one office are counterparts from two countries.
        ("Chile's Foreign Minister Alberto van Klaveren and Foreign Minister Wang Yi met.", "Wang Yi", "CN"),
        # The country after the name is theirs.
        ("Chile's Trade Minister Ana Soto and Foreign Minister Wang Yi of China met.", "Wang Yi", "CN"),
    ],
)
def test_a_possessive_is_not_shared_past_its_list(text: str, name: str, country: str) -> None:
    doc = run(text)
    found = next(a for a in doc.actors if isinstance(a, Person) and a.name == name)
    assert found.country == country


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "Saudi Foreign Minister Prince Faisal and national security adviser Musaed al-Aiban hosted them.",
            "Musaed al-Aiban",
            "SA",
        ),
        # The title or the office-holder list tells another country.
        (
            "Indian External Affairs Minister S. Jaishankar and Secretary of State Marco Rubio met.",
            "Marco Rubio",
            "US",
        ),
        (
            "Japanese Foreign Minister Takeshi Iwaya and Defense Secretary Pete Hegseth met.",
            "Pete Hegseth",
            "US",
        ),
    ],
)
def test_a_demonym_is_shared_by_the_officials_it_lists(text: str, name: str, country: str) -> None:
    doc = run(text)
    found = next(a for a in doc.actors if isinstance(a, Person) and a.name == name)
    assert found.country == country


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Vice President JD Vance, speaking in Munich last week, urged leaders to spend more.", "JD Vance"),
        ("Deputy Minister AJ Nkosi said the talks went well.", "AJ Nkosi"),
    ],
)
def test_two_initials_without_dots_open_a_name(text: str, name: str) -> None:
    assert name in people(run(text))


def test_an_acronym_before_a_name_is_no_initials() -> None:
    doc = run("Officials from the WHO said on Monday that cases rose.")
    assert people(doc) == set()


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "He met the Indonesian delegation, which included Defense Minister Sjafrie Sjamsoeddin.",
            "Sjafrie Sjamsoeddin",
            "ID",
        ),
        ("The Kenyan team that includes Trade Minister Lee Kinyanjui arrived.", "Lee Kinyanjui", "KE"),
        # A clause that is no list gives no country.
        ("The Kenyan delegation, Rubio said, met Trade Minister Lee Kinyanjui.", "Lee Kinyanjui", None),
    ],
)
def test_members_of_a_delegation_after_which_included(text: str, name: str, country: str | None) -> None:
    doc = run(text)
    found = next(a for a in doc.actors if isinstance(a, Person) and a.name == name)
    assert found.country == country


def test_a_leaders_companions_are_of_the_leaders_country() -> None:
    doc = run(
        "South African President Cyril Ramaphosa was accompanied by Trade Minister Parks Tau, "
        "Agriculture Minister John Steenhuisen and two golfers."
    )
    found = {a.name: a.country for a in doc.actors if isinstance(a, Person)}
    assert found["Parks Tau"] == "ZA"
    assert found["John Steenhuisen"] == "ZA"


def test_a_companion_whose_title_names_another_country_keeps_it() -> None:
    doc = run("Kenyan President William Ruto was accompanied by Secretary of State Marco Rubio.")
    assert next(a for a in doc.actors if a.name == "Marco Rubio").country == "US"


def test_sultan_after_an_honorific_is_a_given_name() -> None:
    record = extract("The meeting was attended by Dr. Sultan Ahmed Al Jaber, Minister of Industry.")
    names = [a.name for a in record.actors if isinstance(a, Person)]
    assert names == ["Sultan Ahmed Al Jaber"]


def test_officials_listed_after_from_the_side_are_of_that_side() -> None:
    record = extract(
        "ABU DHABI (WAM) -- From the Indonesian side, the meeting was attended by Foreign"
        " Minister Sugiono and Minister Budi Hartono."
    )
    countries = {a.name: a.country for a in record.actors if isinstance(a, Person)}
    assert countries["Budi Hartono"] == "ID"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Home Minister Datuk Seri Saifuddin Nasution Ismail met the Thai envoy.",
            "Saifuddin Nasution Ismail",
        ),
        ("Tan Sri Abdul Ghani Othman said the council would meet again.", "Abdul Ghani Othman"),
        ("Investment Minister Dato' Sri Tengku Zafrul Aziz signed the pact.", "Tengku Zafrul Aziz"),
        ("Tun Dr Mahathir Mohamad criticised the plan on Friday.", "Mahathir Mohamad"),
        ("Foreign Minister Datuk Seri Utama Mohamad Hasan received him.", "Mohamad Hasan"),
    ],
)
def test_malaysian_styles_are_no_part_of_the_name(text: str, name: str) -> None:
    persons = [a.name for a in extract(text).actors if isinstance(a, Person)]
    assert persons == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tan Kee Yong, a trader in Penang, said prices had risen.", "Tan Kee Yong"),
        ("Finance Minister Sri Mulyani Indrawati said the budget was sound.", "Sri Mulyani Indrawati"),
    ],
)
def test_words_of_the_styles_that_open_a_name_stay_in_it(text: str, name: str) -> None:
    persons = [a.name for a in extract(text).actors if isinstance(a, Person)]
    assert persons == [name]


def test_honorifics_without_a_full_stop_name_the_person_already_named() -> None:
    record = extract(
        "Sir Keir Starmer and Irish Prime Minister Micheál Martin met in Armagh on Friday.\n\n"
        "Sir Keir said the talks had been warm. Mr Martin said trust had returned. Scottish First"
        " Minister Fiona Hyslop welcomed the meeting, and Ms Hyslop said Edinburgh wanted a seat."
    )
    persons = {a.name: a for a in record.actors if isinstance(a, Person)}
    assert set(persons) == {"Keir Starmer", "Micheál Martin", "Fiona Hyslop"}
    speakers = [persons_by_id for s in record.statements for persons_by_id in s.speakers]
    assert persons["Keir Starmer"].id in speakers
    assert persons["Micheál Martin"].id in speakers
    assert persons["Fiona Hyslop"].id in speakers


def test_a_bare_honorific_before_a_lower_case_word_is_left_alone() -> None:
    persons = [a.name for a in extract("Dr Amina Bello said Ms and Mr forms were optional.").actors]
    assert persons == ["Amina Bello"]
