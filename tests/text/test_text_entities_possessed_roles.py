"""Roles whose owner is a leader or a body named before them, and briefs that end in a place."""

from __future__ import annotations

from bilateral.model import Organization, Person
from bilateral.text import extract


def _persons(text: str) -> dict[str, Person]:
    return {a.name: a for a in extract(text).actors if isinstance(a, Person)}


def test_a_leaders_aide_takes_the_country_of_the_office_holder_list() -> None:
    persons = _persons(
        "President Recep Tayyip Erdogan hosted the talks. Erdogan's senior adviser, Mehmet Uysal,"
        " said on Tuesday that they would resume."
    )
    assert persons["Mehmet Uysal"].country == "TR"


def test_a_brief_may_end_in_a_place_after_a_preposition() -> None:
    persons = _persons(
        "Greece's special envoy for relations with Turkey, Nikos Andreou, is expected in Ankara next week."
    )
    (role,) = persons["Nikos Andreou"].roles
    assert role.title == "Special Envoy for Relations with Turkey"
    assert persons["Nikos Andreou"].country == "GR"


def test_a_regional_director_of_an_agency_named_by_its_acronym() -> None:
    record = extract(
        "The United Nations Children's Fund (UNICEF) said aid was blocked. UNICEF's regional"
        " director for southern Africa, Etleva Kadilli, told reporters that 3 million children"
        " needed help."
    )
    persons = {a.name: a for a in record.actors if isinstance(a, Person)}
    orgs = {a.id: a for a in record.actors if isinstance(a, Organization)}
    (role,) = persons["Etleva Kadilli"].roles
    assert role.title == "Regional Director for Southern Africa"
    assert role.of is not None
    assert "UNICEF" in {orgs[role.of].name, *orgs[role.of].aliases}


def test_a_brief_of_plain_words_is_unchanged() -> None:
    persons = _persons(
        "Lula's special adviser for international affairs, Celso Amorim, also attended the talks."
    )
    (role,) = persons["Celso Amorim"].roles
    assert role.title == "Special Adviser for International Affairs"


def test_an_aide_after_his_or_its_is_of_the_owners_country() -> None:
    persons = _persons(
        "Togolese President Faure Gnassingbe welcomed the plan, according to his spokesman"
        " Kodjo Adedze. The Kenyan government said it would send its own envoy, Amina Wario,"
        " to the talks."
    )
    assert persons["Kodjo Adedze"].country == "TG"
    assert persons["Amina Wario"].country == "KE"


def test_his_counterpart_is_not_of_the_owners_country() -> None:
    persons = _persons(
        "Kenyan Foreign Minister Musalia Mudavadi said his counterpart Badr Abdelatty would visit Nairobi."
    )
    assert persons["Badr Abdelatty"].country != "KE"


def test_a_verb_in_a_headline_opens_no_organization() -> None:
    record = extract(
        "US Envoy Meets Sudan Army Chief in Port Sudan\n\nThe envoy met the army chief on"
        " Monday, the State Department said."
    )
    assert not [a for a in record.actors if isinstance(a, Organization) and a.name.startswith("Meets")]


def test_who_heads_a_body_makes_its_head() -> None:
    record = extract(
        "Corneille Nangaa, who heads the Congo River Alliance, said the group would not sign."
        " Abdel Fattah al-Burhan met the envoy. Al-Burhan, who heads Sudan's Sovereignty Council,"
        " said the army was ready. Amina Sow, who heads a small charity, said nothing."
    )
    persons = {a.name: a for a in record.actors if isinstance(a, Person)}
    orgs = {a.id: a.name for a in record.actors if isinstance(a, Organization)}
    assert [(r.title, orgs.get(r.of or "")) for r in persons["Corneille Nangaa"].roles] == [
        ("Head", "Congo River Alliance")
    ]
    assert ("Head", "Sovereignty Council") in [
        (r.title, orgs.get(r.of or "")) for r in persons["Abdel Fattah al-Burhan"].roles
    ]
    assert persons["Amina Sow"].roles == ()


def test_an_appositive_title_is_not_of_the_body_in_a_relative_clause() -> None:
    persons = _persons(
        "John Harper, a former U.S. ambassador to Ukraine who is now at the Atlantic Council,"
        " said the framework was one-sided."
    )
    (role,) = persons["John Harper"].roles
    assert role.of == "united-states"


def test_a_spokesperson_named_without_a_body_speaks_for_the_ministry_just_named() -> None:
    record = extract(
        "SANTIAGO (Reuters) - Argentina's foreign ministry said the talks went well. Earlier,"
        " spokesman Martin Rivas said the visit had been planned for months."
    )
    persons = {a.name: a for a in record.actors if isinstance(a, Person)}
    assert persons["Martin Rivas"].country == "AR"


def test_a_news_outlet_has_no_spokesperson() -> None:
    record = extract(
        "The ministry did not respond to a VOA request for comment. Earlier, spokesperson Jane"
        " Holt said talks were possible."
    )
    persons = {a.name: a for a in record.actors if isinstance(a, Person)}
    assert [r.of for r in persons["Jane Holt"].roles] == [None]


def test_a_regions_possessive_before_an_office_gives_the_regions_country() -> None:
    persons = _persons("Scotland's First Minister Fiona Baird said the deal was welcome.")
    assert persons["Fiona Baird"].country == "GB"
    persons = _persons("Catalonia's president Jordi Serra met the envoy on Monday.")
    assert persons["Jordi Serra"].country == "ES"
    # A continent's possessive gives none.
    persons = _persons("Africa's top diplomat Moussa Keita said the talks would go on.")
    assert persons["Moussa Keita"].country is None
