"""
Sources with a modifier after their head noun: "an executive at one of the companies said".

The prepositional phrase names where the source works or what it speaks for; when its
object is counted ("one of the", "two countries") it is still part of the source. Snippets
are written for this test; none comes from the dev set or the probe articles.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from bilateral.text import extract

if TYPE_CHECKING:
    from bilateral.model import Record


def sources(record: Record) -> list[str | None]:
    """The source of every statement, as text."""
    text = record.source.text
    return [
        text[s.speaker_mention.start : s.speaker_mention.end] if s.speaker_mention else None
        for s in record.statements
    ]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "A lawyer for one of the jailed reporters, who asked not to be named, said the trial was a sham.",
            "A lawyer for one of the jailed reporters",
        ),
        ("An aide to one of the ministers said the meeting ran late.", "An aide to one of the ministers"),
        ("Diplomats from three countries said the vote would be delayed.", "Diplomats from three countries"),
        (
            "Analysts at several of the big banks said the currency would weaken.",
            "Analysts at several of the big banks",
        ),
    ],
)
def test_a_counted_object_stays_in_the_source(text: str, source: str) -> None:
    assert sources(extract(text)) == [source]


def test_a_participle_before_the_preposition_is_no_source() -> None:
    # "reviewed" is a verb of the clause, so "reviewed on two occasions" opens no source.
    text = "The plan was reviewed on two occasions written up by the committee."
    assert sources(extract(text)) == []


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "The two presidents also toured the port, stressing the need for faster customs checks.",
            "The two presidents",
        ),
        ("The ministers later signed a protocol, noting that trade had tripled.", "The ministers"),
    ],
)
def test_an_adverb_before_the_first_verb_is_not_the_shared_source(text: str, source: str) -> None:
    assert sources(extract(text)) == [source]


def test_a_subject_without_an_adverb_is_kept_whole() -> None:
    text = "The leaders of both nations toured the port, stressing the need for faster customs checks."
    assert sources(extract(text)) == ["The leaders of both nations"]


def _table(record: Record) -> list[tuple[str | None, str, list[str]]]:
    text = record.source.text
    return [
        (
            text[s.speaker_mention.start : s.speaker_mention.end] if s.speaker_mention else None,
            text[s.cue.start : s.cue.end] if s.cue else "",
            [text[c.start : c.end] for c in s.content],
        )
        for s in record.statements
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The envoys met for two hours in what Cairo's spokesman described as a “candid” exchange.",
            ("Cairo's spokesman", "described", ["what", "as a “candid” exchange"]),
        ),
        (
            "Drills come amid what Baltic officials describe as rising pressure from Moscow, and fuel rose.",
            ("Baltic officials", "describe", ["what", "as rising pressure from Moscow"]),
        ),
    ],
)
def test_a_free_relative_described_as_is_a_statement(text: str, expected: tuple[str, str, list[str]]) -> None:
    assert _table(extract(text)) == [expected]


def test_what_without_an_as_phrase_is_no_description() -> None:
    text = "The envoys did what the treaty required of them."
    assert _table(extract(text)) == []


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        (
            "Liberal Democratic Party floor leader Aiko Tanabe said the budget vote would be delayed.",
            "Liberal Democratic Party floor leader Aiko Tanabe",
        ),
        (
            "Senate majority whip Dara Okonkwo said the treaty would be ratified next month.",
            "Senate majority whip Dara Okonkwo",
        ),
    ],
)
def test_a_word_qualifying_an_office_after_an_institution_stays_in_the_source(
    sentence: str, source: str
) -> None:
    assert sources(extract("Budget talks\n\n" + sentence)) == [source]


def test_a_verb_before_an_office_still_ends_the_source() -> None:
    # "met" is the clause's verb: the source is the relative pronoun, not the visitor.
    record = extract("Budget talks\n\nTanabe met opposition leader Ren Ito, who said the vote was rushed.")
    assert sources(record) == ["who"]


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        (
            "Zambian officials and their Malawian counterparts said the rail link would open in May.",
            "Zambian officials and their Malawian counterparts",
        ),
        (
            "Ghanaian traders and Togolese customs officers said the queues had shortened.",
            "Ghanaian traders and Togolese customs officers",
        ),
        # A clause before "and" is still no first conjunct.
        (
            "Farmers gathered in Lilongwe and Malawian officials said the fuel had arrived.",
            "Malawian officials",
        ),
    ],
)
def test_two_groups_joined_keep_the_first_after_a_capitalised_adjective(sentence: str, source: str) -> None:
    assert sources(extract("Border talks\n\n" + sentence)) == [source]
