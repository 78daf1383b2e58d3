"""
A unit of a body speaks for the body: "the Turkish presidency's communications directorate said".

As a leader's office speaks for the leader, a press office, press service or directorate of a
named organization speaks for that organization, not for the country of its demonym. A person
of the body ("the presidency's chief adviser") is someone unnamed, as before. Lines written for
this test; the events are made up.
"""

from __future__ import annotations

import pytest

from bilateral.text import extract


def _speakers(text: str) -> list[list[str]]:
    record = extract(text)
    names = {a.id: a.name for a in record.actors}
    return [[names[i] for i in s.speakers] for s in record.statements]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "The Turkish presidency's communications directorate said the two leaders met.",
            "Turkish presidency",
        ),
        ("The Kenyan foreign ministry's press office said the envoy had left.", "Kenyan foreign ministry"),
    ],
)
def test_a_unit_of_a_named_body_is_the_body(text: str, body: str) -> None:
    assert _speakers(text) == [[body]]


def test_a_person_of_a_body_is_not_the_body() -> None:
    # "chief adviser" is someone unnamed at the presidency, not the presidency speaking.
    assert _speakers("The Turkish presidency's chief adviser said the two leaders met.") == [[]]
