"""
Appositives set off by dashes: "Mateus Pires \u2014 the finance minister \u2014 told ...".

AP and Reuters copy sets a title off with em or en dashes as often as with commas; a name
no lexicon knows is a person when a person noun or title follows it that way, and the title
is their role. Paragraphs written for this test; the events are made up.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bilateral.model import Person, Record
from bilateral.text import extract

Speakers = Callable[[str | Record], dict[str, list[str]]]

_OPENING = (
    "Portuguese Prime Minister Luís Montenegro met Angolan President João Lourenço in Lisbon on Monday.\n\n"
)


@pytest.mark.parametrize("dash", ["\u2014", "\u2013"])
def test_a_dashed_title_makes_a_person(dash: str, source_speakers: Speakers) -> None:
    text = (
        _OPENING
        + f"Mateus Pires {dash} the finance minister, who negotiated the debt swap {dash} told "
        + "Expresso that the deal was fair."
    )
    record = extract(text)
    people = {a.name: a for a in record.actors if isinstance(a, Person)}
    assert "Mateus Pires" in people
    assert [r.title for r in people["Mateus Pires"].roles] == ["Finance Minister"]
    assert source_speakers(record)[f"Mateus Pires {dash} the finance minister"] == ["Mateus Pires"]


def test_a_dashed_organization_is_no_person() -> None:
    # Negative: an organization noun after the dash keeps the name out of the people.
    text = _OPENING + "Banco Atlantico \u2014 a private lender \u2014 said it would finance the port."
    record = extract(text)
    assert "Banco Atlantico" not in {a.name for a in record.actors if isinstance(a, Person)}


def test_a_dash_before_a_clause_is_no_appositive() -> None:
    # Negative: a dash before a clause with no person noun names no one.
    text = _OPENING + "Porto Novo \u2014 the talks went on for hours \u2014 stayed off the agenda."
    record = extract(text)
    assert "Porto Novo" not in {a.name for a in record.actors if isinstance(a, Person)}
