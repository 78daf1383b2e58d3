"""
How a meeting's topic list is read: where it ends, what opens an item, what joins two words.

The paragraphs were written for these tests in the styles of wire services, state media and
government news agencies. The names are real office holders; the events are made up.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from bilateral.text import extract

if TYPE_CHECKING:
    from bilateral.model import Meeting, Record

PUBLISHED = dt.date(2025, 9, 12)  # a Friday


def _record(text: str) -> Record:
    return extract(text, published=PUBLISHED)


def _only(record: Record) -> Meeting:
    assert len(record.meetings) == 1, [m.participants for m in record.meetings]
    return record.meetings[0]


def _topics(text: str) -> tuple[str, ...]:
    return _only(_record(text)).topics


_MET = (
    "Indonesian President Prabowo Subianto met Malaysian Prime Minister Anwar Ibrahim in Jakarta "
    "on Thursday.\n\n"
)


def test_an_attribution_with_an_acronym_in_brackets_is_no_topic() -> None:
    topics = _topics(
        _MET + "The two leaders discussed border management and the situation in Myanmar, the "
        "Ministry of Foreign Affairs (Kemlu) said in a statement.\n"
    )
    assert "situation in Myanmar" in topics
    assert not any("Ministry" in t for t in topics), topics


@pytest.mark.parametrize(
    ("list_text", "expected", "absent"),
    [
        (
            (
                "economic ties, particularly in the fields of palm oil and tourism, in addition to "
                "the latest developments in the South China Sea"
            ),
            {"palm oil", "tourism", "latest developments in the South China Sea"},
            ("particularly", "in addition", "fields of"),
        ),
        (
            "regional issues, especially the crisis in Myanmar",
            {"crisis in Myanmar"},
            ("especially",),
        ),
        (
            (
                "regional and international developments of mutual interest, foremost among them "
                "the war in Sudan"
            ),
            {"regional and international developments of mutual interest", "war in Sudan"},
            ("foremost",),
        ),
    ],
)
def test_words_that_rank_or_add_an_item_do_not_open_a_topic(
    list_text: str, expected: set[str], absent: tuple[str, ...]
) -> None:
    topics = _topics(_MET + f"The two leaders discussed {list_text}.\n")
    assert expected <= set(topics), topics
    assert not any(word in t for t in topics for word in absent), topics


def test_such_as_stays_inside_its_topic() -> None:
    topics = _topics(_MET + "They discussed cooperation in regional bodies such as ASEAN.\n")
    assert "cooperation in regional bodies such as ASEAN" in topics


def test_a_clause_opened_by_as_still_ends_the_topic() -> None:
    topics = _topics(_MET + "They discussed fisheries as the two navies held drills nearby.\n")
    assert topics == ("fisheries",)


@pytest.mark.parametrize(
    ("list_text", "expected"),
    [
        ("relations between Indonesia and Malaysia", {"relations between Indonesia and Malaysia"}),
        (
            "the maritime border between the two countries and haze from forest fires",
            {"maritime border between the two countries", "haze from forest fires"},
        ),
        # No "between": the "and" lists two topics.
        ("palm oil and migrant workers", {"palm oil", "migrant workers"}),
    ],
)
def test_between_a_and_b_is_one_topic(list_text: str, expected: set[str]) -> None:
    assert set(_topics(_MET + f"The two leaders discussed {list_text}.\n")) == expected


@pytest.mark.parametrize(
    ("list_text", "expected"),
    [
        (
            "North Korea's nuclear and missile programs and supply chains",
            {"North Korea's nuclear and missile programs", "supply chains"},
        ),
        ("humanitarian and financial aid for Gaza", {"humanitarian and financial aid for Gaza"}),
        # Nouns on both sides: two topics.
        ("energy and defence", {"energy", "defence"}),
    ],
)
def test_an_item_ending_in_an_adjective_qualifies_the_next(list_text: str, expected: set[str]) -> None:
    assert set(_topics(_MET + f"They discussed {list_text}.\n")) == expected


@pytest.mark.parametrize("opening", ["Talks also covered", "Talks covered", "Discussions also touched on"])
def test_bare_talks_opening_a_sentence_are_the_meeting_just_reported(opening: str) -> None:
    topics = _topics(_MET + f"{opening} haze from forest fires and the fate of migrant workers.\n")
    assert set(topics) == {"haze from forest fires", "fate of migrant workers"}


def test_bare_talks_with_nothing_reported_before_have_no_owner() -> None:
    record = _record("Talks covered haze from forest fires and the fate of migrant workers.\n")
    assert record.meetings == ()


def test_topics_on_the_agenda_likely_to_include() -> None:
    topics = _topics(
        "Indonesian President Prabowo Subianto and Malaysian Prime Minister Anwar Ibrahim are "
        "expected to meet in Kuala Lumpur next month.\n\nTopics on the agenda are likely to "
        "include the maritime border, palm oil exports and haze, officials said.\n"
    )
    assert set(topics) == {"maritime border", "palm oil exports", "haze"}


def test_issues_of_a_meeting_that_are_not_its_list_give_no_topic() -> None:
    topics = _topics(_MET + "Issues on the border are complex, officials said.\n")
    assert topics == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "The two sides agreed to resume “joint patrols,” the statement said.\n",
        "The two leaders agreed to reopen a consulate in Medan and to meet again in Kuala Lumpur in March.\n",
    ],
)
def test_an_agreed_course_of_action_is_no_topic(sentence: str) -> None:
    # The meeting agreed on comes second ("to meet again"); the first is the one held.
    topics = _record(_MET + sentence).meetings[0].topics
    assert not any(t.casefold() in {"resume", "reopen"} or t.startswith("to ") for t in topics), topics


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Haze from forest fires was also discussed, officials said.", {"Haze from forest fires"}),
        ("The issue of migrant workers also came up.", {"migrant workers"}),
        (
            "Among the issues discussed were palm oil exports and fishing rights.",
            {"palm oil exports", "fishing rights"},
        ),
    ],
)
def test_topics_before_a_passive_cue(sentence: str, expected: set[str]) -> None:
    assert set(_topics(_MET + sentence + "\n")) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # Nothing was discussed at this meeting: the subject is a person.
        "Anwar was also discussed as a possible mediator, officials said.",
        # No meeting word, no passive cue: "came" alone.
        "The rain came late this year.",
    ],
)
def test_no_topic_before_other_verbs(sentence: str) -> None:
    assert _topics(_MET + sentence + "\n") == ()


def test_a_joint_statement_calling_for_something_gives_it_as_topic() -> None:
    topics = _topics(_MET + "The leaders issued a joint statement calling for a ceasefire in Myanmar.\n")
    assert "ceasefire in Myanmar" in topics


@pytest.mark.parametrize(
    "phrase",
    [
        "the entire gamut of bilateral ties",
        "all aspects of bilateral ties",
        "the whole range of bilateral ties",
    ],
)
def test_a_range_of_ties_is_the_ties(phrase: str) -> None:
    assert _topics(_MET + f"The two leaders reviewed {phrase}.\n") == ("bilateral ties",)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The two leaders spoke about haze and palm oil.", {"haze", "palm oil"}),
        ("The focus was on haze and palm oil.", {"haze", "palm oil"}),
        ("Haze was at the center of the talks.", {"Haze"}),
        ("Haze and palm oil were also on the table.", {"Haze", "palm oil"}),
    ],
)
def test_more_topic_cues(sentence: str, expected: set[str]) -> None:
    assert set(_topics(_MET + sentence + "\n")) == expected


def test_talks_dominated_by() -> None:
    text = (
        "Indonesian President Prabowo Subianto hosted Malaysian Prime Minister Anwar Ibrahim in "
        "Jakarta on Thursday for talks dominated by the haze crisis.\n"
    )
    assert _only(_record(text)).topics == ("haze crisis",)


def test_one_leader_speaking_about_something_is_no_topic() -> None:
    assert _topics(_MET + "Anwar later spoke about the economy at a rally.\n") == ()
