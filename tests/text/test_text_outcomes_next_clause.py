"""
An outcome's text ends where a new clause with its own subject begins after ", and".

"Tinubu proposed a joint venture to produce ethanol, and Lula agreed to send a mission" gave the
proposal the whole agreement too; "invited Lee to visit Astana, and Lee accepted" the answer.
A serial comma before the last item of a list ("trade, energy, and Nigerian flights") goes on.

The paragraphs were written for these tests in the styles of Reuters and Yonhap. The names are
real office holders; the events are made up.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.text import extract

PUBLISHED = dt.date(2025, 7, 19)  # a Saturday

_CALL = (
    "Ghanaian President John Mahama received a phone call from Kenyan President William Ruto on Thursday.\n\n"
)


def _texts(sentence: str) -> list[str]:
    return [o.text for m in extract(_CALL + sentence, published=PUBLISHED).meetings for o in m.outcomes]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Ruto proposed a joint venture to produce vaccines, and Mahama agreed to send a team to Nairobi.",
            "proposed a joint venture to produce vaccines",
        ),
        (
            "Ruto invited Mahama to visit Nairobi next year, and Mahama accepted the invitation.",
            "invited Mahama to visit Nairobi next year",
        ),
        (
            "Ruto invited Mahama to visit Nairobi next year, and he accepted.",
            "invited Mahama to visit Nairobi next year",
        ),
    ],
)
def test_a_new_clause_after_and_ends_the_outcome(sentence: str, expected: str) -> None:
    assert expected in _texts(sentence)


def test_a_serial_comma_before_a_named_item_does_not_end_it() -> None:
    texts = _texts("The two leaders agreed to boost trade, energy, and Kenya Airways flights to Accra.")
    assert "agreed to boost trade, energy, and Kenya Airways flights to Accra" in texts, texts
