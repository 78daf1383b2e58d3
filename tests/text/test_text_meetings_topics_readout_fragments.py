"""
Readout phrasings whose lists held clause fragments instead of topics.

Gulf and Chinese agency readouts write "reviewed relations and ways to develop them in various
fields, in addition to discussing X and the efforts made regarding them" and "discussed how to
expand investment and boost connectivity". The later infinitives' verbs are how, not what; a
pronoun object or "regarding them" refers back to items already named; "in addition to
discussing" and "while discussing" introduce more topics of the same meeting; ", X wrote on X"
reports the list, as ", X said" does.

The paragraphs were written for these tests in the styles of SPA, KUNA, Xinhua and VOA. The
names are real office holders; the events are made up.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.text import extract

PUBLISHED = dt.date(2025, 9, 20)  # a Saturday

_CALL = (
    "Kuwaiti Crown Prince Sheikh Sabah Khalid Al-Hamad Al-Sabah received a phone call on Friday "
    "from Omani Foreign Minister Badr Albusaidi, "
)


def _topics(text: str) -> tuple[str, ...]:
    (meeting,) = extract(text, published=PUBLISHED).meetings
    return meeting.topics


@pytest.mark.parametrize(
    ("tail", "expected", "absent"),
    [
        (
            "during which they discussed ways to deepen ties and develop them in various fields.",
            set(),
            ("them", "develop"),
        ),
        (
            "during which the two discussed how to expand two-way investment and boost tourism.",
            {"two-way investment", "tourism"},
            ("boost",),
        ),
        (
            "during which they discussed ways to curb smuggling and improve port security.",
            {"smuggling", "port security"},
            ("curb", "improve"),
        ),
    ],
)
def test_later_infinitives_of_ways_to_lose_their_verb(
    tail: str, expected: set[str], absent: tuple[str, ...]
) -> None:
    topics = _topics(_CALL + tail)
    assert expected <= set(topics), topics
    assert not any(word in t.split() for t in topics for word in absent), topics


def test_a_verb_like_word_not_after_ways_to_is_left_alone() -> None:
    # "secure" here is an adjective in a plain list, not a verb after "ways to".
    topics = _topics(_CALL + "during which they discussed smuggling and secure supply chains.")
    assert set(topics) == {"smuggling", "secure supply chains"}, topics


def test_between_their_countries_closes_the_item() -> None:
    topics = _topics(
        _CALL + "during which they discussed the strategic partnership between their countries "
        "and ways to strengthen it in the energy and transport sectors."
    )
    assert "strategic partnership between their countries" in topics, topics
    assert not any(t.startswith("it ") for t in topics), topics


def test_in_addition_to_discussing_and_regarding_them() -> None:
    topics = _topics(
        _CALL + "during which they reviewed bilateral relations, in addition to discussing the "
        "latest developments in Yemen and the efforts exerted regarding them."
    )
    assert "latest developments in Yemen" in topics, topics
    assert not any("discussing" in t or "regarding" in t for t in topics), topics


def test_while_discussing_keeps_the_meeting_of_the_clause() -> None:
    text = (
        "Saudi Foreign Minister Prince Faisal bin Farhan met Egyptian Foreign Minister Badr "
        "Abdelatty in Cairo on Thursday.\n\nThey reviewed bilateral relations while discussing the "
        "situation in Sudan."
    )
    assert "situation in Sudan" in _topics(text)


def test_a_post_reporting_the_list_is_no_topic() -> None:
    text = (
        "Finnish President Alexander Stubb met Ukrainian President Volodymyr Zelenskyy in Kyiv on "
        "Friday.\n\nThe two men discussed air defense and sanctions on Russia, Zelenskyy wrote on X."
    )
    topics = _topics(text)
    assert "air defense" in topics
    assert not any("wrote" in t for t in topics), topics
