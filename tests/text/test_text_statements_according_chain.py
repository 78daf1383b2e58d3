"""
"According to X, Y stressed ... and told ...": a chained verb after a fronted tag is Y's.

Gulf and Asian agency copy opens with "According to the news agency, the emir stressed
... and told his guest that ...". When the second verb is a statement of its own, its
source is the subject of the clause after the tag (the emir), not the agency that vouches
for the clause. In mid-sentence ("The emir stressed ..., according to KUNA, and told ...")
the ", and VERBED" ends the tag's source, and the verb is the main clause subject's. A
chained verb after a tag that is no "according to" keeps the earlier source, and an
appositive list after the source ("..., a professor at X, and a former adviser") stays.

The paragraphs are written for these tests (invented events; real-sounding names).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

    Rows = Callable[[str], list[tuple[str | None, str | None, str]]]


def test_chained_verb_after_fronted_according_is_the_clause_subjects(statement_rows: Rows) -> None:
    text = (
        "According to the Kuwait News Agency (KUNA), the crown prince stressed the need for calm "
        "and told his visitor that Kuwait would keep up its mediation."
    )
    assert statement_rows(text) == [
        ("the Kuwait News Agency (KUNA)", "According to", "the crown prince stressed the need for calm"),
        ("the crown prince", "told", "that Kuwait would keep up its mediation"),
    ]


def test_chained_verb_after_other_source_keeps_it(statement_rows: Rows) -> None:
    text = (
        "The crown prince stressed the need for calm and told his visitor that Kuwait would keep mediating."
    )
    assert [row[0] for row in statement_rows(text)] == ["The crown prince", "The crown prince"]


def test_chained_verb_after_mid_according_ends_its_source(statement_rows: Rows) -> None:
    text = (
        "The crown prince stressed the need for calm, according to KUNA, and told his visitor that "
        "Kuwait would keep up its mediation."
    )
    assert statement_rows(text) == [
        ("KUNA", "according to", "The crown prince stressed the need for calm"),
        ("The crown prince", "told", "that Kuwait would keep up its mediation"),
    ]


def test_appositive_list_after_according_stays_in_its_source(statement_rows: Rows) -> None:
    text = (
        "The corridor needs new rails, according to Nadia Karimi, a lecturer at Kabul University, "
        "and a former transport adviser."
    )
    assert [row[0] for row in statement_rows(text)] == [
        "Nadia Karimi, a lecturer at Kabul University, and a former transport adviser"
    ]


def test_clause_after_according_ends_its_source(statement_rows: Rows) -> None:
    text = "The talks stalled in March, according to two Kuwaiti officials, and the envoy left Doha."
    assert statement_rows(text) == [("two Kuwaiti officials", "according to", "The talks stalled in March")]


def test_that_clause_after_mid_according_resumes_the_content(statement_rows: Rows) -> None:
    # "X told Y, according to Z, that ...": the verb's reported clause resumes after the tag,
    # so the source is the tag's phrase alone.
    text = "Tebboune told his guest, according to the presidency, that Algeria would keep its gas prices."
    assert statement_rows(text) == [
        ("the presidency", "according to", "Tebboune told his guest that Algeria would keep its gas prices")
    ]
