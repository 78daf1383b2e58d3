"""
Smaller entity rules of the fourth round, each with a line that must not fire.

* "adviser to the UAE president": a leader's adviser serves that leader's country.
* "state television VTV": a broadcaster named after the noun for its kind.
* "Planalto said": the Brazilian presidency named by its palace, as "the Kremlin said".
* "Maduro, speaking on state television VTV,": a person speaking on a broadcaster is no body.

Lines written for this test; the events are made up.
"""

from __future__ import annotations

from bilateral.model import Organization, Person
from bilateral.text import extract


def _speakers(text: str) -> list[list[str]]:
    record = extract(text)
    names = {a.id: a.name for a in record.actors}
    return [[names[i] for i in s.speakers] for s in record.statements]


def test_an_adviser_to_a_countrys_leader_is_of_that_country() -> None:
    record = extract(
        "Omar Saif, diplomatic adviser to the UAE president, said the visit opened a new chapter."
    )
    (person,) = [a for a in record.actors if isinstance(a, Person)]
    assert person.country == "AE"


def test_a_country_naming_a_program_is_still_not_the_directors() -> None:
    record = extract("Lin Wu, director of the China program at the Stimson Center, said little changed.")
    (person,) = [a for a in record.actors if isinstance(a, Person)]
    assert [r.of for r in person.roles] == ["stimson-center"]


def test_a_broadcaster_after_television_is_a_body() -> None:
    assert _speakers("The talks went well, state television RTB said on Monday.") == [["RTB"]]


def test_planalto_speaks_for_the_brazilian_presidency() -> None:
    assert _speakers("The two presidents spoke for an hour, Planalto said.") == [["Planalto"]]


def test_a_person_speaking_on_a_broadcaster_is_no_body() -> None:
    record = extract("Petrov, speaking on state television RTB, said the talks were good.")
    assert "Petrov" not in [a.name for a in record.actors if isinstance(a, Organization)]
