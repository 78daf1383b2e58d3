"""
A "his"/"her" opening a reported claim is the speaker's only when its gender fits the speaker.

"Ruto said her country had imposed new fees", Ruto a "he" elsewhere in the story (or
"Mr. Ruto"), is about someone else's country: not Kenya. A speaker whose gender the story
does not tell, or one whose gender fits, keeps the speaker's country. The paragraphs are
written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.model import Record, Source
from bilateral.text import Pipeline, default_pipeline

_MEETING = (
    "Kenyan President William Ruto hosted Tanzanian President Samia Suluhu Hassan in Nairobi on Tuesday. "
    "Ruto told reporters he wanted a quick end to the long dispute over border fees."
)


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return default_pipeline()


def _about(pipeline: Pipeline, text: str, meeting: str = _MEETING) -> dict[str, set[str]]:
    record: Record = pipeline.extract(Source(text=f"{meeting} {text}", published=dt.date(2026, 3, 4)))
    names = {a.id: a.name for a in record.actors}
    names.update((p.id, p.name) for p in record.places)
    return {c.text: {names[i] for i in c.about} for c in record.claims}


@pytest.mark.parametrize(
    "text",
    [
        "Ruto said her country had imposed new fees on trucks crossing at the border.",
        "Speaking later, Ruto said her government must drop the levy before the end of the year.",
        "Ruto insisted that her administration was to blame for the delays at the crossing.",
    ],
)
def test_her_is_not_a_male_speakers_country(pipeline: Pipeline, text: str) -> None:
    found = _about(pipeline, text)
    assert found, "a claim is still made"
    assert all("Kenya" not in about for about in found.values())


def test_an_honorific_tells_the_speakers_gender(pipeline: Pipeline) -> None:
    meeting = "Kenyan President William Ruto hosted Tanzanian President Samia Suluhu Hassan in Nairobi."
    found = _about(pipeline, "Mr. Ruto said her government had raised the fees twice this year.", meeting)
    assert all("Kenya" not in about for about in found.values())


@pytest.mark.parametrize(
    ("text", "claim", "country"),
    [
        # The gender fits: the speaker's country, as before.
        (
            "Ruto said his government had cut the fees on Tanzanian maize.",
            "his government had cut the fees on Tanzanian maize",
            "Kenya",
        ),
        # A speaker whose gender the story does not tell keeps the speaker's country.
        (
            "Hassan said her government would review the fees within a month.",
            "her government would review the fees within a month",
            "Tanzania",
        ),
    ],
)
def test_a_fitting_or_untold_gender_keeps_the_speakers_country(
    pipeline: Pipeline, text: str, claim: str, country: str
) -> None:
    assert country in _about(pipeline, text)[claim]


def test_our_is_the_speakers_whatever_the_gender(pipeline: Pipeline) -> None:
    found = _about(pipeline, "Ruto said our country would not accept new fees at the border.")
    assert "Kenya" in found["our country would not accept new fees at the border"]


@pytest.mark.parametrize(
    ("text", "claim", "about"),
    [
        (
            "Hassan accused him of ignoring the fees agreed at the last summit.",
            "him of ignoring the fees agreed at the last summit",
            {"William Ruto"},
        ),
        (
            "Hassan blamed him for the long delays at the border crossing.",
            "him for the long delays at the border crossing",
            {"William Ruto"},
        ),
    ],
)
def test_the_accused_pronoun_is_what_the_claim_is_about(
    pipeline: Pipeline, text: str, claim: str, about: set[str]
) -> None:
    assert _about(pipeline, text)[claim] == about
