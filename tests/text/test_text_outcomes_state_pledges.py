"""
A Gulf agency's "affirmed that the Sultanate will ..." is a pledge of the speaker's state.

The claims stage leaves announcements of one's own acts to the meeting stage, which records
them as commitments; the quoted verb phrase ("will spare no effort") is no topic.

The paragraphs were written for these tests in the style of the Gulf agencies. The names are
real office holders; the events are made up.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.model import OutcomeKind
from bilateral.text import extract

_HEAD = (
    "Oman, Iran\n\nMUSCAT, June 18 (ONA) - His Majesty Sultan Haitham bin Tarik received Iranian "
    "President Masoud Pezeshkian at Al Alam Palace on Wednesday. "
)


def test_affirmed_that_the_state_will_is_a_commitment_of_the_speaker() -> None:
    record = extract(
        _HEAD + "His Majesty the Sultan affirmed that the Sultanate \u201cwill spare no effort\u201d "
        "to support dialogue on the nuclear file.\n"
    )
    (meeting,) = record.meetings
    kinds = [(o.kind, o.by) for o in meeting.outcomes]
    assert kinds == [(OutcomeKind.COMMITMENT, ("haitham-bin-tarik",))]
    assert not any("will" in t for t in meeting.topics)


def test_affirming_that_the_kingdom_would_continue_is_a_commitment() -> None:
    record = extract(
        "Saudi, Jordan\n\nRIYADH, June 18 (SPA) - Crown Prince Mohammed bin Salman received "
        "Jordan's King Abdullah II in Riyadh on Wednesday, affirming that the Kingdom would "
        "continue to support Jordan's economy.\n"
    )
    (meeting,) = record.meetings
    # The one who received the guest affirms, not the guest named right before the comma.
    kinds = [(o.kind, o.by, o.to) for o in meeting.outcomes]
    assert kinds == [(OutcomeKind.COMMITMENT, ("mohammed-bin-salman",), ("abdullah-ii",))]


def test_affirmed_that_the_talks_will_go_on_is_no_commitment() -> None:
    record = extract(_HEAD + "The two sides affirmed that the talks will continue in the coming months.\n")
    (meeting,) = record.meetings
    assert meeting.outcomes == ()


def test_affirmed_that_a_state_will_be_is_no_commitment() -> None:
    record = extract(_HEAD + "The Sultan affirmed that Oman will be a partner for peace.\n")
    (meeting,) = record.meetings
    assert meeting.outcomes == ()


_CHILE = (
    "Chile, Peru\n\nLIMA (AP) \u2014 Chilean President Gabriel Boric and Peruvian President Dina "
    "Boluarte met for two hours at the Government Palace in Lima on Tuesday. "
)


def test_said_own_state_would_is_a_commitment_of_the_speaker() -> None:
    record = extract(_CHILE + "Boric said Chile would open a consulate in Tacna by March.\n")
    (meeting,) = record.meetings
    kinds = [(o.kind, o.by, o.to) for o in meeting.outcomes]
    assert kinds == [(OutcomeKind.COMMITMENT, ("gabriel-boric",), ("dina-boluarte",))]


def test_said_on_a_day_that_her_government_will_is_a_commitment() -> None:
    record = extract(
        _CHILE + 'Boluarte said on Tuesday that her government "will finish" the coastal highway next year.\n'
    )
    (meeting,) = record.meetings
    kinds = [(o.kind, o.by) for o in meeting.outcomes]
    assert kinds == [(OutcomeKind.COMMITMENT, ("dina-boluarte",))]


def test_said_another_state_would_is_no_commitment() -> None:
    # Peru is the other side, Bolivia no side at all: neither is a pledge of Boric's.
    record = extract(
        _CHILE + "Boric said Peru would benefit from the port. He said Bolivia would object to the plan.\n"
    )
    (meeting,) = record.meetings
    assert meeting.outcomes == ()


def test_said_own_state_would_remain_or_officials_said_is_no_commitment() -> None:
    record = extract(
        _CHILE + "Boric said Chile would remain neutral. Chilean officials said Chile would send "
        "engineers to the border.\n"
    )
    (meeting,) = record.meetings
    assert meeting.outcomes == ()


def test_reaffirmed_the_states_commitment_is_a_commitment_of_the_speaker() -> None:
    record = extract(
        _HEAD
        + "His Majesty the Sultan reaffirmed Oman\u2019s firm commitment to supporting regional security.\n"
    )
    (meeting,) = record.meetings
    kinds = [(o.kind, o.by) for o in meeting.outcomes]
    assert kinds == [(OutcomeKind.COMMITMENT, ("haitham-bin-tarik",))]


def test_reaffirmed_the_importance_or_welcomed_a_commitment_is_none() -> None:
    record = extract(
        _HEAD + "The Sultan reaffirmed the importance of dialogue. Pezeshkian welcomed Oman's commitment to "
        "mediation.\n"
    )
    (meeting,) = record.meetings
    assert meeting.outcomes == ()


def test_said_own_state_is_willing_or_stands_ready_is_a_commitment() -> None:
    # Xinhua's way of telling what a leader offers the other side.
    record = extract(
        _CHILE + "Boric said Chile is willing to work with Peru to reopen the rail line to Arica. "
        "Boluarte said Peru stands ready to expand the shared fishing zone.\n"
    )
    (meeting,) = record.meetings
    kinds = [(o.kind, o.by) for o in meeting.outcomes]
    assert kinds == [
        (OutcomeKind.COMMITMENT, ("gabriel-boric",)),
        (OutcomeKind.COMMITMENT, ("dina-boluarte",)),
    ]


def test_said_the_other_state_is_willing_is_no_commitment() -> None:
    record = extract(_CHILE + "Boric said Peru is willing to talk. Boric said Chile is ready.\n")
    (meeting,) = record.meetings
    assert meeting.outcomes == ()


def test_adding_that_own_state_would_is_a_commitment() -> None:
    record = extract(
        _CHILE + "Boric spoke to reporters at the palace, adding that Chile would build a new border post.\n"
    )
    (meeting,) = record.meetings
    kinds = [(o.kind, o.by) for o in meeting.outcomes]
    assert kinds == [(OutcomeKind.COMMITMENT, ("gabriel-boric",))]


def test_announced_aid_is_a_commitment_and_a_pause_in_aid_is_none() -> None:
    record = extract(
        _CHILE + "Boric announced drought relief assistance for Peruvian farmers. Boluarte announced a "
        "pause in aid to the region. Boric announced an aid freeze for the mines.\n"
    )
    (meeting,) = record.meetings
    kinds = [(o.kind, o.by) for o in meeting.outcomes]
    assert kinds == [(OutcomeKind.COMMITMENT, ("gabriel-boric",))]


_SEOUL = (
    "Korea, Poland\n\nSEOUL (AP) \u2014 South Korean President Lee Jae-myung and Polish President "
    "Karol Nawrocki held talks at Cheong Wa Dae in Seoul on Tuesday. "
)


def test_confirmed_that_the_own_state_would_is_a_commitment() -> None:
    record = extract(
        _SEOUL + "Nawrocki confirmed that Poland would order 180 more K2 tanks next year.\n",
        published=dt.date(2026, 6, 9),
    )
    (meeting,) = record.meetings
    kinds = [(o.kind, o.by) for o in meeting.outcomes]
    assert kinds == [(OutcomeKind.COMMITMENT, ("karol-nawrocki",))]


@pytest.mark.parametrize(
    "sentence",
    [
        # Another state's act, a past event, and a state that "will be" pledge nothing.
        "Nawrocki confirmed that Korea would deliver the first tanks in May.",
        "Nawrocki confirmed that the talks had lasted two hours.",
        "Nawrocki confirmed that Poland will be a reliable partner.",
    ],
)
def test_confirmed_without_an_own_pledge_is_no_commitment(sentence: str) -> None:
    record = extract(_SEOUL + sentence + "\n", published=dt.date(2026, 6, 9))
    (meeting,) = record.meetings
    assert meeting.outcomes == ()
