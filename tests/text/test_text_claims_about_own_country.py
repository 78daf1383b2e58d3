"""
What a claim is about when it names a country by a possessive: "his country", "our nation".

"Anwar said his country would not accept ..." is about Malaysia: the country of whom the
pronoun refers to, or, for "our"/"my" and a reported "his government" opening the claim,
the speaker's country. Quoted, "his country" is someone else's than the speaker's. The
paragraphs are written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.model import Record, Source
from bilateral.text import Pipeline, default_pipeline

_MEETING = "Kenyan President William Ruto hosted Ugandan President Yoweri Museveni in Nairobi on Tuesday."


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return default_pipeline()


def _about(pipeline: Pipeline, text: str) -> dict[str, set[str]]:
    record: Record = pipeline.extract(Source(text=f"{_MEETING} {text}", published=dt.date(2026, 2, 11)))
    names = {a.id: a.name for a in record.actors}
    names.update((p.id, p.name) for p in record.places)
    return {c.text: {names[i] for i in c.about} for c in record.claims}


@pytest.mark.parametrize(
    ("text", "claim", "about"),
    [
        (
            "Museveni said his country would not accept any foreign base in the region.",
            "his country would not accept any foreign base in the region",
            {"Uganda"},
        ),
        (
            "Museveni said his government had no troops in South Sudan.",
            "his government had no troops in South Sudan",
            {"Uganda", "South Sudan"},
        ),
        (
            '"Our nation has nothing to fear from open trade," Museveni told reporters.',
            "Our nation has nothing to fear from open trade",
            {"Uganda"},
        ),
        (
            "Ruto said my government is not the problem in the region, quoting a letter.",
            "my government is not the problem in the region",
            {"Kenya"},
        ),
    ],
)
def test_a_possessive_country_is_the_owners(
    pipeline: Pipeline, text: str, claim: str, about: set[str]
) -> None:
    found = _about(pipeline, text)
    assert found[claim] == about


def test_quoted_his_country_is_not_the_speakers(pipeline: Pipeline) -> None:
    # Ruto speaking of Museveni: quoted, "his" is not Ruto, whom the pronoun may be tied to.
    found = _about(pipeline, 'Ruto said of his guest: "Too much sugar comes out of his country."')
    assert all("Kenya" not in about for about in found.values())


def test_his_before_another_noun_is_no_country(pipeline: Pipeline) -> None:
    # "his guests", "his party": not the country.
    found = _about(pipeline, "Museveni said his guests had been slow to pay for the pipeline.")
    assert all("Uganda" not in about for about in found.values())
