"""
Asides inside topic lists that are no topics, and subjects of agenda cues that hold one.

"the Trans-Caspian route, also known as the Middle Corridor, energy and trade": another name
of an item is no item, and the list goes on after it. "the corridor to Goma, the capital of
North Kivu province, ...": what a place named before is. "Topics such as A and B were on the
table": the generic head is no topic. "Trade, which doubled last year, and the pipeline were
among the issues": the relative clause is no item, the items around it are; "the target set
by the two presidents" is an item, not a person as subject. "That meeting, which lasted
about 90 minutes, ...": a noun after "that", not a body that meets.

The paragraphs were written for these tests in the styles of Anadolu, Al Jazeera, Yonhap and
VOA. The names are real office holders; the events are made up.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.model import Meeting, MeetingStatus
from bilateral.text import extract

PUBLISHED = dt.date(2025, 10, 17)  # a Friday
OPENING = "Congolese President Felix Tshisekedi met Angolan President Joao Lourenco in Luanda on Thursday. "


def _held(text: str) -> Meeting:
    record = extract(text, published=PUBLISHED)
    return next(m for m in record.meetings if m.status is MeetingStatus.HELD)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            (
                "The two presidents discussed the Lobito Corridor, also known as the Lobito Atlantic "
                "Railway, energy cooperation and trade."
            ),
            {"Lobito Corridor", "energy cooperation", "trade"},
        ),
        (
            (
                "The two presidents discussed the reopening of the road to Goma, the capital of North "
                "Kivu province, and the return of refugees."
            ),
            {"reopening of the road to Goma", "return of refugees"},
        ),
        (
            "Topics such as the Inga dam and the return of refugees were also on the table.",
            {"Inga dam", "return of refugees"},
        ),
        (
            (
                "Bilateral trade, which doubled last year, and the Inga dam were also among the issues "
                "taken up, the presidency said."
            ),
            {"Bilateral trade", "Inga dam"},
        ),
        (
            "Bilateral trade and the road map set by the two presidents were also among the issues taken up.",
            {"Bilateral trade", "road map set by the two presidents"},
        ),
    ],
)
def test_asides_in_topic_lists(sentence: str, expected: set[str]) -> None:
    assert set(_held(OPENING + sentence).topics) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Negative: a description that is not a place's, or after no name, stays an item.
        (
            (
                "The two presidents discussed the security situation, the capital of the whole "
                "problem, and the return of refugees."
            ),
            {"security situation", "capital of the whole problem", "return of refugees"},
        ),
        # Negative: a person who is the subject is still no topic.
        (
            "Lourenco, who hosted the talks, and his guest were among the issues raised.",
            set(),
        ),
    ],
)
def test_what_stays_as_it_was(sentence: str, expected: set[str]) -> None:
    assert set(_held(OPENING + sentence).topics) == expected


def test_that_meeting_is_a_noun_not_a_body_that_meets() -> None:
    meeting = _held(OPENING + "That meeting, which lasted about 90 minutes, focused on the Lobito Corridor.")
    assert meeting.duration is not None
    assert meeting.duration.text == "about 90 minutes"


def test_a_body_that_will_meet_is_still_no_meeting_of_the_sides() -> None:
    # Negative: "a commission that will meet" is the body's meeting.
    record = extract(
        OPENING + "They set up a joint commission that will meet in Kinshasa in December.",
        published=PUBLISHED,
    )
    assert [m.status for m in record.meetings] == [MeetingStatus.HELD]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # The verb of an agreed act is no part of what was discussed, nor is a quantity.
        (
            ("The two presidents agreed to remove more than a dozen roadblocks and share customs data."),
            {"roadblocks", "customs data"},
        ),
        (
            "The two presidents agreed to gradually reopen the Dilolo border crossing.",
            {"Dilolo border crossing"},
        ),
        # A later part of a topic list that opens with a verb: its object is the topic.
        (
            (
                "The two presidents agreed to start negotiations on a rail tariff deal and expand "
                "cooperation in mining."
            ),
            {"rail tariff deal", "cooperation in mining"},
        ),
        # Negative: a noun that could be a verb, before a preposition, stays whole.
        (
            "The two presidents discussed copper exports and the increase in fuel prices.",
            {"copper exports", "increase in fuel prices"},
        ),
    ],
)
def test_verbs_of_agreed_acts_are_no_topics(sentence: str, expected: set[str]) -> None:
    assert set(_held(OPENING + sentence).topics) == expected


def test_an_adjective_that_could_be_a_verb_stays_in_a_later_part() -> None:
    # Negative: "double taxation" is a noun phrase, not "double" + object.
    topics = _held(OPENING + "The two presidents discussed copper exports and double taxation.").topics
    assert set(topics) == {"copper exports", "double taxation"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # The day and the city after a list are no part of its last item.
        (
            (
                "Tshisekedi and Lourenco also signed agreements on fisheries and energy cooperation "
                "Thursday in Luanda."
            ),
            {"fisheries", "energy cooperation"},
        ),
        # A long name before "told" reports the list; it is no item.
        (
            (
                "The two presidents discussed the Lobito Corridor and mining, a senior official at "
                "the Angolan presidency told ANGOP."
            ),
            {"Lobito Corridor", "mining"},
        ),
        # A second verb of the subject ends the list.
        (
            ("The two presidents discussed the Lobito Corridor and told reporters the talks had gone well."),
            {"Lobito Corridor"},
        ),
        # A clause after an opening phrase is no item.
        (
            "Asked about the talks on the Inga dam, Lourenco declined to give details.",
            {"Inga dam"},
        ),
    ],
)
def test_clauses_around_a_list_are_no_items(sentence: str, expected: set[str]) -> None:
    assert set(_held(OPENING + sentence).topics) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Xinhua's "in such areas as": the fields are the topics, the list goes on past "as".
        (
            (
                "The two presidents agreed to strengthen cooperation in such areas as agriculture, "
                "mining and energy, and to ensure the security of the Lobito Corridor."
            ),
            {"agriculture", "mining", "energy"},
        ),
        # A preposition repeated before a later item is no part of it.
        (
            "The two presidents exchanged views on the Inga dam and on regional integration.",
            {"Inga dam", "regional integration"},
        ),
    ],
)
def test_fields_and_repeated_prepositions(sentence: str, expected: set[str]) -> None:
    assert set(_held(OPENING + sentence).topics) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Regarding trade, the two presidents agreed to set up a joint commission.", {"trade"}),
        (
            "As for the Lobito Corridor and the Inga dam, both leaders said work would speed up.",
            {"Lobito Corridor", "Inga dam"},
        ),
        # Negative: one side's remark is no topic of the talks.
        ("Regarding cocoa, Lourenco told reporters that prices were too low.", set()),
    ],
)
def test_a_topic_fronted_before_the_sides(sentence: str, expected: set[str]) -> None:
    assert expected <= set(_held(OPENING + sentence).topics)
    if not expected:
        assert _held(OPENING + sentence).topics == ()


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The two presidents agreed to set up a joint steering committee within 60 days.",
            {"joint steering committee"},
        ),
        (
            "The two presidents discussed a rail tariff deal to be signed by March next year.",
            {"rail tariff deal to be signed"},
        ),
        # Negative: "by" that is no time limit stays.
        (
            "The two presidents discussed the corridor financed by the African Development Bank.",
            {"corridor financed by the African Development Bank"},
        ),
    ],
)
def test_a_time_limit_is_no_part_of_a_topic(sentence: str, expected: set[str]) -> None:
    assert set(_held(OPENING + sentence).topics) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A quoted list as the whole object: the readout's subjects.
        (
            'The presidency said the talks focused on "mining, energy and regional security."',
            {"mining", "energy", "regional security"},
        ),
        # Negative: a quoted formula that lists nothing stays no topic.
        ('The two presidents discussed "the way forward."', set()),
    ],
)
def test_a_quoted_list_of_subjects(sentence: str, expected: set[str]) -> None:
    assert set(_held(OPENING + sentence).topics) == expected
