"""
A noun cue whose owner follows with "by": "A pledge by Ruto to cut tariffs", "The claim by
Abiy that ...". The owner is the source; the content ends before the sentence's own verb
("drew praise", "was welcomed"), and a passive whose subject is such an owned pledge
("... was welcomed by traders") reports no words of its agent.

Near misses: "by" with no name and no "to"/"that" after it ("The visit by Ruto to Addis
Ababa"), an object noun cue ("He welcomed the offer by Abiy to mediate": the verb's content),
and a passive with a plain subject ("The offer was welcomed by Ruto").

The sentences are written for these tests; the names are real office holders, the events made
up.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Rows = Callable[[str, str], list[tuple[str | None, str | None, str]]]

_HEAD = "NAIROBI (Reuters) - Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed. "


@pytest.mark.parametrize(
    ("sentence", "row"),
    [
        ("A pledge by Ruto to cut tariffs was welcomed by traders.", ("Ruto", "A pledge", "to cut tariffs")),
        ("A pledge by Ruto to cut tariffs drew praise from traders.", ("Ruto", "A pledge", "to cut tariffs")),
        ("An offer by Abiy to mediate was welcomed by Ruto.", ("Abiy", "An offer", "to mediate")),
        (
            "The proposal by the Kenyan president to cut tariffs has angered farmers.",
            ("the Kenyan president", "The proposal", "to cut tariffs"),
        ),
        (
            "The claim by Abiy that the Red Sea was Ethiopia's natural boundary alarmed neighbours.",
            ("Abiy", "The claim", "that the Red Sea was Ethiopia's natural boundary"),
        ),
    ],
)
def test_the_owner_after_by_is_the_source(
    statements_after: Rows, sentence: str, row: tuple[str, str, str]
) -> None:
    assert statements_after(_HEAD, sentence) == [row]


def test_a_participle_with_its_agent_is_no_sentence_verb(statements_after: Rows) -> None:
    rows = statements_after(_HEAD, "Ruto's pledge to free prisoners held by Ethiopia won praise.")
    assert rows == [("Ruto", "'s pledge", "to free prisoners held by Ethiopia")]


def test_a_visit_by_someone_is_no_statement(statements_after: Rows) -> None:
    assert statements_after(_HEAD, "The visit by Ruto to Addis Ababa drew praise.") == []


def test_an_object_noun_cue_stays_in_the_verb_content(statements_after: Rows) -> None:
    rows = statements_after(_HEAD, "He welcomed the offer by Abiy to mediate.")
    assert rows == [("He", "welcomed", "the offer by Abiy to mediate")]


def test_a_plain_passive_subject_is_still_welcomed(statements_after: Rows) -> None:
    rows = statements_after(_HEAD, "The offer was welcomed by Ruto.")
    assert rows == [("Ruto", "was welcomed", "The offer")]
