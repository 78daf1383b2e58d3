"""The office-holder list, and the country it gives people the text names without one."""

from __future__ import annotations

from importlib import resources

import pytest

from bilateral.model import Person, Record
from bilateral.text import extract
from bilateral.text._lexicons import fold_name, lexicon
from bilateral.text._officeholders import officeholder_countries


def _rows() -> list[list[str]]:
    text = resources.files("bilateral.text").joinpath("data", "officeholders.tsv").read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]


def _person(record: Record, name: str) -> Person:
    found = [a for a in record.actors if isinstance(a, Person) and a.name == name]
    assert len(found) == 1, [a.name for a in record.actors]
    return found[0]


def test_every_row_has_a_known_country_code_and_no_spelling_is_listed_twice() -> None:
    codes = lexicon().countries
    seen: dict[str, str] = {}
    rows = _rows()
    assert len(rows) > 250
    for row in rows:
        assert len(row) in {2, 3}, row
        name, code, *rest = row
        assert code in codes, row
        for spelling in (name, *(rest[0].split("|") if rest else ())):
            assert spelling == spelling.strip()
            assert spelling, row
            key = fold_name(spelling)
            assert key not in seen, (spelling, seen.get(key))
            seen[key] = code


def test_lookup_is_by_folded_full_name() -> None:
    countries = officeholder_countries()
    assert countries[fold_name("Recep Tayyip Erdoğan")] == "TR"
    assert countries[fold_name("Recep Tayyip Erdogan")] == "TR"
    assert countries[fold_name("Volodymyr Zelenskiy")] == "UA"
    # Surnames alone are not keys: "Wang", "Lee" or "Singh" would match half the world.
    assert fold_name("Biden") not in countries
    assert officeholder_countries() is countries


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            (
                "WASHINGTON — President Joe Biden spoke by phone with Chinese President Xi Jinping "
                "on Thursday, the White House said."
            ),
            "Joe Biden",
            "US",
        ),
        (
            (
                "BEIJING — Blinken later met President Xi Jinping at the Great Hall of the People. "
                "Xi said the two countries should be partners, not rivals."
            ),
            "Xi Jinping",
            "CN",
        ),
        (
            ("KYIV — President Volodymyr Zelenskiy met Polish Prime Minister Donald Tusk in Kyiv on Monday."),
            "Volodymyr Zelenskiy",
            "UA",
        ),
    ],
)
def test_a_leader_named_without_a_demonym_gets_the_country_from_the_list(
    text: str, name: str, country: str
) -> None:
    assert _person(extract(text), name).country == country


def test_the_text_wins_over_the_list() -> None:
    # A namesake the text ties to another country keeps the text's country.
    record = extract("Mexican Foreign Minister Marco Rubio said on Monday that talks would resume.")
    assert _person(record, "Marco Rubio").country == "MX"


def test_people_not_on_the_list_and_surnames_alone_stay_without_a_country() -> None:
    record = extract("President Ana Ruiz met Minister Tomas Berg in the capital on Monday.")
    assert _person(record, "Ana Ruiz").country is None
    assert _person(record, "Tomas Berg").country is None
