"""
A document issued by someone speaks for its issuer: "according to a text released by Chile's
Foreign Ministry", "a summary issued by the Argentine presidency".

The paragraphs are written for these tests; the events are made up.
"""

from __future__ import annotations

import pytest

from bilateral.text import extract

_MET = "Chilean President Gabriel Boric met Argentine President Javier Milei in Santiago on Friday.\n\n"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            (
                "The two countries will share geological data, according to a text released by Chile's"
                " Foreign Ministry."
            ),
            "Foreign Ministry",
        ),
        (
            "The sides will study a rail link, according to a summary issued by the Argentine presidency.",
            "Argentine presidency",
        ),
        (
            "A document published by Chile's Foreign Ministry said the border would stay open.",
            "Foreign Ministry",
        ),
    ],
)
def test_the_issuer_of_a_document_speaks(sentence: str, speaker: str) -> None:
    record = extract(_MET + sentence)
    names = {a.id: a.name for a in record.actors}
    assert [[names[x] for x in s.speakers] for s in record.statements] == [[speaker]]


def test_a_text_without_an_issuer_has_no_speaker() -> None:
    record = extract(_MET + "The two countries will share data, according to the text of the deal.")
    assert [s.speakers for s in record.statements] == [()]
