"""
Speaker phrases found by probing new wire and broadcaster copy.

Snippets are written for this test; none is taken from the dev set or the probes.
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
            (
                "Ghanaian President John Mahama and his Togolese counterpart Faure Gnassingbe agreed"
                " to reopen the border on Monday."
            ),
            "Ghanaian President John Mahama and his Togolese counterpart Faure Gnassingbe",
            {"John Mahama", "Faure Gnassingbe"},
        ),
        (
            "Prime Minister Anthony Albanese and her deputy, Richard Marles, said nothing.",
            "Prime Minister Anthony Albanese",
            {"Anthony Albanese"},
        ),
    ],
)
def test_and_his_counterpart_joins_both(text: str, phrase: str, expected: set[str]) -> None:
    assert set(speaker_names(text, phrase)) == expected


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # The possessor's unrecorded reporter or official is not the possessor.
        (
            "Al Jazeera's Resul Serdar, reporting from Doha, said the convoy had left.",
            "Al Jazeera's Resul Serdar",
            [],
        ),
        # A possessor before an office noun still speaks for itself.
        (
            "Kenya's foreign ministry said the convoy had left the border town.",
            "Kenya's foreign ministry",
            ["Kenya's foreign ministry"],
        ),
    ],
)
def test_possessor_before_unrecorded_name(text: str, phrase: str, expected: list[str]) -> None:
    assert speaker_names(text, phrase) == expected


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # A common-noun head no mention covers: the appositive name is the speaker.
        (
            "The country's top diplomat, Maria Lopez, said the port would grow.",
            "The country's top diplomat, Maria Lopez,",
            ["Maria Lopez"],
        ),
        # A name that does not close the phrase is no appositive of its head.
        (
            "Officials close to Maria Lopez said the port would grow.",
            "Officials close to Maria Lopez",
            [],
        ),
    ],
)
def test_appositive_name_after_common_noun_head(text: str, phrase: str, expected: list[str]) -> None:
    assert speaker_names(text, phrase) == expected
