"""
Relative clauses hung on an appositive: "Milei, a libertarian economist who once called ...".

The paragraphs are written for these tests; the clause-after-comma cases keep their reading.
"""

from __future__ import annotations

import pytest

from bilateral.text import extract


def _rows(text: str) -> list[tuple[tuple[str, ...], str | None, str | None, str]]:
    """(speaker names, source, cue, content) of every statement, in text order."""
    record = extract(text)
    names = {a.id: a.name for a in record.actors}
    rows: list[tuple[tuple[str, ...], str | None, str | None, str]] = []
    for s in record.statements:
        source = None if s.speaker_mention is None else text[s.speaker_mention.start : s.speaker_mention.end]
        cue = None if s.cue is None else text[s.cue.start : s.cue.end]
        content = " ".join(text[c.start : c.end] for c in s.content)
        rows.append((tuple(names[x] for x in s.speakers), source, cue, content))
    return rows


_INTRO = "Chilean President Gabriel Boric received Peruvian President Dina Boluarte in Santiago on Monday. "


def test_the_pronoun_after_an_appositive_is_the_name_before_it() -> None:
    rows = _rows(
        _INTRO + "Boluarte, a former lawyer who once called Boric “a meddler,” struck a softer tone."
    )
    assert rows == [(("Dina Boluarte",), "who", "once called", "Boric “a meddler,”")]


@pytest.mark.parametrize(("opening", "closing"), [("“", "”"), ('"', '"')])
def test_the_clause_closed_inside_quotation_marks_ends_the_content(opening: str, closing: str) -> None:
    rows = _rows(
        _INTRO + f"Boluarte, who once called Boric {opening}a meddler,{closing} struck a softer tone."
    )
    assert rows == [(("Dina Boluarte",), "who", "once called", f"Boric {opening}a meddler,{closing}")]


def test_the_name_with_its_appositive_speaks_after_the_clause() -> None:
    rows = _rows(
        _INTRO
        + "Boric, the young leftist who has decried “unfair mining rules,” said the accord was balanced."
    )
    assert rows[-1] == (("Gabriel Boric",), "Boric, the young leftist", "said", "the accord was balanced")
    assert rows[0][1:] == ("who", "has decried", "“unfair mining rules,”")


def test_a_restrictive_clause_without_a_comma_is_left_alone() -> None:
    # No comma before "the" or "who": "the officials who ..." is a plain noun phrase.
    rows = _rows(_INTRO + "The officials who drafted the accord said it was balanced.")
    assert [(source, cue) for _, source, cue, _ in rows] == [("The officials who drafted the accord", "said")]
