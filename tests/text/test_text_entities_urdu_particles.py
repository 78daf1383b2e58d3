"""
"Anwar ul-Haq Kakar", "Mujib ur Rahman": Urdu and Bengali joiners stay inside a name.

The name used to stop at "Anwar", whom the office-holder list then made Malaysian.
Paragraphs written for these tests.
"""

from __future__ import annotations

import pytest

from bilateral.model import Person, Source
from bilateral.text import default_pipeline


def _people(text: str) -> dict[str, str | None]:
    record = default_pipeline().extract(Source(text=text))
    return {a.name: a.country for a in record.actors if isinstance(a, Person)}


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "Caretaker Prime Minister Anwar ul-Haq Kakar of Pakistan met Xi Jinping.",
            "Anwar ul-Haq Kakar",
            "PK",
        ),
        ("Pakistani Senator Ahmed ur Rehman said the talks went well.", "Ahmed ur Rehman", "PK"),
        ("Bangladeshi diplomat Salah ud-Din Ahmed said the talks went well.", "Salah ud-Din Ahmed", "BD"),
    ],
)
def test_a_joiner_keeps_the_name_whole(text: str, name: str, country: str) -> None:
    assert _people(text).get(name) == country


def test_a_lower_case_joiner_with_no_name_after_ends_it() -> None:
    # Near miss: nothing capitalised after the particle, so it is no part of a name.
    assert "Anwar" in _people("Prime Minister Anwar said ur concerns were heard.")
