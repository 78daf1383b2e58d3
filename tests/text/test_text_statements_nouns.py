"""A reporting word used as a noun is not a cue: 'the 30-minute call that ...', 'his call that'."""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.text import extract

ANCHOR = dt.date(2023, 1, 10)


def cues(text: str) -> list[str]:
    record = extract(text, published=ANCHOR)
    return [text[s.cue.start : s.cue.end] for s in record.statements if s.cue is not None]


@pytest.mark.parametrize(
    "text",
    [
        "Kishida told reporters in Tokyo after the 30-minute call that Japan would stay close to its ally.",
        "The minister spoke after an hour-long call that both sides described as frank.",
        "Officials released a readout after the call that lasted well past midnight.",
        "The ambassador delivered the invitation that the palace had prepared weeks earlier.",
    ],
)
def test_call_and_invitation_as_nouns_are_not_cues(text: str) -> None:
    assert not any(cue.endswith(("call", "invitation")) for cue in cues(text))


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The foreign minister renewed his call for a ceasefire in the region.", "renewed his call for"),
        ("Officials in Kyiv called for an immediate halt to the strikes.", "called for"),
        (
            "The president extended an invitation to his counterpart to visit in the spring.",
            "extended an invitation",
        ),
    ],
)
def test_call_and_invitation_still_cue_their_complements(text: str, cue: str) -> None:
    assert cue in cues(text)
