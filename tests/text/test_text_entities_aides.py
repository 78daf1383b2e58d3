"""
"A spokesman for the Kenyan president, Hussein Mohamed, said": the name is the spokesman's.

A title phrase after "spokesman for" or "adviser to" names whom the aide serves; the name set
off after it is the aide, who does not hold that office. Lines written for this test; the
events are made up.
"""

from __future__ import annotations

import pytest

from bilateral.model import Person
from bilateral.text import extract


@pytest.mark.parametrize(
    "sentence",
    [
        "A spokesman for the Ghanaian president, Felix Kwakye Ofosu, said the talks went well.",
        "An adviser to the Senegalese prime minister, Amadou Ba, said the talks went well.",
    ],
)
def test_the_aide_does_not_hold_the_office_they_serve(sentence: str) -> None:
    text = "Ghanaian President John Mahama met Senegalese Prime Minister Ousmane Sonko in Accra. " + sentence
    persons = {a.name: a for a in extract(text).actors if isinstance(a, Person)}
    aide = persons["Felix Kwakye Ofosu"] if "Felix" in sentence else persons["Amadou Ba"]
    assert not [r for r in aide.roles if r.title in {"President", "Prime Minister"}]


def test_a_title_set_off_before_a_name_still_names_its_holder() -> None:
    persons = {
        a.name: a
        for a in extract("The Ghanaian president, John Mahama, said the talks went well.").actors
        if isinstance(a, Person)
    }
    assert [r.title for r in persons["John Mahama"].roles] == ["President"]


def test_the_aide_has_the_aides_role_in_the_served_country() -> None:
    text = (
        "Ghanaian President John Mahama met Senegalese Prime Minister Ousmane Sonko in Accra. A spokesman"
        " for the Ghanaian president, Felix Kwakye Ofosu, said the talks went well."
    )
    persons = {a.name: a for a in extract(text).actors if isinstance(a, Person)}
    aide = persons["Felix Kwakye Ofosu"]
    assert [(r.title, r.of) for r in aide.roles] == [("Spokesman", "ghana")]
    assert aide.country == "GH"
