"""
Appositive nationality and role: "his Japanese counterpart, Yoko Kamikawa", "Japan's foreign minister, ...".

The snippets are written for this test (no dev-set sentence), in the styles of wire copy,
broadsheets and broadcasters' web pages.
"""

from __future__ import annotations

import pytest

from bilateral.model import Country, Group, Person, Source
from bilateral.text import extract
from bilateral.text._document import Document
from bilateral.text._entities import EntityStage


def run(text: str) -> Document:
    doc = Document(source=Source(text=text))
    EntityStage()(doc)
    return doc


def person(doc: Document, name: str) -> Person:
    found = [a for a in doc.actors if isinstance(a, Person) and a.name == name]
    assert found, f"no person {name!r} in {[a.name for a in doc.actors]}"
    return found[0]


def roles(doc: Document, p: Person) -> list[tuple[str, str | None]]:
    names = {a.id: a.name for a in doc.actors}
    return [(r.title, names[r.of] if r.of else None) for r in p.roles]


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "The envoy sat down with his Japanese counterpart, Takeshi Iwaya, on Thursday.",
            "Takeshi Iwaya",
            "JP",
        ),
        (
            "Later she phoned her Indian counterpart, S. Jaishankar, about the corridor.",
            "S. Jaishankar",
            "IN",
        ),
        ("He will host his Brazilian counterpart, Mauro Vieira, next week.", "Mauro Vieira", "BR"),
        (
            "Talks resumed after the minister met his counterpart from Kenya, Musalia Mudavadi.",
            "Musalia Mudavadi",
            "KE",
        ),
        (
            "The admiral called his counterpart in Canberra, David Johnston, on Sunday.",
            "David Johnston",
            "AU",
        ),
        (
            "Officials said he would meet Cho Tae-yul, his South Korean counterpart, in Seoul.",
            "Cho Tae-yul",
            "KR",
        ),
    ],
)
def test_counterpart_in_apposition_gets_the_country(text: str, name: str, country: str) -> None:
    doc = run(text)
    assert person(doc, name).country == country
    # One person, not a group called "Japanese counterpart".
    assert not any(isinstance(a, Group) and "counterpart" in a.name for a in doc.actors)


def test_counterpart_in_a_capital_mentions_the_country() -> None:
    doc = run("The admiral called his counterpart in Canberra, David Johnston, on Sunday.")
    start = doc.text.index("Canberra")
    mention = next(m for m in doc.mentions if m.span.start == start)
    countries = {a.id: a for a in doc.actors if isinstance(a, Country)}
    assert [countries[a].country for a in mention.actors] == ["AU"]
    assert mention.place is not None


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        (
            "Italian Foreign Minister Antonio Tajani met his Egyptian counterpart, Badr Abdelatty, in Rome.",
            "Badr Abdelatty",
            [("Foreign Minister", "Egypt")],
        ),
        (
            "Chinese Defense Minister Dong Jun held a video call with his U.S. counterpart, Lloyd Austin.",
            "Lloyd Austin",
            [("Secretary of Defense", "United States")],
        ),
        (
            "U.S. Secretary of State Marco Rubio spoke by phone with his Turkish counterpart, Hakan Fidan.",
            "Hakan Fidan",
            [("Foreign Minister", "Turkey")],
        ),
        (
            (
                "U.S. Secretary of State Marco Rubio landed in Riyadh. Rubio's Saudi counterpart, "
                "Faisal bin Farhan, met him at the airport."
            ),
            "Faisal bin Farhan",
            [("Foreign Minister", "Saudi Arabia")],
        ),
        (
            "German Finance Minister Christian Lindner greeted his British counterpart, Rachel Reeves.",
            "Rachel Reeves",
            [("Chancellor of the Exchequer", "United Kingdom")],
        ),
    ],
)
def test_a_ministers_counterpart_holds_the_same_portfolio(
    text: str, name: str, expected: list[tuple[str, str | None]]
) -> None:
    doc = run(text)
    assert roles(doc, person(doc, name)) == expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # A leader's counterpart holds the same office where their country has it.
        (
            "French President Emmanuel Macron welcomed his Italian counterpart, Sergio Mattarella.",
            "Sergio Mattarella",
            [("President", "Italy")],
        ),
        (
            "Brazilian President Luiz Inacio Lula da Silva hosted his Kenyan counterpart, William Ruto.",
            "William Ruto",
            [("President", "Kenya")],
        ),
        (
            "Indian Prime Minister Narendra Modi spoke with his Japanese counterpart, Shigeru Ishiba.",
            "Shigeru Ishiba",
            [("Prime Minister", "Japan")],
        ),
        # A monarchy has no president, a presidential republic no prime minister: the
        # office is then unknown and only the country is given.
        (
            "South Korean President Lee Jae-myung met his Japanese counterpart, Shigeru Ishiba.",
            "Shigeru Ishiba",
            [],
        ),
        (
            "Prime Minister Keir Starmer called his Brazilian counterpart, Luiz Inacio Lula da Silva.",
            "Luiz Inacio Lula da Silva",
            [],
        ),
    ],
)
def test_a_leaders_counterpart_gets_the_office_their_country_has(
    text: str, name: str, expected: list[tuple[str, str | None]]
) -> None:
    doc = run(text)
    assert roles(doc, person(doc, name)) == expected
    assert person(doc, name).country is not None


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        (
            "Nigeria's Minister of Foreign Affairs Yusuf Tuggar met his French counterpart Jean-Noel Barrot.",
            "Jean-Noel Barrot",
            [("Foreign Minister", "France")],
        ),
        (
            "Cabinet Secretary for Foreign Affairs Musalia Mudavadi hosted his Indian counterpart, Ravi Rao.",
            "Ravi Rao",
            [("External Affairs Minister", "India")],
        ),
    ],
)
def test_a_portfolio_written_out_carries_over(
    text: str, name: str, expected: list[tuple[str, str | None]]
) -> None:
    doc = run(text)
    assert roles(doc, person(doc, name)) == expected


