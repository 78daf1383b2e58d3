"""
"The statement said": a document referred back to speaks for whoever issued it.

The paragraphs are written for these tests; the names are real office holders, the events
made up.
"""

from __future__ import annotations

import pytest

from bilateral.text import extract

_GHANA = (
    "Ghana's foreign minister Samuel Okudzeto Ablakwa met Togo's foreign minister in Lome."
    " The two discussed border security, according to a statement issued by the Ghanaian"
    " Foreign Ministry. They also agreed to meet again in Accra, the statement said."
)
_EGYPT = (
    "The Egyptian Foreign Ministry said in a statement that the talks had been frank. The"
    " ministers will meet again next month, the statement added."
)


@pytest.mark.parametrize("text", [_GHANA, _EGYPT])
def test_the_statement_speaks_for_its_issuer(text: str) -> None:
    statements = extract(text).statements
    issued, referred = statements[-2], statements[-1]
    assert referred.speakers
    assert referred.speakers == issued.speakers


def test_a_document_never_mentioned_before_has_no_speaker() -> None:
    statements = extract("The ministers will meet again next month, the statement said.").statements
    assert [s.speakers for s in statements] == [()]
