"""
Later mentions by title ("the Indian premier", "China's top diplomat") and names known as office holders.

The snippets are written for this test, in the styles of wire copy and broadcasters' pages.
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


def referent(doc: Document, phrase: str) -> list[str]:
    at = doc.text.index(phrase)
    names = {a.id: a.name for a in doc.actors}
    found = [
        m
        for m in doc.mentions
        if m.span.start <= at < m.span.end and phrase in doc.text[m.span.start : m.span.end]
    ]
    return [names[a] for m in found for a in m.actors]


@pytest.mark.parametrize(
    ("text", "phrase", "name"),
    [
        (
            "Indian Prime Minister Narendra Modi arrived in Moscow. The Indian premier is due in Vienna.",
            "Indian premier",
            "Narendra Modi",
        ),
        (
            "Chinese Premier Li Qiang met the delegation. The Chinese prime minister said trade would grow.",
            "Chinese prime minister",
            "Li Qiang",
        ),
        (
            "Chinese Foreign Minister Wang Yi flew to Jakarta. China's top diplomat will also visit Dili.",
            "top diplomat",
            "Wang Yi",
        ),
        (
            "Secretary of State Marco Rubio met them. The top diplomat said little afterwards.",
            "top diplomat",
            "Marco Rubio",
        ),
    ],
)
def test_a_later_title_may_use_another_name_for_the_office(text: str, phrase: str, name: str) -> None:
    assert name in referent(run(text), phrase)


def test_a_synonym_does_not_cross_offices() -> None:
    doc = run("Defense Minister Gen Nakatani met the delegation. Japan's top diplomat was abroad.")
    assert "Gen Nakatani" not in referent(doc, "top diplomat")


def test_a_known_office_holder_is_a_person_whatever_follows() -> None:
    doc = run("State media said leader Kim Jong Un had inspected a new destroyer on Friday.")
    assert any(isinstance(a, Person) and a.name == "Kim Jong Un" and a.country == "KP" for a in doc.actors)


def test_an_unknown_name_without_evidence_is_still_no_person() -> None:
    doc = run("Officials confirmed Hwasong Plant had built a new destroyer.")
    assert not any(isinstance(a, Person) for a in doc.actors)


def test_a_former_office_names_the_subject_of_the_sentence_before() -> None:
    text = "Envoy Olusegun Obasanjo welcomed the deal. The former Nigerian president said calm would follow."
    doc = run(text)
    assert "Olusegun Obasanjo" in referent(doc, "former Nigerian president")
    assert next(a for a in doc.actors if a.name == "Olusegun Obasanjo").country == "NG"


@pytest.mark.parametrize(
    "text",
    [
        # The subject is from another country.
        "Mexican envoy Ana Ruiz welcomed the deal. The former Nigerian president said calm would follow.",
        # No past office: "the Nigerian president" is a current one, left to the title lookup.
        "Envoy Olusegun Obasanjo welcomed the deal. The Nigerian president said calm would follow.",
    ],
)
def test_a_description_names_no_one_the_text_does_not_support(text: str) -> None:
    doc = run(text)
    phrase = "Nigerian president"
    assert not [n for n in referent(doc, phrase) if n in {"Ana Ruiz", "Olusegun Obasanjo"}]


@pytest.mark.parametrize(
    ("text", "phrase", "name"),
    [
        (
            (
                "Kenyan President William Ruto met Chinese President Xi Jinping in Beijing. "
                "The visiting leader told reporters that Kenya valued China."
            ),
            "visiting leader",
            "William Ruto",
        ),
        (
            (
                "Chinese President Xi Jinping hosted Kenyan President William Ruto in Beijing. "
                "The visiting president praised the railway."
            ),
            "visiting president",
            "William Ruto",
        ),
        (
            "Kenyan President William Ruto arrived in Beijing. The Kenyan head of state flew on.",
            "Kenyan head of state",
            "William Ruto",
        ),
    ],
)
def test_descriptions_of_the_guest_and_of_the_office(text: str, phrase: str, name: str) -> None:
    assert referent(run(text), phrase) == [name]


def test_the_visiting_leader_is_not_the_host() -> None:
    text = "Chinese President Xi Jinping met leaders in Beijing. The visiting leader was not named."
    assert referent(run(text), "visiting leader") == []


@pytest.mark.parametrize(
    ("text", "phrase", "name"),
    [
        (
            "U.S. Special Envoy for North Korea Kevin Kim arrived in Seoul. The envoy met officials.",
            "The envoy",
            "Kevin Kim",
        ),
        (
            "U.S. Ambassador to Japan Rahm Emanuel arrived. The ambassador said so.",
            "The ambassador",
            "Rahm Emanuel",
        ),
    ],
)
def test_a_title_with_a_brief_is_named_by_its_office_alone(text: str, phrase: str, name: str) -> None:
    assert referent(run(text), phrase) == [name]


def test_of_two_people_seen_together_the_one_holding_the_very_title() -> None:
    doc = run(
        "Secretary of State Marco Rubio met Kenyan Foreign Minister Musalia Mudavadi at the State"
        " Department on Wednesday.\n\nMudavadi said he had explained Kenya's position. He said the two"
        " sides had agreed to set up a working group. The foreign minister declined to say more."
    )
    assert referent(doc, "The foreign minister") == ["Musalia Mudavadi"]


def test_the_very_title_beats_an_equivalent_one_of_the_last_person_named() -> None:
    doc = run(
        "Chinese Premier Li Qiang met Hungarian Prime Minister Viktor Orban in Beijing on Monday."
        " Orban praised the talks. The premier said trade would grow."
    )
    assert referent(doc, "The premier") == ["Li Qiang"]


def test_an_equivalent_title_alone_still_finds_its_holder() -> None:
    doc = run(
        "Hungarian Prime Minister Viktor Orban met Chinese President Xi Jinping in Beijing on Monday."
        " Xi praised the talks. The premier said trade would grow."
    )
    assert referent(doc, "The premier") == ["Viktor Orban"]
