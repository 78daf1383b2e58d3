"""
A verb ends the appositive after a name: the title after it is someone else's.

"Sheikh Mohammed, also met the Iranian foreign minister, Abbas Araghchi": the appositive
reader skipped lower-case words looking for a title and took the object's office for the
subject. Paragraphs written for this test; the events are made up.
"""

from __future__ import annotations

import pytest

from bilateral.model import Person
from bilateral.text import extract


def _roles(text: str) -> dict[str, list[tuple[str, str | None]]]:
    return {a.name: [(r.title, r.of) for r in a.roles] for a in extract(text).actors if isinstance(a, Person)}


@pytest.mark.parametrize(
    "sentence",
    [
        "Oman's Foreign Minister, Badr Albusaidi, later met the Iranian foreign minister, Abbas Araghchi.",
        "Kenya's Foreign Minister, Musalia Mudavadi, also visited the Ugandan president, Yoweri Museveni.",
    ],
)
def test_the_objects_title_is_not_the_subjects(sentence: str) -> None:
    roles = _roles(sentence)
    subject = next(iter(roles))
    assert [title for title, _ in roles[subject]] == ["Foreign Minister"]


def test_an_appositive_title_after_modifiers_is_still_read() -> None:
    roles = _roles(
        "Talks opened in Nairobi. Musalia Mudavadi, the veteran Kenyan foreign minister, said little."
    )
    assert roles["Musalia Mudavadi"] == [("Foreign Minister", "kenya")]


def test_a_title_before_a_speech_verb_after_a_comma_is_a_tag_not_an_apposition() -> None:
    record = extract(
        "Chinese Premier Li Qiang met Hungarian Prime Minister Viktor Orban in Beijing on Monday."
        " China welcomes Hungary's role in the Danube Trade Expo, the premier said, adding"
        " that trade would grow."
    )
    names = {a.id: a.name for a in record.actors}
    assert not any("Expo" in name for name in names.values())
    assert all(s.speakers for s in record.statements)
