"""Line blocks: a list item on its own line is never the continuation of the line above."""

from __future__ import annotations

import pytest

from bilateral.model import Span
from bilateral.text._segment import line_blocks, split_sentences


def blocks(text: str) -> list[str]:
    return [b.text(text) for b in line_blocks(text, Span(start=0, end=len(text)))]


@pytest.mark.parametrize("marker", ["- ", "* ", "\u2022 ", "1. ", "2) "])
def test_list_items_are_separate_blocks(marker: str) -> None:
    items = [
        "a joint committee on river transport, to report by June",
        "cooperation on cobalt refining in both countries",
    ]
    text = "Outcomes of the talks:\n" + "\n".join(f"{marker}{item}" for item in items)
    assert blocks(text) == ["Outcomes of the talks:", *(f"{marker}{item}" for item in items)]


def test_a_hard_wrapped_paragraph_is_still_joined() -> None:
    text = (
        "The ministers of Zambia and Congo agreed on a joint committee on river transport that\n"
        "will report to both governments by June, officials said."
    )
    assert blocks(text) == [text]


def sentences(text: str) -> list[str]:
    return [s.text(text) for s in split_sentences(text, [Span(start=0, end=len(text))])]


def test_a_numbered_item_keeps_its_number() -> None:
    text = (
        "The envoys settled three points:\n\n"
        "1. A joint patrol of Lake Kivu, from March.\n\n"
        "12. A hotline between the two defense ministries. It opens in May."
    )
    assert sentences(text) == [
        "The envoys settled three points:",
        "1. A joint patrol of Lake Kivu, from March.",
        "12. A hotline between the two defense ministries.",
        "It opens in May.",
    ]


def test_a_list_run_on_inside_a_paragraph_keeps_its_numbers() -> None:
    # Pages flattened to one line run the list on after a colon.
    text = (
        "The envoys settled two points: 1. A joint patrol of Lake Kivu. "
        "2. A hotline between the two defense ministries. Kagame welcomed both."
    )
    assert sentences(text) == [
        "The envoys settled two points: 1. A joint patrol of Lake Kivu.",
        "2. A hotline between the two defense ministries.",
        "Kagame welcomed both.",
    ]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # A number ending a sentence is no list marker, nor are three digits.
        ("The talks were delayed until 5.", "Ruto arrived late."),
        ("Kagame and Tshisekedi ranked the issues from 1 to 5.", "Security came first."),
    ],
)
def test_a_number_inside_a_sentence_still_ends_it(first: str, second: str) -> None:
    assert sentences(f"{first} {second}") == [first, second]


def test_a_three_digit_number_alone_is_a_sentence_of_its_own() -> None:
    assert sentences("Article 112. The envoys met.") == ["Article 112.", "The envoys met."]
