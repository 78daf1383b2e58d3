"""
Cues whose object is no proposition: what is claimed as one's due, a warning against an act,
and a cue ending in "on" (a demand or a topic).

"Modi claimed responsibility for the breakthrough", "Modi warned Pakistan against any
misadventure", "Sharif insisted on a dialogue over Kashmir" are no claims; "Sharif claimed
Indian troops had fired on villages", "Sharif insisted Pakistan had done nothing wrong" stay
claims. The paragraphs are written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.model import Record, Source
from bilateral.text import Pipeline, default_pipeline

LEAD = (
    "Indian Prime Minister Narendra Modi held talks with Pakistani Prime Minister Shehbaz Sharif "
    "in New Delhi on Monday. "
)


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return default_pipeline()


def _texts(pipeline: Pipeline, sentence: str) -> list[str]:
    record: Record = pipeline.extract(Source(text=LEAD + sentence, published=dt.date(2026, 11, 3)))
    return [c.text for c in record.claims]


@pytest.mark.parametrize(
    "sentence",
    [
        "Modi claimed responsibility for the breakthrough on visas.",
        "Sharif claimed victory in the long dispute over the river waters.",
        "China claimed sovereignty over the islands in the South China Sea.",
        "Sharif claimed credit for reopening the Kartarpur corridor to pilgrims.",
        "Modi warned Pakistan against any misadventure along the Line of Control.",
        "Modi warned Islamabad not to test India's patience on the border.",
        "Sharif insisted on a dialogue over Kashmir before any trade deal.",
        "Sharif commented on the visit by Indian officials to Lahore last month.",
    ],
)
def test_objects_that_are_no_proposition(pipeline: Pipeline, sentence: str) -> None:
    assert _texts(pipeline, sentence) == []


@pytest.mark.parametrize(
    ("sentence", "claim"),
    [
        (
            "Sharif claimed Indian troops had fired on villages near Sialkot.",
            "Indian troops had fired on villages near Sialkot",
        ),
        (
            "Indian officials claimed that Pakistani drones had crossed the border 40 times this year.",
            "Pakistani drones had crossed the border 40 times this year",
        ),
        ("Sharif insisted Pakistan had done nothing wrong.", "Pakistan had done nothing wrong"),
        (
            "Modi warned the dispute against the backdrop of elections had derailed the talks.",
            "the dispute against the backdrop of elections had derailed the talks",
        ),
        (
            "Modi accused Pakistan of harbouring militants who attacked Indian soldiers.",
            "Pakistan of harbouring militants who attacked Indian soldiers",
        ),
    ],
)
def test_propositions_stay_claims(pipeline: Pipeline, sentence: str, claim: str) -> None:
    assert _texts(pipeline, sentence) == [claim]
