"""
Documents and who issued them: "a Kremlin readout", "a statement by <title> <name>".

A government's seat before a document noun or a spokesperson noun ("a White House readout",
"a Kremlin spokesman") stands for the government, as the seat before "said" does; and "a
statement by X" is X's, with or without a participle ("released by", "issued by").
Paragraphs written for this test; the events are made up.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bilateral.model import Record

Speakers = Callable[[str | Record], dict[str, list[str]]]

_OPENING = (
    "Russian President Vladimir Putin spoke by phone with Kazakh President Kassym-Jomart "
    "Tokayev on Wednesday.\n\n"
)


@pytest.mark.parametrize(
    ("sentence", "source", "speaker"),
    [
        (
            "According to a Kremlin readout, Putin thanked Tokayev for the grain corridor.",
            "a Kremlin readout",
            "Kremlin",
        ),
        (
            "A Kremlin statement said the two presidents would meet in Astana in May.",
            "A Kremlin statement",
            "Kremlin",
        ),
        (
            "A Kremlin spokesman said Putin had accepted the invitation.",
            "A Kremlin spokesman",
            "Kremlin",
        ),
        (
            (
                "According to a statement by Kazakh presidential spokesman Ruslan Zheldibay, "
                "the two men discussed the pipeline."
            ),
            "a statement by Kazakh presidential spokesman Ruslan Zheldibay",
            "Ruslan Zheldibay",
        ),
    ],
)
def test_the_issuer_speaks(sentence: str, source: str, speaker: str, source_speakers: Speakers) -> None:
    assert source_speakers(_OPENING + sentence)[source] == [speaker]


def test_a_seat_as_a_place_stays_a_place(source_speakers: Speakers) -> None:
    # Negative: "the Kremlin" where a statement is read out is the building; the speaker is
    # the person who read it.
    text = _OPENING + "Tokayev said in a statement at the Kremlin that the talks were useful."
    assert source_speakers(text)["Tokayev"] == ["Kassym-Jomart Tokayev"]


def test_a_statement_by_an_unnamed_person_is_theirs(source_speakers: Speakers) -> None:
    # Negative: the document's author is a person no mention names: the unnamed official (a
    # group of one), not the president or the country named before.
    text = _OPENING + "According to a statement by a senior Kazakh official, the deal was close."
    assert source_speakers(text)["a statement by a senior Kazakh official"] == ["Kazakh official"]
