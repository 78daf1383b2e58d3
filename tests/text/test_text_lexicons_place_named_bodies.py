"""
A body named after a place that is also a capital keeps its own country.

"Georgetown University" is in Washington; read as "<capital> University" it took Guyana's
country, and so did the analysts placed there. A university named after a capital it is in
keeps that country. Paragraphs written for this test; the events are made up.
"""

from __future__ import annotations

from bilateral.model import Organization, Person
from bilateral.text import extract


def test_georgetown_university_is_american() -> None:
    record = extract(
        "Talks opened in Doha. Lina Haddad, a professor of government at Georgetown University,"
        " said the two countries needed each other."
    )
    (university,) = [a for a in record.actors if isinstance(a, Organization)]
    assert university.name == "Georgetown University"
    assert university.country == "US"
    (analyst,) = [a for a in record.actors if isinstance(a, Person)]
    assert analyst.country != "GY"


def test_a_university_named_after_a_capital_it_is_in_keeps_that_country() -> None:
    record = extract(
        "Talks opened in Addis Ababa. Tesfaye Bekele, a lecturer at Nairobi University, said little."
    )
    universities = [a for a in record.actors if isinstance(a, Organization)]
    assert [u.country for u in universities] == ["KE"]
