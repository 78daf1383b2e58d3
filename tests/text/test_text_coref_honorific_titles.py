"""
A royal style before a title or name: "His Royal Highness the Crown Prince affirmed ...".

Gulf agencies write the style before the title ("His Royal Highness the Crown Prince", "His
Majesty King Abdullah"); its "His" is no pronoun for the last man named (in a phone call
report, the caller), so the title or name after it is who speaks. Paragraphs written for this
test; the events are made up.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bilateral.model import Record

Speakers = Callable[[str | Record], dict[str, list[str]]]


_CALL = (
    "Crown Prince Faisal bin Khalid Al Saud received a phone call today from President Omar"
    " Farouk of the Arab Republic of Egypt. The Egyptian President expressed his appreciation for"
    " the Kingdom's role. "
)


@pytest.mark.parametrize(
    "phrase",
    ["His Royal Highness the Crown Prince", "His Royal Highness Crown Prince Faisal bin Khalid"],
)
def test_the_title_after_the_style_is_the_speaker(phrase: str, source_speakers: Speakers) -> None:
    spoken = source_speakers(
        _CALL + phrase + " affirmed the Kingdom's keenness to continue coordination with Egypt."
    )
    assert spoken[phrase] == ["Faisal bin Khalid Al Saud"]


def test_a_bare_style_is_still_read_from_its_earlier_use(source_speakers: Speakers) -> None:
    text = (
        "His Highness Sheikh Hamad bin Jassim Al Thani received Kenyan President Omar Kiprono. His"
        " Highness affirmed Qatar's support for the talks."
    )
    assert source_speakers(text)["His Highness"] == ["Hamad bin Jassim Al Thani"]
