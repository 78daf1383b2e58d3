"""
Interview transcripts printed as "Q: ..." and "A: ...".

The answers are the words of the person the introduction names last before the first
question ("After the talks, Haddad spoke with VOA. ... Q: ... A: ..."): each "A:" turn
is one direct statement of that person to the end of its paragraph. Without a "Q:"
before it an "A:" line is left to the ordinary rules, and the questions give nothing.
VOA also prints the interviewee's name as the label ("Maka Botchorishvili: ...", then
"Botchorishvili: ..."): a capitalised label opening a paragraph that names a person of the
article is a turn too; one naming a place or a note ("Sudan:", "Correction:") is not.

The paragraphs are written for these tests (invented events; real-sounding names).
"""

from __future__ import annotations

from bilateral.text import extract

INTERVIEW = (
    "Jordan, Lebanon Discuss Border Trade\n\n"
    "Jordanian Foreign Minister Ayman Safadi met Lebanese Prime Minister Nawaf Salam in Beirut on "
    "Tuesday to discuss trade across Syria.\n\n"
    "After the meeting, Safadi spoke with VOA's Arabic Service. The interview has been edited for "
    "length.\n\n"
    "Q: Minister, how did the meeting go?\n\n"
    "A: It was a good meeting. We agreed to reopen the trucking route. Salam was very clear.\n\n"
    "Q: Will the route open this year?\n\n"
    "A: I hope so. I will not give a date.\n"
)


def _rows(text: str) -> list[tuple[list[str], str, str]]:
    record = extract(text)
    names = {a.id: a.name for a in record.actors}
    return [
        (
            [names[i] for i in s.speakers],
            record.text(s.speaker_mention) if s.speaker_mention else "",
            " ".join(record.text(c) for c in s.content),
        )
        for s in record.statements
    ]


def test_answers_are_the_interviewees_words() -> None:
    answers = [row for row in _rows(INTERVIEW) if row[1] == "A"]
    assert answers == [
        (
            ["Ayman Safadi"],
            "A",
            ("It was a good meeting. We agreed to reopen the trucking route. Salam was very clear."),
        ),
        (["Ayman Safadi"], "A", "I hope so. I will not give a date."),
    ]


def test_questions_give_no_statement() -> None:
    assert not any(row[1] == "Q" or "how did the meeting go" in row[2] for row in _rows(INTERVIEW))


def test_an_answer_label_without_questions_is_no_turn() -> None:
    text = (
        "Jordanian Foreign Minister Ayman Safadi met Lebanese Prime Minister Nawaf Salam in Beirut.\n\n"
        "A: The trucking route reopens in May, Safadi said.\n"
    )
    assert all(row[1] != "A" for row in _rows(text))


NAMED_TURNS = (
    "Armenia, US Restart Dialogue\n\n"
    "Armenian Foreign Minister Ararat Mirzoyan met U.S. Deputy Secretary of State Christopher Landau "
    "in Washington on Monday. After the talks, Mirzoyan spoke with VOA.\n\n"
    "VOA: What did you agree on?\n\n"
    "Ararat Mirzoyan: We agreed to resume the strategic dialogue. The first round will be in Yerevan.\n\n"
    "VOA: Will Russia object?\n\n"
    "Mirzoyan: That is not our concern.\n\n"
    "Correction: An earlier version misspelled the name of the minister.\n\n"
    "Yerevan: Officials said the talks would resume in March.\n"
)


def test_named_labels_open_the_interviewees_turns() -> None:
    rows = _rows(NAMED_TURNS)
    assert [row for row in rows if row[0] == ["Ararat Mirzoyan"]] == [
        (
            ["Ararat Mirzoyan"],
            "Ararat Mirzoyan",
            "We agreed to resume the strategic dialogue. The first round will be in Yerevan.",
        ),
        (["Ararat Mirzoyan"], "Mirzoyan", "That is not our concern."),
    ]


def test_labels_naming_no_person_are_no_turns() -> None:
    rows = _rows(NAMED_TURNS)
    assert not any(row[1] in {"Correction", "Yerevan", "VOA"} for row in rows)
    assert ([], "Officials", "the talks would resume in March") in rows
