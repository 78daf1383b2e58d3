"""
Spokespeople and ministers news names without a demonym take their country from the list.

The sentences were written for these tests; the events are invented.
"""

from __future__ import annotations

import pytest

from bilateral.model import Person
from bilateral.text import extract


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Spokesperson Guo Jiakun told a regular briefing that the visit was a success.", "Guo Jiakun", "CN"),
        ("Defense Secretary Gilberto Teodoro said the patrols would continue.", "Gilberto Teodoro", "PH"),
        ("Foreign Secretary Vikram Misri briefed reporters after the talks.", "Vikram Misri", "IN"),
        ("Spokesman Esmaeil Baghaei said the talks in Muscat had been useful.", "Esmaeil Baghaei", "IR"),
        (
            "President Bola Ahmed Tinubu left for Brasilia on Sunday, his office said.",
            "Bola Ahmed Tinubu",
            "NG",
        ),
    ],
)
def test_a_listed_official_without_a_demonym_has_their_country(text: str, name: str, country: str) -> None:
    persons = {a.name: a for a in extract(text).actors if isinstance(a, Person)}
    assert persons[name].country == country


def test_the_text_still_wins_over_the_list() -> None:
    text = "Kenyan Trade Minister Mao Ning, a namesake, said the case would be appealed."
    persons = {a.name: a for a in extract(text).actors if isinstance(a, Person)}
    assert persons["Mao Ning"].country == "KE"
