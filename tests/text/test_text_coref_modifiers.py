"""
Speaker phrases opened by lower-case modifiers no mention covers ("presidential spokesman ...").

Snippets are written for this test; none is taken from the dev set.
"""

from __future__ import annotations

import pytest

from bilateral.model import Source, Span
from bilateral.text._coref import resolve_speaker
from bilateral.text._document import Document
from bilateral.text._entities import EntityStage


def speaker_names(text: str, phrase: str) -> list[str]:
    doc = Document(source=Source(text=text))
    EntityStage()(doc)
    start = text.index(phrase)
    ids = resolve_speaker(doc, Span(start=start, end=start + len(phrase)))
    names = {a.id: a.name for a in doc.actors}
    return [names[i] for i in ids]


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        (
            "The border will stay open, presidential spokesman Ahmed Fahmy added.",
            "presidential spokesman Ahmed Fahmy",
            ["Ahmed Fahmy"],
        ),
        (
            "Nothing has been agreed yet, veteran negotiator Maria Lopez told reporters.",
            "veteran negotiator Maria Lopez",
            ["Maria Lopez"],
        ),
    ],
)
def test_lower_case_modifiers_before_the_name(text: str, phrase: str, expected: list[str]) -> None:
    assert speaker_names(text, phrase) == expected


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("A statement posted on a page for Mauritius said the deal was signed.", "a page for Mauritius"),
        ("Leaders of both Kenya and Uganda said the pact would hold.", "Leaders of both Kenya and Uganda"),
    ],
)
def test_a_complement_is_not_the_head(text: str, phrase: str) -> None:
    assert speaker_names(text, phrase) == []
