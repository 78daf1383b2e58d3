"""A non-restrictive relative clause between a subject and its reporting verb."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from bilateral.text import extract

if TYPE_CHECKING:
    from bilateral.model import Record, Span


def _cut(text: str, span: Span | None) -> str | None:
    return None if span is None else text[span.start : span.end]


def _table(record: Record) -> list[tuple[str | None, str | None, list[str]]]:
    """(cue, source, contents) of every statement, in text order."""
    text = record.source.text
    return [
        (_cut(text, s.cue), _cut(text, s.speaker_mention), [text[c.start : c.end] for c in s.content])
        for s in record.statements
    ]


@pytest.mark.parametrize(
    ("sentence", "source", "cue", "content"),
    [
        (
            "Ruto, who has long criticized Western lenders, said the debt relief package was overdue.",
            "Ruto",
            "said",
            "the debt relief package was overdue",
        ),
        (
            "Albanese, who flew in from Canberra overnight, said that the two navies would train together.",
            "Albanese",
            "said",
            "that the two navies would train together",
        ),
        (
            "The envoy, whose convoy was stopped twice, told journalists the route was unsafe.",
            "The envoy",
            "told",
            "the route was unsafe",
        ),
        (
            "The ministry, which had warned of delays, announced that the border crossing would reopen.",
            "The ministry",
            "announced",
            "that the border crossing would reopen",
        ),
    ],
)
def test_the_main_verb_is_the_cue(sentence: str, source: str, cue: str, content: str) -> None:
    table = _table(extract(sentence + "\n"))
    assert (cue, source, [content]) in table


def test_a_cue_inside_the_clause_stops_at_its_comma() -> None:
    text = "Ruto, who has long criticized Western lenders, said the debt relief package was overdue.\n"
    table = _table(extract(text))
    # The clause's own attribution keeps to the clause: the main statement is not swallowed.
    assert ("has long criticized", "who", ["Western lenders"]) in table
    assert all("said" not in c for _, _, contents in table for c in contents)


def test_the_speaker_is_the_subject_named_before_the_clause() -> None:
    text = (
        "Kenyan President William Ruto hosted Ghanaian President John Mahama in Nairobi on Monday.\n\n"
        "Ruto, who has long criticized Western lenders, said the debt relief package was overdue.\n"
    )
    record = extract(text)
    names = {a.id: a.name for a in record.actors}
    said = [s for s in record.statements if _cut(text, s.cue) == "said"]
    assert [tuple(names[x] for x in s.speakers) for s in said] == [("William Ruto",)]


def test_a_participle_does_not_close_the_clause() -> None:
    # ", adding that ..." continues the relative clause's statement; no main verb follows.
    text = "The spokesman, who said the talks were frank, adding that more rounds would follow.\n"
    table = _table(extract(text))
    said = [row for row in table if row[0] == "said"]
    assert said
    assert said[0][2][0].startswith("the talks were frank")


def test_a_restrictive_clause_is_left_alone() -> None:
    # No commas: "who met the delegation" picks out which officials; the subject is the whole phrase.
    text = "Officials who met the delegation said the proposal needed more work.\n"
    table = _table(extract(text))
    assert ("said", "Officials who met the delegation", ["the proposal needed more work"]) in table


def test_a_restrictive_clause_with_a_preposition_is_part_of_the_source() -> None:
    text = "Three diplomats who spoke on condition of anonymity said the ceasefire talks had stalled.\n"
    table = _table(extract(text))
    assert (
        "said",
        "Three diplomats who spoke on condition of anonymity",
        ["the ceasefire talks had stalled"],
    ) in table


def test_particles_stay_inside_the_source_name() -> None:
    text = (
        "European Commission President Ursula von der Leyen met Brazilian President Luiz Inacio"
        " Lula da Silva in Brussels.\n\n"
        "Lula da Silva told reporters the tariff talks were moving.\n"
    )
    table = _table(extract(text))
    assert ("told", "Lula da Silva", ["the tariff talks were moving"]) in table


def _speaker_names(record: Record, cue: str) -> list[tuple[str, ...]]:
    text = record.source.text
    names = {a.id: a.name for a in record.actors}
    return [tuple(names[x] for x in s.speakers) for s in record.statements if _cut(text, s.cue) == cue]


def test_the_relative_pronoun_speaks_for_its_antecedent() -> None:
    text = (
        "Kenyan President William Ruto hosted Ghanaian President John Mahama in Nairobi on Monday.\n\n"
        "Mahama, who has long criticized Western lenders, said the debt relief package was overdue.\n"
    )
    record = extract(text)
    assert ("has long criticized", "who", ["Western lenders"]) in _table(record)
    assert _speaker_names(record, "has long criticized") == [("John Mahama",)]


def test_a_relative_pronoun_without_a_comma_has_no_antecedent() -> None:
    text = (
        "Kenyan President William Ruto met Ghanaian President John Mahama in Nairobi.\n\n"
        "It was Mahama who said the debt relief package was overdue.\n"
    )
    record = extract(text)
    assert _speaker_names(record, "said") == [()]


def test_titled_names_in_a_list_all_speak() -> None:
    text = (
        "Kenyan President William Ruto and Ghanaian President John Mahama agreed on Monday to"
        " open a direct air route.\n"
    )
    record = extract(text)
    # "on Monday" is a time adjunct, not part of the cue.
    source = "Kenyan President William Ruto and Ghanaian President John Mahama"
    assert ("agreed", source, ["to open a direct air route"]) in _table(record)
    assert _speaker_names(record, "agreed") == [("William Ruto", "John Mahama")]


def test_a_whose_source_speaks_for_its_antecedent() -> None:
    text = (
        "Kenyan President William Ruto hosted Ghanaian President John Mahama in Nairobi on Monday.\n\n"
        "Ruto later called Mahama, whose office said the two had discussed cocoa prices.\n"
    )
    record = extract(text)
    assert ("said", "whose office", ["the two had discussed cocoa prices"]) in _table(record)
    assert _speaker_names(record, "said") == [("John Mahama",)]


def test_a_whose_clause_ends_before_the_main_verb() -> None:
    text = "Ghanaian President John Mahama, whose aides said the visit was useful, flew home on Tuesday.\n"
    assert _table(extract(text)) == [("said", "whose aides", ["the visit was useful"])]


def test_whose_inside_a_content_opens_no_source() -> None:
    text = "The accord, whose terms were not published, was signed on Monday, officials said.\n"
    assert _table(extract(text)) == [
        ("said", "officials", ["The accord, whose terms were not published, was signed on Monday"])
    ]
