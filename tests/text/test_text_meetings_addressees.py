"""
The addressee of "told" (a news outlet, reporters, a person) hears about the talks: it is no
side of them, and it is not the subject of the talks or of a joint verb after it.

The paragraphs were written for these tests in the styles of VOA and the wire services. The
names are real office holders; the events are made up.
"""

from __future__ import annotations

import datetime as dt

from bilateral.text import extract

PUBLISHED = dt.date(2025, 6, 20)  # a Friday


def _names(text: str) -> list[set[str]]:
    record = extract(text, published=PUBLISHED)
    names = {a.id: a.name for a in record.actors}
    return [{names[p] for p in m.participants} for m in record.meetings]


def test_an_outlet_told_after_the_talks_fills_no_side_of_a_trip() -> None:
    meetings = _names(
        "Kenyan President William Ruto met German Chancellor Friedrich Merz in Berlin on Tuesday. "
        "Ruto arrived in Germany on Sunday for a three-day visit. \u201cWe came for investment,\u201d "
        "Ruto told Reuters in an interview after the talks."
    )
    assert meetings == [{"William Ruto", "Friedrich Merz"}]
    assert not any("Reuters" in m for m in meetings)


def test_an_outlet_told_before_a_joint_verb_is_no_party_to_it() -> None:
    meetings = _names(
        "Indonesian President Prabowo Subianto held talks with Chinese President Xi Jinping in "
        "Beijing on Wednesday. Trade Minister Budi Santoso told Antara the two sides had agreed to "
        "raise palm oil exports."
    )
    assert meetings == [{"Prabowo Subianto", "Xi Jinping"}]


def test_a_person_told_after_the_talks_is_the_other_side() -> None:
    meetings = _names(
        "Kenyan President William Ruto arrived in Addis Ababa on Monday for a two-day visit. Ruto "
        "told Ethiopian Prime Minister Abiy Ahmed after the talks that Kenya would buy more power."
    )
    assert meetings == [{"William Ruto", "Abiy Ahmed"}]


def test_a_subject_named_before_told_still_meets_the_person_after_with() -> None:
    # "told" before the subject does not hide a later meeting of the person told about.
    meetings = _names(
        "An aide told reporters that Ghanaian President John Mahama met French President "
        "Emmanuel Macron in Paris on Thursday."
    )
    assert meetings == [{"John Mahama", "Emmanuel Macron"}]
