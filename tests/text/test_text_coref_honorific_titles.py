"""
A royal style before a title or name: "His Royal Highness the Crown Prince affirmed ...".

Gulf agencies write the style before the title ("His Royal Highness the Crown Prince", "His
Majesty King Abdullah"); its "His" is no pronoun for the last man named (in a phone call
report, the caller), so the title or name after it is who speaks. Paragraphs written for this
test; the events are made up.
"""

from __future__ import annotations

import pytest

from bilateral.text import extract

_CALL = (
    "Crown Prince Faisal bin Khalid Al Saud received a phone call today from President Omar"
    " Farouk of the Arab Republic of Egypt. The Egyptian President expressed his appreciation for"
    " the Kingdom's role. "
)


def _speakers(text: str) -> dict[str, list[str]]:
    record = extract(text)
    names = {a.id: a.name for a in record.actors}
    return {
        record.text(s.speaker_mention): [names[i] for i in s.speakers]
        for s in record.statements
        if s.speaker_mention is not None
    }


@pytest.mark.parametrize(
    "phrase",
    ["His Royal Highness the Crown Prince", "His Royal Highness Crown Prince Faisal bin Khalid"],
)
def test_the_title_after_the_style_is_the_speaker(phrase: str) -> None:
    spoken = _speakers(
        _CALL + phrase + " affirmed the Kingdom's keenness to continue coordination with Egypt."
    )
    assert spoken[phrase] == ["Faisal bin Khalid Al Saud"]


def test_a_bare_style_is_still_read_from_its_earlier_use() -> None:
    text = (
        "His Highness Sheikh Hamad bin Jassim Al Thani received Kenyan President Omar Kiprono. His"
        " Highness affirmed Qatar's support for the talks."
    )
    assert _speakers(text)["His Highness"] == ["Hamad bin Jassim Al Thani"]
