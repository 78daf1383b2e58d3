"""
"The two sides", "the leaders": the pair who met, not who reported on it or opposes them.

A spokesperson who released the readout is no side of the talks, and a Secretary of State
(the head of "Secretary of State" is "Secretary") holds a government office as a minister
does; an opposition leader is none of "the leaders". Paragraphs written for this test; the
events are made up.
"""

from __future__ import annotations

import attrs

from bilateral.model import Source
from bilateral.text import default_pipeline


def _plural(text: str, phrase: str) -> list[str]:
    pipeline = default_pipeline()
    entities = attrs.evolve(pipeline, stages=pipeline.stages[: pipeline.names.index("entities") + 1])
    doc = entities.run(Source(text=text))
    names = {a.id: a.name for a in doc.actors}
    start = text.index(phrase)
    found = [m for m in doc.mentions if m.span.start == start and m.span.end == start + len(phrase)]
    assert found, phrase
    return sorted(names[i] for i in found[0].actors)


def test_the_sides_are_not_the_spokesperson() -> None:
    text = (
        "Ghanaian President John Mahama met U.S. Secretary of State Marco Rubio in Washington "
        "on Monday.\n\n"
        "Mahama said the talks were frank. According to a readout released by State Department "
        "spokesperson Tammy Bruce, the two sides agreed to resume cocoa trade talks in Accra."
    )
    assert _plural(text, "the two sides") == ["John Mahama", "Marco Rubio"]


def test_the_sides_can_be_two_spokespeople() -> None:
    # Negative: when the only people named are two spokespeople, they are still the pair.
    text = (
        "Kremlin spokesman Dmitry Peskov and Ukrainian presidential spokesman Serhiy Nykyforov "
        "spoke to reporters on Monday. Both sides said the exchange of prisoners was complete."
    )
    assert _plural(text, "Both sides") == ["Dmitry Peskov", "Serhiy Nykyforov"]


def test_the_leaders_are_not_the_opposition_leader() -> None:
    text = (
        "Czech Prime Minister Petr Fiala hosted Slovak Prime Minister Robert Fico in Prague on "
        "Friday.\n\n"
        "Opposition leader Andrej Babiš said in Brno that Fiala had given away too much. "
        "The leaders last met in Bratislava in June."
    )
    assert _plural(text, "The leaders") == ["Petr Fiala", "Robert Fico"]


def test_the_opposition_leaders_may_be_the_pair() -> None:
    # Negative: with no one else in power named, two opposition leaders are the leaders.
    text = (
        "Opposition leader Andrej Babiš met Slovak opposition leader Michal Šimečka in Brno on "
        "Friday. The leaders agreed to campaign together."
    )
    assert _plural(text, "The leaders") == ["Andrej Babiš", "Michal Šimečka"]
