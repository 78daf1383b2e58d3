"""
Talks a third party mediated or hosted are trilateral meetings: "X hosted talks between A and
B", "A and B held talks in Doha mediated by X". A summit "hosted by" someone is the gathering,
not a meeting with its host.

The paragraphs were written for these tests in the styles of Reuters and AFP. The names are
real office holders; the events are made up.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.text import extract

PUBLISHED = dt.date(2025, 7, 10)  # a Thursday


def _meetings(text: str) -> list[tuple[set[str], str | None]]:
    record = extract(text, published=PUBLISHED)
    names = {a.id: a.name for a in record.actors}
    return [({names[p] for p in m.participants}, names.get(m.host or "")) for m in record.meetings]


_SIDES = "Rwandan President Paul Kagame and Congolese President Felix Tshisekedi"


@pytest.mark.parametrize(
    "text",
    [
        f"Qatar's Emir Sheikh Tamim bin Hamad Al Thani hosted talks between {_SIDES} in Doha on Tuesday.",
        f"Qatar's Emir Sheikh Tamim bin Hamad Al Thani mediated fresh talks between {_SIDES} on Tuesday.",
        f"{_SIDES} held talks in Doha on Tuesday mediated by Qatar's Emir Sheikh Tamim bin Hamad Al Thani.",
        f"{_SIDES} held talks on Tuesday, hosted by Qatar's Emir Sheikh Tamim bin Hamad Al Thani.",
    ],
)
def test_the_mediator_is_the_third_participant(text: str) -> None:
    ((people, _),) = _meetings(text)
    assert people == {"Paul Kagame", "Felix Tshisekedi", "Tamim bin Hamad Al Thani"}


def test_the_one_who_hosted_the_talks_is_their_host() -> None:
    ((_, host),) = _meetings(
        f"{_SIDES} held talks in Doha on Tuesday, hosted by Qatar's Emir Sheikh Tamim bin Hamad Al Thani."
    )
    assert host == "Tamim bin Hamad Al Thani"


def test_talks_between_two_that_a_third_only_welcomed_stay_bilateral() -> None:
    ((people, _),) = _meetings(
        f"Qatar's Emir Sheikh Tamim bin Hamad Al Thani welcomed the talks between {_SIDES} on Tuesday."
    )
    assert people == {"Paul Kagame", "Felix Tshisekedi"}


def test_the_host_of_a_summit_is_not_met_on_its_sidelines() -> None:
    meetings = _meetings(
        f"{_SIDES} met in Nairobi in March, when they held a brief meeting on the sidelines of a "
        "regional summit hosted by Kenyan President William Ruto."
    )
    assert meetings, meetings
    assert all("William Ruto" not in people for people, _ in meetings), meetings
