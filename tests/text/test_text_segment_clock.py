"""Sentence segmentation after a clock time ("9 p.m.") and "approx."."""

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
            "The envoy landed at 9 p.m. Haftar met him at once.",
            ["The envoy landed at 9 p.m.", "Haftar met him at once."],
        ),
        ("Talks ended at 11 P.M. Officials left.", ["Talks ended at 11 P.M.", "Officials left."]),
    ],
)
def test_a_name_after_a_clock_time_starts_a_sentence(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The envoy landed at 10 a.m. Tuesday in Tripoli.",
        "The envoy landed at 9 p.m. GMT in Tripoli.",
        "The envoy landed at 8 p.m. Tripoli time on Friday.",
        "The envoy landed at 7 a.m. Eastern on Friday.",
        "The envoy landed at 10 a.m. Sept. 4 in Tripoli.",
        "The talks lasted approx. 3 hours in Tripoli.",
    ],
)
def test_what_goes_on_a_clock_time_stays_in_the_sentence(text: str) -> None:
    assert sentences(text) == [text]
