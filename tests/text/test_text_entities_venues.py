"""
Venues and their countries: famous seats of government, buildings named by their head word, and
generic buildings ("the Presidential Palace") placed by the city the story is in.

The snippets are written for this test, in the styles of wire copy and broadcasters' pages.
"""

from __future__ import annotations

import pytest

from bilateral.model import Organization, PlaceKind, Source, Span
from bilateral.text import parse_article
from bilateral.text._document import Document
from bilateral.text._entities import EntityStage


def run(text: str, dateline: str | None = None) -> Document:
    doc = Document(source=Source(text=text, dateline=dateline))
    EntityStage()(doc)
    return doc


def venue(doc: Document, name: str) -> tuple[PlaceKind, str | None]:
    found = [p for p in doc.places if p.name == name]
    assert found, f"no place {name!r} in {[p.name for p in doc.places]}"
    return found[0].kind, found[0].country


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("The ministers signed the accord at Itamaraty Palace on Tuesday.", "Itamaraty Palace", "BR"),
        ("The ministers met at the Hotel de Brienne, the ministry said.", "Hotel de Brienne", "FR"),
        ("Talks were held at the Kremlin for three hours.", "Kremlin", "RU"),
        ("He was received at Rashtrapati Bhavan in the morning.", "Rashtrapati Bhavan", "IN"),
        ("The two leaders dined at the Great Hall of the People.", "Great Hall of the People", "CN"),
        ("The summit opened at the Union Buildings with a guard of honour.", "Union Buildings", "ZA"),
    ],
)
def test_seats_of_government_are_venues_with_their_country(text: str, name: str, country: str) -> None:
    assert venue(run(text), name) == (PlaceKind.VENUE, country)


@pytest.mark.parametrize(
    ("text", "dateline", "name", "country"),
    [
        # The city right after the building.
        (
            "The leaders met at the Presidential Palace in Hanoi on Thursday.",
            None,
            "Presidential Palace",
            "VN",
        ),
        # A city earlier in the same sentence.
        ("In Lima, Xi held talks with Boluarte at the Government Palace.", None, "Government Palace", "PE"),
        # The dateline's city, over a city of an earlier visit in the sentence before.
        (
            "Waltz met Wang in Vienna in June.\nThe prime minister hosted both at Government House.",
            "BANGKOK",
            "Government House",
            "TH",
        ),
        # No dateline: the city of the sentence before.
        (
            "Prabowo arrived in Hanoi on Thursday.\nThe two leaders met at the Presidential Palace.",
            None,
            "Presidential Palace",
            "VN",
        ),
        # A building named by its head word, before its name.
        ("The defence ministers met at the Hotel Nacional in Havana.", None, "Hotel Nacional", "CU"),
    ],
)
def test_a_generic_building_is_in_the_city_the_story_is_in(
    text: str, dateline: str | None, name: str, country: str
) -> None:
    assert venue(run(text, dateline), name) == (PlaceKind.VENUE, country)


def test_a_generic_building_far_from_any_city_has_no_country() -> None:
    text = "Talks began in Hanoi.\nLater that week, guests arrived.\nThey met at the Presidential Palace."
    assert venue(run(text), "Presidential Palace") == (PlaceKind.VENUE, None)


def test_a_seat_of_government_stands_for_it() -> None:
    doc = run("Itamaraty said the visit would go ahead.")
    assert any(
        isinstance(a, Organization) and a.name == "Itamaraty" and a.country == "BR" for a in doc.actors
    )


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "She teaches at the University of the Witwatersrand in Johannesburg.",
            "University of the Witwatersrand",
        ),
        ("The request went to the Ministry of the Interior on Monday.", "Ministry of the Interior"),
    ],
)
def test_of_the_after_a_head_word_stays_inside_the_name(text: str, name: str) -> None:
    assert name in {a.name for a in run(text).actors}


