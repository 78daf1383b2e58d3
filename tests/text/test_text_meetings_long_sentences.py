"""
A meeting noun far into a long lead sentence still finds its subject, and a definite series of
meetings held with a country ("at the tripartite summits with Egypt") is no meeting.

The paragraphs are written for these tests in the style of wire leads; the events are made
up.
"""

from __future__ import annotations

from bilateral.text import extract


def _meetings(text: str) -> list[tuple[list[str], str | None, list[str]]]:
    record = extract(text)
    names = {a.id: a.name for a in record.actors}
    return [
        ([names[p] for p in m.participants], m.place, [o.kind.value for o in m.outcomes])
        for m in record.meetings
    ]


def test_a_meeting_noun_two_hundred_characters_after_the_subject() -> None:
    text = (
        "SANTIAGO, Chile (AP) \u2014 Chilean President Gabriel Boric and Argentine President Javier"
        " Milei signed an agreement Friday to coordinate lithium exports and build a cross-border"
        " rail link, setting aside months of public insults during a meeting at La Moneda palace."
    )
    assert _meetings(text) == [(["Gabriel Boric", "Javier Milei"], "la-moneda", ["agreement"])]


def test_a_series_of_summits_with_a_country_is_no_meeting_of_the_speaker() -> None:
    text = (
        "King Abdullah II received Iraqi Prime Minister Mohammed Shia al-Sudani at Al-Husseiniya"
        " Palace in Amman on Tuesday.\n\n"
        "For his part, al-Sudani expressed his appreciation for Jordan's positions towards Iraq, and"
        " said his government was determined to move ahead with the projects agreed upon at the"
        " tripartite summits with Egypt."
    )
    assert [m[0] for m in _meetings(text)] == [["Abdullah II", "Mohammed Shia al-Sudani"]]
