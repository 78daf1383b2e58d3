"""Gulf-agency style: rulers' styles inside office names, formal state names, shorter names later."""

from __future__ import annotations

from bilateral.model import Person
from bilateral.text import extract

_KUNA_STYLE = (
    "Amir receives Omani Sultan\n\n"
    "KUWAIT, Feb 2 (KUNA) -- His Highness the Amir Sheikh Nawaf Al-Salem Al-Sabah received at"
    " Bayan Palace on Monday His Majesty Sultan Qaboos bin Tarik Al-Said of the Sultanate of"
    " Oman, who is on a state visit to the country.\n\n"
    "On the Omani side, the talks were attended by Minister of the Royal Office of His Majesty"
    " the Sultan Hamad bin Saif Al-Busaidi and Foreign Minister Badr Al-Mansouri.\n\n"
    "His Majesty Sultan Qaboos bin Tarik left Kuwait later on Monday."
)


def _persons(text: str) -> dict[str, Person]:
    return {a.name: a for a in extract(text).actors if isinstance(a, Person)}


def test_a_formal_state_name_after_the_name_gives_the_country() -> None:
    persons = _persons(_KUNA_STYLE)
    sultan = persons["Qaboos bin Tarik Al-Said"]
    assert [(r.title, r.of) for r in sultan.roles] == [("Sultan", "oman")]
    assert sultan.country == "OM"


def test_a_shorter_form_of_a_long_name_is_the_same_person() -> None:
    persons = _persons(_KUNA_STYLE)
    assert "Qaboos bin Tarik" not in persons


def test_the_rulers_title_inside_an_office_name_is_not_the_next_persons() -> None:
    persons = _persons(_KUNA_STYLE)
    minister = persons["Hamad bin Saif Al-Busaidi"]
    assert "Sultan" not in [r.title for r in minister.roles]
    assert minister.country == "OM"


def test_a_pronoun_in_a_sides_list_gives_no_one_that_side() -> None:
    # "His" in "Office of His Majesty" is no member of the Omani side: the host keeps Kuwait.
    persons = _persons(_KUNA_STYLE)
    assert persons["Nawaf Al-Salem Al-Sabah"].country == "KW"


def test_two_people_sharing_a_short_name_are_not_merged() -> None:
    persons = _persons(
        "Sheikh Khalid bin Hamad Al Thani met Sheikh Khalid bin Salman Al Saud in Doha. Later,"
        " Sheikh Khalid bin Salman flew home."
    )
    assert {"Khalid bin Hamad Al Thani", "Khalid bin Salman Al Saud"} <= set(persons)
    assert "Khalid bin Salman" not in persons
