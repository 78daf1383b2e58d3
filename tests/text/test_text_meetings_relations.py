"""
A possessor's relative or staff member is who took part, not the possessor.

"The first lady hosted Kishida's wife, Yuko": no meeting with Kishida. "met Putin's envoy
Kirill Dmitriev": a meeting with the envoy, named after the relation. The paragraphs are
written for this test, in the styles of wire copy.
"""

from __future__ import annotations

import pytest

from bilateral.model import Person
from bilateral.text import extract


def _meetings(text: str) -> list[set[str]]:
    record = extract(text)
    names = {a.id: a.name for a in record.actors if isinstance(a, Person)}
    return [{names.get(p, p) for p in m.participants} for m in record.meetings]


@pytest.mark.parametrize(
    "sentence",
    [
        "First lady Jill Biden hosted Prime Minister Fumio Kishida's wife, Yuko, at the White House.",
        "Queen Camilla received President Emmanuel Macron's wife, Brigitte, at Windsor on Tuesday.",
        "Foreign Minister Penny Wong met President Javier Milei's spokesman in Buenos Aires on Friday.",
    ],
)
def test_a_relative_or_staff_member_is_not_the_possessor(sentence: str) -> None:
    for participants in _meetings(sentence):
        assert "Fumio Kishida" not in participants
        assert "Emmanuel Macron" not in participants
        assert "Javier Milei" not in participants


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Secretary of State Marco Rubio met President Vladimir Putin's envoy Kirill Dmitriev in Riyadh.",
            {"Marco Rubio", "Kirill Dmitriev"},
        ),
        # A possessive that is not a relation still names the participant's side.
        (
            "Indian Prime Minister Narendra Modi met Russian President Vladimir Putin in Moscow on Monday.",
            {"Narendra Modi", "Vladimir Putin"},
        ),
    ],
)
def test_the_named_relation_or_the_person_is_the_participant(sentence: str, expected: set[str]) -> None:
    assert expected in _meetings(sentence)


def test_an_outcome_goes_to_the_meeting_with_its_addressee() -> None:
    # The inviter met two people in turn; the invitation names the first one.
    text = (
        "Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi in Beijing on Friday. "
        "Blinken later met President Xi Jinping at the Great Hall of the People.\n\n"
        "Blinken invited Wang to visit Washington later this year."
    )
    record = extract(text)
    names = {a.id: a.name for a in record.actors}
    invited = [
        {names[p] for p in m.participants}
        for m in record.meetings
        for o in m.outcomes
        if o.kind.value == "invitation"
    ]
    assert invited == [{"Antony Blinken", "Wang Yi"}]


@pytest.mark.parametrize(
    ("follow", "topics"),
    [
        (
            "The meeting at the Diaoyutai State Guesthouse focused on Taiwan and drug trafficking.",
            ["Taiwan", "drug trafficking"],
        ),
        ("The talks in Riyadh on Tuesday covered energy and investment.", ["energy", "investment"]),
        ("The talks between the two ministers touched on trade.", ["trade"]),
        # Another meeting's company is not this meeting's subject.
        ("The meeting with business leaders focused on jobs.", []),
    ],
)
def test_a_place_or_time_phrase_between_the_meeting_noun_and_its_topic_verb(
    follow: str, topics: list[str]
) -> None:
    text = f"Foreign Minister Penny Wong met Foreign Minister Wang Yi in Beijing on Friday.\n\n{follow}\n"
    (meeting,) = extract(text).meetings
    assert list(meeting.topics) == topics


@pytest.mark.parametrize(
    "aside",
    [
        "their first face-to-face meeting since the war in Ukraine began",
        "a meeting overshadowed by the crisis in Sudan",
        "their first meeting since elections in Bangladesh",
    ],
)
def test_a_place_of_an_event_is_not_the_meeting_s_place(aside: str) -> None:
    text = f"Narendra Modi and Vladimir Putin held talks in the Kremlin on Tuesday, {aside}.\n"
    record = extract(text)
    places = {p.id: p.name for p in record.places}
    meetings = record.meetings
    assert len(meetings) == 1
    assert places[meetings[0].place or ""] == "Kremlin"


def test_an_outcome_goes_to_the_meeting_reported_before_it() -> None:
    # The talks come first; the agreement is theirs, not the dinner's reported after it (a
    # meeting reported after an outcome counts as twice as far as one reported before).
    text = (
        "Prime Minister Narendra Modi and President Vladimir Putin held talks in the Kremlin on Tuesday.\n\n"
        "Putin thanked Modi for his efforts. Modi said India was ready to help.\n\n"
        "The leaders agreed to raise bilateral trade to $100 billion by 2030, officials said. "
        "They also discussed oil supplies.\n\n"
        "On Monday evening, Putin hosted Modi for an informal dinner at his residence outside Moscow.\n"
    )
    record = extract(text)
    agreed = [
        m.date.text if m.date else None
        for m in record.meetings
        for o in m.outcomes
        if o.kind.value == "agreement"
    ]
    assert agreed == ["Tuesday"]
