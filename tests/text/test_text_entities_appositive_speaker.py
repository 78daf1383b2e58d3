"""
Unknown names in apposition before a verb of saying are people.

"A spokesperson for the ministry, Mao Ning, said ...": the name is set off by commas after
the noun phrase it names, and the verb that follows needs a speaker. Also with a participle
aside between the name and the verb ("Resul Serdar, reporting from Doha, said"). The
paragraphs are written for this test, in the styles of wire copy and broadcasters' pages.
"""

from __future__ import annotations

import pytest

from bilateral.model import Person, Source
from bilateral.text._document import Document
from bilateral.text._entities import EntityStage


def run(text: str) -> Document:
    doc = Document(source=Source(text=text))
    EntityStage()(doc)
    return doc


def people(doc: Document) -> list[str]:
    return [a.name for a in doc.actors if isinstance(a, Person)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "A spokesperson for the Chinese Foreign Ministry, Lin Jian, said on Monday that talks went well.",
            "Lin Jian",
        ),
        ("A spokesman for the ministry, Tamer Helmy, told reporters the visit was postponed.", "Tamer Helmy"),
        (
            "The head of the ports authority, Joseph Otieno, said the berth would open in May.",
            "Joseph Otieno",
        ),
        ("Its leader, Alberto Núñez Feijóo, said the agreement was weak.", "Alberto Núñez Feijóo"),
        ("The bloc's negotiator, Sabine Weyand, quickly added that nothing was settled.", "Sabine Weyand"),
        (
            "Al Jazeera's Resul Serdar, reporting from Doha, said the visit was closely watched.",
            "Resul Serdar",
        ),
        ("Ines Carvalho, speaking after the session, said both sides wanted a deal.", "Ines Carvalho"),
    ],
)
def test_a_name_in_apposition_before_a_verb_of_saying_is_a_person(text: str, name: str) -> None:
    assert name in people(run(text))


@pytest.mark.parametrize(
    "text",
    [
        # A place set off by commas after a settlement noun is no speaker.
        "Officials in the port town, Kalamari Bay, said the ferry would resume.",
        # A name between commas with no verb of saying after it.
        "The delegation visited the harbour, Port Kembla Works, and left on Friday.",
        # An aside that is no participle clause.
        "The company, Halvor Shipping Lines, in a statement said it would comply.",
    ],
)
def test_other_names_between_commas_stay_unknown(text: str) -> None:
    assert people(run(text)) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Gulf agencies write the full nasab: particles and hyphenated halves are no extra words.
        (
            "His Royal Highness Prince Faisal bin Farhan bin Abdullah Al Saud received the envoy.",
            "Faisal bin Farhan bin Abdullah Al Saud",
        ),
        (
            "Kuwaiti Crown Prince Sheikh Sabah Khalid Al-Hamad Al-Sabah received the delegation.",
            "Sabah Khalid Al-Hamad Al-Sabah",
        ),
    ],
)
def test_long_arabic_names_after_a_title_are_people(text: str, name: str) -> None:
    assert name in people(run(text))


def test_a_long_capitalised_run_after_a_title_is_still_no_name() -> None:
    # Six name words after the title: a headline fragment, not one person.
    doc = run("President Alpha Bravo Charlie Delta Echo Foxtrot arrived.")
    assert people(doc) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A country or demonym before it is part of a party's name, as in "Japanese Communist
        # Party" (and "Tigray People's Liberation Front").
        ("The Spanish People's Party, the main opposition, welcomed the meeting.", "Spanish People's Party"),
        ("Pakistan People's Party leader Bilawal Bhutto Zardari met the envoy.", "Pakistan People's Party"),
        ("The Women's National Congress called for calm.", "Women's National Congress"),
    ],
)
def test_a_collective_noun_s_possessive_opens_a_party_name(text: str, name: str) -> None:
    doc = run(text)
    assert name in [a.name for a in doc.actors]


def test_a_collective_possessive_without_a_head_word_is_no_organization() -> None:
    doc = run("People's expectations were high before the Nation's leaders met.")
    assert [a.name for a in doc.actors] == []


def _roles(doc: Document, name: str) -> list[tuple[str, str | None]]:
    person = next(a for a in doc.actors if isinstance(a, Person) and a.name == name)
    return [(r.title, r.of) for r in person.roles]


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Prime Minister of the Islamic Republic of Pakistan Shehbaz Sharif arrived in Riyadh.",
            "Shehbaz Sharif",
            ("Prime Minister", "pakistan"),
        ),
        (
            "President of the Republic of Kenya William Ruto arrived in Doha.",
            "William Ruto",
            ("President", "kenya"),
        ),
        (
            "Minister of Foreign Affairs of the Sultanate of Oman Badr Albusaidi spoke.",
            "Badr Albusaidi",
            ("Minister of Foreign Affairs", "oman"),
        ),
    ],
)
def test_a_title_of_a_state_s_formal_name(text: str, name: str, role: tuple[str, str]) -> None:
    assert role in _roles(run(text), name)


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        (
            "Penny Wong met Wang Yi in Beijing. The two diplomats agreed to talk again.",
            "The two diplomats",
            2,
        ),
        ("Kaja Kallas met Sergei Lavrov. Both envoys declined to comment.", "Both envoys", 2),
        # Uncounted, or counted officials, may be people the story never named.
        ("Penny Wong met Wang Yi in Beijing. The diplomats agreed to talk again.", None, 0),
        ("Penny Wong met Wang Yi in Beijing. The two officials agreed to talk again.", None, 0),
    ],
)
def test_counted_diplomats_are_the_pair_just_named(text: str, phrase: str | None, expected: int) -> None:
    doc = run(text)
    plurals = [m for m in doc.mentions if m.kind.value == "plural" and m.actors]
    assert len(plurals) == (1 if phrase else 0)
    if phrase is not None:
        assert text[plurals[0].span.start : plurals[0].span.end] == phrase
        assert len(plurals[0].actors) == expected
