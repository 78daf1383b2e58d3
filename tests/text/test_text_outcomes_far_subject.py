"""
A coordinated outcome verb far from its subject: "Both sides reviewed X, which took effect in
2022 and has lifted trade to $83 billion, and agreed to ..." is the sides' agreement.

The paragraphs were written for these tests in the style of VOA. The names are real office
holders; the events are made up.
"""

from __future__ import annotations

import datetime as dt

from bilateral.model import OutcomeKind
from bilateral.text import extract

PUBLISHED = dt.date(2025, 6, 23)  # a Monday
OPENING = (
    "Saudi Foreign Minister Prince Faisal bin Farhan met Turkish Foreign Minister Hakan Fidan in "
    "Ankara on Sunday. "
)


def test_a_second_verb_after_a_long_relative_clause_has_the_clause_subject() -> None:
    (meeting,) = extract(
        OPENING + "Both sides reviewed progress on the free trade talks, which began in 2023 and have "
        "covered services, investment and public procurement, and agreed to work toward settling "
        "trade in local currencies.",
        published=PUBLISHED,
    ).meetings
    kinds = [o.kind for o in meeting.outcomes]
    assert kinds == [OutcomeKind.AGREEMENT]
    assert "local currencies" in meeting.outcomes[0].text


def test_a_far_second_verb_of_someone_else_is_no_outcome_of_the_meeting() -> None:
    (meeting,) = extract(
        OPENING + "Greek Prime Minister Kyriakos Mitsotakis welcomed the free trade talks, which began "
        "in 2023 and have covered services, investment and public procurement, and agreed to send "
        "a delegation to Ankara.",
        published=PUBLISHED,
    ).meetings
    assert not meeting.outcomes
