"""
A meeting named in an opening phrase ("At a meeting with Store on Tuesday, Ruto asked ...")
has the main clause's subject as its other side; "sat down with" is a meeting.

The paragraphs were written for these tests in the styles of VOA and the wire services. The
names are real office holders; the events are made up.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.text import extract

PUBLISHED = dt.date(2025, 3, 12)  # a Wednesday


def _people(text: str) -> list[set[str]]:
    record = extract(text, published=PUBLISHED)
    names = {a.id: a.name for a in record.actors}
    return [{names[p] for p in m.participants} for m in record.meetings]


@pytest.mark.parametrize("opening", ["At a meeting with", "In talks with", "During a meeting with"])
def test_the_main_clause_subject_is_the_other_side(opening: str) -> None:
    text = (
        f"{opening} Brazilian President Luiz Inacio Lula da Silva on Tuesday, Colombian President "
        "Gustavo Petro asked for help with the Amazon fund."
    )
    assert _people(text) == [{"Luiz Inacio Lula da Silva", "Gustavo Petro"}]


def test_sat_down_with_is_a_meeting() -> None:
    text = (
        "Colombian President Gustavo Petro sat down with Brazilian President Luiz Inacio Lula da Silva "
        "on Tuesday."
    )
    assert _people(text) == [{"Gustavo Petro", "Luiz Inacio Lula da Silva"}]


@pytest.mark.parametrize(
    "text",
    [
        "At a news conference in Bogota on Tuesday, Colombian President Gustavo Petro asked for help.",
        "In a meeting with reporters on Tuesday, Colombian President Gustavo Petro asked for help.",
        "Colombian President Gustavo Petro sat down on Tuesday to sign the decree.",
    ],
)
def test_no_meeting_without_another_side(text: str) -> None:
    assert _people(text) == []
