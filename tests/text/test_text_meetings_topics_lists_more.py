"""
Lists of topics as wire copy writes them: asides in brackets, a serial comma before the last
item, modifiers sharing one head noun, and the held meeting a "discussed" sentence is about.

The paragraphs were written for these tests in the styles of VOA and the wire services. The
names are real office holders; the events are made up.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.model import Meeting, MeetingStatus
from bilateral.text import extract

PUBLISHED = dt.date(2025, 6, 20)  # a Friday
OPENING = "Kenyan President William Ruto met German Chancellor Friedrich Merz in Berlin on Tuesday. "


def _held(text: str) -> Meeting:
    record = extract(text, published=PUBLISHED)
    return next(m for m in record.meetings if m.status is MeetingStatus.HELD)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # An acronym in brackets: the list goes on after it.
        (
            (
                "The two leaders discussed the fight against al-Shabaab (AS), the return of refugees "
                "and river transport."
            ),
            {"fight against al-Shabaab", "return of refugees", "river transport"},
        ),
        # A remark in brackets inside the list.
        (
            (
                "The leaders discussed the war in Sudan (where both have sent envoys) and the "
                "situation in Somalia."
            ),
            {"war in Sudan", "situation in Somalia"},
        ),
        (
            "They exchanged views on reform of the World Health Organization (WHO) and climate finance.",
            {"reform of the World Health Organization", "climate finance"},
        ),
    ],
)
def test_brackets_inside_a_list_are_stepped_over(sentence: str, expected: set[str]) -> None:
    assert set(_held(OPENING + sentence).topics) == expected


def test_an_unclosed_bracket_still_ends_the_list() -> None:
    meeting = _held(OPENING + "The two leaders discussed trade (and many other things and migration.")
    assert meeting.topics == ("trade",)


def test_a_serial_comma_keeps_the_last_item() -> None:
    meeting = _held(OPENING + "The two leaders discussed trade, migration, and the war in Sudan.")
    assert set(meeting.topics) == {"trade", "migration", "war in Sudan"}


@pytest.mark.parametrize(
    "sentence",
    [
        "The two leaders discussed trade and migration, and the leaders agreed to meet again.",
        "The two leaders discussed trade and migration, and the chancellor said he was pleased.",
        "The two leaders discussed trade and migration, and the German side will send experts.",
    ],
)
def test_a_new_clause_after_comma_and_the_is_no_item(sentence: str) -> None:
    meeting = _held(OPENING + sentence)
    assert set(meeting.topics) == {"trade", "migration"}


def test_a_place_in_the_last_item_is_no_subject_of_a_new_clause() -> None:
    record = extract(
        OPENING + "The two leaders discussed the war in Sudan, and the leaders agreed to meet again.",
        published=PUBLISHED,
    )
    names = {a.id: a.name for a in record.actors}
    for meeting in record.meetings:
        assert {names[p] for p in meeting.participants} == {"William Ruto", "Friedrich Merz"}


def test_what_was_discussed_goes_to_the_meeting_held_not_the_one_agreed() -> None:
    record = extract(
        OPENING + "The two leaders discussed energy and migration and agreed to meet again in Nairobi.",
        published=PUBLISHED,
    )
    held = next(m for m in record.meetings if m.status is MeetingStatus.HELD)
    assert set(held.topics) == {"energy", "migration"}
    for meeting in record.meetings:
        if meeting.status is MeetingStatus.PLANNED:
            assert not meeting.topics


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The two leaders agreed to set up a Kenyan-German defense and security council.",
            "Kenyan-German defense and security council",
        ),
        (
            "The two leaders discussed a trade and investment agreement.",
            "trade and investment agreement",
        ),
    ],
)
def test_modifiers_sharing_a_head_noun_are_one_topic(sentence: str, expected: str) -> None:
    assert expected in _held(OPENING + sentence).topics


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The two leaders discussed energy and climate change.", {"energy", "climate change"}),
        (
            "The two leaders discussed migration and a new security council.",
            {"migration", "new security council"},
        ),
        ("The two leaders discussed energy and the climate fund.", {"energy", "climate fund"}),
    ],
)
def test_separate_items_stay_separate(sentence: str, expected: set[str]) -> None:
    assert set(_held(OPENING + sentence).topics) == expected


def test_an_aside_between_dashes_is_stepped_over() -> None:
    meeting = _held(
        OPENING
        + "The two leaders discussed migration, the Darfur crisis \u2014 where fighting has displaced "
        "millions since 2023 \u2014 and trade."
    )
    assert set(meeting.topics) == {"migration", "Darfur crisis", "trade"}


def test_one_dash_still_ends_the_list() -> None:
    meeting = _held(OPENING + "The two leaders discussed migration and trade \u2014 a sign of warming ties.")
    assert set(meeting.topics) == {"migration", "trade"}


def test_an_apposition_after_the_only_item_is_no_topic() -> None:
    meeting = _held(
        OPENING + "The two leaders discussed Kenya's plans to buy German frigates, a deal that has stalled."
    )
    assert meeting.topics == ("Kenya's plans to buy German frigates",)


def test_a_phrase_opening_with_a_preposition_is_no_item() -> None:
    meeting = _held(
        OPENING + "The two leaders reviewed relations between the two countries and ways to enhance "
        "cooperation in energy, in service of their mutual interests."
    )
    assert not any(t.startswith("in service") for t in meeting.topics)
    assert "relations between the two countries" in meeting.topics


def test_a_deadline_closing_an_item_is_cut() -> None:
    meeting = _held(OPENING + "The two leaders agreed to settle the debt issue by the end of the year.")
    assert any(t.endswith("debt issue") for t in meeting.topics), meeting.topics


def test_a_with_phrase_inside_an_item_does_not_end_the_list() -> None:
    meeting = _held(
        OPENING + "The two leaders discussed aid for areas hit by the war with al-Shabaab, and the "
        "implementation of the ceasefire."
    )
    assert "implementation of the ceasefire" in meeting.topics


def test_a_with_phrase_before_a_new_clause_still_ends_the_list() -> None:
    meeting = _held(
        OPENING + "The two leaders discussed trade with Kenya, and the two sides agreed to meet again."
    )
    assert meeting.topics == ("trade",)


def test_a_decimal_point_does_not_end_the_list() -> None:
    meeting = _held(
        OPENING + "The two leaders discussed Kenya's $2.9 billion debt to German banks and migration."
    )
    assert set(meeting.topics) == {"Kenya's $2.9 billion debt to German banks", "migration"}


def test_what_the_sides_discussed_about_other_talks_is_their_meetings() -> None:
    record = extract(
        "Iranian Foreign Minister Abbas Araghchi has met his Omani counterpart, Badr Albusaidi, in "
        "Muscat, days before a new round of indirect talks between Tehran and Washington.\n\n"
        "The two ministers discussed the agenda for Sunday's talks and bilateral trade.",
        published=PUBLISHED,
    )
    names = {a.id: a.name for a in record.actors}
    (meeting,) = [m for m in record.meetings if "Badr Albusaidi" in {names[p] for p in m.participants}]
    assert "bilateral trade" in meeting.topics
