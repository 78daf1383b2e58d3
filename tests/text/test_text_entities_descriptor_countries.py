"""
A demonym before a person noun: "Ugandan lawyer Nabirye Achola" is Ugandan.

Commentators are introduced by a nationality and a noun that is no office ("Ghanaian
journalist", "Nigerian businessman"); the demonym gives their country as it does before a
title. Paragraphs written for this test; the events are made up.
"""

from __future__ import annotations

import pytest

from bilateral.model import Country, Person
from bilateral.text import extract

_OPENING = "Ugandan President Yoweri Museveni met Rwandan President Paul Kagame in Entebbe on Saturday.\n\n"


def _countries(text: str) -> dict[str, str | None]:
    return {a.name: a.country for a in extract(text).actors if isinstance(a, Person)}


@pytest.mark.parametrize(
    ("phrase", "name", "country"),
    [
        ("Ugandan lawyer Nabirye Achola", "Nabirye Achola", "UG"),
        ("Rwandan journalist Eric Habimana", "Eric Habimana", "RW"),
        ("Congolese businessman Jean-Marie Kabeya", "Jean-Marie Kabeya", "CD"),
    ],
)
def test_the_demonym_gives_the_country(phrase: str, name: str, country: str) -> None:
    text = _OPENING + f"{phrase} said the border deal would help traders."
    assert _countries(text)[name] == country


def test_a_city_modifier_gives_no_country() -> None:
    # Negative: "Kampala-based" places the person, it gives no nationality.
    text = _OPENING + "Kampala-based lawyer Nabirye Achola said the border deal would help traders."
    assert _countries(text)["Nabirye Achola"] is None


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Grace Atieno, a trader at the Busia border market, said sales had halved.", "Grace Atieno"),
        ("Peter Okello, a farmer, told VOA the new road would help.", "Peter Okello"),
        ('"We waited two days," said Amina Yusuf, a truck driver from Mombasa.', "Amina Yusuf"),
    ],
)
def test_a_name_described_as_a_trade_in_apposition_is_a_person(sentence: str, name: str) -> None:
    countries = _countries(_OPENING + sentence)
    assert name in countries
    # A market trader is of no country the story has not given.
    assert countries[name] is None


def test_a_trade_noun_after_a_place_makes_no_person() -> None:
    countries = _countries(_OPENING + "Lake Victoria, a fisherman's lifeline, is shrinking.")
    assert "Lake Victoria" not in countries


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Pumla Dineo, a surgeon who treats survivors in Goma, welcomed the talks.", "Pumla Dineo"),
        ("Ngugi Mwangi, a Nobel laureate, said the summit was a distraction.", "Ngugi Mwangi"),
    ],
)
def test_a_name_described_by_a_calling_speaks_whatever_the_verb(sentence: str, name: str) -> None:
    record = extract(_OPENING + sentence)
    persons = {a.name: a for a in record.actors if isinstance(a, Person)}
    assert [s.speakers for s in record.statements][-1] == (persons[name].id,)


def test_a_demonym_after_in_before_no_noun_is_a_language() -> None:
    countries = {
        a.name
        for a in extract(
            "Petro said, speaking in Spanish, that the talks went well. The communique, in Arabic and"
            " English, was posted online. Troops in Russian territory withdrew."
        ).actors
        if isinstance(a, Country)
    }
    assert "Spain" not in countries
    assert "Russia" in countries
