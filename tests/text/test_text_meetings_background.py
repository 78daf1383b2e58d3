"""
A meeting recalled in passing ("their first conversation since meeting in Lima") does not take
the topics reported after it; a possessive or the people doing the work are no topics.

The paragraphs are written for these tests; the names are real office holders, the events
made up.
"""

from __future__ import annotations

import datetime as dt

from bilateral.model import Medium
from bilateral.text import extract

_TEXT = (
    "Chilean President Gabriel Boric and Peruvian President Dina Boluarte spoke by phone for an"
    " hour on Tuesday, their first conversation since meeting in Lima last year, Boric's office"
    " said. According to the office, Boric raised concerns about migration across the border and"
    " its “humanitarian” toll. Both leaders agreed that their teams would keep working on a"
    " border pact."
)


def test_the_topics_go_to_the_call_not_to_the_meeting_recalled() -> None:
    record = extract(_TEXT, published=dt.date(2025, 6, 4))
    by_medium = {m.medium: m for m in record.meetings}
    assert by_medium[Medium.PHONE].topics
    assert all(not m.topics for m in record.meetings if m.medium is not Medium.PHONE)


def test_a_possessive_cut_before_a_quotation_and_the_teams_are_no_topics() -> None:
    record = extract(_TEXT, published=dt.date(2025, 6, 4))
    topics = [t.casefold() for m in record.meetings for t in m.topics]
    assert "its" not in topics
    assert "teams" not in topics
