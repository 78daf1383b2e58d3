"""Sentence segmentation: an abbreviation's period before a quotation that opens a sentence."""

from __future__ import annotations

import pytest

from bilateral.model import Span
from bilateral.text._segment import split_sentences


def sentences(text: str) -> list[str]:
    return [s.text(text) for s in split_sentences(text, [Span(start=0, end=len(text))])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "She said Accra wanted ties with the U.S. \u201cIt is a wager on Washington,\u201d she added.",
            [
                "She said Accra wanted ties with the U.S.",
                "\u201cIt is a wager on Washington,\u201d she added.",
            ],
        ),
        (
            'The aid came from the U.K. "We asked and they delivered," the minister said.',
            ["The aid came from the U.K.", '"We asked and they delivered," the minister said.'],
        ),
        (
            "The contract went to Boskalis Inc. \u201cThat was our choice,\u201d he said.",
            ["The contract went to Boskalis Inc.", "\u201cThat was our choice,\u201d he said."],
        ),
    ],
)
def test_quotation_after_abbreviation_starts_a_sentence(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # A quoted modifier after the abbreviation is in lower case.
        "Analysts doubted the U.S. \u201cmaximum pressure\u201d campaign would work.",
        # A title keeps its name, quoted nickname or not.
        "He met Gen. \u201cTiger\u201d Hassan in Khartoum.",
        "It was signed at 10 a.m. on Friday in Lima.",
    ],
)
def test_abbreviation_before_lower_case_quotation_stays_inside(text: str) -> None:
    assert sentences(text) == [text]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # German and Polish copy opens quotations low and closes them with U+201C or U+2018.
        (
            "Merz named Frankfurt (Oder) and G\u00f6rlitz.",
            "\u201eWe will not build a new wall,\u201c Merz said.",
        ),
        ("\u201eWe are ready.\u201c", "The chancellor said nothing more."),
        ("Tusk agreed.", "\u201aNot now,\u2018 he said."),
    ],
)
def test_low_quotation_marks_open_and_close_sentences(first: str, second: str) -> None:
    assert sentences(f"{first} {second}") == [first, second]
