"""
"The two diplomats", "both men": the pair who met, not the spokesperson or analyst just quoted.

The paragraphs are written for these tests. A spokesperson or an analyst is often the last
person named before "the two ...", because they are who reported the talks.
"""

from __future__ import annotations

import pytest

from bilateral.model import Source
from bilateral.text import default_pipeline
from bilateral.text._document import MentionKind

_MET = "Secretary of State Marco Rubio met Philippine Foreign Secretary Theresa Lazaro on Thursday. "


def _pairs(text: str) -> list[tuple[str, set[str]]]:
    doc = default_pipeline().run(Source(text=text))
    names = {a.id: a.name for a in doc.actors}
    return [
        (text[m.span.start : m.span.end], {names[x] for x in m.actors})
        for m in doc.mentions
        if m.kind is MentionKind.PLURAL and m.actors
    ]


@pytest.mark.parametrize(
    "reporter",
    [
        "spokesperson Tammy Bruce said",
        "said Gregory Poling, a senior fellow at the Center for Strategic and International Studies",
        "State Department spokeswoman Tammy Bruce told reporters",
    ],
)
@pytest.mark.parametrize("pair", ["The two diplomats", "The two men", "Both diplomats"])
def test_the_pair_skips_who_reported_the_talks(reporter: str, pair: str) -> None:
    text = f"{_MET}Rubio underscored the U.S. commitment, {reporter}. {pair} also discussed trade."
    assert _pairs(text) == [(pair, {"Marco Rubio", "Theresa Lazaro"})]


def test_a_spokesperson_who_is_one_of_two_people_named_is_still_counted() -> None:
    # Only two people are named: nobody else can be the pair.
    text = (
        "Foreign Minister Ana Duarte spoke to Bruno Lima, the ministry's spokesperson, on Monday."
        " The two women later issued a statement."
    )
    assert _pairs(text) == [("The two women", {"Ana Duarte", "Bruno Lima"})]
