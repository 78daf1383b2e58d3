"""
One-word names after an office ("President Erdogan", "PM Modi") take the office holder's country.

The snippets are written for this test.
"""

from __future__ import annotations

import pytest

from bilateral.model import Person, Source
from bilateral.text._document import Document
from bilateral.text._entities import EntityStage
from bilateral.text._officeholders import officeholder_name_words


def countries(text: str) -> dict[str, str | None]:
    doc = Document(source=Source(text=text))
    EntityStage()(doc)
    return {a.name: a.country for a in doc.actors if isinstance(a, Person)}


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("President Lula hosted the delegation in the capital.", "Lula", "BR"),
        ("PM Modi has been invited to visit Dhaka next year.", "Modi", "IN"),
        ("The envoy later met President Xi at the guesthouse.", "Xi", "CN"),
        ("President Erdoğan praised the deal on Monday.", "Erdoğan", "TR"),
    ],
)
def test_one_word_after_an_office_is_the_office_holder(text: str, name: str, country: str) -> None:
    assert countries(text)[name] == country


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Royal titles go with given names other office holders share.
        ("King Abdullah met the delegation in Amman.", "Abdullah"),
        ("Prince William arrived in the capital.", "William"),
        # Surnames common to several countries tell none.
        ("Foreign Minister Kim met the delegation.", "Kim"),
        # No office: a bare surname is no evidence.
        ("Analyst Macron said the plan would fail.", "Macron"),
    ],
)
def test_one_word_tells_no_country_without_a_government_office(text: str, name: str) -> None:
    assert countries(text).get(name) is None


def test_name_words_leave_out_words_of_two_countries() -> None:
    words = officeholder_name_words()
    assert words["erdogan"] == "TR"
    assert "kim" not in words
    assert all(len(code) == 2 for code in words.values())
