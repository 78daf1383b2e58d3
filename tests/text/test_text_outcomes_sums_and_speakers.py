"""
Sums announced as aid, a second verb of the speaker, and partial quotes after "would".

- "Ruto announced $40 million in drought relief for Somalia", "announced KSh 2 billion ...",
  "announced a $25m grant", "announced 15 million euros in funding", "announced a line of
  credit" are commitments of the one who announced them ("announced $3 billion in tariffs",
  "announced a $2 billion deficit" are none).
- "Ruto announced $40 million in relief for Somalia and pledged ...": "announced" takes an
  object here, not a reported clause, so the second verb is still Ruto's (it was Somalia's).
- "Mohamud said Somalia was ready to ... and offered to host ...": when the reported clause's
  subject is the speaker's own state, the second verb is the speaker's ("said Kenya had
  delayed ... and promised" stays Kenya's).
- "Mohamud said Somalia would "fast-track" the permits": a quotation that opens after the
  modal is still a pledge of the speaker's state ("would "never" ..." and "would "be" ..." are
  not read as one).

The paragraphs were written for these tests; the names are real office holders, the events
made up.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.model import OutcomeKind
from bilateral.text import extract

_HEAD = (
    "Kenyan President William Ruto met Somali President Hassan Sheikh Mohamud at State House "
    "in Nairobi on Tuesday. "
)


def _outcomes(sentence: str) -> list[tuple[OutcomeKind, tuple[str, ...], str]]:
    record = extract(_HEAD + sentence, published=dt.date(2026, 11, 26))
    (meeting,) = record.meetings
    return [(o.kind, o.by, o.text) for o in meeting.outcomes]


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        (
            "Ruto announced $40 million in drought relief for Somalia.",
            "announced $40 million in drought relief for Somalia",
        ),
        ("Ruto announced US$ 12.5m of budget support.", "announced US$ 12.5m of budget support"),
        (
            "Ruto announced a $25m grant for the port of Kismayo.",
            "announced a $25m grant for the port of Kismayo",
        ),
        (
            "Ruto announced 15 million US dollars in funding for border clinics.",
            "announced 15 million US dollars in funding for border clinics",
        ),
        (
            "Ruto announced a new line of credit for Somali importers.",
            "announced a new line of credit for Somali importers",
        ),
    ],
)
def test_an_announced_sum_of_aid_is_a_commitment(sentence: str, words: str) -> None:
    assert _outcomes(sentence) == [(OutcomeKind.COMMITMENT, ("william-ruto",), words)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ruto announced $3 billion in tariffs on Somali imports.",
        "Ruto announced a $2 billion budget deficit on Monday.",
        "Ruto announced $40 million in aid cuts last year.",
        "The talks covered $40 million in aid that Ruto announced in March.",
    ],
)
def test_other_sums_are_no_commitment(sentence: str) -> None:
    assert _outcomes(sentence) == []


def test_a_second_verb_after_an_announced_object_is_the_announcers() -> None:
    found = _outcomes(
        "Ruto announced $40 million in relief for Somalia and pledged to reopen the border "
        "crossing at Mandera."
    )
    assert found == [
        (OutcomeKind.COMMITMENT, ("william-ruto",), "announced $40 million in relief for Somalia"),
        (OutcomeKind.COMMITMENT, ("william-ruto",), "pledged to reopen the border crossing at Mandera"),
    ]


def test_a_second_verb_after_the_speakers_own_state_is_the_speakers() -> None:
    found = _outcomes(
        "Mohamud said Somalia was ready to share the cost of the survey and offered to host the "
        "joint committee in Mogadishu."
    )
    assert (
        OutcomeKind.PROPOSAL,
        ("hassan-sheikh-mohamud",),
        "offered to host the joint committee in Mogadishu",
    ) in found


def test_a_second_verb_after_another_state_stays_that_states() -> None:
    found = _outcomes("Mohamud said Kenya had delayed the survey and promised to pay its share.")
    assert found == [(OutcomeKind.COMMITMENT, ("kenya",), "promised to pay its share")]


def test_a_partial_quote_after_would_is_a_pledge_of_the_speakers_state() -> None:
    found = _outcomes('Mohamud said Somalia would "fast-track" the permits for the fibre cable.')
    assert found == [
        (
            OutcomeKind.COMMITMENT,
            ("hassan-sheikh-mohamud",),
            'said Somalia would "fast-track" the permits for the fibre cable',
        )
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        'Mohamud said Somalia would "never" accept foreign troops.',
        'Mohamud said Somalia would "be patient" with the talks.',
        'Mohamud said Ethiopia would "fast-track" the permits.',
    ],
)
def test_a_partial_quote_after_would_keeps_the_old_limits(sentence: str) -> None:
    assert _outcomes(sentence) == []


def test_a_quoted_verb_phrase_after_would_needs_words_after_it() -> None:
    # 'would "study carefully."': the quotation is the whole answer, no pledge of anything.
    assert _outcomes('Mohamud said Somalia would "study carefully."') == []


def test_and_said_ends_the_outcome_before_it() -> None:
    found = _outcomes(
        "Ruto announced a $25m grant for the port and said Kenya would build a new road to the border."
    )
    assert [text for _, _, text in found] == [
        "announced a $25m grant for the port",
        "said Kenya would build a new road to the border",
    ]


def test_what_the_press_is_told_of_the_speakers_state_is_a_pledge() -> None:
    found = _outcomes('Ruto told reporters Kenya would "open its ports fully" to Somali traders.')
    assert found == [
        (
            OutcomeKind.COMMITMENT,
            ("william-ruto",),
            'told reporters Kenya would "open its ports fully" to Somali traders',
        )
    ]
    assert _outcomes("Ruto told journalists that Ethiopia would send troops.") == []


def test_a_second_verb_after_a_clause_holding_the_speakers_state_is_the_speakers() -> None:
    found = _outcomes(
        'Mohamud said Somalia and Kenya were "brothers" and invited Ruto to open the new embassy '
        "in Mogadishu."
    )
    assert (
        OutcomeKind.INVITATION,
        ("hassan-sheikh-mohamud",),
        "invited Ruto to open the new embassy in Mogadishu",
    ) in found
