"""
A surname the story gave a person is that person, though a town bears the same name.

The paragraphs were written for these tests; the events are invented.
"""

from __future__ import annotations

from bilateral.text import extract


def _speakers(text: str) -> list[list[str]]:
    record = extract(text)
    names = {a.id: a.name for a in record.actors}
    return [[names[i] for i in s.speakers] for s in record.statements]


def test_a_surname_after_the_full_name_is_the_person_not_the_town() -> None:
    # Mendoza is an Argentine city and a surname; the story named the person first.
    text = (
        "Bolivian Foreign Minister Carla Mendoza met her Chilean counterpart in Santiago."
        ' "We are neighbors," Mendoza said.'
    )
    assert _speakers(text)[-1] == ["Carla Mendoza"]


def test_the_town_is_still_a_place_when_no_one_bears_its_name() -> None:
    record = extract("Argentine and Chilean officials opened a new border crossing near Mendoza on Monday.")
    assert "Mendoza" in {p.name for p in record.places}
    assert not any(a.name == "Mendoza" for a in record.actors)


def test_canadas_foreign_minister_by_her_surname() -> None:
    text = (
        "Canada's foreign minister, Anita Anand, met Mexican officials on Monday."
        ' "We want the pact to stay trilateral," Anand said.'
    )
    assert _speakers(text)[-1] == ["Anita Anand"]