@pytest.mark.parametrize(
    ("text", "counterpart"),
    [
        (
            (
                "Japanese Prime Minister Shigeru Ishiba flew to Lima. South Korean President Yoon Suk Yeol "
                "met his Japanese counterpart on Friday evening."
            ),
            "Shigeru Ishiba",
        ),
        (
            (
                "U.S. national security adviser Mike Waltz met Chinese Foreign Minister Wang Yi. Wang told "
                "his American counterpart that Taiwan was a red line."
            ),
            "Mike Waltz",
        ),
    ],
)
def test_an_unnamed_counterpart_is_the_person_of_that_country_already_named(
    text: str, counterpart: str
) -> None:
    doc = run(text)
    at = text.index("counterpart")
    mention = next(m for m in doc.mentions if m.span.start < at < m.span.end)
    assert [a.name for a in doc.actors if a.id in mention.actors] == [counterpart]
    assert not any(isinstance(a, Group) and "counterpart" in a.name for a in doc.actors)


@pytest.mark.parametrize(
    "text",
    [
        # Two Japanese ministers named, neither a foreign minister: the text does not tell.
        (
            "Japanese Defense Minister Minoru Kihara and Japanese Trade Minister Yoji Muto arrived. Later "
            "Foreign Minister Cho Tae-yul met his Japanese counterpart."
        ),
        # No one from that country named yet.
        "President Yoon Suk Yeol met his Japanese counterpart on Friday.",
    ],
)
def test_an_unnamed_counterpart_stays_unresolved_when_the_text_does_not_tell(text: str) -> None:
    doc = run(text)
    assert any(isinstance(a, Group) and a.name == "Japanese counterpart" for a in doc.actors)


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        (
            "Japan's foreign minister, Takeshi Iwaya, said the visit was overdue.",
            "Takeshi Iwaya",
            [("Foreign Minister", "Japan")],
        ),
        ("Kenya's president, William Ruto, flew to Addis Ababa.", "William Ruto", [("President", "Kenya")]),
        (
            "The Philippine defense secretary, Gilberto Teodoro, toured the base.",
            "Gilberto Teodoro",
            [("Defense Secretary", "Philippines")],
        ),
    ],
)
def test_possessive_or_demonym_title_in_apposition(
    text: str, name: str, expected: list[tuple[str, str | None]]
) -> None:
    doc = run(text)
    assert roles(doc, person(doc, name)) == expected


