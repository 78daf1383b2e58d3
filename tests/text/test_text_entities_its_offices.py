"""
"Its head, X," after a body: the office is in the body just named.

"The talks were prepared by the Presidential Security Council. Its spokesman, Tomasz Wrona,
said ...": the title after "its" names a person of that body, who is a person even though
the title is a generic lower-case one. Paragraphs written for this test; the events are
made up.
"""

from __future__ import annotations

import pytest

from bilateral.model import Person
from bilateral.text import extract

_OPENING = (
    "Czech Defense Minister Jana Černochová met Slovak Defense Minister Robert Kaliňák in "
    "Prague on Monday.\n\n"
    "The visit was prepared by the Presidential Security Council. "
)


def _roles(text: str) -> dict[str, list[tuple[str, str | None]]]:
    record = extract(text)
    names = {a.id: a.name for a in record.actors}
    return {
        a.name: [(r.title, names.get(r.of) if r.of else None) for r in a.roles]
        for a in record.actors
        if isinstance(a, Person)
    }


@pytest.mark.parametrize(("title", "role"), [("spokesman", "Spokesman"), ("head", "Head")])
def test_its_office_is_the_bodys(title: str, role: str) -> None:
    text = _OPENING + f"Its {title}, Tomasz Wrona, said the talks had gone well."
    assert _roles(text)["Tomasz Wrona"] == [(role, "Presidential Security Council")]


def test_its_office_long_after_the_body_is_not_read_so() -> None:
    # Negative: "its" far from the last body named gives no body to the office.
    text = (
        _OPENING
        + "Černochová said the two armies would train together in the Tatra mountains next spring. " * 4
        + "Its spokesman, Tomasz Wrona, said the talks had gone well."
    )
    assert ("Spokesman", "Presidential Security Council") not in _roles(text).get("Tomasz Wrona", [])
