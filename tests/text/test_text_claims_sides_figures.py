"""
A figure about the speaker's country and its counterpart is a claim; words about the two are not.

"Putin said Russia and Kazakhstan had increased trade by nearly 10%" states a quantity a
fact-checker can look up; "Russia and Kazakhstan are reliable partners" stays relationship
talk. The paragraphs are written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.model import Record, Source
from bilateral.text import Pipeline, default_pipeline

LEAD = (
    "MOSCOW, November 10. /TASS/. Russian President Vladimir Putin held talks with Kazakh President "
    "Kassym-Jomart Tokayev in the Kremlin on Monday. "
)


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return default_pipeline()


def _texts(pipeline: Pipeline, text: str) -> list[str]:
    record: Record = pipeline.extract(Source(text=LEAD + text, published=dt.date(2026, 11, 10)))
    return [c.text for c in record.claims]


@pytest.mark.parametrize(
    ("sentence", "claim"),
    [
        (
            "Putin said Russia and Kazakhstan had increased trade by nearly 10% over the past year.",
            "Russia and Kazakhstan had increased trade by nearly 10% over the past year",
        ),
        (
            "Tokayev told reporters that Kazakhstan and Russia traded goods worth $28 billion last year.",
            "Kazakhstan and Russia traded goods worth $28 billion last year",
        ),
        (
            "Putin noted that Russia and Kazakhstan had shipped 12 million tonnes of grain through the port.",
            "Russia and Kazakhstan had shipped 12 million tonnes of grain through the port",
        ),
    ],
)
def test_a_figure_about_the_two_sides_is_a_claim(pipeline: Pipeline, sentence: str, claim: str) -> None:
    assert claim in _texts(pipeline, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Putin said Russia and Kazakhstan are reliable partners with a long tradition of friendship.",
        "Tokayev said Kazakhstan and Russia have been close allies for more than 30 years.",
        "Putin said Russia and Kazakhstan had held 2 rounds of consultations on the pipeline.",
    ],
)
def test_words_about_the_two_sides_are_no_claim(pipeline: Pipeline, sentence: str) -> None:
    assert _texts(pipeline, sentence) == []
