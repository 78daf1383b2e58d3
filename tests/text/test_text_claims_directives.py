"""
Requests and imperatives are no claims; a capital opening a claim stands for its country.

The paragraphs are written for these tests, in the styles of wire and broadcaster reports.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.model import Record, Source
from bilateral.text import Pipeline, default_pipeline

PUBLISHED = dt.date(2026, 10, 7)
LEAD = (
    "Senegalese President Bassirou Diomaye Faye met Mauritanian President Mohamed Ould "
    "Ghazouani in Nouakchott on Monday to discuss the shared gas field off their coast. "
)


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return default_pipeline()


def _record(pipeline: Pipeline, text: str) -> Record:
    return pipeline.extract(Source(text=text, published=PUBLISHED))


@pytest.mark.parametrize(
    "quote",
    [
        "\u201cWe ask our partners in Europe to buy our gas at a fair price,\u201d Faye said.",
        "\u201cWe invite investors from the Gulf to come to Dakar,\u201d Faye said.",
        "\u201cPlease, come and see the platforms for yourselves,\u201d Faye told reporters.",
        "\u201cLet us not waste this chance for the two peoples,\u201d Faye said.",
        "\u201cWe request that the fishing communities be compensated first,\u201d Faye said.",
        "\u201cWe thank our Mauritanian brothers for their patience,\u201d Faye said.",
    ],
)
def test_a_request_or_an_imperative_is_no_claim(pipeline: Pipeline, quote: str) -> None:
    record = _record(pipeline, LEAD + quote)
    assert [s for s in record.statements if s.cue is not None]  # the quote is attributed
    assert record.claims == ()


@pytest.mark.parametrize(
    ("quote", "claim"),
    [
        (
            "\u201cWe asked the operator for the figures in May, and it sent them,\u201d Faye said. ",
            None,
        ),
        (
            "Faye said the field had produced 2.3 million tonnes of gas since January.",
            "the field had produced 2.3 million tonnes of gas since January",
        ),
        (
            "Faye said Mauritania had asked the World Bank for a loan of $300 million in 2024.",
            "Mauritania had asked the World Bank for a loan of $300 million in 2024",
        ),
    ],
)
def test_facts_about_requests_made_stay_claims(pipeline: Pipeline, quote: str, claim: str | None) -> None:
    texts = [c.text for c in _record(pipeline, LEAD + quote).claims]
    assert texts == ([claim] if claim else [])


def test_a_capital_opening_a_claim_is_its_country(pipeline: Pipeline) -> None:
    record = _record(
        pipeline,
        LEAD + "Alioune Sall, a researcher at the Futures Africa Institute, said Dakar had paid "
        "more than $200 million toward the project since 2019. \u201cNouakchott blinked "
        "first on the tariffs,\u201d he said.",
    )
    about = {c.text: c.about for c in record.claims}
    assert about["Dakar had paid more than $200 million toward the project since 2019"] == ("senegal",)
    assert about["Nouakchott blinked first on the tariffs"] == ("mauritania",)


def test_a_capital_later_in_the_claim_stays_a_place(pipeline: Pipeline) -> None:
    record = _record(
        pipeline,
        LEAD + "Alioune Sall, a researcher at the Futures Africa Institute, said more than 40 "
        "trucks a day crossed from Rosso to Dakar last year.",
    )
    (claim,) = record.claims
    assert "dakar" in claim.about
    assert "senegal" not in claim.about


@pytest.mark.parametrize(
    "opening",
    ["During their talks in Nouakchott, ", "At the meeting, ", "Later on Monday, "],
)
def test_what_a_person_said_at_the_talks_after_a_fronted_phrase_is_no_claim(
    pipeline: Pipeline, opening: str
) -> None:
    record = _record(
        pipeline,
        LEAD + f"{opening}Faye said Senegal would sell its share of the gas to Europe, "
        "according to a Mauritanian official.",
    )
    assert record.claims == ()


def test_a_fact_after_a_fronted_phrase_stays_a_claim(pipeline: Pipeline) -> None:
    record = _record(
        pipeline,
        LEAD + "A Mauritanian official said that during the past year, the field had produced "
        "2.3 million tonnes of gas.",
    )
    assert [c.text for c in record.claims] == [
        "during the past year, the field had produced 2.3 million tonnes of gas"
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Mauritania's government spokesman denied that Mauritanian boats had fished in Senegalese waters.",
        "Faye rejected claims that Senegal had sold its share of the gas to a Chinese company.",
        "Faye dismissed reports that the two countries had quarrelled over the pipeline route.",
        "Ghazouani stressed the need for closer cooperation between the two navies in the Atlantic.",
        "Faye underlined the importance of the field for the economies of both countries.",
        "Ghazouani stressed the need for regional integration and underlined the importance of the field.",
    ],
)
def test_denials_and_stressed_needs_are_no_claims(pipeline: Pipeline, sentence: str) -> None:
    assert _record(pipeline, LEAD + sentence).claims == ()


@pytest.mark.parametrize(
    ("sentence", "claim"),
    [
        (
            "Ghazouani acknowledged that the project was two years behind schedule.",
            "the project was two years behind schedule",
        ),
        (
            "Faye said the need for gas in Europe had grown sharply since 2022.",
            "the need for gas in Europe had grown sharply since 2022",
        ),
    ],
)
def test_admissions_and_facts_about_needs_stay_claims(pipeline: Pipeline, sentence: str, claim: str) -> None:
    assert [c.text for c in _record(pipeline, LEAD + sentence).claims] == [claim]


def test_an_analysts_reading_of_the_meeting_is_a_claim(pipeline: Pipeline) -> None:
    record = _record(
        pipeline,
        LEAD + "Alioune Sall, a researcher at the Futures Africa Institute, said the visit showed "
        "that Dakar was trying to split Nouakchott from Rabat.",
    )
    assert [c.text for c in record.claims] == [
        "the visit showed that Dakar was trying to split Nouakchott from Rabat"
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # Said by one of the sides, the same reading describes the encounter.
        "Faye said the visit showed that the two peoples were one family.",
        # What the meeting did is the meeting itself, whoever reports it.
        "Alioune Sall, a researcher at the Futures Africa Institute, said the talks lasted three hours.",
    ],
)
def test_a_side_reading_its_meeting_or_the_meeting_itself_is_no_claim(
    pipeline: Pipeline, sentence: str
) -> None:
    assert _record(pipeline, LEAD + sentence).claims == ()


@pytest.mark.parametrize(
    "quote",
    [
        "\u201cGood to welcome President Ghazouani. Discussed our gas field,\u201d Faye wrote on X.",
        "\u201cDelighted to receive my brother President Ghazouani at the palace,\u201d Faye posted on X.",
        "\u201cIt was a great pleasure to call on President Ghazouani in Nouakchott,\u201d Faye said.",
        "\u201cWe were honoured to host the delegation from Mauritania,\u201d Faye said.",
    ],
)
def test_a_greeting_is_no_claim(pipeline: Pipeline, quote: str) -> None:
    record = _record(pipeline, LEAD + quote)
    assert [s for s in record.statements if s.cue is not None]  # the quote is attributed
    assert record.claims == ()


@pytest.mark.parametrize(
    ("quote", "claim"),
    [
        # The speaker's country glad to do something is no greeting of the guest.
        (
            "Faye said Senegal was glad to host 40 Mauritanian fishing boats in Saint-Louis last year.",
            "Senegal was glad to host 40 Mauritanian fishing boats in Saint-Louis last year",
        ),
        # Glad to see a fact: the fact is the point.
        (
            "\u201cGood to see the field produce 2.3 million tonnes of gas since January,\u201d Faye said.",
            "Good to see the field produce 2.3 million tonnes of gas since January",
        ),
    ],
)
def test_gladness_about_a_fact_stays_a_claim(pipeline: Pipeline, quote: str, claim: str) -> None:
    assert [c.text for c in _record(pipeline, LEAD + quote).claims] == [claim]
