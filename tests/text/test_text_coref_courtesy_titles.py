"""
Speaker phrases opened by a courtesy title the entity stage keeps out of the name.

"Dr. Amina Okafor, the WHO envoy," names Amina Okafor: the title before the name, like
an article, is skipped to find the head. Snippets are written for this test; none is
taken from the dev set.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from collections.abc import Callable

_OKAFOR = (
    "Health Minister Amina Okafor of Nigeria met Ghanaian officials in Accra on Monday. "
    "Dr. Amina Okafor, the former head of the regional vaccine alliance, welcomed the deal."
)
_HALVORSEN = (
    "Norwegian mediator Erik Halvorsen arrived in Bogota on Tuesday for a second round. "
    "Prof. Erik Halvorsen, a veteran of the Oslo channel, said the talks would resume."
)


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        (_OKAFOR, "Dr. Amina Okafor, the former head of the regional vaccine alliance,", ["Amina Okafor"]),
        (_HALVORSEN, "Prof. Erik Halvorsen, a veteran of the Oslo channel,", ["Erik Halvorsen"]),
        # A second person introduced with the title and an appositive.
        (
            _OKAFOR + " Dr. Kwame Mensah, the head of the Accra clinic, disagreed.",
            "Dr. Kwame Mensah, the head of the Accra clinic,",
            ["Kwame Mensah"],
        ),
    ],
)
def test_a_courtesy_title_before_a_name_and_its_appositive(
    text: str, phrase: str, expected: list[str], resolved_speakers: Callable[[str, str], list[str]]
) -> None:
    assert resolved_speakers(text, phrase) == expected


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # The titled name owns the head: her aide is no one the story names.
        (_OKAFOR + " Dr. Okafor's aide, speaking to reporters, disagreed.", "Dr. Okafor's aide"),
        # A common noun after the title is no name: "Mr. Speaker" is no one here.
        (_HALVORSEN + " Mr. Speaker, the chamber said, would rule later.", "Mr. Speaker"),
    ],
)
def test_a_courtesy_title_does_not_make_a_speaker(
    text: str, phrase: str, resolved_speakers: Callable[[str, str], list[str]]
) -> None:
    assert resolved_speakers(text, phrase) == []
