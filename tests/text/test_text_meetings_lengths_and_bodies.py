"""
"The two leaders spoke for about 90 minutes ..., because the talks were private": the length is
the meeting's even when the sentence refers to the talks too. Talks of a body with no one named
("to revive trade talks between the Mercosur bloc and the European Union") are no meeting a
later "the talks" refers to. "discussed ways to further expand cooperation in X" is about X.

The paragraphs were written for these tests in the styles of Reuters and PTI. The names are
real office holders; the events are made up.
"""

from __future__ import annotations

import datetime as dt

from bilateral.text import extract

PUBLISHED = dt.date(2025, 3, 15)  # a Saturday


def test_spoke_for_gives_the_length_when_the_talks_are_named_too() -> None:
    record = extract(
        "Chilean President Gabriel Boric and Peruvian President Dina Boluarte met in Santiago on "
        "Friday, pledging to revive stalled trade talks between the Pacific Alliance and the "
        "European Union.\n\nThe two leaders spoke for about 90 minutes at La Moneda palace, "
        "according to an official who asked not to be named because the talks were private.",
        published=PUBLISHED,
    )
    (meeting,) = record.meetings
    assert meeting.duration is not None
    assert meeting.duration.seconds == 90 * 60


def test_ways_to_further_expand_cooperation_is_about_the_fields() -> None:
    record = extract(
        "External Affairs Minister S Jaishankar on Friday held talks with his Maldivian counterpart "
        "Abdulla Khaleel and discussed ways to further expand cooperation in trade and tourism.",
        published=PUBLISHED,
    )
    (meeting,) = record.meetings
    assert not any(t.startswith("further") for t in meeting.topics), meeting.topics
    assert "tourism" in meeting.topics
