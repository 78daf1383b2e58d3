"""
"also" between the agenda and its verb ("High on the agenda were also X and Y", "The agenda
also included X") keeps the topics after it, as without it.

The sentences are written for these tests; the names are real office holders, the events made
up.
"""

from __future__ import annotations

import pytest

from bilateral.text import extract

_LEAD = (
    "South Korean Foreign Minister Cho Hyun met his Japanese counterpart Takeshi Iwaya in Tokyo on Thursday. "
)


@pytest.mark.parametrize(
    ("sentence", "topics"),
    [
        (
            "High on the agenda were also the issue of forced labor and the release of treated water.",
            ("forced labor", "release of treated water"),
        ),
        ("The agenda also included energy security and trade.", ("energy security", "trade")),
    ],
)
def test_topics_after_also(sentence: str, topics: tuple[str, ...]) -> None:
    (meeting,) = extract(_LEAD + sentence).meetings
    assert meeting.topics == topics


def test_no_topic_without_a_list() -> None:
    (meeting,) = extract(_LEAD + "Other issues were also discussed.").meetings
    assert meeting.topics == ()
