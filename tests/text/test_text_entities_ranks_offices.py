"""
Military ranks between an office and a name, and deputies who are not the office they deputise.

The paragraphs were written for these tests in the style of VOA's Africa and Asia copy; the
events are invented.
"""

from __future__ import annotations

import pytest

from bilateral.model import Person
from bilateral.text import extract


def _roles(text: str, name: str) -> list[str]:
    persons = {a.name: a for a in extract(text).actors if isinstance(a, Person)}
    return [r.title for r in persons[name].roles]


@pytest.mark.parametrize(
    ("text", "name", "roles"),
    [
        (
            (
                "Togolese President Faure Gnassingbe met Burkinabe junta leader Capt. Ibrahim Traore"
                " in Lome on Friday."
            ),
            "Ibrahim Traore",
            ["Leader", "Captain"],
        ),
        (
            "Nigerien army chief Gen. Moussa Salaou Barmou said the border would reopen.",
            "Moussa Salaou Barmou",
            ["Army Chief", "General"],
        ),
        (
            "Lt. Col. Aminata Diallo told reporters the convoy had arrived.",
            "Aminata Diallo",
            ["Lieutenant Colonel"],
        ),
    ],
)
def test_a_rank_after_an_office_is_the_same_persons(text: str, name: str, roles: list[str]) -> None:
    assert _roles(text, name) == roles


def test_a_meeting_with_a_ranked_leader_has_the_leader_as_participant() -> None:
    text = (
        "Togolese President Faure Gnassingbe met Burkinabe junta leader Capt. Ibrahim Traore in"
        " Lome on Friday."
    )
    record = extract(text)
    names = {a.id: a.name for a in record.actors}
    assert [sorted(names[p] for p in m.participants) for m in record.meetings] == [
        ["Faure Gnassingbe", "Ibrahim Traore"]
    ]


def test_a_ministers_given_name_that_looks_like_a_rank_stays_the_name() -> None:
    # "Gen" without its dot after a minister's title is a given name (Japan's Gen Nakatani).
    assert _roles("Defense Minister Gen Nakatani met the Philippine envoy on Monday.", "Gen Nakatani") == [
        "Defense Minister"
    ]


def test_the_two_presidents_are_not_a_president_and_his_deputy() -> None:
    text = (
        "Liberian President Joseph Boakai arrived in Freetown on Thursday. He was received at State"
        " House by Sierra Leonean President Julius Maada Bio and Vice President Mohamed Juldeh"
        " Jalloh. The two presidents then held talks for an hour."
    )
    record = extract(text)
    names = {a.id: a.name for a in record.actors}
    held = [sorted(names[p] for p in m.participants) for m in record.meetings]
    assert ["Joseph Boakai", "Julius Maada Bio"] in held
    assert not any("Mohamed Juldeh Jalloh" in ps and "Julius Maada Bio" in ps and len(ps) == 2 for ps in held)


def test_the_prime_minister_is_not_the_deputy_prime_minister() -> None:
    text = (
        "Deputy Prime Minister Ishaq Dar met Chinese Foreign Minister Wang Yi in Beijing."
        " The prime minister said the corridor would be finished."
    )
    record = extract(text)
    names = {a.id: a.name for a in record.actors}
    assert [[names[i] for i in s.speakers] for s in record.statements] == [[]]


@pytest.mark.parametrize(
    ("text", "name", "roles"),
    [
        (
            "Indonesian Navy spokesperson Commodore Budi Santoso said the patrol had ended.",
            "Budi Santoso",
            ["Spokesperson", "Commodore"],
        ),
        (
            "Pakistan's army spokesman Brigadier Tariq Ahmed said the border was calm.",
            "Tariq Ahmed",
            ["Spokesman", "Brigadier"],
        ),
    ],
)
def test_naval_and_brigade_ranks_after_an_office_are_no_part_of_the_name(
    text: str, name: str, roles: list[str]
) -> None:
    assert _roles(text, name) == roles
