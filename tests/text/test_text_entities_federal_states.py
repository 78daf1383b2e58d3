"""
A federal state named like a country: "Kogi and Niger states" are in Nigeria, not the Niger.

Nigerian states, U.S. states and the like share names with countries the lexicon marks as
ambiguous ("Niger", "Georgia", "Jordan"). A "state" or "states" after the name makes it the
federal state's; "state media", "state-run television" after it are the country's own.
Paragraphs written for this test; the events are made up.
"""

from __future__ import annotations

import pytest

from bilateral.model import Country
from bilateral.text import extract


def _countries(text: str) -> set[str]:
    return {a.name for a in extract(text).actors if isinstance(a, Country)}


@pytest.mark.parametrize(
    "text",
    [
        "Bandits have attacked farms in Kaduna and Niger states since June, the police in Abuja said.",
        "The Niger State government said 40 pupils had been freed near Minna.",
        "Gunmen raided a market in Nigeria's Niger state on Sunday.",
    ],
)
def test_a_nigerian_state_is_not_the_niger(text: str) -> None:
    assert "Niger" not in _countries(text)


@pytest.mark.parametrize(
    "text",
    [
        "Niger state media said the junta leader met a Russian delegation in Niamey.",
        "Niger state-run television showed the general greeting the visitors.",
        "Officials from Niger and Chad met in N'Djamena on Tuesday.",
    ],
)
def test_the_country_niger_is_still_found(text: str) -> None:
    assert "Niger" in _countries(text)
