"""
Object pronouns: "Li Qiang held talks with him", "Ishiba met her on Wednesday".

An object pronoun is not the subject of its own clause. The paragraphs are written for
these tests; the names are real office holders, the events made up.
"""

from __future__ import annotations

import pytest

from bilateral.model import Source
from bilateral.text import extract
from bilateral.text._document import Document
from bilateral.text._entities import EntityStage


def _pronoun(text: str, word: str) -> tuple[str, ...]:
    """The actors the last mention written *word* refers to."""
    doc = Document(source=Source(text=text))
    EntityStage()(doc)
    names = {a.id: a.name for a in doc.actors}
    found = [m for m in doc.mentions if text[m.span.start : m.span.end] == word]
    assert found, f"no mention {word!r}"
    return tuple(names[a] for a in found[-1].actors)


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        (
            (
                "Vietnamese Prime Minister Pham Minh Chinh arrived in Beijing on Tuesday. Chinese Premier"
                " Li Qiang held talks with him on Wednesday."
            ),
            "him",
            ("Pham Minh Chinh",),
        ),
        (
            (
                "Chinese Premier Li Qiang welcomed Vietnamese Prime Minister Pham Minh Chinh and thanked"
                " him for the visit."
            ),
            "him",
            ("Pham Minh Chinh",),
        ),
        (
            (
                "Italian Prime Minister Giorgia Meloni arrived in Tokyo. Japanese Prime Minister Shigeru"
                " Ishiba met her on Wednesday."
            ),
            "her",
            ("Giorgia Meloni",),
        ),
        # A possessor is no subject: Faisal met Rubio.
        (
            (
                "U.S. Secretary of State Marco Rubio landed in Riyadh. Rubio's Saudi counterpart, Faisal"
                " bin Farhan, met him at the airport."
            ),
            "him",
            ("Marco Rubio",),
        ),
    ],
)
def test_an_object_pronoun_is_not_its_clauses_subject(
    text: str, word: str, expected: tuple[str, ...]
) -> None:
    assert _pronoun(text, word) == expected


def test_a_possessive_her_still_refers_to_the_subject() -> None:
    text = "Italian Prime Minister Giorgia Meloni met her Japanese counterpart in Tokyo."
    assert _pronoun(text, "her") == ("Giorgia Meloni",)


def test_the_meeting_with_an_object_pronoun_has_both_participants() -> None:
    text = (
        "Italian Prime Minister Giorgia Meloni arrived in Tokyo on Tuesday. Japanese Prime Minister"
        " Shigeru Ishiba met her on Wednesday."
    )
    record = extract(text)
    names = {a.id: a.name for a in record.actors}
    assert [{names[p] for p in m.participants} for m in record.meetings] == [
        {"Giorgia Meloni", "Shigeru Ishiba"}
    ]
