"""
A Gulf agency's "affirmed that the Sultanate will ..." is a pledge of the speaker's state.

The claims stage leaves announcements of one's own acts to the meeting stage, which records
them as commitments; the quoted verb phrase ("will spare no effort") is no topic.

The paragraphs were written for these tests in the style of the Gulf agencies. The names are
real office holders; the events are made up.
"""

from __future__ import annotations

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