def test_of_the_after_a_personal_name_starts_another_name() -> None:
    doc = run("Analyst John Smith of the Brookings Institution said the talks failed.")
    assert {a.name for a in doc.actors} == {"John Smith", "Brookings Institution"}


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("They held talks in the Venezuelan border town of Urena, officials said.", "Urena", "VE"),
        ("The envoys met in the Kenyan coastal town of Kilifi on Monday.", "Kilifi", "KE"),
        ("Both sides sent observers to the village of Tamarind Creek.", "Tamarind Creek", None),
    ],
)
def test_a_name_after_town_of_is_a_place(text: str, name: str, country: str | None) -> None:
    assert venue(run(text), name) == (PlaceKind.CITY, country)


def test_of_after_other_nouns_makes_no_place() -> None:
    doc = run("He is a member of Parliament and a friend of Nadia Okoro.")
    assert not any(p.name == "Nadia Okoro" for p in doc.places)


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("The delegations were received at Diriyah Palace.", "Diriyah Palace", "SA"),
        ("The emir hosted the talks at Lusail Palace.", "Lusail Palace", "QA"),
    ],
)
def test_gulf_palaces_are_venues_with_their_country(text: str, name: str, country: str) -> None:
    assert venue(run(text), name) == (PlaceKind.VENUE, country)


def test_a_name_after_region_of_is_a_region() -> None:
    doc = run("Ethiopia plans a naval base in the breakaway region of Kalunda, officials said.")
    assert venue(doc, "Kalunda") == (PlaceKind.REGION, None)


def test_an_unknown_phrase_in_a_headline_is_no_place() -> None:
    doc = Document(
        source=Source(text="Leaders Meet in Ankara to Ease Port Dispute\n\nThe leaders met on Monday.")
    )
    doc.sentences = [Span(start=45, end=71)]
    doc.article = parse_article(doc.text)
    EntityStage()(doc)
    assert [p.name for p in doc.places] == ["Ankara"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Gabriela Siller, chief economist at Banco Base in Monterrey, said so.", "Banco Base"),
        ("The loan came from Banque Misr, the bank said.", "Banque Misr"),
    ],
)
def test_a_leading_head_word_makes_an_organization(text: str, name: str) -> None:
    doc = run(text)
    assert any(isinstance(a, Organization) and a.name == name for a in doc.actors)
    assert not any(p.name == name for p in doc.places)


@pytest.mark.parametrize(
    ("text", "dateline", "name", "country"),
    [
        ("Foreign Secretary Vikram Misri accompanied the minister.", "NEW DELHI", "Vikram Misri", "IN"),
        ("National security adviser Cho Tae-yong met the visitors.", "SEOUL", "Cho Tae-yong", "KR"),
        # A country the text gives wins over the dateline's.
        (
            (
                "Japanese Prime Minister Fumio Kishida came.\n"
                "Kishida's top aide, Deputy Chief Cabinet Secretary Seiji Kihara, too."
            ),
            "SEOUL",
            "Seiji Kihara",
            "JP",
        ),
        # No office: the dateline says nothing about them.
        ("Analyst Park Won-gon said the visit went well.", "SEOUL", "Park Won-gon", None),
    ],
)
def test_officials_named_without_a_country_are_of_the_datelines(
    text: str, dateline: str, name: str, country: str | None
) -> None:
    doc = run(text, dateline)
    person = next(a for a in doc.actors if a.name == name)
    assert person.country == country


def test_banks_of_the_south_china_sea_are_reefs() -> None:
    doc = run("Coast guard vessels were seen near Vanguard Bank and the Reed Bank on Friday.")
    assert {p.name for p in doc.places} >= {"Vanguard Bank", "Reed Bank"}
    assert not any(isinstance(a, Organization) for a in doc.actors)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("The two prime ministers held talks at Parliament House in Canberra on Sunday.", "AU"),
        ("The visiting president addressed lawmakers at Parliament House in Wellington.", "NZ"),
    ],
)
def test_parliament_house_is_a_building_in_its_city(text: str, country: str) -> None:
    doc = run(text)
    assert venue(doc, "Parliament House") == (PlaceKind.VENUE, country)
    assert not [a for a in doc.actors if isinstance(a, Organization)]
