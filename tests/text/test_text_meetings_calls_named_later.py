"""
"X spoke with Y" is a call when the report names the call right after ("The call, the first
since August, covered ..."); without that it stays no meeting.

The paragraphs were written for these tests in the styles of VOA and the wire services. The
names are real office holders; the events are made up.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.model import Medium
from bilateral.text import extract

PUBLISHED = dt.date(2025, 6, 20)  # a Friday


def test_spoke_with_then_the_call_is_a_call_with_its_length_and_topics() -> None:
    record = extract(
        "German Foreign Minister Johann Wadephul spoke with Indian External Affairs Minister "
        "Subrahmanyam Jaishankar for about 40 minutes on Wednesday. The call, their second this "
        "year, covered energy security and the war in Ukraine.",
        published=PUBLISHED,
    )
    (call,) = record.meetings
    names = {a.id: a.name for a in record.actors}
    assert {names[p] for p in call.participants} == {"Johann Wadephul", "Subrahmanyam Jaishankar"}
    assert call.medium is Medium.PHONE
    assert call.duration is not None
    assert call.duration.seconds == 40 * 60
    assert "war in Ukraine" in call.topics


def test_topics_of_the_call_stay_off_the_meeting_before_it() -> None:
    record = extract(
        "Brazilian President Luiz Inacio Lula da Silva met Portuguese Prime Minister Luis Montenegro "
        "in Brasilia on Monday. The two discussed migration.\n\n"
        "Lula last Thursday spoke with French President Emmanuel Macron for an hour. The call "
        "covered the Amazon fund and the trade deal with Mercosur.",
        published=PUBLISHED,
    )
    meeting = next(m for m in record.meetings if m.medium is not Medium.PHONE)
    assert "migration" in meeting.topics
    assert not any("Amazon" in t for t in meeting.topics), meeting.topics
    assert any(m.medium is Medium.PHONE for m in record.meetings)


@pytest.mark.parametrize(
    "text",
    [
        # No call named: "spoke with" alone says nothing of a meeting.
        "Lula spoke with Portuguese Prime Minister Luis Montenegro on Thursday about migration.",
        # "the call for": an appeal, not a call.
        (
            "Lula spoke with Portuguese Prime Minister Luis Montenegro on Thursday. The call for a "
            "ceasefire has grown louder."
        ),
        # A call named only far later belongs to another passage.
        "Lula spoke with Portuguese Prime Minister Luis Montenegro on Thursday. "
        + "Brazil's economy grew faster than expected in the first quarter, the statistics office said. " * 3
        + "The call drew attention.",
    ],
)
def test_spoke_with_is_no_meeting_without_a_call_named_next(text: str) -> None:
    assert extract(text, published=PUBLISHED).meetings == ()


@pytest.mark.parametrize(
    ("verb", "rest"),
    [
        ("spoke with", "by phone on Thursday about migration."),
        ("spoke with", "by phone earlier this month about migration."),
        ("held talks with", "last week on migration."),
    ],
)
def test_a_topic_after_the_medium_and_the_day(verb: str, rest: str) -> None:
    lula, montenegro = (
        "Brazilian President Luiz Inacio Lula da Silva",
        "Portuguese Prime Minister Luis Montenegro",
    )
    text = f"{lula} {verb} {montenegro} {rest}"
    (meeting,) = extract(text, published=PUBLISHED).meetings
    assert meeting.topics == ("migration",)
