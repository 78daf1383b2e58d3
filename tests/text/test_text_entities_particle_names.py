"""
A two-word name whose surname has a lower-case particle: "Majed al-Ansari", "Hassan el-Amin".

The name reader counts name words to tell a name from a single capitalised word; the half
after a hyphen was never counted (it is half of "Al-Sabah"), so "Majed al-Ansari" counted one
word and was no name where a single word is not enough (set off by commas after a title).
Paragraphs written for this test; the events are made up.
"""

from __future__ import annotations

import pytest

from bilateral.model import Person
from bilateral.text import extract


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Omani foreign ministry spokesperson, Salim al-Harthy, said three accords were signed.",
            "Salim al-Harthy",
        ),
        (
            "Egypt's ambassador to Sudan, Hany el-Shazly, said the border crossing would reopen.",
            "Hany el-Shazly",
        ),
    ],
)
def test_a_particle_surname_in_apposition_is_a_person(text: str, name: str) -> None:
    record = extract(text)
    persons = [a for a in record.actors if isinstance(a, Person)]
    assert [p.name for p in persons] == [name]
    names = {a.id: a.name for a in record.actors}
    assert [[names[i] for i in s.speakers] for s in record.statements] == [[name]]


def test_a_lone_particle_word_is_still_no_name() -> None:
    # "al-Watan" alone after a comma is a single word, as before: no person.
    record = extract(
        "The Omani foreign ministry, al-Watan reported, said the two sides signed three accords."
    )
    assert not [a for a in record.actors if isinstance(a, Person)]
