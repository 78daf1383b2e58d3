"""
Meetings in short news paragraphs written for these tests, in the styles of wire copy.

None of them comes from the dev set: they check that the rules generalize (counterparts
named in apposition, topics in their usual phrasings, durations of visits, outcomes that
upgrade ties) rather than fit one sentence.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.model import DurationQualifier, Medium, Meeting, MeetingStatus, OutcomeKind, Record, Source
from bilateral.text import Pipeline, default_pipeline

#: A Thursday.
PUBLISHED = dt.date(2026, 11, 26)


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return default_pipeline()


def _extract(pipeline: Pipeline, text: str) -> Record:
    return pipeline.extract(Source(text=text, published=PUBLISHED))


def _who(record: Record, meeting: Meeting) -> set[str]:
    return {record.actor(p).name.split()[-1] for p in meeting.participants}


def _place(record: Record, meeting: Meeting) -> str | None:
    if meeting.place is None:
        return None
    return next(p.name for p in record.places if p.id == meeting.place)


def _only(record: Record) -> Meeting:
    (meeting,) = record.meetings
    return meeting


def test_a_counterpart_named_after_a_comma_is_the_participant(pipeline: Pipeline) -> None:
    record = _extract(
        pipeline,
        "TOKYO (Reuters) - U.S. Secretary of State Antony Blinken met with his Japanese counterpart, "
        "Foreign Minister Yoko Kamikawa, in Tokyo on Monday.",
    )
    meeting = _only(record)
    assert _who(record, meeting) == {"Blinken", "Kamikawa"}
    assert _place(record, meeting) == "Tokyo"
    assert meeting.date is not None
    assert meeting.date.weekday is not None
    assert meeting.date.weekday.value == "Monday"


def test_a_counterpart_title_after_the_name_is_not_a_second_participant(pipeline: Pipeline) -> None:
    record = _extract(
        pipeline,
        "Chinese Foreign Minister Wang Yi held talks with Sergei Lavrov, his Russian counterpart, "
        "in Beijing on Tuesday.",
    )
    meeting = _only(record)
    assert _who(record, meeting) == {"Yi", "Lavrov"}
    assert _place(record, meeting) == "Beijing"
    assert meeting.status is MeetingStatus.HELD
    assert meeting.medium is Medium.IN_PERSON


def test_a_possessive_counterpart_without_comma(pipeline: Pipeline) -> None:
    record = _extract(
        pipeline,
        "Indian Prime Minister Narendra Modi held talks with his Australian counterpart Anthony "
        "Albanese in New Delhi on Friday.",
    )
    meeting = _only(record)
    assert _who(record, meeting) == {"Modi", "Albanese"}
    assert _place(record, meeting) == "New Delhi"


def test_a_visitor_still_meets_whom_the_trip_is_for(pipeline: Pipeline) -> None:
    # The traveller is the subject of both "visit" and "meet": listing keeps it free.
    record = _extract(
        pipeline,
        "German Chancellor Olaf Scholz will travel to Brazil next week to meet President Luiz "
        "Inacio Lula da Silva.",
    )
    meeting = _only(record)
    assert _who(record, meeting) == {"Scholz", "Silva"}
    assert meeting.status is MeetingStatus.PLANNED


def test_a_multi_day_visit_lasts_approximately(pipeline: Pipeline) -> None:
    record = _extract(
        pipeline,
        "Kenyan President William Ruto began a three-day state visit to Japan on Tuesday, and met "
        "Japanese Prime Minister Fumio Kishida in Tokyo.",
    )
    meeting = _only(record)
    assert meeting.duration is not None
    assert meeting.duration.seconds == 3 * 86400
    assert meeting.duration.qualifier is DurationQualifier.APPROXIMATELY


def test_talks_that_lasted_hours_are_exact(pipeline: Pipeline) -> None:
    record = _extract(
        pipeline,
        "Turkish President Recep Tayyip Erdogan and Swedish Prime Minister Ulf Kristersson met "
        "in Vilnius on Monday for talks that lasted three hours.",
    )
    meeting = _only(record)
    assert meeting.duration is not None
    assert meeting.duration.seconds == 3 * 3600
    assert meeting.duration.qualifier is DurationQualifier.EXACT


def test_upgraded_ties_are_an_agreement(pipeline: Pipeline) -> None:
    record = _extract(
        pipeline,
        "Vietnamese leader Nguyen Phu Trong hosted U.S. President Joe Biden in Hanoi on Sunday. "
        "The two countries upgraded their ties to a comprehensive strategic partnership, the "
        "leaders said after the talks.",
    )
    meeting = _only(record)
    kinds = [o.kind for o in meeting.outcomes]
    assert OutcomeKind.AGREEMENT in kinds


def test_a_country_that_says_it_will_act_commits_itself(pipeline: Pipeline) -> None:
    record = _extract(
        pipeline,
        "Indonesian Foreign Minister Retno Marsudi met Australian Foreign Minister Penny Wong in "
        "Jakarta on Monday. After the talks, Australia said that it would double its "
        "development assistance to Indonesia.",
    )
    meeting = _only(record)
    (commitment,) = [o for o in meeting.outcomes if o.kind is OutcomeKind.COMMITMENT]
    assert [record.actor(a).name for a in commitment.by] == ["Australia"]
    assert [record.actor(a).name for a in commitment.to] == ["Indonesia"]


def test_a_lede_and_the_body_report_one_upgrade(pipeline: Pipeline) -> None:
    record = _extract(
        pipeline,
        "Vietnam and the United States have upgraded their relations, officials said. "
        "Vietnamese leader Nguyen Phu Trong hosted U.S. President Joe Biden in Hanoi on Sunday. "
        "The two countries elevated ties to a comprehensive strategic partnership.",
    )
    meeting = _only(record)
    upgrades = [o for o in meeting.outcomes if o.kind is OutcomeKind.AGREEMENT]
    assert len(upgrades) == 1
    assert "elevated" in upgrades[0].text


def test_a_pledge_that_it_will_not_act_is_no_commitment_to_act(pipeline: Pipeline) -> None:
    record = _extract(
        pipeline,
        "Chinese Premier Li Qiang met German Chancellor Olaf Scholz in Berlin on Tuesday. "
        "Germany said that it would be happy to host further talks.",
    )
    meeting = _only(record)
    assert not [o for o in meeting.outcomes if o.kind is OutcomeKind.COMMITMENT]


def _topics(record: Record) -> list[str]:
    return list(_only(record).topics)


def test_talks_named_after_their_subject_give_a_topic(pipeline: Pipeline) -> None:
    record = _extract(
        pipeline,
        "DOHA (AP) - Israeli and Hamas negotiators held a new round of ceasefire talks with Qatari "
        "Prime Minister Mohammed bin Abdulrahman Al Thani in Doha on Sunday.",
    )
    assert "ceasefire" in _topics(record)


def test_what_the_sides_agreed_on_and_differed_over_are_topics(pipeline: Pipeline) -> None:
    record = _extract(
        pipeline,
        "Canadian Prime Minister Mark Carney met Mexican President Claudia Sheinbaum in Mexico City "
        "on Thursday. The two leaders agreed on a plan to expand rail links, but disagreed over "
        "steel tariffs. They also signed agreements to boost energy trade and investment.",
    )
    topics = _topics(record)
    assert "plan to expand rail links" in topics
    assert "steel tariffs" in topics
    assert "energy trade" in topics
    assert "investment" in topics


def test_agreed_that_gives_the_subject_of_the_clause(pipeline: Pipeline) -> None:
    record = _extract(
        pipeline,
        "Greek Prime Minister Kyriakos Mitsotakis and Turkish President Recep Tayyip Erdogan met in "
        "Athens on Thursday. They agreed that maritime disputes should be settled through dialogue.",
    )
    assert "maritime disputes" in _topics(record)


def test_a_purpose_during_the_talks_is_a_topic(pipeline: Pipeline) -> None:
    record = _extract(
        pipeline,
        "Armenian Prime Minister Nikol Pashinyan said he hoped to settle the border demarcation "
        "during talks on Friday with Azerbaijani President Ilham Aliyev in Brussels.",
    )
    assert "border demarcation" in _topics(record)


def test_a_meeting_that_highlighted_something(pipeline: Pipeline) -> None:
    record = _extract(
        pipeline,
        "South Korean President Yoon Suk Yeol hosted Japanese Prime Minister Fumio Kishida in Seoul "
        "on Sunday, a meeting which was seen as highlighting the thaw in bilateral relations.",
    )
    assert any("thaw in bilateral relations" in t for t in _topics(record))


def test_a_topic_said_twice_is_one_topic(pipeline: Pipeline) -> None:
    record = _extract(
        pipeline,
        "Colombian President Gustavo Petro met Venezuelan President Nicolas Maduro in Caracas on "
        "Monday. They discussed combating drug trafficking. They agreed to a joint plan against "
        "drug trafficking along the border.",
    )
    topics = _topics(record)
    assert sum("drug trafficking" in t for t in topics) == 1


def test_an_undated_meeting_takes_the_day_its_outcome_was_announced(pipeline: Pipeline) -> None:
    record = _extract(
        pipeline,
        "Kenyan President William Ruto held talks with Chinese President Xi Jinping in Beijing. "
        "Business leaders welcomed Tuesday's announcement that the two sides had agreed to a debt "
        "swap.",
    )
    meeting = _only(record)
    assert meeting.date is not None
    assert meeting.date.start == dt.date(2026, 11, 24)
    assert "debt swap" in meeting.topics


def test_a_day_something_was_said_does_not_date_the_meeting(pipeline: Pipeline) -> None:
    record = _extract(
        pipeline,
        "Kenyan President William Ruto held talks with Chinese President Xi Jinping in Beijing. "
        "Kenya said Wednesday that it would reopen its consulate in Guangzhou.",
    )
    meeting = _only(record)
    assert meeting.date is None


def test_a_named_deal_to_be_signed_is_a_topic_and_a_bare_count_is_not(pipeline: Pipeline) -> None:
    record = _extract(
        pipeline,
        "Ethiopian Prime Minister Abiy Ahmed met Somali President Hassan Sheikh Mohamud in Ankara on "
        "Wednesday. The two leaders were expected to sign a port access agreement, but they "
        "disagreed over sovereignty. They signed three pacts instead.",
    )
    topics = _topics(record)
    assert "port access agreement" in topics
    assert not any("pacts" in t for t in topics)


def test_support_in_the_face_of_pressure_names_the_pressure(pipeline: Pipeline) -> None:
    record = _extract(
        pipeline,
        "British Foreign Secretary David Lammy met Lithuanian Foreign Minister Kestutis Budrys in "
        "Vilnius on Friday. Lammy pledged support for Lithuania in the face of Russian hybrid attacks.",
    )
    assert "Russian hybrid attacks" in _topics(record)


def test_a_memorandum_signed_on_a_subject_and_an_invitation(pipeline: Pipeline) -> None:
    record = _extract(
        pipeline,
        "BEIJING (Reuters) - Chinese President Xi Jinping held talks with visiting Brazilian "
        "President Luiz Inacio Lula da Silva in Beijing on Friday, and the two sides signed a "
        "memorandum of understanding on space cooperation. Xi invited Lula to attend a summit in "
        "Shanghai next year, state media said.",
    )
    meeting = _only(record)
    assert _who(record, meeting) == {"Jinping", "Silva"}
    assert list(meeting.topics) == ["space cooperation"]
    kinds = {o.kind for o in meeting.outcomes}
    assert kinds == {OutcomeKind.AGREEMENT, OutcomeKind.INVITATION}


def test_a_visit_at_someones_invitation_is_a_planned_meeting_with_them(pipeline: Pipeline) -> None:
    record = _extract(
        pipeline,
        "Indian Prime Minister Narendra Modi will visit the United States from June 21 to 24 at the "
        "invitation of President Joe Biden, the foreign ministry said on Wednesday. The two leaders "
        "are expected to discuss defence cooperation, clean energy and space.",
    )
    meeting = _only(record)
    assert _who(record, meeting) == {"Modi", "Biden"}
    assert meeting.status is MeetingStatus.PLANNED
    assert set(meeting.topics) == {"defence cooperation", "clean energy", "space"}


def test_an_agreed_course_of_action_gives_its_object_as_topic(pipeline: Pipeline) -> None:
    record = _extract(
        pipeline,
        "On the sidelines of the summit, Japanese Prime Minister Fumio Kishida held a bilateral "
        "meeting with South Korean President Yoon Suk Yeol, their second in two months. They agreed "
        "to strengthen cooperation on North Korea's missile programme.",
    )
    meeting = _only(record)
    assert meeting.duration is None
    assert "cooperation on North Korea's missile programme" in meeting.topics


def test_a_visit_with_two_meetings_on_two_days(pipeline: Pipeline) -> None:
    record = _extract(
        pipeline,
        "Secretary of State Antony Blinken arrived in Beijing on Sunday for a two-day visit, the "
        "first by a U.S. secretary of state in five years. Blinken met Chinese Foreign Minister Qin "
        "Gang for more than seven hours of talks on Sunday and was scheduled to meet President Xi "
        "Jinping on Monday.",
    )
    by_who = {frozenset(_who(record, m)): m for m in record.meetings}
    qin = by_who[frozenset({"Blinken", "Gang"})]
    xi = by_who[frozenset({"Blinken", "Jinping"})]
    assert qin.date is not None
    assert qin.date.weekday is not None
    assert qin.date.weekday.value == "Sunday"
    # The talks are the meeting; the visit around them lasted longer.
    assert qin.duration is not None
    assert qin.duration.seconds == 7 * 3600
    assert qin.duration.qualifier is DurationQualifier.AT_LEAST
    assert xi.status is MeetingStatus.PLANNED
    assert xi.date is not None
    assert xi.date.weekday is not None
    assert xi.date.weekday.value == "Monday"


def test_the_aim_of_a_visit_is_its_topic_and_its_reporter_is_not(pipeline: Pipeline) -> None:
    record = _extract(
        pipeline,
        "Vietnamese Prime Minister Pham Minh Chinh will travel to Australia next week for talks with "
        "Prime Minister Anthony Albanese, the foreign ministry said Monday. The visit, Chinh's first "
        "since taking office, is aimed at deepening trade and investment ties.",
    )
    assert set(_topics(record)) == {"trade", "investment ties"}
    record = _extract(
        pipeline,
        "Egyptian President Abdel Fattah el-Sisi received Jordan's King Abdullah II in Cairo on "
        "Tuesday. The two leaders discussed the situation in Gaza and efforts to reach a ceasefire, "
        "a presidential spokesman said.",
    )
    assert _topics(record) == ["situation in Gaza", "efforts to reach a ceasefire"]
