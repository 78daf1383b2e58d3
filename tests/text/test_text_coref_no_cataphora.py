"""
A definite description in the body refers back: "the Vietnamese leader" is never someone named later.

Descriptions the forward pass cannot link are resolved at the end of the text, where the only
person holding the office may be one the story names after the phrase ("Later, Vietnamese
Prime Minister Pham Minh Chinh spoke"). In the body that person is no antecedent; a headline's
"Colombian President" still names the person the story introduces below. Paragraphs written
for this test; the events are made up.
"""

from __future__ import annotations

from collections.abc import Callable

from bilateral.model import Record

Speakers = Callable[[str | Record], dict[str, list[str]]]


def test_the_leader_is_not_a_minister_named_later(source_speakers: Speakers) -> None:
    text = (
        "Talks in Vientiane\n\n"
        "Party chief Nguyen Van Binh of Vietnam met Lao President Thongloun Sisoulith on Thursday."
        " The Vietnamese leader proposed closer cooperation in energy.\n\n"
        "Later, Vietnamese Prime Minister Pham Minh Chinh said trade had doubled."
    )
    assert "Pham Minh Chinh" not in source_speakers(text)["The Vietnamese leader"]


def test_a_headline_title_still_names_the_person_introduced_below(source_speakers: Speakers) -> None:
    text = (
        "Kenyan President Says Talks With Uganda Went Well\n\n"
        "Kenyan President William Ruto said on Monday that talks with Uganda had gone well."
    )
    assert source_speakers(text)["Kenyan President"] == ["William Ruto"]
