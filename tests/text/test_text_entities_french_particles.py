"""
French particles inside names: "des" and elided "l'"/"d'" ("Banque des Etats de l'Afrique Centrale").

Francophone African and Maghreb copy names banks, companies and agencies in French; the
plural article "des" and an elided article before a capitalised word go on with the name,
as "de" and "du" do. Paragraphs written for this test; the events are made up.
"""

from __future__ import annotations

import pytest

from bilateral.model import Organization
from bilateral.text import extract

_OPENING = (
    "Senegalese President Bassirou Diomaye Faye met Malian interim President Assimi Goita in "
    "Dakar on Tuesday.\n\n"
)


def _orgs(text: str) -> list[str]:
    return [a.name for a in extract(text).actors if isinstance(a, Organization)]


@pytest.mark.parametrize(
    "name",
    [
        "Banque Centrale des Etats de l'Ouest Africain",
        "Office National des Hydrocarbures",
        "Soci\u00e9t\u00e9 Nationale de l\u2019\u00c9lectricit\u00e9",
    ],
)
def test_a_french_name_is_one_organization(name: str) -> None:
    text = _OPENING + f"The {name} said on Wednesday that the corridor would reopen."
    assert name in _orgs(text)


def test_a_lower_case_elision_ends_the_name() -> None:
    # Negative: "l'" before a lower-case word is no part of the name before it.
    text = _OPENING + "The Office National de l'eau potable said supplies were normal."
    assert "Office National de l'eau potable" not in _orgs(text)


def test_english_des_is_no_particle() -> None:
    # Negative: a capitalised "Des" (a given name) is not read as the particle.
    text = _OPENING + "Analyst Des Kelly of the Africa Institute said the talks were useful."
    assert not any("Des Kelly" in name for name in _orgs(text))
