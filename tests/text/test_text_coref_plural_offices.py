"""
Speaker phrases naming office holders by country, a leader's office, and capitalised modifiers.

Snippets are written for this test; none is taken from the dev set.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from collections.abc import Callable

_LEDE = (
    "The prime ministers of Latvia and Estonia pledged on Monday to build a joint air defense"
    " line. Latvian Prime Minister Ilze Berzina and Estonian Prime Minister Kaarel Tamm signed"
    " the plan in Riga."
)


def test_a_plural_office_of_two_countries_is_their_two_holders_named_later(
    resolved_speakers: Callable[[str, str], list[str]],
) -> None:
    assert resolved_speakers(_LEDE, "The prime ministers of Latvia and Estonia") == [
        "Ilze Berzina",
        "Kaarel Tamm",
    ]


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # The story names the leaders, not the foreign ministers: no one holds that office.
        (
            (
                "Latvian Prime Minister Ilze Berzina met Estonian Prime Minister Kaarel Tamm. The"
                " foreign ministers of Latvia and Estonia will meet next month."
            ),
            "The foreign ministers of Latvia and Estonia",
        ),
        # A plural noun that is no office.
        (
            (
                "Latvian Prime Minister Ilze Berzina met Estonian Prime Minister Kaarel Tamm. The"
                " citizens of Latvia and Estonia want calm."
            ),
            "The citizens of Latvia and Estonia",
        ),
    ],
)
def test_no_holder_no_speaker(
    text: str, phrase: str, resolved_speakers: Callable[[str, str], list[str]]
) -> None:
    assert resolved_speakers(text, phrase) == []


def test_a_leaders_media_office_speaks_for_the_leader(
    resolved_speakers: Callable[[str, str], list[str]],
) -> None:
    text = (
        "Kenyan President William Ruto met Ugandan President Yoweri Museveni on Friday. Ruto"
        " accepted an invitation, the Ugandan president's press office said."
    )
    assert resolved_speakers(text, "the Ugandan president's press office") == ["Yoweri Museveni"]


def test_a_sentence_initial_modifier_before_a_descriptor(
    resolved_speakers: Callable[[str, str], list[str]],
) -> None:
    text = "The talks ended. Security analyst Jomo Kariuki, of the Nairobi Policy Forum, said little changed."
    assert resolved_speakers(text, "Security analyst Jomo Kariuki, of the Nairobi Policy Forum,") == [
        "Jomo Kariuki"
    ]


@pytest.mark.parametrize(
    "phrase",
    [
        "Algeria's energy minister",
        "An Egyptian government adviser",
        "A senior U.S. trade envoy",
    ],
)
def test_an_unnamed_person_is_not_the_country_or_body_that_qualifies_them(
    phrase: str, resolved_speakers: Callable[[str, str], list[str]]
) -> None:
    text = f"Ghanaian President John Mensah met Egyptian President Omar Farouk. {phrase} said it went well."
    assert resolved_speakers(text, phrase) == []


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("A State Department spokesperson", ["State Department"]),
        ("Mensah's spokesman", ["John Mensah"]),
        ("Ghana's Mensah and a U.S. envoy", ["John Mensah"]),
    ],
)
def test_a_spokesperson_speaks_for_whom_they_serve(
    phrase: str, expected: list[str], resolved_speakers: Callable[[str, str], list[str]]
) -> None:
    text = f"Ghanaian President John Mensah met Egyptian President Omar Farouk. {phrase} said it went well."
    assert resolved_speakers(text, phrase) == expected
