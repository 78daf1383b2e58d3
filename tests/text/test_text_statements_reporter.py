"""
The reporter's words after a content: "X said A, but declined to comment" is not X saying it.

A refusal to say more ("but declined to comment", "but gave no details", "and did not
elaborate") coordinated after a statement is the reporter's account of the source; the
content stops before it. Snippets are written for this test in several outlets' styles;
none comes from the dev set or the probe articles.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from collections.abc import Callable

    Rows = Callable[[str], list[tuple[str | None, str | None, str]]]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "A Foreign Office spokeswoman said London was studying the plan but declined to comment further.",
            "London was studying the plan",
        ),
        (
            "Nyong'o said the railway loan would be repaid by 2031 but gave no details about the rate.",
            "the railway loan would be repaid by 2031",
        ),
        (
            "The defence minister said Lima wanted more patrol boats, but did not elaborate.",
            "Lima wanted more patrol boats",
        ),
        (
            "The news agency said both sides had settled on a timetable, but it offered no further details.",
            "both sides had settled on a timetable",
        ),
        (
            "Baraka said the summit had been a success and refused to answer questions about the debt.",
            "the summit had been a success",
        ),
        (
            "The embassy said the envoy would return next week, but the ministry declined to comment.",
            "the envoy would return next week",
        ),
    ],
)
def test_a_coordinated_refusal_ends_the_content(text: str, content: str, statement_rows: Rows) -> None:
    found = statement_rows(text)
    assert [c for _, _, c in found] == [content]


def test_a_refusal_after_a_closing_tag_is_not_resumed(statement_rows: Rows) -> None:
    text = "Tinubu thanked Accra for its help, the statement said, but it gave no figures for the aid."
    assert statement_rows(text) == [("the statement", "said", "Tinubu thanked Accra for its help")]


def test_a_tag_inside_its_content_still_resumes(statement_rows: Rows) -> None:
    text = "The corridor, the minister said, would open in the spring."
    assert statement_rows(text) == [("the minister", "said", "The corridor would open in the spring")]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # Reported refusals by others are what the source said.
        (
            "Officials said Ecuador and Peru declined to comment on the plan.",
            "Ecuador and Peru declined to comment on the plan",
        ),
        (
            "The minister said the bank gave no loans to the province last year.",
            "the bank gave no loans to the province last year",
        ),
        # A coordinated verb that is no refusal stays inside the content.
        (
            "Santos said the talks had stalled but resumed after a short break.",
            "the talks had stalled but resumed after a short break",
        ),
    ],
)
def test_other_coordinations_stay_in_the_content(text: str, content: str, statement_rows: Rows) -> None:
    found = statement_rows(text)
    assert [c for _, _, c in found] == [content]


@pytest.mark.parametrize(
    "text",
    [
        "The spokesman gave no details.",
        "The ministry offered no further details about the visit.",
        "The palace did not elaborate.",
    ],
)
def test_saying_nothing_is_no_statement(text: str, statement_rows: Rows) -> None:
    assert statement_rows(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The militia has accused Kigali of shelling its camps, a claim Rwanda rejects.",
            "Kigali of shelling its camps",
        ),
        (
            "Minsk said Vilnius had closed the crossing, a charge Lithuania denies.",
            "Vilnius had closed the crossing",
        ),
        (
            "The opposition said the count was rigged, an accusation the electoral board has dismissed.",
            "the count was rigged",
        ),
        (
            "The envoy said the ceasefire was holding, an assertion that monitors questioned.",
            "the ceasefire was holding",
        ),
        (
            "Faye told the radio that Dakar would never host foreign bases, a position his rivals share.",
            "that Dakar would never host foreign bases",
        ),
        (
            "Analysts said the pact was a turning point, a view shared by several diplomats.",
            "the pact was a turning point",
        ),
    ],
)
def test_a_claim_set_off_by_the_reporter_is_not_content(
    text: str, content: str, statement_rows: Rows
) -> None:
    assert [c for _, _, c in statement_rows(text)] == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # No comma: the noun belongs to the clause.
        ("Officials said the levy was a charge on exporters.", "the levy was a charge on exporters"),
        # The noun cue with its own complement is still a statement.
        ("The minister rejected the claim that the talks had failed.", "the claim that the talks had failed"),
    ],
)
def test_the_same_nouns_inside_a_clause_stay(text: str, content: str, statement_rows: Rows) -> None:
    assert [c for _, _, c in statement_rows(text)] == [content]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Asked whether the envoys had discussed the dam, Sato said he had nothing to add.",
            [("Sato", "said", "he had nothing to add")],
        ),
        (
            "When asked if Nairobi had agreed to the request, the spokeswoman said talks were going on.",
            [("the spokeswoman", "said", "talks were going on")],
        ),
        (
            "Asked about reports that Hanoi had promised more rice, Lam said no decision had been made.",
            [("Lam", "said", "no decision had been made")],
        ),
    ],
)
def test_a_fronted_question_reports_nothing(
    text: str, expected: list[tuple[str, str, str]], statement_rows: Rows
) -> None:
    assert statement_rows(text) == expected


def test_cues_after_the_question_are_still_read(statement_rows: Rows) -> None:
    text = "Asked by reporters, the ministry said it had agreed to the plan and Lam promised more rice."
    found = statement_rows(text)
    assert found[0] == ("the ministry", "said", "it had agreed to the plan and Lam promised more rice")


@pytest.mark.parametrize("dash", ["--", "\u2014", "\u2013"])
def test_a_lone_dash_sets_off_a_comment_with_its_own_tag(dash: str, statement_rows: Rows) -> None:
    text = f"Rwanda's energy minister said that the line could open in 2028 {dash} a bold date, experts say."
    assert statement_rows(text) == [
        ("Rwanda's energy minister", "said", "that the line could open in 2028"),
        ("experts", "say", "a bold date"),
    ]


@pytest.mark.parametrize("dash", ["--", "—"])
def test_paired_dashes_bracket_an_aside_inside_the_content(dash: str, statement_rows: Rows) -> None:
    text = f"The loan {dash} worth $2 billion {dash} will be signed next month, officials said."
    assert statement_rows(text) == [
        ("officials", "said", f"The loan {dash} worth $2 billion {dash} will be signed next month")
    ]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Lamola said Pretoria was ready to mediate, a day after the two sides exchanged prisoners.",
            "Pretoria was ready to mediate",
        ),
        (
            "Boric said he would visit Lima in June, just two weeks before the Pacific summit opens.",
            "he would visit Lima in June",
        ),
        (
            "Carney said he would fly to Seoul in April, his second trip to Asia this year.",
            "he would fly to Seoul in April",
        ),
        (
            "Orban said Budapest would host the talks, the first such meeting since 2021.",
            "Budapest would host the talks",
        ),
    ],
)
def test_the_reporters_framing_in_time_or_series_is_not_content(
    text: str, content: str, statement_rows: Rows
) -> None:
    assert [c for _, _, c in statement_rows(text)] == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # An aside closed before its verb stays inside the content.
        (
            "Orban said the pipeline, the first of its kind, would open in May.",
            "the pipeline, the first of its kind, would open in May",
        ),
        # A time phrase that is no framing of another event stays.
        (
            "Carney said the talks would last two days, and more if needed.",
            "the talks would last two days, and more if needed",
        ),
    ],
)
def test_asides_inside_the_content_stay(text: str, content: str, statement_rows: Rows) -> None:
    assert [c for _, _, c in statement_rows(text)] == [content]


def test_stopping_short_is_the_reporters_measure(statement_rows: Rows) -> None:
    text = "Kagame said Kigali would study the request but stopped short of sending troops."
    assert statement_rows(text) == [("Kagame", "said", "Kigali would study the request")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tinubu said the deal was close but did not rule out further delays.",
            [("Tinubu", "said", "the deal was close"), ("Tinubu", "did not rule out", "further delays")],
        ),
        (
            "Petro ruled out sending troops to the border.",
            [("Petro", "ruled out", "sending troops to the border")],
        ),
    ],
)
def test_ruling_out_is_a_statement(
    text: str, expected: list[tuple[str, str, str]], statement_rows: Rows
) -> None:
    assert statement_rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The doctrine, which rules out foreign bases, was discussed.",
        "The rule of law was discussed.",
        "The talks stopped short of a deal.",
    ],
)
def test_rules_and_stops_that_report_nothing(text: str, statement_rows: Rows) -> None:
    assert statement_rows(text) == []


def test_a_coordinated_cue_after_a_parenthetical_tag_goes_on_with_the_content(statement_rows: Rows) -> None:
    text = (
        "The two leaders met at the palace, the emir's office said, and discussed “the situation in Sudan”."
    )
    assert statement_rows(text) == [
        (
            "the emir's office",
            "said",
            "The two leaders met at the palace and discussed “the situation in Sudan”",
        )
    ]


@pytest.mark.parametrize(
    "text",
    ["Neither side commented on the reports.", "No official responded to the letter."],
)
def test_a_negative_subject_of_a_silence_verb_said_nothing(text: str, statement_rows: Rows) -> None:
    assert statement_rows(text) == []


def test_a_negative_subject_of_a_speech_verb_keeps_the_statement(statement_rows: Rows) -> None:
    text = "Neither leader said when the talks would resume."
    assert statement_rows(text) == [("Neither leader", "said", "when the talks would resume")]


def test_a_time_frame_after_a_closing_tag_is_not_resumed(statement_rows: Rows) -> None:
    text = "“We will not bend,” Sheinbaum said on Tuesday, two days after the tariff threat."
    assert statement_rows(text)[:1] == [("Sheinbaum", "said", "“We will not bend,”")]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # The reporter's "something ..." aside after the content.
        (
            "Mutharika said Malawi would repay the loans, something Lilongwe has so far failed to do.",
            "Malawi would repay the loans",
        ),
        (
            "The envoy said talks would resume, something the rebels have long demanded.",
            "talks would resume",
        ),
        # Not an aside: "something" as the object inside the content.
        (
            "The envoy said the deal was worth something like $2 billion.",
            "the deal was worth something like $2 billion",
        ),
        # Where the words were said, after a quotation, is no content.
        (
            "Senator Ruth Kaya called the plan “reckless” in a post on social media.",
            "the plan “reckless”",
        ),
        (
            "The minister called the talks “frank” in an interview with Reuters.",
            "the talks “frank”",
        ),
        ("The minister said the talks were “frank” on X.", "the talks were “frank”"),
        # A phrase that is not a venue stays.
        (
            "The minister said the talks were “frank” in every respect.",
            "the talks were “frank” in every respect",
        ),
    ],
)
def test_reporter_material_after_content(text: str, content: str, statement_rows: Rows) -> None:
    assert [c for _, _, c in statement_rows(text)] == [content]


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # "Neither X nor Y": both are the subject, however many words each has.
        ("Neither the White House nor the Kremlin commented on the report.", []),
        ("Neither the army nor the RSF responded to requests for comment.", []),
        (
            "Neither the White House nor the Kremlin has confirmed the meeting.",
            [("Neither the White House nor the Kremlin", "has confirmed", "the meeting")],
        ),
        # A "neither ... nor" inside the reported clause is the content's.
        (
            "Ruto said neither Uganda nor the EAC secretariat had objected.",
            [("Ruto", "said", "neither Uganda nor the EAC secretariat had objected")],
        ),
    ],
)
def test_neither_nor_subject_is_one_source(
    text: str, rows: list[tuple[str, str, str]], statement_rows: Rows
) -> None:
    assert statement_rows(text) == rows
