"""A country's party named by a lower-case description speaks, not the country."""

from __future__ import annotations

import pytest

from bilateral.model import Organization, Person
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


def _orgs(text: str) -> dict[str, Organization]:
    return {a.name: a for a in extract(text).actors if isinstance(a, Organization)}


def test_a_party_named_with_its_countrys_word_before_a_lower_case_party() -> None:
    record = extract(
        "Vote count\n\nThe ruling Armenian Harmony party said on Sunday it had won. Armenian Harmony"
        " has governed since 2018. The party said the vote was fair. The Ghana Unity coalition said"
        " it would appeal."
    )
    orgs = {a.name: a for a in record.actors if isinstance(a, Organization)}
    assert orgs["Armenian Harmony"].country == "AM"
    assert orgs["Ghana Unity"].country == "GH"
    speakers = [s.speakers for s in record.statements]
    assert speakers[:2] == [(orgs["Armenian Harmony"].id,), (orgs["Armenian Harmony"].id,)]
    assert speakers[2] == (orgs["Ghana Unity"].id,)


def test_a_name_before_a_lower_case_party_after_a_countrys_possessive() -> None:
    assert _orgs("Slovakia's ruling Smer party said it backed the plan.")["Smer"].country == "SK"


def test_no_party_of_two_countries_words_or_of_a_title() -> None:
    orgs = _orgs(
        "Analysts said the U.S.-Japan alliance was strong. The Pakistan Muslim League-Nawaz party said"
        " it agreed. Kenyan President William Ruto's party won."
    )
    assert "U.S.-Japan" not in orgs
    assert "Nawaz" not in orgs
    assert not any("Ruto" in name or "President" in name for name in orgs)


def test_a_listed_party_before_a_lower_case_party_is_what_the_party_refers_to() -> None:
    record = extract(
        "Vote count\n\nThe ruling Georgian Dream party said on Sunday it had won. Its rivals disagreed."
        " The party said the count was fair."
    )
    orgs = {a.name: a for a in record.actors if isinstance(a, Organization)}
    assert orgs["Georgian Dream"].country == "GE"
    assert [s.speakers for s in record.statements][-1] == (orgs["Georgian Dream"].id,)


def test_a_capitalised_side_before_a_listed_party_is_no_part_of_its_name() -> None:
    record = extract("Opposition People Power Party floor leader Choi Min-ho said the deal was rushed.")
    orgs = {a.name: a for a in record.actors if isinstance(a, Organization)}
    persons = {a.name: a for a in record.actors if isinstance(a, Person)}
    assert orgs["People Power Party"].country == "KR"
    assert persons["Choi Min-ho"].country == "KR"
    assert [r.title for r in persons["Choi Min-ho"].roles] == ["Floor Leader"]
