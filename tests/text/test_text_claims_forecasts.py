"""
Forecasts, hedges and moods are not claims; the facts next to them stay claims.

Analysts quoted in news reports mix checkable facts ("Russian mercenaries operate in three
countries") with forecasts ("X will probably become ...", "it could take years"), hedged
guesses ("the drones may have been diverted") and impressions of a mood ("there was a lot of
anxiety in the capital"). Only the facts are claims. The paragraphs are written for these
tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.model import Record, Source
from bilateral.text import Pipeline, default_pipeline
from bilateral.text._claims import _MOOD, _not_fact

PUBLISHED = dt.date(2026, 5, 14)


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return default_pipeline()


def _texts(pipeline: Pipeline, text: str) -> list[str]:
    record: Record = pipeline.extract(Source(text=text, published=PUBLISHED))
    return [c.text for c in record.claims]


def test_an_analysts_forecast_is_not_a_claim_but_his_fact_is(pipeline: Pipeline) -> None:
    texts = _texts(
        pipeline,
        "Mozambique will probably remain the main buyer of South African power for a decade, "
        "said Thandiwe Nkosi, an energy analyst in Johannesburg. Nkosi said Mozambique had "
        "imported 40% more electricity from South Africa last year than in 2023.",
    )
    assert texts == ["Mozambique had imported 40% more electricity from South Africa last year than in 2023"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ortega said the canal project could take another ten years to finish.",
        "Ortega said the vessels might have been Chinese.",
        "Ortega said Honduras was likely to sign the treaty within a month.",
        "Ortega said Honduras is expected to sign the treaty within a month.",
        "Ortega said Honduras would never be a reliable partner for Managua.",
        "Ortega said the region will always remain dependent on remittances.",
        # Schedules and plans.
        "Ortega said work on the new bridge would begin in October.",
        "Ortega said the last Honduran observers would leave by the end of July.",
        "Ortega said the two foreign ministers are to meet again in Tegucigalpa.",
        "Ortega said the vote is scheduled to take place in November.",
        # A trip to come.
        "Ortega said the vice president would fly to Tegucigalpa on Friday.",
        "Ortega said his foreign minister will travel to San Pedro Sula next week.",
        # Hopes and non-answers.
        "Ortega said Nicaragua looked forward to closer ties with Honduras.",
        # Scheduled or planned for a time, or a subject still to come up.
        "Ortega said the next joint exercise is scheduled for early next year.",
        "Ortega said the next round of consultations was planned for the spring in Tegucigalpa.",
        "Ortega said the question of remittances would also come up at the summit.",
        "Ortega said farmers would keep smuggling coffee as long as prices differed.",
        # A title's period does not cut the forecast off after "Mr." or "Dr.".
        "Ortega said Mr. Castro's government would probably cut fuel imports next year.",
        "Ortega said Dr. Rosales might have lost the vote in the assembly.",
    ],
)
def test_a_hedged_or_forecast_proposition_is_not_a_claim(pipeline: Pipeline, sentence: str) -> None:
    text = "Nicaraguan President Daniel Ortega met Honduran officials in Managua on Monday. " + sentence
    assert _texts(pipeline, text) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # A negated "could" reports what did not happen, a fact.
        "Ortega said Honduran troops could not reach the flooded villages.",
        # "May" the month is not the modal.
        "Ortega said Honduras had closed the border crossing in May.",
        # A future act with a lexical verb is left to the commitment rules, not this one.
        "Ortega said the new road will cut the trip to Tegucigalpa by two hours.",
        # A trip made is a fact.
        "Ortega said the vice president had flown to Tegucigalpa twice since January.",
    ],
)
def test_a_fact_next_to_a_modal_word_stays_a_claim(pipeline: Pipeline, sentence: str) -> None:
    text = "Nicaraguan President Daniel Ortega met Honduran officials in Managua on Monday. " + sentence
    assert len(_texts(pipeline, text)) == 1


def test_a_mood_is_not_a_claim(pipeline: Pipeline) -> None:
    texts = _texts(
        pipeline,
        "Maria Lindqvist, a researcher at the Swedish Institute of International Affairs, told "
        "reporters there was growing unease in Helsinki about the pace of talks. Lindqvist said "
        "the mood among Finnish diplomats was gloomy. She said there had been four rounds of talks "
        "since January.",
    )
    assert texts == ["there had been four rounds of talks since January"]


@pytest.mark.parametrize(
    "head",
    [
        "there is still a great deal of uncertainty",
        "there was a lot of anxiety in Accra",
        "there's been too much killing",
        "For three years now, there's been too much destruction",
        "There has been growing frustration with Brussels",
        "the atmosphere at the talks was tense",
    ],
)
def test_mood_phrases(head: str) -> None:
    assert _MOOD.match(head)


@pytest.mark.parametrize(
    "head",
    [
        "there have been no discussions about China playing a role",
        "there were 40 ships in the port",
        "the hopes of farmers were dashed by the ban",
    ],
)
def test_facts_with_there_are_not_moods(head: str) -> None:
    assert _MOOD.match(head) is None


@pytest.mark.parametrize(
    "head",
    [
        "it could be hard",
        "Exports may fall",
        "talks will probably resume",
        "Kenya would not be ready",
        "Kenya values China as a partner",
    ],
)
def test_hedge_phrases(head: str) -> None:
    assert _not_fact(head)


@pytest.mark.parametrize(
    "head",
    [
        "talks began in May",
        "May 9 was the date",
        "they could not agree",
        "New Delhi would support the deal",
        "it was due to rain",
        "they share values and interests",
    ],
)
def test_plain_statements_are_not_hedges(head: str) -> None:
    assert not _not_fact(head)


def test_a_forecast_after_a_short_lead_in_is_not_a_claim(pipeline: Pipeline) -> None:
    # The cue cuts the quotation after "That said,": the point is in the second part.
    texts = _texts(
        pipeline,
        "Pedro Gomes, a researcher at the Lisbon Institute, told reporters that Angola had "
        "repaid $3 billion of its Chinese debt since 2023. “That said,” he added, “Luanda would "
        "not be ready to borrow from Beijing again.” “Look,” he said, “Angola has sold more "
        "oil to India than to China since March.”",
    )
    assert texts == [
        "Angola had repaid $3 billion of its Chinese debt since 2023",
        # The interrupted quotation's fragments lose their own marks.
        "Look, Angola has sold more oil to India than to China since March",
    ]


def test_no_comment_is_not_a_claim(pipeline: Pipeline) -> None:
    text = (
        "Nicaraguan President Daniel Ortega met Honduran officials in Managua on Monday. "
        "Asked about the meeting, the U.S. State Department said it had no comment on the talks."
    )
    assert _texts(pipeline, text) == []
