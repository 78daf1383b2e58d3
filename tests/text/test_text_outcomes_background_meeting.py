"""
An outcome told before a background paragraph on an earlier meeting stays with the meeting
reported; one addressed to someone who was not at the meeting is not its outcome.

VOA closes stories with "The two ministers previously met in Manila in January 2024, when ...".
An invitation in the paragraph just before went to that earlier meeting, the nearest one after
it. A meeting told after the outcome and dated in the past by its own words ("in January
2024", "last year") is background: a meeting reported before the outcome is preferred.

The paragraphs were written for these tests in the style of VOA. The names are real office
holders; the events are made up.
"""

from __future__ import annotations

import datetime as dt

from bilateral.model import OutcomeKind
from bilateral.text import extract

PUBLISHED = dt.date(2025, 11, 14)  # a Friday

_TALKS = (
    "Thai Foreign Minister Sihasak Phuangketkeow met Cambodian Foreign Minister Prak Sokhonn in "
    "Bangkok on Wednesday to discuss border demining.\n\n"
    "Sihasak said the talks were useful. Analysts were more cautious.\n\n"
    '"It is a start," said one regional diplomat. "But only a start."\n\n'
)


def test_an_invitation_before_a_background_meeting_is_the_current_meetings() -> None:
    text = _TALKS + (
        "Sihasak invited Prak Sokhonn to visit Chiang Mai early next year.\n\n"
        "The two ministers previously met in Phnom Penh in January 2024, when they signed a "
        "memorandum on border trade."
    )
    meetings = extract(text, published=PUBLISHED).meetings
    current = next(m for m in meetings if m.date is not None and m.date.text == "Wednesday")
    assert any(o.kind is OutcomeKind.INVITATION for o in current.outcomes), meetings
    earlier = next(m for m in meetings if m is not current)
    assert not any(o.kind is OutcomeKind.INVITATION for o in earlier.outcomes)
    assert any(o.kind is OutcomeKind.AGREEMENT for o in earlier.outcomes)


def test_a_meeting_told_only_after_the_outcome_still_gets_it() -> None:
    text = (
        "Thai Foreign Minister Sihasak Phuangketkeow invited Cambodian Foreign Minister Prak Sokhonn "
        "to visit Chiang Mai early next year, Thai officials said.\n\n"
        "The two ministers met in Bangkok on Nov. 3, 2025, for talks on border demining."
    )
    (meeting,) = extract(text, published=PUBLISHED).meetings
    assert any(o.kind is OutcomeKind.INVITATION for o in meeting.outcomes)


def test_an_invitation_to_someone_not_at_the_meeting_is_not_its_outcome() -> None:
    text = (
        "German Chancellor Friedrich Merz met Ukrainian President Volodymyr Zelenskyy in Kyiv on "
        "Tuesday to discuss air defense.\n\nZelenskyy invited U.S. President Donald Trump to visit the "
        "front line, an invitation he first extended in the spring."
    )
    (meeting,) = extract(text, published=PUBLISHED).meetings
    assert not meeting.outcomes, meeting.outcomes


def test_an_invitation_to_the_other_participant_is_kept() -> None:
    text = (
        "German Chancellor Friedrich Merz met Ukrainian President Volodymyr Zelenskyy in Kyiv on "
        "Tuesday to discuss air defense.\n\nZelenskyy invited Merz to visit the front line."
    )
    (meeting,) = extract(text, published=PUBLISHED).meetings
    (outcome,) = meeting.outcomes
    assert outcome.kind is OutcomeKind.INVITATION
    assert outcome.to == ("friedrich-merz",)
