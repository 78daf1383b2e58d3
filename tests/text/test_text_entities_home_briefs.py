"""
A home agency's officials whose office is named before its brief ("Minister of State for ...").

The paragraph was written for these tests in the style of the Gulf agencies; the event is
invented.
"""

from __future__ import annotations

from bilateral.model import Person
from bilateral.text import extract

_TEXT = (
    "MANAMA, 3rd February, 2027 (BNA) -- His Majesty King Hamad bin Isa Al Khalifa today received"
    " the President of the Republic of Kenya, William Ruto, at Sakhir Palace.\n\n"
    "The meeting was attended by Sheikh Nasser bin Hamad Al Khalifa, Deputy Ruler of the"
    " Northern Governorate, and Abdullatif Al Zayani, Minister of State for Foreign Affairs"
    " Coordination. Kenyan Principal Secretary Korir Sing'Oei also attended."
)


def test_officials_named_before_their_brief_are_of_the_agencys_country() -> None:
    persons = {a.name: a for a in extract(_TEXT).actors if isinstance(a, Person)}
    assert persons["Abdullatif Al Zayani"].country == "BH"
    assert persons["Nasser bin Hamad Al Khalifa"].country == "BH"


def test_a_guest_named_with_his_country_keeps_it() -> None:
    persons = {a.name: a for a in extract(_TEXT).actors if isinstance(a, Person)}
    assert persons["Korir Sing'Oei"].country == "KE"
    assert persons["William Ruto"].country == "KE"


def test_an_owned_lower_case_office_and_a_titled_one_before_a_name_are_one_persons() -> None:
    text = (
        "NEW DELHI (PTI) - Sri Lanka's Cabinet spokesman and Minister of Transport Bimal"
        " Rathnayake said the pact was fair."
    )
    persons = {a.name: a for a in extract(text).actors if isinstance(a, Person)}
    person = persons["Bimal Rathnayake"]
    assert person.country == "LK"
    assert [r.title for r in person.roles] == ["Spokesman", "Minister of Transport"]


def test_a_leaders_lower_case_office_before_another_titled_person_stays_apart() -> None:
    text = "Kenya's president and Foreign Minister Musalia Mudavadi met the delegation on Monday."
    persons = {a.name: a for a in extract(text).actors if isinstance(a, Person)}
    assert [r.title for r in persons["Musalia Mudavadi"].roles] == ["Foreign Minister"]
