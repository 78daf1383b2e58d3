"""
Readout phrasing: quoted formulas before a topic list, appositives and "as well as" inside
it, a description with its own countries, the summit beside a meeting, adjectival
"proposed".

The paragraphs were written for these tests in the style of public broadcasters and wire
services. The names are real office holders; the events are made up.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from bilateral.model import MeetingStatus, OutcomeKind
from bilateral.text import extract

if TYPE_CHECKING:
    from bilateral.model import Meeting, Record

PUBLISHED = dt.date(2024, 9, 28)  # a Saturday

_MET = (
    "U.S. Secretary of State Antony Blinken met Indian External Affairs Minister S. Jaishankar "
    "in New York on Friday.\n\n"
)


def _record(text: str) -> Record:
    return extract(text, published=PUBLISHED)


def _names(record: Record, meeting: Meeting) -> set[str]:
    by_id = {a.id: a.name for a in record.actors}
    return {by_id[p] for p in meeting.participants}


def _first(text: str) -> Meeting:
    return _record(text).meetings[0]


def test_a_quoted_formula_then_including_gives_the_list() -> None:
    meeting = _first(
        _MET + 'The two diplomats discussed "areas of cooperation as well as areas of difference," '
        "including critical minerals, visas and the war in Ukraine, a spokesperson said.\n"
    )
    assert set(meeting.topics) == {"critical minerals", "visas", "war in Ukraine"}


def test_a_long_appositive_is_no_topic_and_as_well_as_lists() -> None:
    meeting = _first(
        _MET + "They discussed the India-Middle East-Europe corridor, a planned trade route linking "
        "Mumbai to ports in the Gulf and Europe, as well as space and security in the Indian "
        "Ocean, according to a readout.\n"
    )
    assert set(meeting.topics) == {
        "India-Middle East-Europe corridor",
        "space",
        "security in the Indian Ocean",
    }


def test_as_well_as_without_a_comma_lists_two_topics() -> None:
    meeting = _first(_MET + "They discussed visas as well as semiconductor supply chains.\n")
    assert set(meeting.topics) == {"visas", "semiconductor supply chains"}


def test_a_second_verb_of_the_discussions_gives_topics() -> None:
    meeting = _first(
        _MET + 'Jaishankar said the discussions were "warm and focused" and covered trade, '
        "defence and clean energy.\n"
    )
    assert {"trade", "defence", "clean energy"} <= set(meeting.topics)


def test_a_description_with_its_own_countries_is_not_the_pair_last_named() -> None:
    text = (
        _MET + "Earlier in the week, Blinken held a meeting with the foreign ministers of Japan and "
        "Australia to coordinate on the Quad.\n"
    )
    record = _record(text)
    jaishankar = [m for m in record.meetings if "S. Jaishankar" in _names(record, m)]
    assert len(jaishankar) == 1
    assert _names(record, jaishankar[0]) == {"Antony Blinken", "S. Jaishankar"}


def test_the_summit_named_in_a_sidelines_phrase_is_not_a_meeting() -> None:
    text = (
        "U.S. President Joe Biden held talks with Mexican President Andres Manuel Lopez Obrador "
        "in Washington on Tuesday.\n\n"
        "Biden and Japanese Prime Minister Fumio Kishida are expected to meet in Lima in November "
        "on the sidelines of the Asia-Pacific Economic Cooperation summit, officials said.\n"
    )
    record = _record(text)
    mexico = next(m for m in record.meetings if "Andres Manuel Lopez Obrador" in _names(record, m))
    assert mexico.status is MeetingStatus.HELD
    assert mexico.place == "washington"
    japan = next(m for m in record.meetings if "Fumio Kishida" in _names(record, m))
    assert japan.status is MeetingStatus.PLANNED
    assert japan.place == "lima"


@pytest.mark.parametrize(
    "sentence",
    [
        "Talks on a proposed visa deal ended without agreement, the official said.",
        "The two sides reviewed the proposed corridor, the official said.",
    ],
)
def test_an_adjectival_proposed_is_no_proposal(sentence: str) -> None:
    meeting = _first(_MET + sentence + "\n")
    assert OutcomeKind.PROPOSAL not in {o.kind for o in meeting.outcomes}


def test_a_proposal_made_is_still_one() -> None:
    meeting = _first(_MET + "Jaishankar proposed a joint working group on visas.\n")
    assert [o.kind for o in meeting.outcomes] == [OutcomeKind.PROPOSAL]
