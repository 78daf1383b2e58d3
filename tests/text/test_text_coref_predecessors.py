"""
"Giang's predecessor", "Ruto's successor": another person than the possessor.

A person's predecessor or successor in office is someone else: as the source of a statement
it is an unnamed person (or the one named after it), never the possessor. Paragraphs written
for this test; the events are made up.
"""

from __future__ import annotations

from collections.abc import Callable

from bilateral.model import Record

Speakers = Callable[[str | Record], dict[str, list[str]]]

_OPENING = (
    "Thai Defense Minister Sutin Klungsang met Cambodian Defense Minister Tea Seiha in Bangkok on Monday.\n\n"
)


def test_a_predecessor_is_not_the_possessor(source_speakers: Speakers) -> None:
    text = _OPENING + "Seiha's predecessor told reporters in Phnom Penh that the border talks had stalled."
    assert source_speakers(text)["Seiha's predecessor"] == []


def test_a_successor_is_not_the_possessor(source_speakers: Speakers) -> None:
    text = _OPENING + "Sutin's successor told reporters the talks would go on."
    assert source_speakers(text)["Sutin's successor"] == []


def test_a_named_predecessor_speaks(source_speakers: Speakers) -> None:
    # Negative: the name set off after the relation is who speaks.
    text = _OPENING + "Seiha's predecessor, Tea Banh, told reporters the talks had stalled."
    assert source_speakers(text)["Seiha's predecessor, Tea Banh,"] == ["Tea Banh"]


def test_the_possessor_still_speaks_for_himself(source_speakers: Speakers) -> None:
    # Negative: the possessive with a stance noun leaves the speaker alone.
    text = _OPENING + "Seiha told reporters that his predecessor had started the talks."
    assert source_speakers(text)["Seiha"] == ["Tea Seiha"]
