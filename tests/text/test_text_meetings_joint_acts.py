"""
Pairs who acted together, meetings agreed for later, and which meeting an outcome came from.

The paragraphs were written for these tests in the styles of wire services and public
broadcasters (with and without a dateline). The names are real office holders; the events
are made up.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from bilateral.model import MeetingStatus, OutcomeKind
from bilateral.text import extract

if TYPE_CHECKING:
    from bilateral.model import Meeting, Record

PUBLISHED = dt.date(2025, 10, 18)  # a Saturday


def _record(text: str) -> Record:
    return extract(text, published=PUBLISHED)


def _surnames(record: Record, meeting: Meeting) -> set[str]:
    by_id = {a.id: a.name for a in record.actors}
    return {by_id[p].split()[-1] for p in meeting.participants}


# -- a joint act that needs the sides in one room ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # Signed a deal together, no dateline (public broadcaster style).
        (
            "Zambian President Hakainde Hichilema and Tanzanian President Samia Suluhu Hassan "
            "signed a railway agreement on Friday.\n\nThe deal revives the TAZARA line.\n"
        ),
        (
            "Zambian President Hakainde Hichilema and Tanzanian President Samia Suluhu Hassan "
            "signed two memorandums of understanding on energy and trade.\n"
        ),
        # Acted at a place the text names.
        (
            "Zambian President Hakainde Hichilema and Tanzanian President Samia Suluhu Hassan "
            "agreed at State House in Lusaka on Friday to revive the TAZARA railway.\n"
        ),
    ],
)
def test_a_joint_act_that_puts_the_sides_together_is_a_meeting(text: str) -> None:
    record = _record(text)
    assert len(record.meetings) == 1
    meeting = record.meetings[0]
    assert _surnames(record, meeting) == {"Hichilema", "Hassan"}
    assert meeting.status is MeetingStatus.HELD


@pytest.mark.parametrize(
    "text",
    [
        # A letter is signed apart.
        (
            "Zambian President Hakainde Hichilema and Tanzanian President Samia Suluhu Hassan "
            "signed an open letter on Friday calling for debt relief.\n"
        ),
        # An agreement without a place or a deal may be reached by phone.
        (
            "Zambian President Hakainde Hichilema and Tanzanian President Samia Suluhu Hassan "
            "agreed on Friday to revive the TAZARA railway.\n"
        ),
        # Still to be signed.
        (
            "Zambian President Hakainde Hichilema and Tanzanian President Samia Suluhu Hassan "
            "will have signed the railway agreement by next month, officials said.\n"
        ),
        # The place is the object's ("a ceasefire in Congo"), not where the pair acted.
        (
            "Zambian President Hakainde Hichilema and Tanzanian President Samia Suluhu Hassan "
            "discussed a ceasefire in Congo on Friday.\n"
        ),
    ],
)
def test_a_joint_act_that_may_be_done_apart_is_no_meeting(text: str) -> None:
    assert _record(text).meetings == ()


def test_a_meeting_of_other_people_of_the_same_countries_does_not_report_the_pair() -> None:
    text = (
        "Zambian Foreign Minister Mulambo Haimbe and his Tanzanian counterpart Mahmoud Thabit "
        "Kombo signed a border agreement at the Ministry of Foreign Affairs in Lusaka.\n\n"
        "Zambian President Hakainde Hichilema and Tanzanian President Samia Suluhu Hassan met "
        "in Dodoma last month.\n"
    )
    record = _record(text)
    pairs = [_surnames(record, m) for m in record.meetings]
    assert {"Haimbe", "Kombo"} in pairs
    assert {"Hichilema", "Hassan"} in pairs


# -- a meeting agreed for later ------------------------------------------------------------


def test_agreeing_to_meet_again_is_a_new_planned_meeting() -> None:
    text = (
        "LUSAKA (Reuters) - Zambian President Hakainde Hichilema and Tanzanian President Samia "
        "Suluhu Hassan signed a railway agreement at State House on Friday.\n\n"
        "The two leaders also agreed to expand power trade and to meet again in Dar es Salaam "
        "in March.\n"
    )
    record = _record(text)
    assert len(record.meetings) == 2
    held, planned = record.meetings
    assert held.status is MeetingStatus.HELD
    assert held.date is not None
    assert held.date.text == "Friday"
    assert planned.status is MeetingStatus.PLANNED
    assert planned.date is not None
    assert planned.date.text == "March"
    # What they agreed at the meeting held is its outcome, not the planned one's.
    assert {o.kind for o in held.outcomes} == {OutcomeKind.AGREEMENT}
    assert len(held.outcomes) == 2
    assert planned.outcomes == ()
    assert not any("meet" in t for t in held.topics + planned.topics)


def test_met_again_is_held() -> None:
    text = (
        "Zambian President Hakainde Hichilema met Tanzanian President Samia Suluhu Hassan again "
        "in Dodoma on Thursday.\n"
    )
    record = _record(text)
    assert len(record.meetings) == 1
    assert record.meetings[0].status is MeetingStatus.HELD


# -- an outcome dated before the meeting ---------------------------------------------------


def test_a_deal_signed_last_year_is_not_an_outcome_of_this_meeting() -> None:
    text = (
        "Zambian President Hakainde Hichilema met Tanzanian President Samia Suluhu Hassan in "
        "Dodoma on Thursday.\n\nZambia and Tanzania signed a transit agreement last year, "
        "officials said.\n"
    )
    record = _record(text)
    assert len(record.meetings) == 1
    assert record.meetings[0].outcomes == ()


def test_a_deal_signed_on_the_meetings_day_is_its_outcome() -> None:
    text = (
        "Zambian President Hakainde Hichilema met Tanzanian President Samia Suluhu Hassan in "
        "Dodoma on Thursday.\n\nThe two leaders signed a transit agreement, officials said.\n"
    )
    record = _record(text)
    assert [o.kind for o in record.meetings[0].outcomes] == [OutcomeKind.AGREEMENT]


# -- a gathering of many countries ---------------------------------------------------------


def test_global_talks_are_not_a_meeting_of_the_pair() -> None:
    text = (
        "Zambian President Hakainde Hichilema and Tanzanian President Samia Suluhu Hassan agreed "
        "Monday to coordinate their positions ahead of next month's global climate talks.\n\n"
        "The two leaders met for about an hour at State House in Lusaka.\n"
    )
    record = _record(text)
    assert len(record.meetings) == 1
    meeting = record.meetings[0]
    assert meeting.status is MeetingStatus.HELD
    assert meeting.date is not None
    assert meeting.date.text == "Monday"


def test_a_meeting_ahead_of_global_talks_is_still_bilateral() -> None:
    text = (
        "Zambian President Hakainde Hichilema met Tanzanian President Samia Suluhu Hassan on "
        "Monday ahead of an international conference on climate finance.\n"
    )
    record = _record(text)
    assert len(record.meetings) == 1
    assert record.meetings[0].status is MeetingStatus.HELD


def test_an_offer_already_made_is_no_outcome_of_a_meeting_to_come() -> None:
    text = (
        "Zambian President Hakainde Hichilema has offered to mediate between Kinshasa and Kigali.\n\n"
        "Hichilema is scheduled to meet Tanzanian President Samia Suluhu Hassan in Dodoma next week.\n"
    )
    record = _record(text)
    assert len(record.meetings) == 1
    assert record.meetings[0].status is MeetingStatus.PLANNED
    assert record.meetings[0].outcomes == ()


# -- "also met" someone else of a side: a meeting besides the pair's ----------------------


def test_also_meeting_another_person_of_a_side_leaves_the_joint_pair_its_meeting() -> None:
    record = _record(
        "NAIROBI: Kenyan Foreign Minister Musalia Mudavadi and Ethiopian Foreign Minister "
        "Gedion Timothewos on Thursday agreed to reopen the Moyale border crossing to trucks.\n\n"
        "Mudavadi also met Ethiopian Prime Minister Abiy Ahmed, who praised Kenya's mediation.\n"
    )
    pairs = sorted(sorted(_surnames(record, m)) for m in record.meetings)
    assert pairs == [["Ahmed", "Mudavadi"], ["Mudavadi", "Timothewos"]]
    (pair,) = (m for m in record.meetings if "Timothewos" in _surnames(record, m))
    assert pair.status is MeetingStatus.HELD
    assert [o.kind for o in pair.outcomes] == [OutcomeKind.AGREEMENT]


@pytest.mark.parametrize(
    "second",
    [
        # The pair met by a verb: the later meeting with the same people is the same one.
        "Mudavadi also met Gedion at the foreign ministry, officials said.\n",
        # No "also": the pair's act is the meeting reported.
        "Mudavadi met Ethiopian Prime Minister Abiy Ahmed and Gedion at the foreign ministry.\n",
    ],
)
def test_a_meeting_of_the_pair_reports_their_act(second: str) -> None:
    record = _record(
        "NAIROBI: Kenyan Foreign Minister Musalia Mudavadi and Ethiopian Foreign Minister "
        "Gedion Timothewos on Thursday agreed to reopen the Moyale border crossing to trucks.\n\n" + second
    )
    assert len(record.meetings) == 1
    assert {"Mudavadi", "Timothewos"} <= _surnames(record, record.meetings[0])
