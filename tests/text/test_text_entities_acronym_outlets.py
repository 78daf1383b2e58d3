"""
An acronym before the noun for a body's kind names that body: "the MAP news agency reported".

"state news agency ONA" (the name after the noun) was read; the same body written the other
way round ("the MAP news agency", "the ISNA agency", "The NTV channel") made nothing, and the
statement had no speaker. Lines written for this test; the events are made up.
"""

from __future__ import annotations

import pytest

from bilateral.model import Organization
from bilateral.text import extract


def _speakers(text: str) -> list[list[str]]:
    record = extract(text)
    names = {a.id: a.name for a in record.actors}
    return [[names[i] for i in s.speakers] for s in record.statements]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("The king received the Mauritanian envoy, the AIP news agency reported.", "AIP"),
        ("The two ministers spoke by phone, the ISNA agency said.", "ISNA"),
        ("The NTV channel said the talks would resume in Ankara.", "NTV"),
    ],
)
def test_an_acronym_before_a_kind_of_body_is_that_body(text: str, body: str) -> None:
    assert _speakers(text) == [[body]]


def test_the_kind_noun_itself_in_capitals_is_no_body() -> None:
    record = extract("The NGO group said the border should reopen.")
    assert not [a for a in record.actors if isinstance(a, Organization)]
