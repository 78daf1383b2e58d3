"""A country's party named by a lower-case description speaks, not the country."""

from __future__ import annotations

import pytest

from bilateral.model import Organization
from bilateral.text import extract


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "Malawi's main opposition party said the deal was signed in secret.",
            "Malawi's main opposition party",
            "MW",
        ),
        ("Zambia's governing party said the deal would create jobs.", "Zambia's governing party", "ZM"),
    ],
)
def test_a_countrys_party_is_an_organization_of_that_country(text: str, name: str, country: str) -> None:
    record = extract(text)
    orgs = {a.name: a for a in record.actors if isinstance(a, Organization)}
    assert orgs[name].country == country
    (statement,) = record.statements
    assert statement.speakers == (orgs[name].id,)


def test_a_party_title_names_a_person_not_a_party() -> None:
    record = extract("Hanoi is preparing a visit by the Vietnamese party chief to Beijing.")
    assert not [a for a in record.actors if isinstance(a, Organization)]


def test_the_country_before_an_institution_is_mentioned_by_its_own_words() -> None:
    record = extract("Uganda's foreign ministry said the talks were useful.")
    (country,) = [a for a in record.actors if a.id == "uganda"]
    assert [record.source.text[s.start : s.end] for s in country.mentions] == ["Uganda"]
    assert country.aliases == ()
