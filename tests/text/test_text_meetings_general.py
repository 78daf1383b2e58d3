"""
Meeting rules that should hold across news writing, not one outlet's phrasing.

Each rule is checked on several paragraphs written for these tests in the styles of wire
services, state media and newspapers, with negative cases that must not change. The names
are real office holders; the events are made up.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.model import Medium, Meeting, MeetingStatus, OutcomeKind, Record
from bilateral.text import extract

PUBLISHED = dt.date(2024, 6, 14)  # a Friday


def _record(text: str) -> Record:
    return extract(text, published=PUBLISHED)


def _names(record: Record, meeting: Meeting) -> set[str]:
    by_id = {a.id: a.name for a in record.actors}
    return {by_id[p] for p in meeting.participants}


def _surnames(record: Record, ids: tuple[str, ...]) -> set[str]:
    by_id = {a.id: a.name for a in record.actors}
    return {by_id[i].split()[-1] for i in ids}


def _only(record: Record) -> Meeting:
    assert len(record.meetings) == 1, [m.participants for m in record.meetings]
    return record.meetings[0]


# -- a call's medium after its object ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "medium"),
    [
        (
            (
                "PARIS (Reuters) - French President Emmanuel Macron spoke with Ukrainian President "
                "Volodymyr Zelenskiy by phone on Wednesday, the Elysee said.\n"
            ),
            Medium.PHONE,
        ),
        (
            (
                "Indian Prime Minister Narendra Modi talked with Sri Lankan President Ranil "
                "Wickremesinghe over the phone on Tuesday about fishing disputes.\n"
            ),
            Medium.PHONE,
        ),
        (
            (
                "Turkish President Recep Tayyip Erdogan spoke with Swedish Prime Minister Ulf "
                "Kristersson, his Swedish counterpart, by telephone on Monday, his office said.\n"
            ),
            Medium.PHONE,
        ),
        (
            (
                "Japanese Prime Minister Fumio Kishida met with Australian Prime Minister Anthony "
                "Albanese via video link on Thursday as a typhoon kept both at home.\n"
            ),
            Medium.VIDEO,
        ),
    ],
)
def test_the_medium_after_the_object_makes_a_call(text: str, medium: Medium) -> None:
    meeting = _only(_record(text))
    assert meeting.medium is medium
    assert meeting.status is MeetingStatus.HELD
    assert meeting.date is not None


def test_speaking_with_someone_without_a_medium_is_no_meeting() -> None:
    text = "French President Emmanuel Macron spoke with reporters in Paris on Wednesday about the election.\n"
    assert _record(text).meetings == ()


def test_a_call_in_a_later_clause_does_not_make_the_first_meeting_a_call() -> None:
    text = (
        "German Chancellor Olaf Scholz met with Polish Prime Minister Donald Tusk in Warsaw on "
        "Tuesday and then talked by phone with Lithuanian President Gitanas Nauseda.\n"
    )
    record = _record(text)
    tusk = [m for m in record.meetings if "Donald Tusk" in _names(record, m)]
    assert len(tusk) == 1
    assert tusk[0].medium is Medium.IN_PERSON


def test_a_discussed_possibility_of_meeting_is_no_meeting() -> None:
    text = (
        "U.S. President Joe Biden spoke with Chinese President Xi Jinping by phone on Thursday, "
        "the White House said.\n\nThe two presidents discussed the possibility of meeting in "
        "person later this year.\n"
    )
    meeting = _only(_record(text))
    assert meeting.medium is Medium.PHONE


# -- lengths reported after the meeting's sentence -----------------------------------------


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        (
            (
                "WASHINGTON - U.S. President Joe Biden spoke with Chinese President Xi Jinping by "
                "phone on Thursday, the White House said.\n\nThe call lasted just over two hours, "
                "a senior administration official said.\n"
            ),
            7200,
        ),
        (
            (
                "Russian President Vladimir Putin held a telephone conversation with Turkish "
                "President Recep Tayyip Erdogan on Monday, the Kremlin said.\n\nThe conversation "
                "lasted about 40 minutes.\n"
            ),
            2400,
        ),
    ],
)
def test_the_call_takes_the_length_given_later(text: str, seconds: int) -> None:
    meeting = _only(_record(text))
    assert meeting.medium is Medium.PHONE
    assert meeting.duration is not None
    assert meeting.duration.seconds == seconds


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        (
            (
                "BERLIN (AP) - German Chancellor Olaf Scholz met French President Emmanuel Macron "
                "in Berlin on Monday.\n\nThe two leaders spoke for about 90 minutes, a government "
                "spokesman said.\n"
            ),
            5400,
        ),
        (
            (
                "Indian Prime Minister Narendra Modi hosted Bangladeshi Prime Minister Sheikh Hasina "
                "in New Delhi on Saturday.\n\nThey talked privately for nearly an hour, officials "
                "said.\n"
            ),
            3600,
        ),
        (
            (
                "U.S. President Joe Biden hosted Kenyan President William Ruto at the White House "
                "on Thursday.\n\nThe two men sat down for more than two hours, including a working "
                "lunch, according to Kenyan officials.\n"
            ),
            7200,
        ),
    ],
)
def test_the_sides_talking_for_a_length_give_the_meeting_its_duration(text: str, seconds: int) -> None:
    meeting = _only(_record(text))
    assert meeting.duration is not None
    assert meeting.duration.seconds == seconds


@pytest.mark.parametrize(
    "text",
    [
        # One side alone speaks for a while: not the meeting's length.
        (
            "Turkish President Recep Tayyip Erdogan met Swedish Prime Minister Ulf Kristersson "
            "in Ankara on Monday.\n\nErdogan later spoke for 20 minutes at a party rally.\n"
        ),
        # "The call" after a meeting in person is no call of it.
        (
            "Turkish President Recep Tayyip Erdogan met Swedish Prime Minister Ulf Kristersson "
            "in Ankara on Monday.\n\nThe call lasted less than an hour.\n"
        ),
        # A call for something is not a call.
        (
            "Turkish President Recep Tayyip Erdogan met Swedish Prime Minister Ulf Kristersson "
            "in Ankara on Monday.\n\nThe call for new elections lasted for weeks.\n"
        ),
    ],
)
def test_lengths_of_something_else_are_left_out(text: str) -> None:
    meeting = _only(_record(text))
    assert meeting.duration is None
    assert meeting.medium is Medium.IN_PERSON


# -- topics --------------------------------------------------------------------------------


def _topics(text: str) -> list[str]:
    return list(_only(_record(text)).topics)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "BEIJING (Xinhua) -- Chinese Premier Li Qiang met visiting German Chancellor Olaf "
                "Scholz in Beijing on Tuesday. The two sides exchanged views on the Ukraine crisis "
                "and climate change.\n"
            ),
            {"Ukraine crisis", "climate change"},
        ),
        (
            (
                "Saudi Crown Prince Mohammed bin Salman received Turkish President Recep Tayyip "
                "Erdogan in Jeddah on Monday. The two leaders held an exchange of views on regional "
                "security and energy markets, the Saudi Press Agency reported.\n"
            ),
            {"regional security", "energy markets"},
        ),
        (
            (
                "Indian Prime Minister Narendra Modi met Russian President Vladimir Putin at the "
                "Kremlin on Tuesday.\n\nKremlin spokesman Dmitry Peskov said the two leaders had "
                "also discussed oil supplies and the construction of a new nuclear plant in India.\n"
            ),
            {"oil supplies", "construction of a new nuclear plant in India"},
        ),
    ],
)
def test_topics_of_exchanged_views_and_long_listed_topics(text: str, expected: set[str]) -> None:
    assert expected <= set(_topics(text))


def test_a_venue_of_no_known_country_does_not_split_the_meeting() -> None:
    text = (
        "SYDNEY (Reuters) - Indian Prime Minister Narendra Modi and Australian Prime Minister "
        "Anthony Albanese held talks in Sydney on Wednesday.\n\n"
        '"We are close partners," Modi told reporters after the meeting at Admiralty House.\n\n'
        "The leaders also discussed critical minerals and student visas, according to a joint "
        "statement.\n"
    )
    topics = _topics(text)
    assert "critical minerals" in topics
    assert "student visas" in topics


@pytest.mark.parametrize(
    ("text", "expected", "tail"),
    [
        (
            (
                "Egyptian Foreign Minister Sameh Shoukry met his Jordanian counterpart Ayman Safadi "
                "in Cairo on Tuesday to discuss the reconstruction of Gaza, the Egyptian foreign "
                "ministry said in a statement.\n"
            ),
            "reconstruction of Gaza",
            "ministry",
        ),
        (
            (
                "Japanese Foreign Minister Yoko Kamikawa met South Korean Foreign Minister Cho "
                "Tae-yul in Tokyo on Monday to discuss North Korea's missile launches, Kyodo News "
                "reported.\n"
            ),
            "North Korea's missile launches",
            "Kyodo",
        ),
    ],
)
def test_a_trailing_attribution_is_no_topic(text: str, expected: str, tail: str) -> None:
    topics = _topics(text)
    assert expected in topics
    assert not any(tail in t for t in topics), topics


@pytest.mark.parametrize(
    ("text", "tail"),
    [
        (
            (
                "Russian President Vladimir Putin met Indian Prime Minister Narendra Modi in Moscow "
                "on Tuesday. India and Russia agreed to raise bilateral trade to $100 billion by "
                "2030, Indian Foreign Secretary Vinay Kwatra told reporters.\n"
            ),
            "Kwatra",
        ),
        (
            (
                "Chinese President Xi Jinping met Brazilian President Luiz Inacio Lula da Silva in "
                "Beijing on Friday. Xi invited Lula to attend a summit in Shanghai next year, "
                "according to state media.\n"
            ),
            "according",
        ),
    ],
)
def test_an_outcome_ends_before_the_attribution(text: str, tail: str) -> None:
    meeting = _only(_record(text))
    assert meeting.outcomes
    assert not any(tail in o.text for o in meeting.outcomes), [o.text for o in meeting.outcomes]


@pytest.mark.parametrize(
    ("text", "expected", "wrong"),
    [
        (
            (
                "Indian Prime Minister Narendra Modi and Japanese Prime Minister Fumio Kishida met in "
                "Tokyo on Monday and agreed on Monday to expand defence cooperation.\n"
            ),
            "defence cooperation",
            "Monday",
        ),
        (
            (
                "Turkish President Recep Tayyip Erdogan hosted Iraqi Prime Minister Mohammed Shia "
                "al-Sudani in Ankara on Thursday. Erdogan said the two countries had agreed to act "
                "against the PKK.\n"
            ),
            "act against the PKK",
            "PKK.",
        ),
    ],
)
def test_an_outcome_topic_skips_a_day_and_the_final_full_stop(text: str, expected: str, wrong: str) -> None:
    topics = _topics(text)
    assert expected in topics
    assert all(not t.startswith(wrong) and not t.endswith(wrong) for t in topics), topics


def test_an_abbreviation_at_the_end_keeps_its_dots() -> None:
    text = (
        "British Prime Minister Rishi Sunak met Irish Prime Minister Simon Harris in London on "
        "Monday. The two leaders discussed steel exports to the U.S.\n"
    )
    assert "steel exports to the U.S." in _topics(text)


@pytest.mark.parametrize(
    ("text", "expected", "wrong"),
    [
        (
            (
                "Saudi Crown Prince Mohammed bin Salman received Iranian Foreign Minister Abbas "
                "Araghchi in Riyadh on Wednesday. During the meeting, they reviewed bilateral "
                "relations and discussed regional developments.\n"
            ),
            "regional developments",
            "discussed",
        ),
        (
            (
                "Qatari Emir Sheikh Tamim bin Hamad Al Thani received Egyptian President Abdel "
                "Fattah al-Sisi in Doha on Sunday. The two leaders discussed investment and "
                "addressed the situation in Sudan.\n"
            ),
            "situation in Sudan",
            "addressed",
        ),
    ],
)
def test_a_second_cue_verb_is_not_part_of_the_topic(text: str, expected: str, wrong: str) -> None:
    topics = _topics(text)
    assert expected in topics
    assert not any(t.startswith(wrong) for t in topics), topics


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "LONDON (Reuters) - British Prime Minister Keir Starmer will travel to Rome next "
                "week to meet Italian Prime Minister Giorgia Meloni, with illegal migration expected "
                "to top the agenda.\n"
            ),
            {"illegal migration"},
        ),
        (
            (
                "German Chancellor Olaf Scholz will host Polish Prime Minister Donald Tusk in Berlin "
                "on Monday. Energy security and support for Ukraine are expected to dominate the "
                "talks.\n"
            ),
            {"Energy security", "support for Ukraine"},
        ),
        (
            (
                "Japanese Prime Minister Fumio Kishida hosted Philippine President Ferdinand Marcos "
                "Jr. in Tokyo on Friday, with maritime security topping the agenda.\n"
            ),
            {"maritime security"},
        ),
    ],
)
def test_a_topic_named_before_its_agenda_cue(text: str, expected: set[str]) -> None:
    assert expected <= set(_topics(text))


def test_a_person_expected_to_dominate_is_no_topic() -> None:
    text = (
        "German Chancellor Olaf Scholz will host Polish Prime Minister Donald Tusk in Berlin on "
        "Monday. Tusk, who is expected to dominate the talks, said he was hopeful.\n"
    )
    assert _topics(text) == []


# -- outcomes ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "by", "to"),
    [
        (
            (
                "BERLIN (AP) - German Chancellor Olaf Scholz met Ukrainian President Volodymyr "
                "Zelenskiy in Berlin on Sunday and promised more air defence systems.\n"
            ),
            "Scholz",
            "Zelenskiy",
        ),
        (
            (
                "U.S. President Joe Biden received Kenyan President William Ruto at the White House "
                "on Thursday and later pledged $250 million in security aid.\n"
            ),
            "Biden",
            "Ruto",
        ),
        (
            (
                "Indian Prime Minister Narendra Modi hosted Sri Lankan President Ranil "
                "Wickremesinghe in New Delhi on Friday and offered to fund a new power grid.\n"
            ),
            "Modi",
            "Wickremesinghe",
        ),
    ],
)
def test_a_coordinated_verb_takes_the_subject_of_the_clause(text: str, by: str, to: str) -> None:
    record = _record(text)
    meeting = _only(record)
    outcome = next(o for o in meeting.outcomes if o.kind is not OutcomeKind.AGREEMENT)
    assert _surnames(record, outcome.by) == {by}
    assert _surnames(record, outcome.to) == {to}


def test_a_reported_clause_keeps_its_own_subject() -> None:
    text = (
        "German Chancellor Olaf Scholz met Ukrainian President Volodymyr Zelenskiy in Berlin on "
        "Sunday.\n\nScholz said Zelenskiy had come to Berlin and promised to reform the courts.\n"
    )
    record = _record(text)
    outcome = next(o for o in _only(record).outcomes if o.kind is OutcomeKind.COMMITMENT)
    assert _surnames(record, outcome.by) == {"Zelenskiy"}


@pytest.mark.parametrize(
    "cue",
    [
        "witnessed the signing of",
        "oversaw the signing of",
        "attended the signing of",
        "witnessed the exchange of",
    ],
)
def test_witnessing_a_signing_is_an_agreement(cue: str) -> None:
    text = (
        "Chinese President Xi Jinping met Spanish Prime Minister Pedro Sanchez in Beijing on "
        f"Friday. After the talks, the two leaders {cue} several cooperation documents "
        "covering education and agriculture.\n"
    )
    meeting = _only(_record(text))
    agreements = [o for o in meeting.outcomes if o.kind is OutcomeKind.AGREEMENT]
    assert len(agreements) == 1
    assert cue in agreements[0].text
    assert {"education", "agriculture"} <= set(meeting.topics)


def test_a_pact_signed_on_a_day_has_no_day_for_topic() -> None:
    text = (
        "Japanese Prime Minister Fumio Kishida met Philippine President Ferdinand Marcos Jr. in "
        "Tokyo on Friday. The two leaders signed a defence pact on Friday.\n"
    )
    assert "Friday" not in _topics(text)


# -- joint actions -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "lede",
    [
        (
            "Brazilian President Luiz Inacio Lula da Silva and French President Emmanuel Macron on "
            "Tuesday announced a plan to raise 1 billion euros for the Amazon."
        ),
        (
            "Brazilian President Luiz Inacio Lula da Silva and French President Emmanuel Macron "
            "unveiled on Tuesday a plan to protect the Amazon."
        ),
        (
            "Brazilian President Luiz Inacio Lula da Silva and French President Emmanuel Macron on "
            "Tuesday launched a fund that will be set up next year."
        ),
    ],
)
def test_a_joint_act_dates_the_meeting_reported_after_it(lede: str) -> None:
    text = (
        f"BELEM, Brazil (Reuters) - {lede}\n\nThe two leaders met on Combu island near the city of Belem.\n"
    )
    meeting = _only(_record(text))
    assert meeting.status is MeetingStatus.HELD
    assert meeting.date is not None
    assert meeting.date.text == "Tuesday"


@pytest.mark.parametrize(
    ("dateline", "verb"),
    [
        ("TOKYO, June 13 (Reuters) -", "signed a defence pact on Thursday"),
        ("TOKYO (AP) --", "agreed on Thursday to deepen defence ties"),
        ("MANILA, June 13 (Reuters) -", "pledged on Thursday to defend freedom of navigation"),
    ],
)
def test_office_holders_acting_together_where_the_story_is_filed_met(dateline: str, verb: str) -> None:
    text = (
        f"{dateline} Philippine President Ferdinand Marcos Jr. and Japanese Prime Minister "
        f"Fumio Kishida {verb}.\n\nKishida said Japan would provide patrol boats.\n"
    )
    record = _record(text)
    meeting = _only(record)
    assert _names(record, meeting) == {"Ferdinand Marcos Jr", "Fumio Kishida"}
    assert meeting.status is MeetingStatus.HELD
    assert meeting.medium is Medium.IN_PERSON
    assert meeting.date is not None
    assert meeting.outcomes


@pytest.mark.parametrize(
    "text",
    [
        # Filed from a third country: the pair may have acted apart.
        (
            "LONDON (Reuters) - Philippine President Ferdinand Marcos Jr. and Japanese Prime "
            "Minister Fumio Kishida signed an open letter on Thursday urging restraint.\n"
        ),
        # No dateline at all.
        (
            "Philippine President Ferdinand Marcos Jr. and Japanese Prime Minister Fumio "
            "Kishida signed an open letter on Thursday urging restraint.\n"
        ),
        # Still to be signed.
        (
            "TOKYO (Reuters) - Philippine President Ferdinand Marcos Jr. and Japanese Prime "
            "Minister Fumio Kishida will have signed the pact by next month, officials said.\n"
        ),
        # Two office holders of one country.
        (
            "TOKYO (Reuters) - Japanese Prime Minister Fumio Kishida and Japanese Foreign "
            "Minister Yoko Kamikawa agreed on Thursday to raise the aid budget.\n"
        ),
    ],
)
def test_a_joint_act_without_the_sides_together_is_no_meeting(text: str) -> None:
    assert _record(text).meetings == ()


def test_a_joint_act_after_a_reported_meeting_does_not_double_it() -> None:
    text = (
        "CAIRO (AP) - Egyptian President Abdel Fattah el-Sisi received Jordan's King Abdullah II "
        "in Cairo on Tuesday.\n\nThe two leaders discussed the situation in Gaza and efforts to "
        "reach a ceasefire, a presidential spokesman said.\n"
    )
    record = _record(text)
    meeting = _only(record)
    assert meeting.place is not None


@pytest.mark.parametrize(
    ("participle", "kind"),
    [
        ("pledging to deepen security cooperation", OutcomeKind.COMMITMENT),
        ("vowing to resume shuttle diplomacy", OutcomeKind.COMMITMENT),
        ("agreeing to resume military talks", OutcomeKind.AGREEMENT),
    ],
)
def test_a_participle_after_the_meeting_is_both_sides_outcome(participle: str, kind: OutcomeKind) -> None:
    text = (
        "SEOUL (Reuters) - South Korean President Yoon Suk Yeol and Japanese Prime Minister "
        f"Fumio Kishida held a summit in Seoul on Sunday, {participle}.\n"
    )
    record = _record(text)
    meeting = _only(record)
    outcomes = [o for o in meeting.outcomes if o.kind is kind]
    assert len(outcomes) == 1
    assert _surnames(record, outcomes[0].by) == {"Yeol", "Kishida"}


def test_a_pledge_by_a_titled_pair_is_made_by_both() -> None:
    text = (
        "Spanish Prime Minister Pedro Sanchez and Moroccan Prime Minister Aziz Akhannouch held "
        "talks in Rabat on Wednesday.\n\nSpanish Prime Minister Pedro Sanchez and Moroccan Prime "
        "Minister Aziz Akhannouch pledged to open a new ferry line.\n"
    )
    record = _record(text)
    outcome = next(o for o in _only(record).outcomes if o.kind is OutcomeKind.COMMITMENT)
    assert _surnames(record, outcome.by) == {"Sanchez", "Akhannouch"}


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        ("where he raised concerns about Chinese support for Russia", "Chinese support for Russia"),
        ("where he raised the issue of detained Americans", "detained Americans"),
        ("and raised serious concerns over the fentanyl trade", "fentanyl trade"),
    ],
)
def test_a_raised_concern_is_a_topic(clause: str, expected: str) -> None:
    text = (
        "BEIJING (AP) - U.S. Secretary of State Antony Blinken met Chinese Foreign Minister Wang "
        f"Yi in Beijing on Friday, {clause}.\n"
    )
    assert expected in _topics(text)


@pytest.mark.parametrize(
    "second",
    [
        "Blinken later met Chinese President Xi Jinping at the Great Hall of the People.",
        "Blinken then met Chinese President Xi Jinping at the Great Hall of the People.",
        "Later, Blinken met Chinese President Xi Jinping at the Great Hall of the People.",
    ],
)
def test_a_later_meeting_is_its_own_on_the_day_of_the_one_before(second: str) -> None:
    text = (
        "BEIJING (AP) - U.S. Secretary of State Antony Blinken met Chinese Foreign Minister Wang "
        f"Yi in Beijing on Friday.\n\n{second}\n"
    )
    record = _record(text)
    assert len(record.meetings) == 2
    xi = next(m for m in record.meetings if "Xi Jinping" in _names(record, m))
    assert _names(record, xi) == {"Antony Blinken", "Xi Jinping"}
    assert xi.date is not None
    assert xi.date.weekday is not None
    assert xi.date.weekday.value == "Friday"


@pytest.mark.parametrize(
    "second",
    [
        # A later trip is not on the same day.
        "Blinken later traveled to Hanoi to meet Vietnamese Prime Minister Pham Minh Chinh.",
        # A planned meeting.
        "Blinken will later meet Chinese President Xi Jinping at the Great Hall of the People.",
    ],
)
def test_a_meeting_without_later_or_held_keeps_no_borrowed_day(second: str) -> None:
    text = (
        "BEIJING (AP) - U.S. Secretary of State Antony Blinken met Chinese Foreign Minister Wang "
        f"Yi in Beijing on Friday.\n\n{second}\n"
    )
    record = _record(text)
    others = [m for m in record.meetings if "Wang Yi" not in _names(record, m)]
    assert others
    assert all(m.date is None or m.date.text != "Friday" for m in others)


def test_spoke_to_someone_by_phone_is_a_call_and_their_conversation_its_length() -> None:
    text = (
        "LONDON (Reuters) - British Prime Minister Keir Starmer spoke to Ukrainian President "
        "Volodymyr Zelenskiy by phone on Sunday, Downing Street said.\n\n"
        "Their conversation lasted 50 minutes.\n"
    )
    meeting = _only(_record(text))
    assert meeting.medium is Medium.PHONE
    assert meeting.duration is not None
    assert meeting.duration.seconds == 3000


def test_spoke_to_reporters_is_no_meeting() -> None:
    text = "British Prime Minister Keir Starmer spoke to reporters in London on Sunday about Ukraine.\n"
    assert _record(text).meetings == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "German Chancellor Olaf Scholz held phone talks with Chinese Premier Li Qiang on "
                "Tuesday, covering trade and Ukraine.\n"
            ),
            {"trade", "Ukraine"},
        ),
        (
            (
                "Indian Prime Minister Narendra Modi met Sri Lankan President Anura Kumara "
                "Dissanayake in New Delhi on Monday, focusing on fisheries and energy.\n"
            ),
            {"fisheries", "energy"},
        ),
        (
            (
                "Indian Prime Minister Narendra Modi met Sri Lankan President Anura Kumara "
                "Dissanayake in New Delhi on Monday. The meeting, which lasted nearly three hours, "
                "covered fisheries and energy.\n"
            ),
            {"fisheries", "energy"},
        ),
    ],
)
def test_a_participle_or_a_verb_after_an_aside_gives_topics(text: str, expected: set[str]) -> None:
    assert expected <= set(_topics(text))


def test_a_participle_without_a_comma_gives_no_topic() -> None:
    text = (
        "Indian Prime Minister Narendra Modi met Sri Lankan President Anura Kumara Dissanayake in "
        "New Delhi on Monday. A reporter covering the talks said it was friendly.\n"
    )
    assert _topics(text) == []


@pytest.mark.parametrize(
    ("purpose", "seconds"),
    [
        ("for talks lasting about four and a half hours", 16200),
        ("for closed-door talks that lasted three hours", 10800),
    ],
)
def test_a_length_of_the_talks_a_visit_is_for(purpose: str, seconds: int) -> None:
    text = (
        "MOSCOW (Reuters) - Russian President Vladimir Putin hosted Chinese President Xi Jinping "
        f"in the Kremlin on Tuesday {purpose}, the Kremlin said.\n"
    )
    meeting = _only(_record(text))
    assert meeting.duration is not None
    assert meeting.duration.seconds == seconds


@pytest.mark.parametrize("course", ["in a call", "during a call", "in a phone call"])
def test_what_was_told_in_a_call_dates_a_held_call(course: str) -> None:
    text = (
        "WASHINGTON (Reuters) - U.S. President Joe Biden told Israeli Prime Minister Benjamin "
        f"Netanyahu {course} on Thursday that the United States would reassess its support, the "
        "White House said.\n\nThe call lasted about 30 minutes.\n"
    )
    meeting = _only(_record(text))
    assert meeting.medium is Medium.PHONE
    assert meeting.status is MeetingStatus.HELD
    assert meeting.duration is not None
    assert meeting.duration.seconds == 1800


def test_a_call_with_reporters_is_no_meeting() -> None:
    text = "U.S. President Joe Biden, speaking in a call with reporters, said he was hopeful.\n"
    assert _record(text).meetings == ()


def test_ways_to_boost_something_is_the_something() -> None:
    text = (
        "NEW DELHI (AP) - Indian Prime Minister Narendra Modi and visiting Japanese Prime Minister "
        "Fumio Kishida on Monday discussed ways to boost cooperation in defense and technology.\n"
    )
    assert {"cooperation in defense", "technology"} <= set(_topics(text))


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            (
                "RIO DE JANEIRO, March 28 (AFP) — French President Emmanuel Macron and Brazilian President "
                "Luiz Inacio Lula da Silva agreed on Thursday to build a submarine."
            ),
            "Rio de Janeiro",
        ),
        (
            (
                "DAR ES SALAAM, March 28 (AFP) — Tanzanian President Samia Suluhu Hassan and Kenyan "
                "President William Ruto signed agreements on Thursday."
            ),
            "Dar es Salaam",
        ),
    ],
)
def test_a_dateline_in_capitals_with_small_words_is_the_city(text: str, place: str) -> None:
    record = extract(text)
    (meeting,) = record.meetings
    assert meeting.place is not None
    assert {p.id: p.name for p in record.places}[meeting.place] == place


def test_a_leader_and_his_counterpart_acting_together_under_a_dateline_met() -> None:
    text = (
        "RIO DE JANEIRO, March 28 (AFP) — French President Emmanuel Macron and his Brazilian "
        "counterpart Luiz Inacio Lula da Silva signed a series of agreements on Thursday.\n"
    )
    (meeting,) = extract(text).meetings
    assert meeting.participants == ("emmanuel-macron", "luiz-inacio-lula-da-silva")
    assert meeting.date is not None
    assert meeting.date.text == "Thursday"


def test_a_counterpart_alone_is_no_pair() -> None:
    text = (
        "RIO DE JANEIRO, March 28 (AFP) — His Brazilian counterpart Luiz Inacio Lula da Silva "
        "signed a series of agreements on Thursday.\n"
    )
    assert extract(text).meetings == ()


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            (
                "BEIJING, Nov 6 (Reuters) - Australian Prime Minister Anthony Albanese met Chinese President "
                "Xi Jinping on Monday, becoming the first Australian leader to visit China in seven years.\n"
            ),
            "Beijing",
        ),
        (
            (
                "RIO DE JANEIRO, March 28 (AFP) — French President Emmanuel Macron, on a three-day visit to "
                "Brazil, met Brazilian President Luiz Inacio Lula da Silva on Thursday.\n"
            ),
            "Rio de Janeiro",
        ),
    ],
)
def test_the_dateline_city_names_a_visited_country_more_closely(text: str, place: str) -> None:
    record = extract(text)
    (meeting,) = record.meetings
    assert meeting.place is not None
    assert {p.id: p.name for p in record.places}[meeting.place] == place


def test_a_dateline_in_another_country_leaves_the_visited_country() -> None:
    text = (
        "WASHINGTON, Nov 6 (Reuters) - Australian Prime Minister Anthony Albanese met Chinese "
        "President Xi Jinping on Monday, the first Australian leader to visit China in years.\n"
    )
    record = extract(text)
    (meeting,) = record.meetings
    assert meeting.place is not None
    assert {p.id: p.name for p in record.places}[meeting.place] == "China"


def test_meeting_someone_else_of_the_same_side_is_a_second_meeting() -> None:
    text = (
        "BEIJING, April 26 (AP) — U.S. Secretary of State Antony Blinken met Chinese Foreign "
        "Minister Wang Yi for more than five hours on Friday in Beijing.\n\n"
        "Wang told Blinken that the relationship was beginning to stabilize.\n\n"
        "Blinken met President Xi Jinping at the Great Hall of the People in the afternoon.\n"
    )
    assert [m.participants for m in extract(text).meetings] == [
        ("antony-blinken", "wang-yi"),
        ("antony-blinken", "xi-jinping"),
    ]


def test_naming_the_same_people_again_is_the_same_meeting() -> None:
    text = (
        "BEIJING, April 26 (AP) — U.S. Secretary of State Antony Blinken met Chinese Foreign "
        "Minister Wang Yi on Friday in Beijing.\n\n"
        "Blinken and Wang also discussed fentanyl, officials said. Wang met Blinken again over dinner.\n"
    )
    assert [m.participants for m in extract(text).meetings] == [("antony-blinken", "wang-yi")]


@pytest.mark.parametrize(
    ("text", "topics"),
    [
        (
            (
                "TIANJIN, China, Aug 31 (Reuters) - Indian Prime Minister Narendra Modi and Chinese "
                "President Xi Jinping agreed on Sunday that their countries were development partners, "
                "not rivals, and discussed ways to improve trade ties.\n"
            ),
            ("trade ties",),
        ),
        (
            (
                "Indian Prime Minister Narendra Modi met Chinese President Xi Jinping on Sunday. Modi said "
                "India was committed to taking the relationship forward “based on mutual trust.”\n"
            ),
            (),
        ),
        (
            (
                "Indian Prime Minister Narendra Modi met Chinese President Xi Jinping on Sunday. They agreed "
                "that sanctions were not a productive approach.\n"
            ),
            ("sanctions",),
        ),
    ],
)
def test_the_sides_and_a_quoted_manner_are_no_topics(text: str, topics: tuple[str, ...]) -> None:
    (meeting,) = extract(text).meetings
    assert meeting.topics == topics


def test_an_aside_between_the_subject_and_an_outcome_cue_is_not_the_subject() -> None:
    text = (
        "Prime Minister Narendra Modi held talks with Maldivian President Mohamed Muizzu on Monday. "
        "Muizzu, who is on a four-day visit to India, invited Modi to visit the Maldives, officials said.\n"
    )
    (meeting,) = extract(text).meetings
    (invitation,) = meeting.outcomes
    assert (invitation.by, invitation.to) == (("mohamed-muizzu",), ("narendra-modi",))


@pytest.mark.parametrize(
    ("sentence", "topics"),
    [
        (
            "He said they had discussed a full and unconditional ceasefire and “lasting peace.”",
            ("full and unconditional ceasefire",),
        ),
        (
            "They discussed economic and military cooperation and sanctions.",
            ("economic and military cooperation", "sanctions"),
        ),
        ("They discussed energy and defense.", ("energy", "defense")),
    ],
)
def test_coordinated_adjectives_qualify_one_topic(sentence: str, topics: tuple[str, ...]) -> None:
    text = f"Ukrainian President Volodymyr Zelensky met U.S. President Donald Trump on Saturday. {sentence}\n"
    (meeting,) = extract(text).meetings
    assert meeting.topics == topics
