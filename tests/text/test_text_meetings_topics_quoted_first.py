"""
A topic list that opens with a quotation of the readout, and invitations conveyed for someone.

'discussed "the importance of freedom of navigation" in the South China Sea and arms sales':
the quoted words are the first item; the list goes on after the closing mark. A quotation that
is the whole object ('discussed "the way forward"') stays a formula, no topic. "conveyed (handed,
delivered) an invitation from the President to X to visit Y" is an invitation.

The paragraphs were written for these tests in the styles of VOA and SPA. The names are real
office holders; the events are made up.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.model import OutcomeKind
from bilateral.text import extract

PUBLISHED = dt.date(2025, 7, 11)  # a Friday
OPENING = "U.S. Defense Secretary Pete Hegseth met Thai Defense Minister Phumtham Wechayachai on Thursday. "


@pytest.mark.parametrize(
    ("sentence", "topics"),
    [
        (
            (
                'The two discussed "the importance of freedom of navigation" in the South China Sea, '
                "arms sales and disaster relief, a spokesman said."
            ),
            {"importance of freedom of navigation in the South China Sea", "arms sales", "disaster relief"},
        ),
        (
            "They discussed \u201cregional security,\u201d trade and energy.",
            {"regional security", "trade", "energy"},
        ),
    ],
)
def test_a_list_opening_with_a_quotation_gives_its_items(sentence: str, topics: set[str]) -> None:
    (meeting,) = extract(OPENING + sentence, published=PUBLISHED).meetings
    assert set(meeting.topics) == topics


@pytest.mark.parametrize(
    "sentence",
    [
        'They discussed "the way forward."',
        'They discussed "issues of mutual interest".',
    ],
)
def test_a_quotation_that_is_the_whole_object_is_no_topic(sentence: str) -> None:
    (meeting,) = extract(OPENING + sentence, published=PUBLISHED).meetings
    assert meeting.topics == ()


@pytest.mark.parametrize("verb", ["conveyed", "delivered", "handed"])
def test_an_invitation_conveyed_for_someone_is_an_invitation(verb: str) -> None:
    record = extract(
        "Saudi Foreign Minister Prince Faisal bin Farhan met Thai Prime Minister Anutin Charnvirakul in "
        f"Bangkok on Thursday. Prince Faisal {verb} an invitation from King Salman to Anutin to visit "
        "Riyadh.",
        published=PUBLISHED,
    )
    (meeting,) = record.meetings
    assert [o.kind for o in meeting.outcomes] == [OutcomeKind.INVITATION]


def test_an_invitation_only_mentioned_is_none() -> None:
    # Negative: "the invitation" as the subject of another verb gives nothing.
    record = extract(
        "Saudi Foreign Minister Prince Faisal bin Farhan met Thai Prime Minister Anutin Charnvirakul in "
        "Bangkok on Thursday. The invitation has not been made public.",
        published=PUBLISHED,
    )
    (meeting,) = record.meetings
    assert meeting.outcomes == ()


@pytest.mark.parametrize(
    ("sentence", "topic"),
    [
        (
            "They discussed Russia's \u201cillegal\u201d occupation of Ukrainian territory and arms sales.",
            "Russia's illegal occupation of Ukrainian territory",
        ),
        (
            'They discussed China\'s "dangerous and destabilizing" actions in the South China Sea.',
            "China's dangerous and destabilizing actions in the South China Sea",
        ),
    ],
)
def test_a_quoted_modifier_inside_an_item_is_kept(sentence: str, topic: str) -> None:
    (meeting,) = extract(OPENING + sentence, published=PUBLISHED).meetings
    assert topic in meeting.topics


def test_a_quoted_adverbial_ends_the_item() -> None:
    # Negative: 'would sign a pact on security "in the coming days" and invited ...'.
    (meeting,) = extract(
        OPENING + 'They discussed security cooperation "in the coming days" and trade.', published=PUBLISHED
    ).meetings
    assert "security cooperation" in meeting.topics


def test_an_item_with_a_participle_adjective_after_of_ends_no_list() -> None:
    # ", and the removal of unexploded ordnance": "unexploded" is no verb of a new clause.
    (meeting,) = extract(
        OPENING + "They discussed border security, trade, and the removal of unexploded ordnance.",
        published=PUBLISHED,
    ).meetings
    assert "removal of unexploded ordnance" in meeting.topics


def test_and_the_sides_agreed_still_ends_the_list() -> None:
    # Negative: ", and the ministers agreed to ..." is a new clause.
    (meeting,) = extract(
        OPENING + "They discussed border security and trade, and the ministers welcomed closer ties.",
        published=PUBLISHED,
    ).meetings
    assert set(meeting.topics) == {"border security", "trade"}


@pytest.mark.parametrize(
    ("sentence", "absent", "present"),
    [
        (
            'They agreed to push for a "legally binding" code of conduct.',
            "legally binding",
            None,
        ),
        (
            'They agreed to resume "shuttle diplomacy," under which they visit each other regularly.',
            None,
            "shuttle diplomacy",
        ),
        (
            'They agreed to "intensify intelligence sharing" against pirates.',
            None,
            "intensify intelligence sharing",
        ),
    ],
)
def test_a_quoted_modifier_of_an_agreed_noun_is_no_formula(
    sentence: str, absent: str | None, present: str | None
) -> None:
    (meeting,) = extract(OPENING + sentence, published=PUBLISHED).meetings
    if absent is not None:
        assert absent not in meeting.topics
    if present is not None:
        assert present in meeting.topics


@pytest.mark.parametrize(
    "sentence",
    [
        'Hegseth said Washington would deliver the radar systems "within six months."',
        'The two ministers agreed to resume joint naval drills "as soon as possible."',
        'Phumtham pledged that Bangkok would finish the review "before the end of the year."',
    ],
)
def test_a_quoted_time_phrase_of_an_outcome_is_no_topic(sentence: str) -> None:
    (meeting,) = extract(OPENING + sentence, published=PUBLISHED).meetings
    assert not any(t.casefold().startswith(("within", "as soon", "before", "end of")) for t in meeting.topics)


def test_a_quoted_formula_of_an_outcome_is_still_a_topic() -> None:
    sentence = 'The two ministers agreed to build an "enhanced strategic partnership."'
    (meeting,) = extract(OPENING + sentence, published=PUBLISHED).meetings
    assert "enhanced strategic partnership" in meeting.topics
