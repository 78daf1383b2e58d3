"""
A named aide after a possessive determiner speaks: "according to his spokesman, Bayo Adeyemi".

The paragraphs are written for these tests. The determiner says whom the aide works for (the
entity stage gives the aide that country); the speaker is the person named. An aide no name
follows still speaks for whom the determiner stands for.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from bilateral.text import extract

if TYPE_CHECKING:
    from bilateral.model import Record


def _speakers(record: Record) -> list[list[str]]:
    names = {a.id: a.name for a in record.actors}
    return [[names[x] for x in s.speakers] for s in record.statements]


@pytest.mark.parametrize(
    "tail",
    [
        "according to his spokesman, Bayo Adeyemi.",
        "according to his spokesman Bayo Adeyemi.",
        "his spokesman Bayo Adeyemi said.",
        "his spokesman, Bayo Adeyemi, told reporters.",
    ],
)
def test_the_named_aide_is_the_speaker(tail: str) -> None:
    record = extract(f"Ghanaian President John Mahama welcomed the plan on Monday, {tail}")
    assert _speakers(record) == [["Bayo Adeyemi"]]


def test_an_unnamed_spokesman_still_speaks_for_whom_he_works_for() -> None:
    # No name follows: the spokesman speaks for the president, as before.
    record = extract("Ghanaian President John Mahama welcomed the plan on Monday, his spokesman said.")
    assert _speakers(record) == [["John Mahama"]]


def test_a_possessive_pronoun_alone_is_still_resolved() -> None:
    # "his office" has no name after the determiner: the office speaks for its holder.
    record = extract(
        "Ghanaian President John Mahama met the envoy on Monday. The talks were useful, his office said."
    )
    assert _speakers(record)[-1] == ["John Mahama"]


@pytest.mark.parametrize(
    "source",
    [
        "The Taliban administration's chief spokesman, Zabihullah Mujahid, said",
        "The Kremlin press office's spokesman, Dmitry Peskov, said",
    ],
)
def test_an_aide_after_a_longer_possessive_phrase_speaks(source: str) -> None:
    # The possessive mark closes "Taliban administration", not the name "Taliban" alone.
    record = extract(f"Officials from both sides met in Doha on Monday. {source} the talks went well.")
    assert _speakers(record)[-1] == [source.split(", ")[1]]
