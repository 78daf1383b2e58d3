"""
"A spokesperson for Boric said": a spokesperson for a person or body named right after "for".

As "a spokesman for the president" speaks for the president, a bare name after "for" is
whom the unnamed spokesperson speaks for. Paragraphs written for these tests.
"""

from __future__ import annotations

import pytest

from bilateral.model import Source
from bilateral.text import default_pipeline

_LEDE = "South African President Cyril Ramaphosa met Kenyan President William Ruto in Pretoria on Monday.\n\n"


def _speakers(body: str) -> list[tuple[str, ...]]:
    record = default_pipeline().extract(Source(text=_LEDE + body))
    names = {a.id: a.name for a in record.actors}
    return [tuple(names[x] for x in s.speakers) for s in record.statements]


@pytest.mark.parametrize("noun", ["spokesperson", "spokesman", "spokeswoman"])
def test_a_spokesperson_for_a_person_named_before_speaks_for_them(noun: str) -> None:
    assert _speakers(f"A {noun} for Ramaphosa said the visit would deepen trade ties.") == [
        ("Cyril Ramaphosa",)
    ]


def test_a_spokesperson_for_a_full_name_speaks_for_them() -> None:
    assert _speakers("A spokesman for William Ruto told reporters the talks had gone well.") == [
        ("William Ruto",)
    ]


@pytest.mark.parametrize(
    "body",
    [
        # Near misses: what follows "for" is no name, or the name is not the phrase's end.
        "A spokesman for regional affairs said the visit would deepen trade ties.",
        "A spokeswoman for Ramaphosa's party said the visit would deepen trade ties.",
    ],
)
def test_no_principal_when_no_name_ends_the_phrase(body: str) -> None:
    speakers = _speakers(body)
    assert ("Cyril Ramaphosa",) not in speakers


def test_a_named_spokesperson_set_off_speaks_for_themself() -> None:
    body = "A spokesman for Ramaphosa, Vincent Magwenya, said the visit would deepen trade ties."
    assert _speakers(body) == [("Vincent Magwenya",)]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("A spokesman for the Kenyan Embassy in Pretoria said the talks went well.", "Kenyan Embassy"),
        (
            "A spokesperson for the Kenyan High Commission in Pretoria said the talks went well.",
            "Kenyan High Commission",
        ),
        ("A spokeswoman for Ruto in Pretoria said the talks went well.", "William Ruto"),
    ],
)
def test_the_body_before_the_city_it_sits_in_is_spoken_for(body: str, speaker: str) -> None:
    assert _speakers(body) == [(speaker,)]


def test_no_principal_when_the_place_follows_no_body() -> None:
    # Near miss: "for talks in Pretoria" names no one the spokesperson speaks for.
    speakers = _speakers("A spokesman for talks in Pretoria said the sides were close.")
    assert speakers in ([()], [])


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("A spokesman for Kenya's Foreign Ministry said the talks went well.", "Foreign Ministry"),
        ("A spokesman for Ramaphosa's office said the talks went well.", "Cyril Ramaphosa"),
        (
            "A spokesperson for the South African president's office said the talks went well.",
            "Cyril Ramaphosa",
        ),
    ],
)
def test_an_owned_body_or_an_office_is_spoken_for(body: str, speaker: str) -> None:
    assert _speakers(body) == [(speaker,)]


def test_an_owner_before_no_body_is_not_spoken_for() -> None:
    # Near miss: "Ramaphosa's party" is no body the story named; the owner does not speak.
    assert ("Cyril Ramaphosa",) not in _speakers(
        "A spokesman for Ramaphosa's party said the talks went well."
    )
