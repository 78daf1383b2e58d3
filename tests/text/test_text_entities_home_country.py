"""The country of officials a story names without a demonym: the agency's, the dateline's, or none."""

from __future__ import annotations

from bilateral.model import Person
from bilateral.text import extract


def _countries(text: str) -> dict[str, str | None]:
    return {a.name: a.country for a in extract(text).actors if isinstance(a, Person)}


def test_a_national_agency_abroad_names_its_own_officials() -> None:
    countries = _countries(
        "Leaders agree on fisheries\n\nMANILA, March 3 (Bernama) -- Prime Minister Datuk Rahman"
        " Yusof held talks with Philippine President Ramon Cruz on Tuesday."
    )
    assert countries["Rahman Yusof"] == "MY"
    assert countries["Ramon Cruz"] == "PH"


def test_an_international_wire_follows_the_dateline() -> None:
    countries = _countries(
        "Talks in Nairobi\n\nNAIROBI, March 3 (Reuters) - Foreign Minister Amina Wekesa said on"
        " Tuesday the talks would resume."
    )
    assert countries["Amina Wekesa"] == "KE"


def test_a_dateline_country_without_the_office_gives_no_country() -> None:
    countries = _countries(
        "Japan and the Philippines agree on drills\n\nWASHINGTON \u2014 Japan's defense minister"
        " met his Philippine counterpart on Monday. He is the son of former Prime Minister Taro"
        " Kondo. Foreign Minister Emre Yalcin was also in Manila."
    )
    assert countries["Taro Kondo"] is None
    assert countries["Emre Yalcin"] is None


def test_a_secretary_in_a_washington_story_is_american() -> None:
    countries = _countries(
        "Talks at the Pentagon\n\nWASHINGTON \u2014 Defense Secretary Mark Dalton met his Polish"
        " counterpart on Monday."
    )
    assert countries["Mark Dalton"] == "US"
