"""
"The chairman of Mubadala, Khaldoon Al Mubarak": a post at a body the lexicon does not know.

A lower-case title names no one on its own; with "of" and a body the lexicon knows it does
("the director of Chatham House, Bronwen Maddox,"). A body it does not know, followed by a
comma and a name, is part of the title, and the name is the person (who made no actor when no
verb of saying followed). Lines written for this test; the events are made up.
"""

from __future__ import annotations

import pytest

from bilateral.model import Person
from bilateral.text import extract


def _roles(text: str) -> dict[str, list[str]]:
    return {a.name: [r.title for r in a.roles] for a in extract(text).actors if isinstance(a, Person)}


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "The president was accompanied by the chairman of Temasek, Lim Boon Heng.",
            "Lim Boon Heng",
            "Chairman of Temasek",
        ),
        (
            "The delegation included the head of Hydrovalor, Rachid Hachichi.",
            "Rachid Hachichi",
            "Head of Hydrovalor",
        ),
    ],
)
def test_an_unknown_body_after_a_post_is_part_of_the_title(text: str, name: str, title: str) -> None:
    assert _roles(text) == {name: [title]}


def test_a_state_office_of_an_unknown_place_is_not_read_so() -> None:
    # "the minister of Xanadu, ..." is left to the portfolio rules: no "Minister of" title here.
    roles = _roles("The delegation included the minister of Ruritania, Karl Blom.")
    assert "Minister of Ruritania" not in roles.get("Karl Blom", [])
