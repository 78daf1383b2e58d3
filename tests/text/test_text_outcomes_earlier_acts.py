"""
Acts the story recalls are no outcomes of its meeting; "the two countries decided to" is one.

- "They upgraded their ties to a strategic partnership in 2014", "signed a defence pact in
  March 2023", "a fund, which Bogota proposed in June," (before the story's month): an earlier
  act, dated so. Without a publication date nothing is dropped, and "agreed to hold elections
  in 2027", "agreed to resume flights suspended in 2020" are kept.
- "The two countries decided to conclude talks by March", "both sides resolved to": an
  agreement, said of both sides only ("Petro decided to leave early" is none).

The paragraphs were written for these tests; the names are real office holders, the events
made up.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.model import OutcomeKind
from bilateral.text import extract

_HEAD = "Colombian President Gustavo Petro met Ecuadorian President Daniel Noboa in Quito on Tuesday. "


def _outcomes(
    sentence: str, published: dt.date | None = dt.date(2026, 11, 26)
) -> list[tuple[OutcomeKind, str]]:
    record = extract(_HEAD + sentence, published=published)
    (meeting,) = record.meetings
    return [(o.kind, o.text) for o in meeting.outcomes]


@pytest.mark.parametrize(
    "sentence",
    [
        "The two presidents upgraded their ties to a strategic partnership in 2014.",
        "Petro and Noboa signed a border security pact in March 2023 that neither has applied.",
        "Petro and Noboa signed a customs accord in June, weeks before the crisis.",
        "They reviewed the river fund, which Noboa proposed in June, and its first projects.",
    ],
)
def test_a_dated_earlier_act_is_no_outcome(sentence: str) -> None:
    assert _outcomes(sentence) == []


def test_without_a_publication_date_nothing_is_dropped() -> None:
    found = _outcomes("The two presidents upgraded their ties to a strategic partnership in 2014.", None)
    assert [kind for kind, _ in found] == [OutcomeKind.AGREEMENT]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Petro and Noboa agreed to finish the bridge over the Mira River in 2027.", OutcomeKind.AGREEMENT),
        ("Petro and Noboa agreed to resume flights suspended in 2020.", OutcomeKind.AGREEMENT),
        ("Petro and Noboa signed a customs accord in Quito on Tuesday.", OutcomeKind.AGREEMENT),
        ("Noboa proposed in the talks a joint patrol of the river.", OutcomeKind.PROPOSAL),
    ],
)
def test_a_present_act_is_kept(sentence: str, kind: OutcomeKind) -> None:
    assert [k for k, _ in _outcomes(sentence)] == [kind]


@pytest.mark.parametrize(
    "sentence",
    [
        "The two countries decided to reopen the Rumichaca crossing by March.",
        "Both sides resolved to set up a joint committee on migration.",
        "Petro and Noboa decided to reopen the Rumichaca crossing by March.",
    ],
)
def test_both_sides_deciding_is_an_agreement(sentence: str) -> None:
    assert [k for k, _ in _outcomes(sentence)] == [OutcomeKind.AGREEMENT]


@pytest.mark.parametrize(
    "sentence",
    [
        "Petro decided to leave the summit early.",
        "The court decided to suspend the tariffs.",
    ],
)
def test_one_side_deciding_is_no_agreement(sentence: str) -> None:
    assert _outcomes(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Noboa proposed last month that a joint fund pay for the dredging.",
        "Petro invited Noboa two months ago to visit Bogota.",
        "The two presidents signed a border pact last year, which is now in force.",
    ],
)
def test_an_act_of_last_month_or_year_is_no_outcome(sentence: str) -> None:
    assert _outcomes(sentence) == []


def test_last_years_level_is_no_date() -> None:
    found = _outcomes("Petro and Noboa signed a deal to double trade from last year's level.")
    assert [kind for kind, _ in found] == [OutcomeKind.AGREEMENT]


def test_deals_signed_since_an_earlier_year_are_background() -> None:
    found = _outcomes(
        "Ecuador has signed deals worth more than $2 billion for Colombian electricity since 2022, "
        "making it the largest buyer."
    )
    assert found == []


@pytest.mark.parametrize("published", [None, dt.date(2026, 11, 26)])
@pytest.mark.parametrize(
    "sentence",
    [
        "The presidents reviewed the energy contract signed in December, the border fund and migration.",
        "Petro and Noboa discussed the trade accord signed in July 2024 and new flights.",
    ],
)
def test_a_document_signed_in_a_month_is_background(sentence: str, published: dt.date | None) -> None:
    # A participle after a document noun, dated by a month: a signing the story recalls
    # (one at its meeting is dated by its day), with or without a publication date.
    assert not [k for k, _ in _outcomes(sentence, published) if k is OutcomeKind.AGREEMENT]


@pytest.mark.parametrize(
    "sentence",
    [
        "Petro and Noboa signed an energy contract in Quito.",
        "Petro and Noboa signed in the presence of their ministers a contract on energy.",
    ],
)
def test_a_signing_dated_by_its_day_or_place_is_kept(sentence: str) -> None:
    assert [k for k, _ in _outcomes(sentence, None)] == [OutcomeKind.AGREEMENT]
