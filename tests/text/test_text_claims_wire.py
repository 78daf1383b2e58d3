"""
Claims in wire copy: announced acts with an adverb or a quotation before the verb, a gerund
"meeting" inside a fact, and what "bilateral trade" and "the two navies" are about.

The paragraphs are written for these tests, in the styles of wire and broadcaster reports.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.model import Record, Source
from bilateral.text import Pipeline, default_pipeline

PUBLISHED = dt.date(2026, 11, 20)


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return default_pipeline()


def _record(pipeline: Pipeline, text: str) -> Record:
    return pipeline.extract(Source(text=text, published=PUBLISHED))


def _texts(pipeline: Pipeline, text: str) -> list[str]:
    return [c.text for c in _record(pipeline, text).claims]


def _about_names(pipeline: Pipeline, text: str) -> list[list[str]]:
    record = _record(pipeline, text)
    names = {a.id: a.name for a in record.actors}
    names.update((p.id, p.name) for p in record.places)
    return [[names[i] for i in c.about] for c in record.claims]


OPENING = "Peruvian President Jose Jeri met Ecuadorian President Daniel Noboa in Lima on Monday. "


@pytest.mark.parametrize(
    "act",
    [
        "Peru would \u201cfirmly defend\u201d its fishing grounds",
        "Peru will resolutely protect its fishing grounds",
        'Peru would "not tolerate" illegal fishing in its waters',
    ],
)
def test_an_announced_act_with_an_adverb_or_a_quotation_is_not_a_claim(pipeline: Pipeline, act: str) -> None:
    texts = _texts(pipeline, f"{OPENING}Jeri said {act}. He said Peru had seized 14 foreign boats since May.")
    assert texts == ["Peru had seized 14 foreign boats since May"]


def test_a_stance_after_an_adverb_stays_a_claim(pipeline: Pipeline) -> None:
    texts = _texts(
        pipeline, f"{OPENING}Jeri said Peru would firmly support Ecuador's bid for the council seat."
    )
    assert texts == ["Peru would firmly support Ecuador's bid for the council seat"]


def test_a_gerund_meeting_inside_a_fact_leaves_a_claim(pipeline: Pipeline) -> None:
    texts = _texts(
        pipeline,
        f"{OPENING}Noboa said that Quito had photos of smugglers meeting Los Choneros bosses in Tumbes.",
    )
    assert texts == ["Quito had photos of smugglers meeting Los Choneros bosses in Tumbes"]


def test_the_meeting_itself_is_still_no_claim(pipeline: Pipeline) -> None:
    texts = _texts(pipeline, f"{OPENING}Noboa said he had met Jeri in Lima for two hours.")
    assert texts == []


@pytest.mark.parametrize(
    "fact",
    [
        "bilateral trade had passed $5 billion in 2025",
        "the two navies had held only one joint exercise since 2019",
        "trade between the two neighbours had doubled since 2020",
    ],
)
def test_bilateral_and_the_two_navies_are_about_the_two_countries(pipeline: Pipeline, fact: str) -> None:
    text = (
        f"{OPENING}Jeri told reporters that Peru and Ecuador had settled their border in 1998. "
        f"Peruvian Foreign Minister Hugo de Zela said {fact}."
    )
    abouts = _about_names(pipeline, text)
    assert abouts
    assert abouts[-1] == ["Peru", "Ecuador"]


def test_these_governments_without_a_count_point_to_nothing_new(pipeline: Pipeline) -> None:
    text = (
        f"{OPENING}Noboa said that the neighbours of these governments had doubled their patrols since 2024."
    )
    abouts = _about_names(pipeline, text)
    assert abouts == [[]]


@pytest.mark.parametrize(
    "courtesy",
    [
        "Ecuador is our closest neighbour",
        "Ecuador is \u201ca trusted partner that shares our values\u201d",
        "Ecuador remains a good and reliable friend",
        "Peru and Ecuador are natural allies",
    ],
)
def test_courtesy_in_the_predicate_is_not_a_claim(pipeline: Pipeline, courtesy: str) -> None:
    texts = _texts(
        pipeline, f"{OPENING}Jeri said {courtesy}. He said Ecuador bought 12% of Peru's rice exports."
    )
    assert texts == ["Ecuador bought 12% of Peru's rice exports"]


@pytest.mark.parametrize(
    "fact",
    [
        "Ecuador is Peru's second-largest trading partner",
        "Ecuador is a treaty ally of the United States",
        "Chile was the largest foreign investor in Peru last year",
    ],
)
def test_a_relationship_a_register_records_stays_a_claim(pipeline: Pipeline, fact: str) -> None:
    texts = _texts(pipeline, f"{OPENING}Jeri said {fact}.")
    assert texts == [fact]


def test_a_sides_wish_with_a_noun_object_is_not_a_claim(pipeline: Pipeline) -> None:
    texts = _texts(
        pipeline,
        f"{OPENING}Jeri said Peru wanted \u201ca border of peace.\u201d He said Peru had 3,000 troops there.",
    )
    assert texts == ["Peru had 3,000 troops there"]


def test_a_fact_joined_to_a_forecast_stays_a_claim(pipeline: Pipeline) -> None:
    texts = _texts(
        pipeline,
        f"{OPENING}Jeri said exports to Ecuador had reached about $2 billion and could double by 2030.",
    )
    assert texts == ["exports to Ecuador had reached about $2 billion and could double by 2030"]


@pytest.mark.parametrize(
    "forecast",
    [
        "exports to Ecuador could double by 2030",
        "Peru and Ecuador could double their trade by 2030",
        "the deputies of Peru and Ecuador could meet in March",
    ],
)
def test_a_forecast_alone_is_still_no_claim(pipeline: Pipeline, forecast: str) -> None:
    assert _texts(pipeline, f"{OPENING}Jeri said {forecast}.") == []


def test_the_two_countries_as_subject_from_a_third_party_is_a_claim(pipeline: Pipeline) -> None:
    text = (
        f"{OPENING}Maria Lopez, an analyst at the Andean Institute in Bogota, said the two countries "
        "had each moved troops to the border since August."
    )
    assert _texts(pipeline, text) == ["the two countries had each moved troops to the border since August"]


def test_the_two_countries_as_subject_from_a_side_is_not(pipeline: Pipeline) -> None:
    text = f"{OPENING}Jeri said the two countries had each moved troops to the border since August."
    assert _texts(pipeline, text) == []


@pytest.mark.parametrize(
    "request_",
    [
        "\u201cWe ask for respect. Our cooperation is not a favor,\u201d",
        "\u201cWe call on Quito to return the boats,\u201d",
        "\u201cWe demand an apology from the shipowners,\u201d",
    ],
)
def test_a_request_in_the_first_person_is_not_a_claim(pipeline: Pipeline, request_: str) -> None:
    texts = _texts(pipeline, f"{OPENING}{request_} Jeri said. He said Peru had seized 14 boats since May.")
    assert texts == ["Peru had seized 14 boats since May"]


def test_a_fact_about_what_was_asked_stays_a_claim(pipeline: Pipeline) -> None:
    texts = _texts(pipeline, f"{OPENING}Jeri said Ecuador had asked for 20 patrol boats in 2024.")
    assert texts == ["Ecuador had asked for 20 patrol boats in 2024"]


@pytest.mark.parametrize(
    "forecast",
    [
        "the accord would end decades of quarrels over fishing",
        "the joint patrol force would include about 800 sailors",
        "The new railway will carry four million tons of ore a year",
        # What it provides for: its terms, an outcome of the talks.
        'the agreement commits the two governments to "explore joint patrols" in the gulf',
        "the memorandum provides for joint patrols of the Gulf of Guayaquil",
    ],
)
def test_what_an_agreement_will_do_is_a_forecast(pipeline: Pipeline, forecast: str) -> None:
    texts = _texts(pipeline, f"{OPENING}Noboa said {forecast}. He said Ecuador had 40 patrol boats.")
    assert texts == ["Ecuador had 40 patrol boats"]


def test_what_an_agreement_did_stays_a_claim(pipeline: Pipeline) -> None:
    texts = _texts(
        pipeline, f"{OPENING}Noboa said the 1998 accord had ended decades of quarrels over the border."
    )
    assert texts == ["the 1998 accord had ended decades of quarrels over the border"]


def test_what_someone_commits_to_stays_a_claim(pipeline: Pipeline) -> None:
    texts = _texts(pipeline, f"{OPENING}Noboa said Peru commits too few boats to the border patrols.")
    assert texts == ["Peru commits too few boats to the border patrols"]


def test_a_currency_is_not_what_a_claim_is_about(pipeline: Pipeline) -> None:
    text = f"{OPENING}Jeri said Ecuador had bought rice worth 90 million U.S. dollars from Peru in 2025."
    assert _about_names(pipeline, text) == [["Ecuador", "Peru"]]


def test_what_a_government_believes_is_its_claim(pipeline: Pipeline) -> None:
    text = (
        f"{OPENING}Peru's government, which believed the trawlers were owned by a Chinese firm, "
        "demanded that they leave."
    )
    record = _record(pipeline, text)
    assert [c.text for c in record.claims] == ["the trawlers were owned by a Chinese firm"]


def test_what_a_person_believes_is_no_claim(pipeline: Pipeline) -> None:
    text = f"{OPENING}Jeri believed the trawlers were owned by a Chinese firm."
    assert _texts(pipeline, text) == []


def test_a_group_of_a_country_is_about_the_country(pipeline: Pipeline) -> None:
    text = f"{OPENING}Jeri said Ecuadorian police had arrested 40 smugglers in Tumbes since March."
    abouts = _about_names(pipeline, text)
    assert abouts
    assert "Ecuador" in abouts[0]
    assert not any("police" in name for name in abouts[0])


def test_a_leaders_policy_is_about_the_country(pipeline: Pipeline) -> None:
    text = f"{OPENING}Noboa said Jeri's fishing policy had cost Ecuadorian boats 40 days at sea this year."
    abouts = _about_names(pipeline, text)
    assert abouts
    assert "Peru" in abouts[0]
    assert "Jose Jeri" not in abouts[0]


def test_a_leaders_own_acts_are_about_the_leader(pipeline: Pipeline) -> None:
    text = f"{OPENING}Noboa said Jeri's attitude had changed very much since the border incident in 2024."
    abouts = _about_names(pipeline, text)
    assert abouts
    assert "Jose Jeri" in abouts[0]
