"""Offices described before a name: qualifiers, one-word names, second briefs, given names that are cities."""

from __future__ import annotations

from bilateral.model import Organization, Person
from bilateral.text import extract


def _actors(text: str) -> tuple[dict[str, Person], dict[str, Organization]]:
    actors = extract(text).actors
    return (
        {a.name: a for a in actors if isinstance(a, Person)},
        {a.name: a for a in actors if isinstance(a, Organization)},
    )


def test_a_qualified_office_of_a_country_gives_that_country_not_the_datelines() -> None:
    persons, _ = _actors(
        "Talks in Nairobi\n\nNAIROBI \u2014 Kenyan President William Ruto met Libya's unity"
        " government head, Omar Dbeibah, at State House on Wednesday."
    )
    assert persons["Omar Dbeibah"].country == "LY"


def test_a_one_word_name_set_off_after_a_countrys_office() -> None:
    record = extract(
        "Indonesia's defense minister, Sjafrie, said on Monday the patrols would continue."
        " Sjafrie later met the Australian envoy."
    )
    persons = {a.name: a for a in record.actors if isinstance(a, Person)}
    assert [(r.title, r.of) for r in persons["Sjafrie"].roles] == [("Defense Minister", "indonesia")]
    assert record.statements[0].speakers == (persons["Sjafrie"].id,)


def test_a_comma_after_an_opening_phrase_makes_no_one_word_name() -> None:
    persons, _ = _actors(
        "Indian Prime Minister Narendra Modi met several leaders. With the Kuwaiti crown prince,"
        " Modi discussed energy."
    )
    assert [r.title for r in persons["Narendra Modi"].roles] == ["Prime Minister"]


def test_a_second_brief_after_a_title_before_a_comma() -> None:
    persons, orgs = _actors(
        "Kenya's Cabinet Secretary for Interior and National Administration, Wanjiku Otieno, said so."
    )
    assert [r.title for r in persons["Wanjiku Otieno"].roles] == [
        "Cabinet Secretary for Interior and National Administration"
    ]
    assert not orgs


def test_an_organization_of_a_place_whose_name_opens_with_a_stop_word() -> None:
    persons, orgs = _actors("Ana Ruiz, a professor at the University of New Brunswick, said so.")
    assert "University of New Brunswick" in orgs
    assert "Ana Ruiz" in persons


def test_a_given_name_that_is_a_city_after_a_person_noun() -> None:
    persons, _ = _actors(
        "His daughter Saida Karimova, who heads the presidential office, joined the delegation."
    )
    assert "Saida Karimova" in persons


def test_a_lower_case_brief_with_a_bracket_before_the_comma_and_name() -> None:
    record = extract(
        "Ghana's minister of state for energy resources (oil), Kofi Mensah, disputes that view."
        ' "We have the oil," Mensah said.'
    )
    persons = {a.name: a for a in record.actors if isinstance(a, Person)}
    assert persons["Kofi Mensah"].country == "GH"
    assert [s.speakers for s in record.statements][-1] == (persons["Kofi Mensah"].id,)


def test_a_verb_after_a_lower_case_title_ends_the_brief() -> None:
    persons, _ = _actors("Ghana's energy minister said on Monday, Kofi Mensah agreed.")
    assert [r.title for r in persons["Kofi Mensah"].roles] == []


def test_a_town_in_apposition_to_an_office_holders_possession_is_no_person() -> None:
    persons, _ = _actors(
        "South Korean President Lee Jae-myung hosted the Japanese leader in Hamyang, the"
        " president's hometown, on Saturday."
    )
    assert "Hamyang" not in persons
    persons, _ = _actors("The two leaders walked through Geochang, the town where the summit was held.")
    assert "Geochang" not in persons


def test_a_relative_of_an_office_holder_does_not_take_the_office() -> None:
    persons, _ = _actors("Lee arrived with Kim Hea-kyung, the president's wife, who met students.")
    assert [r.title for r in persons["Kim Hea-kyung"].roles] == []


def test_an_owned_colleague_set_off_by_commas_is_a_person_whatever_the_verb() -> None:
    persons, _ = _actors(
        "Analyst Thandiwe Mokoena said the plan was sound. Her colleague, Pieter Louw-Botha, was"
        " less certain."
    )
    assert "Pieter Louw-Botha" in persons
    # A place set off the same way is no colleague.
    persons, _ = _actors("Her hometown, Gwanda, was quiet during the visit.")
    assert "Gwanda" not in persons


def test_a_definite_person_noun_before_a_name_set_off_by_commas_makes_a_person() -> None:
    record = extract(
        "The SDLP leader, Claire Hanna-Boyle, was more upbeat. She said the talks had been frank."
    )
    persons = {a.name: a for a in record.actors if isinstance(a, Person)}
    assert "Claire Hanna-Boyle" in persons
    assert record.statements[0].speakers == (persons["Claire Hanna-Boyle"].id,)
    persons, _ = _actors("The union's chief negotiator, Tomas Brandt, was not available for comment.")
    assert "Tomas Brandt" in persons


def test_a_body_noun_or_a_one_word_place_after_a_definite_noun_makes_no_person() -> None:
    # A noun that also describes bodies, and a one-word place, are no person.
    persons, _ = _actors("The fund's largest investor, Norland Capital, was unhappy with the deal.")
    assert "Norland Capital" not in persons
    persons, _ = _actors("The envoy's hometown, Gwanda, was quiet during the visit.")
    assert "Gwanda" not in persons


def test_an_affiliation_set_off_by_a_comma_makes_a_person() -> None:
    record = extract(
        "Rahul Menon, of the Carnegie Endowment for International Peace, said the deal was overdue."
    )
    persons = {a.name: a for a in record.actors if isinstance(a, Person)}
    assert record.statements[0].speakers == (persons["Rahul Menon"].id,)
    # An unknown name before ", of the" and no body is not made a person by it.
    persons, _ = _actors("Oak Ridge, of the hills above the valley, was quiet.")
    assert "Oak Ridge" not in persons


def test_a_bodys_capitalised_head_in_an_apposition_is_no_word_for_a_body() -> None:
    persons, orgs = _actors(
        "Moldovan President Ana Lungu received Pieter Vos, the European Union's special envoy for"
        " the Black Sea, in Chisinau on Monday. She also met Rosa Klee, the African Union envoy."
    )
    assert [(r.title, r.of) for r in persons["Pieter Vos"].roles] == [("Special Envoy", "european-union")]
    assert "Rosa Klee" in persons
    assert "Pieter Vos" not in orgs
    assert "Rosa Klee" not in orgs


def test_a_lower_case_word_for_a_body_in_an_apposition_still_makes_a_body() -> None:
    persons, orgs = _actors("Ndima Lwazi, a South African news website, reported the meeting on Monday.")
    assert "Ndima Lwazi" in orgs
    assert "Ndima Lwazi" not in persons
