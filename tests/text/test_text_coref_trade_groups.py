"""A demonym before the people of a trade ("French cognac makers") names a group, not the state."""

from __future__ import annotations

import pytest

from bilateral.text import extract

_LEAD = "French President Emmanuel Macron met Chinese President Xi Jinping in Beijing on Monday. "


def _speakers(text: str) -> list[tuple[str, ...]]:
    return [s.speakers for s in extract(_LEAD + text).statements]


@pytest.mark.parametrize(
    ("sentence", "group"),
    [
        ("French cognac makers said the tariffs hurt exports.", "french-cognac-makers"),
        ("Chinese exporters said the new duties would cut sales.", "chinese-exporters"),
        ("U.S. soybean farmers said the deal came too late.", "u-s-soybean-farmers"),
    ],
)
def test_the_people_of_a_trade_speak_for_themselves(sentence: str, group: str) -> None:
    assert _speakers(sentence)[-1] == (group,)


def test_a_countrys_officials_are_still_its_officials() -> None:
    speakers = _speakers("French officials said the tariffs hurt exports.")
    assert speakers[-1] == ("french-officials",)


def test_the_country_itself_still_speaks() -> None:
    speakers = _speakers("France said the tariffs hurt exports.")
    assert speakers[-1] == ("france",)


def test_a_country_subject_with_its_verb_is_no_trade_group() -> None:
    record = extract(_LEAD + "France welcomes investors from China, Macron said.")
    assert not any(a.kind.value == "group" and "investors" in a.name for a in record.actors)
