"""
"according to" in the middle of a clause: "The deal, according to X, includes a clause on debt".

The source interrupts the clause between its subject and its verb; the content is both
halves. Snippets are written for this test in several outlets' styles;
none comes from the dev set or the probe articles.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from bilateral.text import extract

if TYPE_CHECKING:
    from bilateral.model import Record


def parts(record: Record) -> list[tuple[str | None, str, str]]:
    """(source, cue, content) of every statement, as text."""
    text = record.source.text
    out = []
    for s in record.statements:
        source = text[s.speaker_mention.start : s.speaker_mention.end] if s.speaker_mention else None
        cue = text[s.cue.start : s.cue.end] if s.cue else ""
        content = " ".join(text[c.start : c.end] for c in s.content)
        out.append((source, cue, content))
    return out


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (
            "The accord, according to three people briefed on it, sets a cap on steel tariffs.",
            "three people briefed on it",
            "The accord sets a cap on steel tariffs",
        ),
        (
            "The negotiations, according to diplomats, collapsed over fishing rights.",
            "diplomats",
            "The negotiations collapsed over fishing rights",
        ),
        (
            "The biggest hurdle, according to analysts, remains the status of the enclave.",
            "analysts",
            "The biggest hurdle remains the status of the enclave",
        ),
    ],
)
def test_the_clause_resumes_after_the_source(text: str, source: str, content: str) -> None:
    assert parts(extract(text)) == [(source, "according to", content)]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # The clause has its verb already: the participle after the source describes it.
        (
            "Exports fell 8%, according to a study by the central bank, published on Friday.",
            "Exports fell 8%",
        ),
        # A plural noun after the comma opens no verb.
        ("Ties are strong, according to Lopez, analysts at the bank and the ministry.", "Ties are strong"),
    ],
)
def test_no_resumption_without_a_bare_subject_and_a_verb(text: str, content: str) -> None:
    found = parts(extract(text))
    assert [c for _, _, c in found] == [content]
