"""
Who reported a meeting is no participant: "to meet Rubio, the Foreign Relations Department
said" lists Rubio only.

The paragraphs were written for these tests in the styles of AP and Reuters. The names are
real office holders; the events are made up.
"""

from __future__ import annotations

import datetime as dt

from bilateral.text import extract

PUBLISHED = dt.date(2025, 4, 3)  # a Thursday


def _participants(text: str) -> list[set[str]]:
    record = extract(text, published=PUBLISHED)
    names = {a.id: a.name for a in record.actors}
    return [{names[p] for p in m.participants} for m in record.meetings]


def test_the_body_that_reported_the_meeting_is_no_participant() -> None:
    meetings = _participants(
        "Colombian Foreign Minister Laura Sarabia will travel to Brasilia next week to meet "
        "Brazilian Foreign Minister Mauro Vieira, the Colombian Foreign Ministry said. Their talks "
        "are likely to center on the Amazon and drug trafficking."
    )
    assert meetings == [{"Laura Sarabia", "Mauro Vieira"}]


def test_a_list_of_participants_still_runs_past_its_commas() -> None:
    meetings = _participants(
        "Brazilian Foreign Minister Mauro Vieira met Colombian Foreign Minister Laura Sarabia, "
        "Peruvian Foreign Minister Elmer Schialer in Brasilia on Tuesday, officials said."
    )
    assert meetings == [{"Mauro Vieira", "Laura Sarabia", "Elmer Schialer"}]
