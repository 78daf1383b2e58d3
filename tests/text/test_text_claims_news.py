"""
Claims in short news paragraphs written for these tests (not from the dev set).

A claim is a proposition its speaker asserts and someone could check. These paragraphs
mix such claims with what is not one: promises, announced acts, hopes, descriptions of the
meeting itself, evaluations, conditionals and prescriptions, and a headline that restates
the body.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.model import Record, Source
from bilateral.text import Pipeline, default_pipeline
from bilateral.text._claims import first_sentence

PUBLISHED = dt.date(2026, 11, 26)


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return default_pipeline()


def _claims(pipeline: Pipeline, text: str) -> list[tuple[set[str], str]]:
    record: Record = pipeline.extract(Source(text=text, published=PUBLISHED))
    return [({record.actor(a).name.split()[-1] for a in c.claimants}, c.text) for c in record.claims]


def _texts(pipeline: Pipeline, text: str) -> list[str]:
    return [t for _, t in _claims(pipeline, text)]


def test_a_factual_assertion_is_a_claim(pipeline: Pipeline) -> None:
    found = _claims(
        pipeline,
        "Indian Foreign Minister Subrahmanyam Jaishankar said bilateral trade with Russia had "
        "tripled in the past two years.",
    )
    assert found == [({"Jaishankar"}, "bilateral trade with Russia had tripled in the past two years")]


def test_an_assurance_is_a_commitment_not_a_claim(pipeline: Pipeline) -> None:
    texts = _texts(
        pipeline,
        "German Chancellor Olaf Scholz assured Polish Prime Minister Donald Tusk that Germany "
        "will keep its brigade in Lithuania.",
    )
    assert texts == []


def test_an_announced_act_of_the_speaker_is_not_a_claim(pipeline: Pipeline) -> None:
    texts = _texts(
        pipeline,
        "The European Union said it would release a further 50 million euros in aid. "
        "Japanese Prime Minister Fumio Kishida announced that Tokyo would lift export curbs "
        "on three chemicals.",
    )
    assert texts == []


def test_a_hope_or_an_aim_is_not_a_claim(pipeline: Pipeline) -> None:
    texts = _texts(
        pipeline,
        "French President Emmanuel Macron said France hopes to conclude the trade deal by "
        "spring. Spanish Prime Minister Pedro Sanchez said Madrid aims to double its exports "
        "to Morocco.",
    )
    assert texts == []


def test_what_the_speaker_says_of_the_meeting_is_not_a_claim(pipeline: Pipeline) -> None:
    texts = _texts(
        pipeline,
        "Brazilian President Luiz Inacio Lula da Silva met Chinese President Xi Jinping in "
        "Beijing on Friday. Lula said the talks had been frank and productive. Lula said the "
        "two leaders agreed on most points.",
    )
    assert texts == []


def test_evaluations_conditionals_and_prescriptions_are_not_claims(pipeline: Pipeline) -> None:
    texts = _texts(
        pipeline,
        "Analyst Maria Costa said it is too early to judge the outcome of the summit. "
        "Costa said the deal helps only if both sides keep their word. "
        "Costa said Washington should have moved sooner.",
    )
    assert texts == []


def test_a_claim_about_a_third_party_survives_among_them(pipeline: Pipeline) -> None:
    found = _claims(
        pipeline,
        "Philippine Foreign Secretary Enrique Manalo said Chinese coast guard ships had fired "
        "water cannon at a Philippine supply boat near the Second Thomas Shoal. Manalo said "
        "Manila hopes to settle the dispute through dialogue.",
    )
    shelling = "Chinese coast guard ships had fired water cannon at a Philippine supply boat near the "
    assert found == [({"Manalo"}, shelling + "Second Thomas Shoal")]


def test_a_quote_is_judged_on_its_first_sentence(pipeline: Pipeline) -> None:
    found = _claims(
        pipeline,
        "“Russian forces have shelled the port every night this week,” Ukrainian Foreign "
        "Minister Andrii Sybiha said. “If they continue, we will ask for more air defense.”",
    )
    assert [who for who, _ in found] == [{"Sybiha"}]
    assert "Russian forces have shelled the port every night this week" in found[0][1]


def test_first_sentence_keeps_abbreviations() -> None:
    assert first_sentence("the U.S. is ready. Then more") == "the U.S. is ready."
    assert first_sentence("“Trade grew 5%. It will grow more.") == "Trade grew 5%."
    assert first_sentence("no end here") == "no end here"


def test_a_report_of_the_meeting_itself_is_not_a_claim(pipeline: Pipeline) -> None:
    texts = _texts(
        pipeline,
        "President Joe Biden spoke by phone with Israeli Prime Minister Benjamin Netanyahu on "
        "Sunday, the White House said.",
    )
    assert texts == []


def test_an_act_of_the_speakers_country_is_a_commitment_a_position_is_a_claim(pipeline: Pipeline) -> None:
    found = _claims(
        pipeline,
        "German Chancellor Olaf Scholz said Germany would send additional air defence systems to "
        "Ukraine. Japanese Foreign Minister Yoko Kamikawa said Japan would support the candidacy of "
        "Singapore. Scholz said European defence spending had risen by 20 percent last year.",
    )
    assert [t for _, t in found] == [
        "Japan would support the candidacy of Singapore",
        "European defence spending had risen by 20 percent last year",
    ]