def test_unnamed_counterpart_stays_a_group_of_that_country() -> None:
    doc = run("The minister met his Saudi counterpart on Monday.")
    groups = [a for a in doc.actors if isinstance(a, Group)]
    assert [g.country for g in groups] == ["SA"]
    assert not any(isinstance(a, Person) for a in doc.actors)


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        (
            "Badr Abdelatty, Egypt's foreign minister, said the crossing would reopen.",
            "Badr Abdelatty",
            [("Foreign Minister", "Egypt")],
        ),
        (
            "Talks were chaired by Mark Rutte, NATO's secretary general, in The Hague.",
            "Mark Rutte",
            [("Secretary General", "NATO")],
        ),
        (
            "Sybiha, Ukraine's foreign minister, landed in Warsaw late on Monday.",
            "Sybiha",
            [("Foreign Minister", "Ukraine")],
        ),
        (
            "Abdelatty, the Egyptian foreign minister, told reporters the plan was final.",
            "Abdelatty",
            [("Foreign Minister", "Egypt")],
        ),
    ],
)
def test_title_in_apposition_after_the_name(
    text: str, name: str, expected: list[tuple[str, str | None]]
) -> None:
    doc = run(text)
    assert roles(doc, person(doc, name)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Hezbollah, the Lebanese militant group, said it had fired rockets.",
        "Reuters, the news agency, first reported the deal.",
        "Gaza, the Palestinian enclave, lies in ruins.",
    ],
)
def test_a_lone_word_with_a_non_title_appositive_is_no_person(text: str) -> None:
    assert not any(isinstance(a, Person) for a in run(text).actors)


def test_an_unnamed_leaders_counterpart_is_the_first_leader_named_of_that_country() -> None:
    text = (
        "Vietnamese leader To Lam hosted Indonesian President Prabowo Subianto in Hanoi. "
        "Prime Minister Pham Minh Chinh of Vietnam joined a lunch. "
        "Prabowo invited his Vietnamese counterpart to visit Jakarta."
    )
    doc = run(text)
    at = text.index("Vietnamese counterpart")
    mention = next(m for m in doc.mentions if m.span.start == at)
    assert [a.name for a in doc.actors if a.id in mention.actors] == ["To Lam"]


def test_a_demonym_before_a_written_out_portfolio_makes_a_title() -> None:
    doc = run("Kenyan Cabinet Secretary for Foreign Affairs Musalia Mudavadi met him on Monday.")
    assert roles(doc, person(doc, "Musalia Mudavadi")) == [("Cabinet Secretary for Foreign Affairs", "Kenya")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            (
                "Secretary of State Marco Rubio met Russian Foreign Minister Sergey Lavrov in Riyadh. "
                "Rubio told his counterpart that sanctions would stay."
            ),
            "Sergey Lavrov",
        ),
        (
            (
                "Indian Prime Minister Narendra Modi hosted Japanese Prime Minister Shigeru Ishiba. "
                "Modi and his counterpart signed a pact."
            ),
            "Shigeru Ishiba",
        ),
        (
            (
                "Secretary of State Marco Rubio met Chinese Foreign Minister Wang Yi and Russian Foreign "
                "Minister Sergey Lavrov. Rubio told his counterpart from China that tariffs would stay."
            ),
            "Wang Yi",
        ),
    ],
)
def test_his_counterpart_is_the_other_holder_of_the_office(text: str, name: str) -> None:
    doc = run(text)
    at = text.index("his counterpart")
    mention = next(m for m in doc.mentions if m.span.start == at)
    assert [a.name for a in doc.actors if a.id in mention.actors] == [name]


def test_his_counterpart_with_no_holder_of_the_office_is_unresolved() -> None:
    text = "Prime Minister Narendra Modi met Defense Secretary Pete Hegseth. Modi thanked his counterpart."
    doc = run(text)
    at = text.index("counterpart")
    assert not [m for m in doc.mentions if m.span.start <= at < m.span.end]


def test_a_headline_counterpart_is_the_official_of_that_country_the_story_names() -> None:
    record = extract(
        "Thai PM holds talks with Malaysian counterpart\n\nBANGKOK - Thai Prime Minister Srettha"
        " Thavisin held talks with Malaysian Prime Minister Anwar Ibrahim on Monday, and"
        " Malaysian Trade Minister Tengku Zafrul Aziz signed a trade pact."
    )
    assert not [a for a in record.actors if isinstance(a, Group)]
    anwar = next(a for a in record.actors if a.name == "Anwar Ibrahim")
    title = record.source.text.index("Malaysian counterpart")
    assert any(m.start == title for m in anwar.mentions)


def test_headline_titles_find_leaders_the_office_holder_list_knows() -> None:
    record = extract(
        "UAE President, Kenyan President discuss trade\n\nABU DHABI (WAM) -- President His"
        " Highness Sheikh Mohamed bin Zayed Al Nahyan received President William Ruto of Kenya"
        " at Qasr Al Watan today."
    )
    mbz = next(a for a in record.actors if a.name == "Mohamed bin Zayed Al Nahyan")
    # "UAE President" opens the text: the headline title names him.
    assert any(m.start == 0 for m in mbz.mentions)
