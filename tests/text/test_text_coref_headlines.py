"""Surnames and titles in a headline name the people the story names in full."""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs
import pytest

from bilateral.model import Source, Span
from bilateral.text import default_pipeline
from bilateral.text._coref import resolve_speaker

if TYPE_CHECKING:
    from bilateral.text._document import Document


def _entities(text: str) -> Document:
    pipeline = default_pipeline()
    upto = pipeline.names.index("entities") + 1
    return attrs.evolve(pipeline, stages=pipeline.stages[:upto]).run(Source(text=text))


def _speaker(text: str, phrase: str) -> list[str]:
    doc = _entities(text)
    start = text.index(phrase)
    names = {a.id: a.name for a in doc.actors}
    return sorted(names[i] for i in resolve_speaker(doc, Span(start=start, end=start + len(phrase))))


_STORY = (
    "\n\nTEHRAN, Oct. 12 (IRNA) - Iranian Foreign Minister Seyed Abbas Araghchi and Indian"
    " External Affairs Minister Subrahmanyam Jaishankar discussed trade on Sunday."
)


@pytest.mark.parametrize(
    ("headline", "phrase", "expected"),
    [
        (
            "Araghchi, Indian counterpart discuss trade",
            "Araghchi, Indian counterpart",
            ["Seyed Abbas Araghchi"],
        ),
        ("EAM Jaishankar meets Araghchi, discusses trade", "EAM Jaishankar", ["Subrahmanyam Jaishankar"]),
        (
            "Iran's Araghchi, India's Jaishankar discuss trade",
            "Iran's Araghchi, India's Jaishankar",
            ["Seyed Abbas Araghchi", "Subrahmanyam Jaishankar"],
        ),
    ],
)
def test_headline_surnames_are_the_storys_people(headline: str, phrase: str, expected: list[str]) -> None:
    assert _speaker(headline + _STORY, phrase) == expected


def test_unknown_capitalised_words_in_a_headline_make_no_place() -> None:
    doc = _entities("Leaders Meet in Ankara to Ease Port Dispute" + _STORY)
    assert [p.name for p in doc.places if p.name in {"Leaders Meet", "Ease Port Dispute"}] == []
