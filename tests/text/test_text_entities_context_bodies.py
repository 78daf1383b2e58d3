"""Readings that depend on the story: a bare "Congress", a title set off before a name, "on X."."""

from __future__ import annotations

from bilateral.model import Organization, Person
from bilateral.text import extract


def _actors(text: str) -> tuple[dict[str, Person], dict[str, Organization]]:
    actors = extract(text).actors
    return (
        {a.name: a for a in actors if isinstance(a, Person)},
        {a.name: a for a in actors if isinstance(a, Organization)},
    )


def test_a_bare_congress_in_a_story_without_the_united_states_is_no_us_body() -> None:
    _, orgs = _actors(
        "Guatemalan President Ana Morales, who took office after Congress confirmed the vote,"
        " met Honduran President Luis Zelaya on Monday."
    )
    assert orgs["Congress"].country is None


def test_a_bare_congress_after_the_united_states_is_the_us_congress() -> None:
    _, orgs = _actors("U.S. President Donald Trump said Congress would approve the aid.")
    assert orgs["Congress"].country == "US"


def test_a_title_set_off_before_a_name_is_that_names() -> None:
    persons, _ = _actors(
        "The envoy met President Ana Morales and Foreign Minister Carlos Ruiz, Guatemala's"
        " information minister, Elena Paz, told reporters."
    )
    assert [r.title for r in persons["Carlos Ruiz"].roles] == ["Foreign Minister"]
    assert [r.title for r in persons["Elena Paz"].roles] == ["Information Minister"]


def test_a_title_in_apposition_after_a_name_is_still_its() -> None:
    persons, _ = _actors(
        "Later, Elena Paz, Guatemala's information minister, told reporters the talks went well."
    )
    assert [r.title for r in persons["Elena Paz"].roles] == ["Information Minister"]


def test_the_platform_x_ends_its_sentence() -> None:
    persons, _ = _actors(
        "Guatemala's Foreign Minister Carlos Ruiz wrote on X. Ruiz said the border would reopen."
    )
    assert list(persons) == ["Carlos Ruiz"]
