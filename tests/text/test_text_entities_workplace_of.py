"""
"Professor X of Y University": a post at a body, written as a title before the name and "of".

"Prime Minister Narendra Modi of India" gives the role's country; a post at a body written the
same way ("Professor Yang Kee-ho of Sungkonghoe University", "Senior fellow Jane Doe of the
Brookings Institution") gives the body the post is at. A state's office keeps no body from an
"of" ("President X of the ruling party" is still a president of a country). Paragraphs written
for this test; the events are made up.
"""

from __future__ import annotations

import pytest

from bilateral.model import Person
from bilateral.text import extract


def _roles(text: str) -> dict[str, list[tuple[str, str | None]]]:
    return {a.name: [(r.title, r.of) for r in a.roles] for a in extract(text).actors if isinstance(a, Person)}


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Professor Park Min-seo of Sungkyunkwan University said the statement was a step.",
            "Park Min-seo",
            ("Professor", "sungkyunkwan-university"),
        ),
        (
            "Senior fellow Amina Yusuf of the Brookings Institution said the visit was overdue.",
            "Amina Yusuf",
            ("Senior Fellow", "brookings-institution"),
        ),
    ],
)
def test_a_post_before_the_name_is_at_the_body_after_it(text: str, name: str, role: tuple[str, str]) -> None:
    assert _roles(text)[name] == [role]


def test_a_state_office_takes_no_body_from_of() -> None:
    roles = _roles("President Alpha Diallo of the Rally of the People said the vote would go ahead.")
    assert roles["Alpha Diallo"] == [("President", None)]
