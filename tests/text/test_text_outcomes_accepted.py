# ruff: noqa: RUF001  (a typographic apostrophe is one of the spellings tested)
"""
An invitation accepted without "from": "accepted Akhannouch's invitation", "accepted an invitation".

The paragraphs are written for these tests; the names are real office holders, the events
made up.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from bilateral.model import OutcomeKind
from bilateral.text import extract

if TYPE_CHECKING:
    from bilateral.model import Record

_MET = (
    "Spanish Prime Minister Pedro Sanchez met Moroccan Prime Minister Aziz Akhannouch in Rabat "
    "on Thursday.\n\n"
)


def _invitations(record: Record) -> list[tuple[set[str], set[str]]]:
    """(inviters' surnames, invitees' surnames) of every invitation of the one meeting."""
    assert len(record.meetings) == 1
    by_id = {a.id: a.name.split()[-1] for a in record.actors}
    return [
        ({by_id[i] for i in o.by}, {by_id[i] for i in o.to})
        for o in record.meetings[0].outcomes
        if o.kind is OutcomeKind.INVITATION
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Sanchez accepted Akhannouch's invitation to visit Marrakech in the autumn.",
        "Sanchez accepted his Moroccan counterpart’s invitation to visit Marrakech in the autumn.",
        "Sanchez accepted an invitation to visit Marrakech in the autumn, the Spanish government said.",
    ],
)
def test_the_side_that_did_not_accept_invited(sentence: str) -> None:
    record = extract(_MET + sentence + "\n", published=dt.date(2025, 4, 11))
    assert _invitations(record) == [({"Akhannouch"}, {"Sanchez"})]


def test_an_accepted_proposal_is_no_invitation() -> None:
    record = extract(_MET + "Sanchez accepted Akhannouch's proposal for a joint patrol.\n")
    assert _invitations(record) == []


def test_accepting_the_invitation_already_reported_adds_none() -> None:
    text = (
        _MET
        + "Akhannouch invited Sanchez to visit Marrakech. Sanchez accepted the invitation, officials said.\n"
    )
    assert _invitations(extract(text)) == [({"Akhannouch"}, {"Sanchez"})]


@pytest.mark.parametrize(
    "sentence",
    [
        "Sanchez was invited by Akhannouch to attend the Marrakech investment forum.",
        "Sanchez has also been invited by his Moroccan counterpart to tour the Tanger Med port.",
        # No inviter named: the other side of the talks.
        "Sanchez was invited to return to Rabat in the spring.",
    ],
)
def test_the_subject_of_a_passive_invited_is_the_invitee(sentence: str) -> None:
    assert _invitations(extract(_MET + sentence + "\n")) == [({"Akhannouch"}, {"Sanchez"})]


def test_invited_by_someone_else_is_no_invitation_of_the_talks() -> None:
    record = extract(_MET + "Sanchez was invited by a group of Moroccan students to speak at their school.\n")
    assert _invitations(record) == []
