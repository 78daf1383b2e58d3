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
