"""
Which date of a sentence is a meeting's: its own conjunct and clause, not a neighbour's.

The paragraphs were written for these tests in the styles of wire services and news
agencies. The names are real office holders; the events are made up.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from bilateral.model import MeetingStatus
from bilateral.text import extract

if TYPE_CHECKING:
    from bilateral.model import Meeting, Record

PUBLISHED = dt.date(2025, 11, 20)  # a Thursday


def _record(text: str) -> Record:
    return extract(text, published=PUBLISHED)


def _only(record: Record) -> Meeting:
    assert len(record.meetings) == 1, [m.participants for m in record.meetings]
    return record.meetings[0]


def _date_text(meeting: Meeting) -> str | None:
    return meeting.date.text if meeting.date is not None else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "Kenyan Foreign Minister Musalia Mudavadi toured Addis Ababa in May and met Egyptian "
                "Foreign Minister Badr Abdelatty in Cairo in August.\n"
            ),
            "August",
        ),
        (
            (
                "Kenyan Foreign Minister Musalia Mudavadi flew home on Sunday and later met Egyptian "
                "Foreign Minister Badr Abdelatty in Nairobi on Tuesday.\n"
            ),
            "Tuesday",
        ),
        # No date of its own: the other conjunct's date is not taken.
        (
            (
                "Kenyan Foreign Minister Musalia Mudavadi toured Addis Ababa in May and met Egyptian "
                "Foreign Minister Badr Abdelatty in Cairo.\n"
            ),
            None,
        ),
        # The same conjunct: the date before the verb is its own.
        (
            (
                "On Tuesday, Kenyan Foreign Minister Musalia Mudavadi met Egyptian Foreign Minister "
                "Badr Abdelatty in Cairo.\n"
            ),
            "Tuesday",
        ),
    ],
)
def test_a_date_in_the_conjunct_before_and_is_not_the_meetings(text: str, expected: str | None) -> None:
    assert _date_text(_only(_record(text))) == expected


def test_a_date_before_a_comma_yields_to_the_meetings_own_date() -> None:
    text = (
        "The visit is the second since Colombian President Gustavo Petro took office in August, "
        "after his talks with Ecuadorian President Daniel Noboa in Quito on Sept. 12.\n"
    )
    meeting = _only(_record(text))
    assert _date_text(meeting) == "Sept. 12"


def test_a_date_before_a_comma_is_taken_when_it_is_the_only_one() -> None:
    text = (
        "Late on Tuesday, Colombian President Gustavo Petro held talks with Ecuadorian President "
        "Daniel Noboa in Quito.\n"
    )
    assert _date_text(_only(_record(text))) == "Tuesday"


def test_a_call_keeps_its_day_before_a_summit_it_prepares() -> None:
    text = (
        "Meanwhile, Japanese Foreign Minister Takeshi Iwaya spoke with his South Korean "
        "counterpart Cho Tae-yul by phone on Monday and confirmed close coordination ahead of "
        "the summit.\n"
    )
    meeting = _only(_record(text))
    assert _date_text(meeting) == "Monday"


def test_a_joint_act_dates_the_talks_it_follows() -> None:
    text = (
        "NAIROBI (AP) - Kenyan President William Ruto and Ethiopian Prime Minister Abiy Ahmed "
        "signed a border pact on Monday following talks at State House.\n"
    )
    assert _date_text(_only(_record(text))) == "Monday"


def test_the_summit_beside_which_leaders_met_is_not_a_meeting() -> None:
    text = (
        "Turkish President Recep Tayyip Erdogan met Azerbaijani President Ilham Aliyev on the "
        "sidelines of the Organisation of Turkic States summit in Gabala.\n\n"
        "Separately, Erdogan held talks with Kazakh President Kassym-Jomart Tokayev on energy.\n\n"
        "The summit, which brings together five countries, ends on Friday.\n"
    )
    record = _record(text)
    by_id = {a.id: a.name for a in record.actors}
    assert len(record.meetings) == 2
    tokayev = next(m for m in record.meetings if "Tokayev" in by_id[m.participants[-1]])
    assert tokayev.date is None
    assert tokayev.status is MeetingStatus.HELD


def test_a_summit_without_sidelines_is_still_a_meeting() -> None:
    text = (
        "Turkish President Recep Tayyip Erdogan met Azerbaijani President Ilham Aliyev in Baku "
        "on Tuesday.\n\nThe summit lasted three hours.\n"
    )
    meeting = _only(_record(text))
    assert meeting.duration is not None


def test_on_the_fringes_of_a_forum_is_the_sidelines() -> None:
    text = (
        "Japanese Prime Minister Shigeru Ishiba held his first talks with Chinese President Xi "
        "Jinping on the fringes of the APEC forum in Lima, Peru, on Nov. 15.\n"
    )
    meeting = _only(_record(text))
    assert _date_text(meeting) == "Nov. 15"
    assert meeting.place == "lima"
    assert meeting.topics == ()


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            (
                "Leaders of the BRICS nations gathered in Rio de Janeiro on Sunday for a two-day "
                "summit.\n\nOn the sidelines of the summit, Indian Prime Minister Narendra Modi met "
                "Indonesian President Prabowo Subianto.\n"
            ),
            "rio-de-janeiro",
        ),
        (
            (
                "Indian Prime Minister Narendra Modi is in Johannesburg for the G20 summit.\n\nHe met "
                "Canadian Prime Minister Mark Carney on the sidelines on Saturday.\n"
            ),
            "johannesburg",
        ),
    ],
)
def test_a_sidelines_meeting_is_held_in_the_summits_city(text: str, place: str) -> None:
    assert _only(_record(text)).place == place


def test_a_meeting_without_sidelines_does_not_take_the_summits_city() -> None:
    text = (
        "Indian Prime Minister Narendra Modi is in Johannesburg for the G20 summit.\n\nBack in "
        "New Delhi, Indian External Affairs Minister S. Jaishankar met Canadian Foreign Minister "
        "Anita Anand.\n"
    )
    assert _only(_record(text)).place == "new-delhi"


def test_a_sidelines_call_takes_no_city() -> None:
    text = (
        "Indian Prime Minister Narendra Modi is in Johannesburg for the G20 summit.\n\nOn the "
        "sidelines, Modi spoke by phone with Canadian Prime Minister Mark Carney.\n"
    )
    assert _only(_record(text)).place is None


def test_a_day_within_the_range_already_known_makes_the_date_precise() -> None:
    text = (
        "A meeting between South Korean Foreign Minister Cho Hyun and Japanese Foreign Minister "
        "Takeshi Iwaya that had been scheduled for next week has been postponed.\n\n"
        "Cho and Iwaya were set to meet on Nov. 27 to prepare for a leaders' summit.\n"
    )
    meeting = _only(_record(text))
    assert meeting.date is not None
    assert meeting.date.text == "Nov. 27"


def test_a_day_outside_the_range_is_another_meeting() -> None:
    text = (
        "South Korean Foreign Minister Cho Hyun met Japanese Foreign Minister Takeshi Iwaya last "
        "week in Seoul.\n\nCho and Iwaya are set to meet again on Dec. 18 in Tokyo.\n"
    )
    record = _record(text)
    dates = sorted((m.date.text if m.date else "") for m in record.meetings)
    assert dates == ["Dec. 18", "last week"]


def test_without_a_publication_date_the_weekday_of_an_outcome_dates_the_meeting() -> None:
    # A dateline without a year gives no anchor: "Thursday" stays a weekday, and still dates
    # the talks whose outcome it reports.
    text = (
        "LIMA, May 8 (Reuters) - Peruvian Foreign Minister Elmer Schialer and his Uruguayan "
        "counterpart Mario Lubetkin agreed Thursday to open a joint trade office and to hold "
        "customs talks in Montevideo next month.\n\nSchialer and Lubetkin held talks for two "
        "hours in Lima, the ministry said.\n"
    )
    held = [m for m in extract(text).meetings if m.status is MeetingStatus.HELD]
    assert [_date_text(m) for m in held] == ["Thursday"]


def test_a_weekday_on_which_something_was_said_dates_no_meeting() -> None:
    text = (
        "LIMA, May 8 (Reuters) - A spokesperson said Thursday that Peruvian President Jose Jeri "
        "and Chilean President Gabriel Boric had agreed to reopen the Tacna-Arica rail line in "
        "talks in Lima.\n"
    )
    assert _date_text(_only(extract(text))) is None


def test_an_aside_earlier_in_the_day_gives_way_to_the_day_of_the_outcome() -> None:
    text = (
        "MEXICO CITY, Sept 18 (Reuters) - Mexican President Claudia Sheinbaum and Guatemalan "
        "President Bernardo Arevalo on Thursday pledged to fight arms smuggling after talks at "
        "the National Palace.\n\nSheinbaum, speaking at a news conference earlier in the day, "
        "said the meeting would focus on the border.\n"
    )
    assert _date_text(_only(extract(text))) == "Thursday"


def test_a_possessive_date_dates_only_the_noun_it_possesses() -> None:
    # "next year's review" is the review's date, not that of the talks after the comma.
    text = (
        "Kenyan President William Ruto and Tanzanian President Samia Suluhu Hassan pledged to "
        "defend the customs union ahead of next year's review, after talks at State House in "
        "Nairobi that lasted two hours.\n"
    )
    assert _date_text(_only(_record(text))) is None


def test_a_possessive_date_before_its_meeting_noun_dates_it() -> None:
    text = (
        "Tuesday's closed-door talks between Kenyan President William Ruto and Tanzanian "
        "President Samia Suluhu Hassan at State House in Nairobi ended without a deal.\n"
    )
    assert _date_text(_only(_record(text))) == "Tuesday"


def test_a_month_and_year_after_by_are_a_deadline_not_the_talks_date() -> None:
    text = (
        "Kenya and Uganda on Wednesday decided to conclude negotiations on a customs deal by "
        "March next year, after talks between Kenyan President William Ruto and Ugandan President "
        "Yoweri Museveni.\n"
    )
    meeting = _only(extract(text))
    assert _date_text(meeting) != "next year"


def test_a_bodys_own_summit_is_not_the_talks_held() -> None:
    text = (
        "Nigerian President Bola Tinubu and Moroccan Prime Minister Aziz Akhannouch witnessed the "
        "signing at the State House in Abuja after talks that lasted more than two hours.\n\n"
        "ECOWAS is expected to endorse the project at its summit in mid-December.\n"
    )
    meeting = _only(extract(text))
    assert _date_text(meeting) is None
    assert meeting.status is MeetingStatus.HELD
