"""
Counted pacts, side meetings told after an outcome, and side meetings "prior to the talks".

"Both sides inked seven MoUs" is an agreement (PTI and ANI count what was signed). An outcome
told before a paragraph that opens "Earlier in the day, X called on Y" is the main talks', not
the side meeting's told after it. "Prior to the talks, X met with Y" is on the day of the talks
just reported, not on the day of an arrival told later.

The paragraphs were written for these tests in the styles of PTI and Xinhua. The names are
real office holders; the events are made up.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.model import OutcomeKind
from bilateral.text import extract

PUBLISHED = dt.date(2025, 8, 23)  # a Saturday
TALKS = (
    "Prime Minister Narendra Modi on Friday held talks with Bhutanese Prime Minister Tshering Tobgay "
    "in New Delhi, with the two sides focusing on hydropower and trade."
)


@pytest.mark.parametrize(
    "signed",
    [
        "Both sides inked seven MoUs, including one on a railway link.",
        "The two sides sealed three agreements on hydropower.",
        "The leaders inked a dozen pacts on trade and power.",
    ],
)
def test_counted_pacts_are_an_agreement(signed: str) -> None:
    record = extract(f"{TALKS} {signed}", published=PUBLISHED)
    (meeting,) = record.meetings
    assert [o.kind for o in meeting.outcomes] == [OutcomeKind.AGREEMENT]


def test_inked_without_a_pact_is_no_agreement() -> None:
    # Negative: "inked" alone ("inked his name", "inked a column") is not a deal.
    record = extract(f"{TALKS} Tobgay inked a column for a local daily.", published=PUBLISHED)
    (meeting,) = record.meetings
    assert meeting.outcomes == ()


def test_an_outcome_before_an_earlier_side_meeting_is_the_talks() -> None:
    record = extract(
        f"{TALKS}\n\nOfficials said the talks lasted an hour.\n\nTobgay arrived here on Thursday on a "
        "three-day visit.\n\nBhutan sells most of its surplus power to India.\n\nHydropower makes up a "
        "large share of its exports.\n\nIndia has also agreed to a Bhutanese request to buy more "
        "power, Foreign Secretary Vikram Misri said.\n\nEarlier in the day, External Affairs Minister "
        "S Jaishankar called on Tobgay.",
        published=PUBLISHED,
    )
    talks = next(m for m in record.meetings if "narendra-modi" in m.participants)
    side = next(m for m in record.meetings if "narendra-modi" not in m.participants)
    assert [o.kind for o in talks.outcomes] == [OutcomeKind.AGREEMENT]
    assert side.outcomes == ()


def test_a_meeting_prior_to_the_talks_is_on_their_day() -> None:
    record = extract(
        "Chinese Vice Premier Ding Xuexiang held talks with Egyptian Prime Minister Mostafa Madbouly "
        "in Beijing on Wednesday.\n\nPrior to the talks, Madbouly met with Chinese Premier Li Qiang.\n\n"
        "Madbouly arrived in Beijing on Monday for a four-day visit.",
        published=dt.date(2025, 3, 5),
    )
    li = next(m for m in record.meetings if "li-qiang" in m.participants)
    assert li.date is not None
    assert li.date.start == dt.date(2025, 3, 5)


def test_a_meeting_planned_after_the_talks_keeps_its_own_day() -> None:
    # Negative: one still to come is not placed on the day of the talks.
    record = extract(
        "Chinese Vice Premier Ding Xuexiang held talks with Egyptian Prime Minister Mostafa Madbouly "
        "in Beijing on Wednesday.\n\nAfter the talks, Madbouly will meet Chinese Premier Li Qiang on Friday.",
        published=dt.date(2025, 3, 5),
    )
    li = next(m for m in record.meetings if "li-qiang" in m.participants)
    assert li.date is not None
    assert li.date.text == "Friday"
