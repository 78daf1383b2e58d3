"""
Joint bodies: "the Qatari-Turkish Supreme Strategic Committee" belongs to neither country.

Two countries' demonyms joined by a hyphen before a body's name make it a joint
body; the demonym right before the name does not make it that country's. Paragraphs
written for this test; the events are made up.
"""

from __future__ import annotations

import pytest

from bilateral.model import Organization
from bilateral.text import extract

_OPENING = (
    "Qatari Emir Sheikh Tamim bin Hamad Al Thani received Turkish President Recep Tayyip "
    "Erdogan in Doha on Monday.\n\n"
)


def _countries(text: str) -> dict[str, str | None]:
    return {a.name: a.country for a in extract(text).actors if isinstance(a, Organization)}


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("the Qatari-Turkish Supreme Strategic Committee", "Supreme Strategic Committee"),
        ("the Turkish-Qatari Joint Economic Commission", "Joint Economic Commission"),
        ("the Turkish\u2013Qatari Business Forum", "Business Forum"),
    ],
)
def test_a_joint_body_has_no_country(phrase: str, name: str) -> None:
    text = _OPENING + f"The two leaders chaired a meeting of {phrase} and signed 12 agreements."
    assert _countries(text)[name] is None


def test_one_countrys_body_keeps_its_country() -> None:
    # Negative: a single demonym (or the same country twice) still gives the body's country.
    text = _OPENING + "The two leaders addressed the Turkish Grand National Assembly by video."
    assert _countries(text)["Grand National Assembly"] == "TR"
