"""
Items of a list are no headings: "- Ethiopian Foreign Minister Gedion Timothewos;".

A short title-case line without a final period is read as a heading inside the body, where a
title and a name are only looked up among the story's people. Lines that open with a bullet
or end with a semicolon or comma are items of a list: their titled names are people. Lines
written for this test; the events are made up.
"""

from __future__ import annotations

import pytest

from bilateral.model import Person
from bilateral.text import extract


def _persons(text: str) -> list[str]:
    return [a.name for a in extract(text).actors if isinstance(a, Person)]


@pytest.mark.parametrize(
    "items",
    [
        "- Somali Foreign Minister Abdisalam Abdi Ali;\n- Kenyan Defense Minister Soipan Tuya;\n",
        "\u2022 Somali Foreign Minister Abdisalam Abdi Ali\n\u2022 Kenyan Defense Minister Soipan Tuya\n",
        "Somali Foreign Minister Abdisalam Abdi Ali;\nKenyan Defense Minister Soipan Tuya;\n",
    ],
)
def test_titled_names_in_a_list_are_people(items: str) -> None:
    text = "Talks end in Nairobi\n\nThe accord was signed in the presence of:\n\n" + items
    assert _persons(text) == ["Abdisalam Abdi Ali", "Soipan Tuya"]


def test_a_title_case_heading_inside_the_body_is_still_a_heading() -> None:
    # A body heading still makes no person of its capitalised words ("Leader Hails Somali").
    text = (
        "Talks end in Nairobi\n\nKenyan President William Ruto met Somali officials on Monday.\n\n"
        "Kenyan Leader Hails Somali Partnership\n\nRuto said the talks went well."
    )
    assert _persons(text) == ["William Ruto"]
