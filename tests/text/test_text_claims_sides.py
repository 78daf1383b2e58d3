"""
What a side says about itself and its counterpart, or about what a person said or did at
the talks, is not a claim; a fact about either country stays one.

The paragraphs are written for these tests, in the styles of state news agencies and wire
reports.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.model import Record, Source
from bilateral.text import Pipeline, default_pipeline

PUBLISHED = dt.date(2026, 9, 3)


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return default_pipeline()


def _texts(pipeline: Pipeline, text: str) -> list[str]:
    record: Record = pipeline.extract(Source(text=text, published=PUBLISHED))
    return [c.text for c in record.claims]


def test_the_speakers_country_with_its_counterpart_is_relationship_talk(pipeline: Pipeline) -> None:
    texts = _texts(
        pipeline,
        "Vietnamese Foreign Minister Bui Thanh Son held talks with Chilean Foreign Minister "
        "Alberto van Klaveren in Hanoi on Tuesday. Son said Vietnam and Chile are reliable "
        "partners with a long tradition of friendship. He said Vietnam exported more than "
        "$1.2 billion worth of goods to Chile last year.",
    )
    assert texts == ["Vietnam exported more than $1.2 billion worth of goods to Chile last year"]


def test_two_other_countries_as_the_subject_stay_a_claim(pipeline: Pipeline) -> None:
    texts = _texts(
        pipeline,
        "Brazilian President Luiz Inacio Lula da Silva met Portuguese Prime Minister Luis "
        "Montenegro in Lisbon on Friday. Lula said Russia and Ukraine had exchanged more than "
        "1,000 prisoners since June.",
    )
    assert texts == ["Russia and Ukraine had exchanged more than 1,000 prisoners since June"]


@pytest.mark.parametrize(
    "inner",
    [
        "Ramaphosa thanked Lourenco for Angola's help in the Great Lakes talks",
        "Ramaphosa reaffirmed South Africa's support for the Lobito corridor",
        "Ramaphosa expressed concern about the drought in southern Angola",
        "Ramaphosa told Lourenco that South African banks were ready to invest",
        # An adverb, an auxiliary or a quotation mark before the verb.
        "Ramaphosa also invited Lourenco to visit Pretoria in the spring",
        "Ramaphosa had asked Lourenco to send a delegation to the energy talks",
        "Ramaphosa “underscored the importance of the Lobito corridor” for both economies",
        "Angolan Foreign Minister Tete Antonio also attended the talks at the palace",
        # A pronoun for the person.
        "he promised to send a trade mission to Luanda before the end of the year",
        # An honorific before the name, with or without its period; an aside before the verb.
        "Mr Ramaphosa reaffirmed South Africa's support for the Lobito corridor",
        "Dr. Ramaphosa had thanked Lourenco for Angola's help in the Great Lakes talks",
        "Mr Ramaphosa, for his part, said South African banks were ready to invest in Angola",
        # A relative clause after the name; a request or a possibility raised at the talks.
        "Ramaphosa, who arrived in Luanda on Tuesday evening, thanked Lourenco for the welcome",
        "Ramaphosa also raised the possibility of direct flights between Luanda and Durban",
        "Ramaphosa had raised Pretoria's request for faster visas for South African truckers",
    ],
)
def test_what_a_person_said_at_the_talks_is_not_the_speakers_claim(pipeline: Pipeline, inner: str) -> None:
    text = (
        "South African President Cyril Ramaphosa met Angolan President Joao Lourenco in "
        f"Luanda on Wednesday. The South African presidency said {inner}."
    )
    assert _texts(pipeline, text) == []


def test_a_fact_about_a_person_stays_a_claim(pipeline: Pipeline) -> None:
    texts = _texts(
        pipeline,
        "South African President Cyril Ramaphosa met Angolan President Joao Lourenco in "
        "Luanda on Wednesday. Opposition leader Adalberto Costa Junior said Lourenco's government "
        "had borrowed $4 billion from Chinese banks since 2022.",
    )
    assert texts == ["Lourenco's government had borrowed $4 billion from Chinese banks since 2022"]


def test_what_a_person_said_by_his_spokesman_is_no_claim(pipeline: Pipeline) -> None:
    texts = _texts(
        pipeline,
        "South African President Cyril Ramaphosa met Angolan President Joao Lourenco in "
        "Luanda on Wednesday. Ramaphosa, according to his spokesman, described the talks as "
        '"frank, friendly and forward-looking."',
    )
    assert texts == []


def test_a_fact_about_a_person_after_a_relative_clause_stays_a_claim(pipeline: Pipeline) -> None:
    texts = _texts(
        pipeline,
        "South African President Cyril Ramaphosa met Angolan President Joao Lourenco in "
        "Luanda on Wednesday. Opposition leader Adalberto Costa Junior said Lourenco, who took "
        "office in 2017, had borrowed $4 billion from Chinese banks since 2022.",
    )
    assert texts == [
        "Lourenco, who took office in 2017, had borrowed $4 billion from Chinese banks since 2022"
    ]


def test_a_fact_about_a_person_with_an_honorific_stays_a_claim(pipeline: Pipeline) -> None:
    texts = _texts(
        pipeline,
        "South African President Cyril Ramaphosa met Angolan President Joao Lourenco in "
        "Luanda on Wednesday. Opposition leader Adalberto Costa Junior said Mr Lourenco had "
        "borrowed $4 billion from Chinese banks since 2022.",
    )
    assert texts == ["Mr Lourenco had borrowed $4 billion from Chinese banks since 2022"]


_VISIT = (
    "Omani Sultan Haitham bin Tarik received Tanzanian President Samia Suluhu Hassan in Muscat on Sunday. "
)


@pytest.mark.parametrize(
    "sentence",
    [
        # Courtesy about the relationship, from one of the two sides.
        "Hassan said relations between the two countries are rooted in centuries of trade.",
        "Hassan said bilateral ties had never been stronger.",
        "Hassan said relations between Tanzania and Oman were excellent.",
        # Sentiment toward the other side.
        "Hassan said Tanzania highly appreciates Oman's support for its port projects.",
        "Hassan said her country attaches great importance to its ties with the Gulf.",
        # An intention as a noun, and a wish reported in the third person.
        "Hassan affirmed Tanzania's readiness to host the next round of talks in Dodoma.",
        "Hassan said she wants a bigger share of Gulf tourism for Zanzibar.",
    ],
)
def test_courtesy_sentiment_and_wishes_are_not_claims(pipeline: Pipeline, sentence: str) -> None:
    assert _texts(pipeline, _VISIT + sentence) == []


@pytest.mark.parametrize(
    ("sentence", "claim"),
    [
        # An analyst judging the relationship makes a claim.
        (
            (
                "Ahmed al-Harthy, a historian at Sultan Qaboos University, said relations between "
                "Tanzania and Oman had rarely been so warm."
            ),
            "relations between Tanzania and Oman had rarely been so warm",
        ),
        # A figure about the relationship's trade stays a fact.
        (
            "Hassan said trade between Tanzania and Oman grew by 30% last year.",
            "trade between Tanzania and Oman grew by 30% last year",
        ),
        # "appreciated" with a figure is a currency, not a sentiment.
        (
            "Hassan said the Tanzanian shilling appreciated 4% against the dollar in March.",
            "the Tanzanian shilling appreciated 4% against the dollar in March",
        ),
    ],
)
def test_judgments_and_facts_about_the_relationship_stay_claims(
    pipeline: Pipeline, sentence: str, claim: str
) -> None:
    assert _texts(pipeline, _VISIT + sentence) == [claim]


@pytest.mark.parametrize(
    "sentence",
    [
        "Hassan said: “We believe that our economies are deeply complementary.”",
        "Hassan said she was not sure the ferry link would reopen this year.",
        "Hassan said she was confident the new port in Bagamoyo had won Gulf investors.",
    ],
)
def test_a_state_of_mind_of_the_speaker_is_not_a_claim(pipeline: Pipeline, sentence: str) -> None:
    assert _texts(pipeline, _VISIT + sentence) == []


def test_we_support_is_a_stance_and_stays_a_claim(pipeline: Pipeline) -> None:
    sentence = "Hassan said: “We support Oman in its mediation between Iran and the West.”"
    texts = _texts(pipeline, _VISIT + sentence)
    assert texts == ["We support Oman in its mediation between Iran and the West"]


def test_an_analyst_of_one_side_judging_its_relations_makes_a_claim(pipeline: Pipeline) -> None:
    lead = (
        "Brazilian President Luiz Inacio Lula da Silva met Angolan President Joao Lourenco in "
        "Luanda on Friday. "
    )
    analyst = (
        # A Brazilian analyst is a person of Brazil, one of the two sides, for the entity stage.
        "Oliver Stuenkel, a Brazilian analyst at the Getulio Vargas Foundation, said the "
        "relationship between Brazil and Angola had been the backbone of Brazil's policy in "
        "Africa for 20 years."
    )
    official = (
        "Brazilian Foreign Minister Mauro Vieira said the relationship between Brazil and "
        "Angola had been the backbone of Brazil's policy in Africa for 20 years."
    )
    claim = (
        "the relationship between Brazil and Angola had been the backbone of Brazil's policy in Africa "
        "for 20 years"
    )
    assert _texts(pipeline, lead + analyst) == [claim]
    assert _texts(pipeline, lead + official) == []
