"""
Initials written with dots as one token open a name: "K.P. Sharma Oli", "M.K. Stalin".

The snippets are written for these tests; "U.S." before a title stays a country.
"""

from __future__ import annotations

import pytest

from bilateral.model import Person, Source, Span
from bilateral.text._document import Document
from bilateral.text._entities import EntityStage


def _persons(text: str) -> list[str]:
    doc = Document(source=Source(text=text))
    EntityStage()(doc)
    return [a.name for a in doc.actors if isinstance(a, Person)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Nepali Prime Minister K.P. Sharma Oli flew to New Delhi on Sunday.", "K.P. Sharma Oli"),
        ("Tamil Nadu Chief Minister M.K. Stalin met the delegation in Chennai.", "M.K. Stalin"),
        ("Former President A.P.J. Abdul Kalam once visited the school.", "A.P.J. Abdul Kalam"),
    ],
)
def test_dotted_initials_open_a_name(text: str, name: str) -> None:
    assert name in _persons(text)


def test_a_dotted_country_abbreviation_is_no_initial() -> None:
    # "U.S." before a title is the country, and "U.N." before a noun an organization.
    assert _persons("U.S. President Joe Biden met U.N. Secretary-General Antonio Guterres.") == [
        "Joe Biden",
        "Antonio Guterres",
    ]


def test_the_surname_alone_refers_back_to_the_initialled_name() -> None:
    text = "Nepali Prime Minister K.P. Sharma Oli arrived on Sunday. Oli said ties were strong."
    assert _persons(text) == ["K.P. Sharma Oli"]


def _one_sentence(text: str) -> Document:
    # One sentence span, as the sentence stage gives now that "Ma." and "Md." end none.
    doc = Document(source=Source(text=text))
    doc.sentences = [Span(start=0, end=len(text))]
    EntityStage()(doc)
    return doc


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Japan's foreign minister met his Philippine counterpart Ma. Theresa Lazaro in Manila.",
            "Ma. Theresa Lazaro",
        ),
        (
            "Bangladesh Foreign Adviser Md. Touhid Hossain met the Indian envoy in Dhaka.",
            "Md. Touhid Hossain",
        ),
    ],
)
def test_an_abbreviated_given_name_opens_the_name(text: str, name: str) -> None:
    people = {a.name: a for a in _one_sentence(text).actors if isinstance(a, Person)}
    assert name in people
    assert not any(n.rstrip(".") in {"Ma", "Md"} for n in people)


def test_official_inside_a_programmes_name_titles_no_one() -> None:
    text = "The boats come under Japan's Official Security Assistance program, officials said."
    assert not [a for a in _one_sentence(text).actors if isinstance(a, Person)]
