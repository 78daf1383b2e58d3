"""
What a claim is about: the actors and places its content names, and those a plural noun
such as "these cities" or "the two countries" points back to. Paragraphs written for these
tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.model import Record, Source
from bilateral.text import Pipeline, default_pipeline

PUBLISHED = dt.date(2026, 2, 11)


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return default_pipeline()


def _about(pipeline: Pipeline, text: str) -> list[tuple[str, set[str]]]:
    record: Record = pipeline.extract(Source(text=text, published=PUBLISHED))
    names = {a.id: a.name for a in record.actors}
    names.update((p.id, p.name) for p in record.places)
    return [(c.text, {names[i] for i in c.about}) for c in record.claims]


def test_these_cities_are_the_cities_named_just_before(pipeline: Pipeline) -> None:
    found = _about(
        pipeline,
        "Peruvian President Jose Jeri met Bolivian President Rodrigo Paz in Lima on Monday. "
        "Peru's interior minister has said the smuggling gangs run their money through Santa "
        "Cruz, Arica and Iquique. Paz said the gang leaders live in these cities.",
    )
    assert found[-1] == ("the gang leaders live in these cities", {"Santa Cruz", "Arica", "Iquique"})


def test_the_two_countries_are_the_storys_two_main_countries(pipeline: Pipeline) -> None:
    # Sudan is named last before the phrase, but the story is about Russia and Egypt.
    found = _about(
        pipeline,
        "Russian Foreign Minister Sergey Lavrov met his Egyptian counterpart Badr Abdelatty "
        "in Moscow on Tuesday. Lavrov said Russia and Egypt were worried about the fighting "
        "in Sudan. Lavrov also said trade between the two countries had grown by 12% last year.",
    )
    assert found[-1] == ("trade between the two countries had grown by 12% last year", {"Russia", "Egypt"})


@pytest.mark.parametrize(
    "phrase",
    [
        # A count that the names before it do not meet points nowhere.
        "the four cities",
        # A bare number is not a back reference.
        "two cities",
    ],
)
def test_a_phrase_without_enough_referents_adds_nothing(pipeline: Pipeline, phrase: str) -> None:
    found = _about(
        pipeline,
        "Peruvian President Jose Jeri met Bolivian President Rodrigo Paz in Lima on Monday. "
        "Officials said the gangs run their money through Arica and Iquique. "
        f"Paz said the gang leaders live in {phrase} near the border.",
    )
    assert found[-1][1] == set()


def test_a_long_quotation_is_about_what_its_first_sentence_names(pipeline: Pipeline) -> None:
    found = _about(
        pipeline,
        "Ecuadorian President Daniel Noboa met Colombian President Gustavo Petro in Quito on "
        "Friday. “Ecuador has lost half of its banana exports to the tariffs,” said Maria "
        "Salazar, an economist at the Central University of Ecuador. “Peru and Costa Rica "
        "took the buyers, and Panama may be next.”",
    )
    assert found[-1][1] == {"Ecuador"}


def test_a_first_sentence_that_names_nothing_passes_the_point_on(pipeline: Pipeline) -> None:
    found = _about(
        pipeline,
        "Ecuadorian President Daniel Noboa met Colombian President Gustavo Petro in Quito on "
        "Friday. “That was no accident. Colombian gangs have moved into three provinces of "
        "Ecuador since 2023,” said Maria Salazar, an economist at the Central University.",
    )
    assert found[-1][1] == {"Colombia", "Ecuador"}


def test_our_two_countries_are_the_storys_two_main_countries(pipeline: Pipeline) -> None:
    found = _about(
        pipeline,
        "Kenyan President William Ruto met Ugandan President Yoweri Museveni in Kampala on "
        "Monday. “Cross-border trade between our two countries doubled after the railway opened,” "
        "Ruto told reporters.",
    )
    assert found[-1][1] == {"Kenya", "Uganda"}
