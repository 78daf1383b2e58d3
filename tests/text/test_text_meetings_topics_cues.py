"""
Topic cues of real reports that name the subject of a meeting in a relative clause, a
"pressed X on Y", a "with a focus on", and lists whose names belong to one item.

The paragraphs were written for these tests in the styles of wire services and of VOA. The
names are real office holders; the events are made up.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from bilateral.text import extract

if TYPE_CHECKING:
    from bilateral.model import Meeting

PUBLISHED = dt.date(2025, 10, 17)  # a Friday


def _only(text: str) -> Meeting:
    record = extract(text, published=PUBLISHED)
    assert len(record.meetings) == 1, [m.participants for m in record.meetings]
    return record.meetings[0]


_MET = "Kenyan President William Ruto met Norwegian Prime Minister Jonas Gahr Store in Oslo on Tuesday.\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "The meeting on Tuesday focused on fisheries and offshore wind power.",
        "The talks in the Norwegian capital covered fisheries and offshore wind power.",
        "The two held talks that focused on fisheries and offshore wind power.",
        "They held talks, which were dominated by fisheries and offshore wind power.",
    ],
)
def test_a_phrase_or_relative_pronoun_between_the_noun_and_its_verb(sentence: str) -> None:
    topics = _only(_MET + sentence).topics
    assert "fisheries" in topics, topics
    assert "offshore wind power" in topics, topics
    assert not any("Tuesday" in t for t in topics), topics


def test_talks_on_a_day_give_no_topic() -> None:
    topics = _only(_MET + "The talks on Tuesday were held behind closed doors.").topics
    assert topics == (), topics


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Ruto pressed Store on debt relief for African economies.", "debt relief for African economies"),
        (
            "The two leaders also deliberated on ways to expand carbon credit trading.",
            "carbon credit trading",
        ),
        (
            "The leaders held talks with a special focus on boosting cooperation in renewable energy.",
            "cooperation in renewable energy",
        ),
    ],
)
def test_pressed_on_deliberated_on_and_a_focus_on(sentence: str, expected: str) -> None:
    assert expected in _only(_MET + sentence).topics


@pytest.mark.parametrize(
    "sentence",
    [
        "Ruto pressed ahead with his plan on Wednesday.",
        "Ruto pressed Store to release the funds.",
        "Store said the region was under pressure on many fronts.",
    ],
)
def test_pressing_without_an_object_on_a_subject_is_no_topic(sentence: str) -> None:
    assert _only(_MET + sentence).topics == ()


def test_a_visit_aimed_at_attracting_after_a_long_appositive() -> None:
    text = (
        _MET + "The visit, Ruto's first to Scandinavia since he took office in September 2022, is "
        "aimed at attracting Norwegian investment to Kenya's geothermal sector, officials said.\n"
    )
    assert "Norwegian investment to Kenya's geothermal sector" in _only(text).topics


def test_items_after_including_are_topics() -> None:
    text = (
        _MET + "The two leaders exchanged views on regional issues of common concern, including "
        "the war in Sudan and the reform of the World Bank.\n"
    )
    topics = _only(text).topics
    assert "war in Sudan" in topics, topics
    assert "reform of the World Bank" in topics, topics
    assert not any(t.startswith("including") for t in topics), topics


def test_areas_such_as_opens_no_topic() -> None:
    text = _MET + "The two leaders discussed areas such as shipping and tourism.\n"
    topics = _only(text).topics
    assert "shipping" in topics, topics
    assert not any("areas" in t for t in topics), topics


@pytest.mark.parametrize(
    ("sentence", "whole", "not_alone"),
    [
        (
            "The talks also touched on the withdrawal of foreign troops from Mali, Chad and Niger.",
            "withdrawal of foreign troops from Mali, Chad and Niger",
            ("Chad", "Niger"),
        ),
        (
            "The two discussed funding for a highway linking Nairobi and Addis Ababa and climate finance.",
            "funding for a highway linking Nairobi and Addis Ababa",
            ("Addis Ababa",),
        ),
        (
            "The leaders discussed the security situation in the East and South China seas and trade.",
            "security situation in the East and South China seas",
            ("South China seas",),
        ),
    ],
)
def test_names_after_a_preposition_of_movement_stay_in_their_item(
    sentence: str, whole: str, not_alone: tuple[str, ...]
) -> None:
    topics = _only(_MET + sentence).topics
    assert whole in topics, topics
    assert not set(not_alone) & set(topics), topics


def test_a_list_of_names_is_still_split() -> None:
    topics = _only(_MET + "The two leaders discussed Sudan, Somalia and the Middle East and trade.").topics
    assert {"Sudan", "Somalia", "Middle East"} <= set(topics), topics


def test_both_sides_named_as_subject_find_their_meeting_past_another_passage() -> None:
    text = (
        _MET + "Ruto arrived in Oslo on Monday on the first leg of a three-nation tour that will also "
        "take him to Sweden and Finland.\n\n"
        "Officials said on Monday that Ruto and Store were expected to discuss carbon markets and "
        "fisheries.\n"
    )
    record = extract(text, published=PUBLISHED)
    (meeting,) = [m for m in record.meetings if len(m.participants) == 2]
    assert "carbon markets" in meeting.topics, meeting.topics


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The two leaders underscored the importance of climate finance.", "climate finance"),
        ("They stressed the need for debt relief.", "debt relief"),
        ("Both sides expressed deep concern over the war in Sudan.", "war in Sudan"),
        ("They also touched upon regional security.", "regional security"),
        ("The talks also included a discussion on energy security.", "energy security"),
        ("The two leaders discussed how to increase trade.", "trade"),
        ("The meeting focused primarily on climate finance.", "climate finance"),
        ("The pair also exchanged views on the reform of the World Bank.", "reform of the World Bank"),
    ],
)
def test_readout_phrasings_give_topics(sentence: str, expected: str) -> None:
    assert expected in _only(_MET + sentence).topics


@pytest.mark.parametrize(
    "sentence",
    [
        "Analysts stressed the need for caution.",
        "Oil prices rose on concern over supply.",
        "Ruto stressed the importance of the meeting.",
    ],
)
def test_readout_phrasings_of_others_give_no_topic(sentence: str) -> None:
    assert _only(_MET + sentence).topics == ()


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Their talks were dominated by fisheries and the protection of the Arctic.",
            {"fisheries", "protection of the Arctic"},
        ),
        (
            (
                "The two leaders reviewed the strategic partnership between the two countries and explored "
                "opportunities to expand cooperation in shipping and tourism."
            ),
            {"strategic partnership between the two countries", "cooperation in shipping", "tourism"},
        ),
    ],
)
def test_passive_noun_cues_and_a_second_verb(sentence: str, expected: set[str]) -> None:
    topics = set(_only(_MET + sentence).topics)
    assert expected <= topics, topics
    assert not any("explored" in t for t in topics), topics


def test_spoken_by_phone_is_a_call() -> None:
    record = extract(_MET + "The two leaders had spoken by phone last month about the crisis in Sudan.\n")
    assert len(record.meetings) == 2


_PLANNED = (
    "Kenyan President William Ruto will meet Norwegian Prime Minister Jonas Gahr Store in Oslo "
    "on Thursday.\n\n"
)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The talks are expected to cover climate finance and fisheries.", "climate finance"),
        ("The visit will focus on climate finance.", "climate finance"),
        ("Officials said the talks would centre on climate finance.", "climate finance"),
        ("Trade will also be on the agenda.", "Trade"),
        ("Ruto is expected to raise the issue of debt relief.", "debt relief"),
        ("Ruto said he would use the talks to press for debt relief.", "debt relief"),
    ],
)
def test_topics_announced_for_a_planned_meeting(sentence: str, expected: str) -> None:
    topics = _only(_PLANNED + sentence).topics
    assert expected in topics, topics
    assert not any(t.startswith(("cover", "for ")) for t in topics), topics


@pytest.mark.parametrize(
    "sentence",
    [
        "Ruto told a press conference for foreign reporters that he was hopeful.",
        "Analysts said the economy would focus on exports.",
    ],
)
def test_press_conferences_and_other_subjects_give_no_topic(sentence: str) -> None:
    assert _only(_PLANNED + sentence).topics == ()


def test_a_comma_inside_a_number_does_not_split_a_topic() -> None:
    topics = _only(_MET + "The talks covered trade and security along the 1,700-kilometer border.").topics
    assert "security along the 1,700-kilometer border" in topics, topics
