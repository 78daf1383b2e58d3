"""
A noun cue's "that" clause ends before the verb of the sentence the noun is subject of.

"Abiy's remarks that Ethiopia needed a port drew criticism": the clause's own verb
("needed") is its content's; a second finite verb after a noun ("drew", "was", "have") is
the sentence's. A "be" inside the clause is the clause's own ("claim that Ethiopia was
landlocked"), not an end. A conjunction or subordinator opens another clause, and the
content runs on.

The sentences are written for these tests; the names are real office holders, the events made
up.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Rows = Callable[[str, str], list[tuple[str | None, str | None, str]]]

_HEAD = "ADDIS ABABA (Reuters) - Ethiopian Prime Minister Abiy Ahmed met Kenyan President William Ruto. "


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        ("Abiy's remarks that Ethiopia needed a port drew criticism.", "that Ethiopia needed a port"),
        (
            "Abiy's remarks that Ethiopia would seek a port have drawn criticism.",
            "that Ethiopia would seek a port",
        ),
        (
            "Abiy's warning that the talks had stalled came after a week of clashes.",
            "that the talks had stalled",
        ),
        ("Abiy's claim that Ethiopia was landlocked angered Asmara.", "that Ethiopia was landlocked"),
    ],
)
def test_the_clause_ends_before_the_sentence_verb(
    statements_after: Rows, sentence: str, content: str
) -> None:
    rows = statements_after(_HEAD, sentence)
    assert [r[2] for r in rows] == [content]
    assert rows[0][0] == "Abiy"


def test_an_object_noun_cue_is_inside_the_verb_content(statements_after: Rows) -> None:
    rows = statements_after(_HEAD, "Ruto rejected Abiy's claim that Ethiopia was landlocked.")
    assert rows == [("Ruto", "rejected", "Abiy's claim that Ethiopia was landlocked")]


def test_a_joined_verb_is_the_clause_own(statements_after: Rows) -> None:
    rows = statements_after(
        _HEAD, "Abiy's claim that Ethiopia had lost its coast and needed a port angered Asmara."
    )
    assert rows == [("Abiy", "'s claim", "that Ethiopia had lost its coast and needed a port")]


def test_after_a_subordinator_the_content_runs_on(statements_after: Rows) -> None:
    rows = statements_after(
        _HEAD, "Abiy's claim that Ethiopia needed a port because trade suffered angered Asmara."
    )
    assert rows == [("Abiy", "'s claim", "that Ethiopia needed a port because trade suffered angered Asmara")]


def test_a_noun_cue_inside_said_content_is_nested(statements_after: Rows) -> None:
    rows = statements_after(_HEAD, "Abiy's claim that Ethiopia needed a port angered Asmara, officials said.")
    assert rows == [("officials", "said", "Abiy's claim that Ethiopia needed a port angered Asmara")]


@pytest.mark.parametrize(
    ("sentence", "row"),
    [
        (
            "The Kenyan president's remark that Ethiopia was a friend was welcomed by traders.",
            ("The Kenyan president", "'s remark", "that Ethiopia was a friend"),
        ),
        (
            "A minister's warning that talks could fail went unheeded.",
            ("A minister", "'s warning", "that talks could fail"),
        ),
        (
            "Abiy's assertion that Eritrea bore responsibility echoed remarks by Ruto.",
            ("Abiy", "'s assertion", "that Eritrea bore responsibility"),
        ),
    ],
)
def test_an_office_owner_and_a_welcomed_remark(
    statements_after: Rows, sentence: str, row: tuple[str, str, str]
) -> None:
    assert statements_after(_HEAD, sentence) == [row]


def test_an_owner_office_needs_its_article(statements_after: Rows) -> None:
    rows = statements_after(_HEAD, "Ruto rejected the president's claim that Ethiopia was landlocked.")
    assert rows == [("Ruto", "rejected", "the president's claim that Ethiopia was landlocked")]
