"""
"A spokesman for <principal>": the speaker is whom the spokesperson speaks for.

"His spokesperson said" and "a State Department spokesperson said" resolve to the principal;
"a spokesman for the president" and "a spokeswoman for the Foreign Ministry" say the same with
"for", and now resolve the same way. Paragraphs written for these tests; the names are made up.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bilateral.model import Record

Speakers = Callable[[str | Record], dict[str, list[str]]]

_MEETING = "President Daniel Okafor met Prime Minister Lena Brandt in Abuja on Wednesday. "


@pytest.mark.parametrize(
    ("phrase", "principal"),
    [
        ("A spokesman for the president", "Daniel Okafor"),
        ("A spokeswoman for the prime minister", "Lena Brandt"),
        ("A spokesperson for the State Department", "State Department"),
    ],
)
def test_the_principal_after_for_is_the_speaker(
    phrase: str, principal: str, source_speakers: Speakers
) -> None:
    spoken = source_speakers(_MEETING + phrase + " said the talks had been constructive.")
    assert spoken[phrase] == [principal]


def test_a_possessive_spokesperson_agrees(source_speakers: Speakers) -> None:
    spoken = source_speakers(_MEETING + "His spokesperson said the talks had been constructive.")
    assert spoken["His spokesperson"] == ["Daniel Okafor"]


def test_a_spokesman_for_no_one_named_stays_unresolved(
    resolved_speakers: Callable[[str, str], list[str]],
) -> None:
    # Near miss: "the talks" is no person or body.
    text = _MEETING + "A spokesman for the talks said they had been constructive."
    assert resolved_speakers(text, "A spokesman for the talks") == []


def test_a_named_spokesman_after_the_principal_is_who_speaks(source_speakers: Speakers) -> None:
    # Near miss: the name set off after the phrase is the speaker, not the principal.
    spoken = source_speakers(
        _MEETING + "A spokesman for the president, Tunde Bello, said the talks had been constructive."
    )
    assert ["Tunde Bello"] in spoken.values()
