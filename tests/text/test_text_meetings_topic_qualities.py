"""
What the topics were like is no topic: "Topics were wide-ranging", "The agenda was not
disclosed"; which they were still is ("Topics were trade and defence"). A bare "Issues
discussed included X" (no article) names topics as "The issues discussed included X" does,
and its "discussed" is no one's speech.

The sentences are written for these tests; the names are real office holders, the events made
up.
"""

from __future__ import annotations

import pytest

from bilateral.text import extract

_LEAD = (
    "NEW DELHI, Nov 3 (PTI) - Prime Minister Narendra Modi met Australian Prime Minister "
    "Anthony Albanese in Delhi on Tuesday. "
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Topics were wide-ranging.",
        "The topics were broad, officials said.",
        "Topics were not disclosed.",
        "The agenda was packed.",
        "Issues were unusually varied.",
    ],
)
def test_a_quality_of_the_topics_is_no_topic(sentence: str) -> None:
    (meeting,) = extract(_LEAD + sentence).meetings
    assert meeting.topics == ()


@pytest.mark.parametrize(
    ("sentence", "topics"),
    [
        ("Topics were trade and defence.", ("trade", "defence")),
        ("Topics included critical minerals and education.", ("critical minerals", "education")),
        ("Issues discussed included supply chains.", ("supply chains",)),
        ("Issues discussed also included supply chains and energy.", ("supply chains", "energy")),
        ("The issues discussed also included supply chains.", ("supply chains",)),
    ],
)
def test_which_topics_they_were_is_kept(sentence: str, topics: tuple[str, ...]) -> None:
    (meeting,) = extract(_LEAD + sentence).meetings
    assert meeting.topics == topics


@pytest.mark.parametrize(
    "sentence",
    [
        "Issues discussed included supply chains.",
        "The matters discussed also included energy.",
        "Topics discussed ranged from trade to security.",
    ],
)
def test_discussed_after_the_topics_noun_is_no_statement(sentence: str) -> None:
    record = extract(_LEAD + sentence)
    assert [record.text(s.cue) for s in record.statements if s.cue is not None] == []


def test_a_person_who_discussed_is_still_reported() -> None:
    record = extract(_LEAD + "Modi discussed trade with Albanese, officials said.")
    assert [record.text(s.cue) for s in record.statements if s.cue is not None] == ["said"]
