"""
Offices named before they are taken up: "Prime Minister-designate", "Ambassador-designate".

The title is a role, and "the ambassador" after "Ambassador-designate Kevin Kim" is him. A
president-elect is not "the president" while a sitting one is named. Paragraphs written for
these tests; the names are made up.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bilateral.model import Person
from bilateral.text import extract

Resolved = Callable[[str, str], list[str]]


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("Prime Minister-designate", "Prime Minister-Designate"),
        ("Foreign Minister-designate", "Foreign Minister-Designate"),
        ("Defence Minister-elect", "Defense Minister-Elect"),
    ],
)
def test_a_designate_title_is_a_role(title: str, role: str) -> None:
    text = f"SEOUL (Reuters) - {title} Park Ji-ho met Indonesian President Budi Santoso on Monday."
    roles = {a.name: [r.title for r in a.roles] for a in extract(text).actors if isinstance(a, Person)}
    assert roles["Park Ji-ho"] == [role]


@pytest.mark.parametrize("title", ["Ambassador-designate", "Prime Minister-designate"])
def test_the_bare_office_refers_to_the_designate(title: str, resolved_speakers: Resolved) -> None:
    office = title.split("-", 1)[0].casefold()
    text = (
        f"WASHINGTON (AP) - {title} Kevin Lim met Secretary of State Mark Reed on Monday. The"
        f" {office} said the talks were productive."
    )
    assert resolved_speakers(text, f"The {office}") == ["Kevin Lim"]


def test_the_president_is_the_sitting_one_not_the_president_elect(resolved_speakers: Resolved) -> None:
    # Near miss: "-elect" keeps its holder out of "the president".
    text = (
        "President Ana Ruiz met President-elect Tomas Vega at the palace on Monday. The president"
        " said the handover would be orderly."
    )
    assert resolved_speakers(text, "The president") == ["Ana Ruiz"]
