"""An adviser's whole title, and the country of the leader an adviser serves."""

from __future__ import annotations

import pytest

from bilateral.model import Person
from bilateral.text import extract

_LEAD = (
    "Brazilian President Luiz Inacio Lula da Silva met Qatari Emir Sheikh Tamim bin Hamad Al Thani "
    "in Doha on Monday. "
)


def _roles(text: str, ident: str) -> list[tuple[str, str | None]]:
    actor = next(a for a in extract(_LEAD + text).actors if a.id == ident)
    assert isinstance(actor, Person)
    return [(r.title, r.of) for r in actor.roles]


@pytest.mark.parametrize(
    ("apposition", "title"),
    [
        (
            "Lula's chief foreign policy adviser, Celso Amorim, said the talks went well.",
            "Chief Foreign Policy Adviser",
        ),
        ("Celso Amorim, Lula's foreign policy advisor, said the talks went well.", "Foreign Policy Adviser"),
        ("Lula's chief economic adviser, Celso Amorim, said the talks went well.", "Chief Economic Adviser"),
    ],
)
def test_an_advisers_field_is_part_of_the_title(apposition: str, title: str) -> None:
    assert _roles(apposition, "celso-amorim")[0][0] == title


def test_an_adviser_to_a_countrys_leader_is_of_that_country() -> None:
    text = "Majed al-Ansari, adviser to Qatar's prime minister, said Doha backed the talks."
    roles = _roles(text, "majed-al-ansari")
    assert roles == [("Adviser", "qatar")]


def test_an_ambassador_to_a_country_is_not_of_it() -> None:
    text = "Bridget Brink, the U.S. ambassador to Ukraine, said Kyiv backed the talks."
    roles = _roles(text, "bridget-brink")
    assert all(of != "ukraine" for _, of in roles)
