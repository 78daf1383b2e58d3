"""
Home officials in home-dateline copy: a leader's deputy, and an office a home official holds.

The press names its own country's officials without a demonym ("NEW DELHI (PTI) -
Vice-President ..."), and a head of state's deputy is such an official like the head. When
the copy has already given a home official an office with the demonym ("Turkish Defence
Minister ..."), a second person named with the same office is not the home country's
(one country has one defence minister), unless he held it before ("former"). Paragraphs
written for these tests in the style of wire copy; the names are made up.
"""

from __future__ import annotations

import pytest

from bilateral.text import extract


def _countries(text: str) -> dict[str, str | None]:
    return {a.name: a.country for a in extract(text).actors if a.kind == "person"}


@pytest.mark.parametrize("title", ["Vice-President", "Vice President"])
def test_a_leaders_deputy_is_the_home_countrys(title: str) -> None:
    text = f"NEW DELHI, Feb 12 (PTI) - {title} Arun Mehra met Egyptian Prime Minister Karim Adel on Monday."
    assert _countries(text)["Arun Mehra"] == "IN"


def test_a_deputy_of_a_party_office_gets_no_home_country() -> None:
    # Near miss: a party's vice president is no office of the state.
    text = (
        "NEW DELHI, Feb 12 (PTI) - Vice President of the Janata Forum Arun Mehra met Egyptian"
        " Prime Minister Karim Adel on Monday."
    )
    assert _countries(text).get("Arun Mehra") != "IN"


def test_the_second_holder_of_a_home_office_is_not_at_home() -> None:
    text = (
        "ANKARA (AA) - Turkish Defence Minister Selim Kaya met acting Defence Minister Pieter"
        " de Wit in Ankara on Monday."
    )
    countries = _countries(text)
    assert countries["Selim Kaya"] == "TR"
    assert countries["Pieter de Wit"] is None


def test_another_office_stays_at_home() -> None:
    # Near miss: a different office is still the home country's.
    text = "ANKARA (AA) - Turkish Defence Minister Selim Kaya met Foreign Minister Emre Tan on Monday."
    assert _countries(text)["Emre Tan"] == "TR"


def test_a_former_holder_of_the_office_stays_at_home() -> None:
    # Near miss: "former" names a past holder, who may be the home country's.
    text = "ANKARA (AA) - Turkish Defence Minister Selim Kaya met former Defence Minister Emre Tan on Monday."
    assert _countries(text)["Emre Tan"] == "TR"
