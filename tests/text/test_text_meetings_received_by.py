"""
The passive "X was received by Y": Y receives, so Y hosts; X is the subject even after
"before" ("talks ... before Barrot was received by Tebboune" is no meeting of Tebboune with the
ministers of the talks). "raised the case with his hosts" names no topic.

The paragraphs were written for these tests in the styles of the wire services. The names are
real office holders; the events are made up.
"""

from __future__ import annotations

import datetime as dt

from bilateral.text import extract

PUBLISHED = dt.date(2025, 6, 20)  # a Friday


def _meetings(text: str) -> list[tuple[set[str], str | None, tuple[str, ...]]]:
    record = extract(text, published=PUBLISHED)
    names = {a.id: a.name for a in record.actors}
    return [({names[p] for p in m.participants}, names.get(m.host or ""), m.topics) for m in record.meetings]


def test_received_by_makes_the_one_after_by_the_host() -> None:
    meetings = _meetings(
        "Ukrainian President Volodymyr Zelenskyy met Polish Prime Minister Donald Tusk in Warsaw on "
        "Monday. Later Monday, Zelenskyy was received by Polish President Karol Nawrocki at the "
        "Presidential Palace."
    )
    assert ({"Volodymyr Zelenskyy", "Karol Nawrocki"}, "Karol Nawrocki", ()) in meetings


def test_received_by_after_before_is_a_meeting_of_the_guest_alone() -> None:
    meetings = _meetings(
        "Italian Foreign Minister Antonio Tajani met his Egyptian counterpart Badr Abdelatty in "
        "Cairo on Thursday.\n\nThe two ministers held talks for more than two hours before Tajani "
        "was received by President Abdel Fattah el-Sisi at Ittihadiya Palace.\n\n"
        "Tajani said he had raised the case of a jailed Italian student with his hosts."
    )
    people = [m[0] for m in meetings]
    assert {"Antonio Tajani", "Abdel Fattah el-Sisi"} in people
    assert not any(len(p) > 2 for p in people)
    sisi = next(m for m in meetings if "Abdel Fattah el-Sisi" in m[0])
    assert sisi[1] == "Abdel Fattah el-Sisi"
    assert all("hosts" not in t for m in meetings for t in m[2])


def test_the_active_receiver_still_hosts() -> None:
    meetings = _meetings(
        "Polish President Karol Nawrocki received Ukrainian President Volodymyr Zelenskyy at the "
        "Presidential Palace on Monday."
    )
    assert meetings == [({"Volodymyr Zelenskyy", "Karol Nawrocki"}, "Karol Nawrocki", ())]
