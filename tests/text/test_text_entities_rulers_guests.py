"""Rulers with regnal numbers, formal state names, and guests under a host country's dateline."""

from __future__ import annotations

import pytest

from bilateral.model import Person
from bilateral.text import extract

_BODY = "\n\n"


def _persons(text: str) -> dict[str, Person]:
    return {a.name: a for a in extract(text).actors if isinstance(a, Person)}


@pytest.mark.parametrize(
    ("sentence", "name", "country"),
    [
        ("Morocco's King Mohammed VI received the delegation in Rabat on Friday.", "Mohammed VI", "MA"),
        ("The visitors were received by King Harald V of Norway at the palace.", "Harald V", "NO"),
        ("Pope Leo XIV urged both sides to return to talks.", "Leo XIV", None),
    ],
)
def test_a_regnal_number_ends_the_name(sentence: str, name: str, country: str | None) -> None:
    persons = _persons(sentence)
    assert name in persons
    assert persons[name].country == country


@pytest.mark.parametrize(
    "sentence",
    [
        (
            "His Majesty King of the Hashemite Kingdom of Jordan Abdullah II received the Egyptian"
            " foreign minister at Basman Palace on Sunday."
        ),
        "The King of Jordan Abdullah II received the Egyptian foreign minister on Sunday.",
    ],
)
def test_jordan_after_a_formal_state_name_is_the_country(sentence: str) -> None:
    persons = _persons(sentence)
    king = persons["Abdullah II"]
    assert king.country == "JO"
    assert [r.title for r in king.roles] == ["King"]
    assert "Jordan Abdullah II" not in persons


def test_jordan_stays_a_given_name_elsewhere() -> None:
    persons = _persons("French far-right leader Jordan Bardella said the visit was a mistake.")
    assert "Jordan Bardella" in persons


def test_a_visiting_leader_does_not_take_the_dateline_country() -> None:
    text = (
        "Leaders agree to deepen ties"
        + _BODY
        + "NEW DELHI, Aug 5 (Reuters) - Prime Minister Narendra Modi held talks on Tuesday with"
        " visiting President Tamba Kalulu-Mwansa, and the two sides signed four agreements."
    )
    persons = _persons(text)
    assert persons["Narendra Modi"].country == "IN"
    assert persons["Tamba Kalulu-Mwansa"].country is None


def test_a_king_is_not_given_a_republic_dateline_country() -> None:
    text = (
        "Leaders agree to restore ties"
        + _BODY
        + "MEXICO CITY, March 3 (Reuters) - The president recalled that King Alaric IV had not"
        " been invited, while Foreign Minister Juan Ramon de la Fuente said ties were sound."
    )
    persons = _persons(text)
    assert persons["Alaric IV"].country is None
    assert persons["Juan Ramon de la Fuente"].country == "MX"


def test_a_prime_minister_accompanying_a_president_is_of_his_country() -> None:
    persons = _persons(
        "Gambian President Adama Barrow was accompanied by Prime Minister Lamin Touray"
        " and Trade Minister Baboucarr Joof."
    )
    assert persons["Lamin Touray"].country == "GM"
    assert persons["Baboucarr Joof"].country == "GM"


def test_an_office_holder_is_known_without_the_dots_of_a_suffix() -> None:
    persons = _persons(
        "Japan's foreign minister met Ferdinand Marcos Jr at the palace, and later told reporters"
        " the talks had gone well."
    )
    assert persons["Ferdinand Marcos Jr"].country == "PH"


def test_officials_who_accompanied_a_leader_are_of_his_country_not_the_datelines() -> None:
    text = (
        "Leaders pledge closer ties"
        + _BODY
        + "BEIJING, Sept 2 (Reuters) - Chinese President Xi Jinping met Pakistani Prime Minister"
        " Shehbaz Sharif on Tuesday. Foreign Minister Karim Baloch and Interior Minister Saad"
        " Qureshi accompanied Sharif, the statement said. Commerce Minister Li Wen said trade rose."
    )
    persons = _persons(text)
    assert persons["Karim Baloch"].country == "PK"
    assert persons["Saad Qureshi"].country == "PK"
    assert persons["Li Wen"].country == "CN"


def test_officials_listed_for_a_side_are_of_that_side() -> None:
    text = (
        "Leaders discuss trade corridor"
        + _BODY
        + "AMMAN, Jan 14 (Reuters) - The king received the Iraqi prime minister on Tuesday. On the"
        " Iraqi side, the meeting was attended by Oil Minister Karim Jabbar and Trade Minister"
        " Sami Aziz."
    )
    persons = _persons(text)
    assert persons["Karim Jabbar"].country == "IQ"
    assert persons["Sami Aziz"].country == "IQ"


def test_a_relative_clause_with_accompanied_leaves_the_others_alone() -> None:
    text = (
        "Leaders keep up shuttle diplomacy"
        + _BODY
        + "TOKYO (Kyodo) -- Foreign Minister Kenji Arai met with his South Korean counterpart Cho"
        " Hyun, who accompanied Lee, on Thursday."
    )
    persons = _persons(text)
    assert persons["Kenji Arai"].country == "JP"


def test_a_nasab_longer_than_the_listed_name_is_the_same_office_holder() -> None:
    persons = _persons(
        "The meeting was attended by His Royal Highness Prince Faisal bin Farhan bin Abdullah,"
        " Minister of Foreign Affairs."
    )
    assert persons["Faisal bin Farhan bin Abdullah"].country == "SA"


def test_french_titles_as_gulf_agencies_write_them() -> None:
    persons = _persons(
        "On the French side, it was attended by Minister for Europe and Foreign Affairs Claire"
        " Dubois and French Ambassador to the Kingdom Marc Lefevre."
    )
    assert [r.title for r in persons["Claire Dubois"].roles] == ["Minister for Europe and Foreign Affairs"]
    assert [r.title for r in persons["Marc Lefevre"].roles] == ["Ambassador to the Kingdom"]
    assert persons["Marc Lefevre"].country == "FR"


def test_the_two_leaders_after_an_emperors_audience_are_the_summits_pair() -> None:
    record = extract(
        "TOKYO, Nov. 26 Kyodo - Japanese Prime Minister Yuki Tanabe and visiting New Zealand Prime"
        " Minister Chris Hollis agreed Wednesday to deepen defense ties. Hollis is scheduled to meet"
        " Emperor Naruhito on Thursday. The two leaders pledged to cooperate on clean energy."
    )
    names = {a.id: a.name for a in record.actors}
    text = record.source.text
    pledged = [
        s for s in record.statements if s.cue is not None and text[s.cue.start : s.cue.end] == "pledged"
    ]
    assert pledged
    assert sorted(names[x] for x in pledged[0].speakers) == ["Chris Hollis", "Yuki Tanabe"]
