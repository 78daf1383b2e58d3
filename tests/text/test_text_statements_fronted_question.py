"""
A question put to the speaker, fronted before a coordinated cue: "Asked ..., X smiled and said".

The paragraphs are written for these tests. The subject of "smiled and said" is the name after
the question's comma, never the participle "Asked" or the reporter who asked.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Rows = Callable[[str], list[tuple[str | None, str | None, str]]]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            'Asked whether she would resign, Minister Ana Duarte laughed and said, "Not today."',
            "Minister Ana Duarte",
        ),
        (
            (
                "Asked by a reporter about the border dispute, President Tomas Ruiz paused and said"
                " the two countries would settle it in court."
            ),
            "President Tomas Ruiz",
        ),
        (
            'When asked if the talks had failed, Ruiz shook his head and said, "They have just begun."',
            "Ruiz",
        ),
    ],
)
def test_the_answer_s_subject_is_the_source(statement_rows: Rows, text: str, source: str) -> None:
    rows = statement_rows(text)
    assert [row[0] for row in rows] == [source]
    assert rows[0][1] == "said"


@pytest.mark.parametrize(
    "text",
    [
        # A refusal after the question is no statement, coordinated or not.
        "Asked about the border dispute, Ruiz smiled and declined to comment.",
        # The question alone, with no answer reported.
        "Asked whether the talks had failed, Ruiz walked away.",
    ],
)
def test_a_fronted_question_without_an_answer_makes_no_statement(statement_rows: Rows, text: str) -> None:
    assert statement_rows(text) == []


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # A yes/no question of the reporter's or an interviewer's asserts nothing.
        (
            "Talks in Lusaka\n\nWill Hichilema sign the deal? Aides said he would.",
            [("Aides", "said", "he would")],
        ),
        ("Talks in Lusaka\n\nAre you worried about Chinese debt?", []),
        ("Talks in Lusaka\n\nVOA: Did you discuss the railway?", []),
        # A quoted question is what the asker said.
        (
            "Talks in Lusaka\n\n\u201cWill you sign the deal?\u201d a reporter asked.",
            [("a reporter", "asked", "\u201cWill you sign the deal?\u201d")],
        ),
        # A statement that merely ends in a question mark still counts.
        (
            "Talks in Lusaka\n\nHichilema said the deal was ready, so why wait?",
            [("Hichilema", "said", "the deal was ready, so why wait")],
        ),
    ],
)
def test_an_unquoted_yes_no_question_gives_no_statement(
    statement_rows: Rows, text: str, rows: list[tuple[str, str, str]]
) -> None:
    assert statement_rows(text) == rows


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # A question word, then an auxiliary: the interviewer's question asserts nothing.
        ("Talks in Lusaka\n\nVOA: What did you ask the president for?", []),
        ("Talks in Lusaka\n\nHow do you answer critics who say the loan was rushed?", []),
        ("Talks in Lusaka\n\nWhich mines will Chinese firms be allowed to run?", []),
        # A question word opening a subject clause is no question.
        (
            "Talks in Lusaka\n\nHow the loan will be repaid is unclear, analysts said.",
            [("analysts", "said", "How the loan will be repaid is unclear")],
        ),
        # A quoted question is still what the asker said.
        (
            "Talks in Lusaka\n\n\u201cWhat did you promise Beijing?\u201d a lawmaker asked.",
            [("a lawmaker", "asked", "\u201cWhat did you promise Beijing?\u201d")],
        ),
    ],
)
def test_an_unquoted_wh_question_gives_no_statement(
    statement_rows: Rows, text: str, rows: list[tuple[str, str, str]]
) -> None:
    assert statement_rows(text) == rows
