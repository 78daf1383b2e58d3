"""
Datelines of small towns: "TABATINGA, Brazil (AP) \u2014" names a city of that country.

AP and AFP follow a town the reader may not know with its country; the town is a city of
that country wherever the story names it, and the dateline's country is the story's even
though no gazetteer lists the town. Paragraphs written for this test; the events are made
up.
"""

from __future__ import annotations

from bilateral.model import PlaceKind
from bilateral.text import extract

_BODY = (
    "Brazilian President Luiz Inácio Lula da Silva and Peruvian President José Jerí met "
    "Friday in Tabatinga, pledging to patrol the river border together."
)


def test_the_dateline_town_is_a_city_of_its_country() -> None:
    text = "Lula and Jerí meet on the river border\n\nTABATINGA, Brazil (AP) \u2014 " + _BODY
    places = {p.name: p for p in extract(text).places}
    assert places["Tabatinga"].kind is PlaceKind.CITY
    assert places["Tabatinga"].country == "BR"


def test_another_unknown_town_stays_unknown() -> None:
    # Negative: only the dateline's town is placed; another unknown name is not guessed.
    text = "Lula and Jerí meet on the river border\n\nTABATINGA, Brazil (AP) \u2014 " + _BODY.replace(
        "in Tabatinga", "in Benjamin Constant"
    )
    places = {p.name: p for p in extract(text).places}
    assert "Tabatinga" not in places
    assert places["Benjamin Constant"].country is None


def test_a_known_dateline_city_is_unchanged() -> None:
    # Negative: a city the gazetteer knows keeps its own entry.
    text = "Lula and Jerí meet\n\nLIMA, Peru (AP) \u2014 " + _BODY.replace("in Tabatinga", "in Lima")
    places = {p.name: p for p in extract(text).places}
    assert places["Lima"].country == "PE"
