"""
British "Secretary of State for ..." titles whose brief lists ministries with commas.

"Secretary of State for Foreign, Commonwealth and Development Affairs David Lammy": the
brief is part of the title, and the name after it is the person's (not "Development
Affairs David Lammy"). The paragraphs were written for these tests in the style of wire copy.
"""

from __future__ import annotations

from bilateral.model import Person
from bilateral.text import extract


def _people(text: str) -> dict[str, list[str]]:
    return {a.name: [r.title for r in a.roles] for a in extract(text).actors if isinstance(a, Person)}


def test_a_brief_with_commas_after_secretary_of_state_for() -> None:
    people = _people(
        "LONDON, March 3 (Reuters) - Secretary of State for Foreign, Commonwealth and"
        " Development Affairs David Lammy met Indian External Affairs Minister S. Jaishankar"
        " in London on Monday."
    )
    assert people["David Lammy"] == ["Secretary of State for Foreign, Commonwealth and Development Affairs"]


def test_a_two_word_brief_after_secretary_of_state_for() -> None:
    people = _people(
        "Secretary of State for Business and Trade Jonathan Reynolds met Indian Commerce"
        " Minister Piyush Goyal in London on Monday."
    )
    assert people["Jonathan Reynolds"] == ["Secretary of State for Business and Trade"]


def test_secretary_of_state_without_a_brief() -> None:
    # Near miss: no "for" after the title.
    people = _people(
        "Secretary of State Marco Rubio met Indian External Affairs Minister S. Jaishankar on Monday."
    )
    assert people["Marco Rubio"] == ["Secretary of State"]


def test_a_list_of_briefs_then_a_comma_and_a_name_is_not_one_brief() -> None:
    # Near miss: a comma that leads to no "and" ends the brief.
    people = _people(
        "Minister of State for Trade, Douglas Alexander, met Indian Commerce Minister Piyush"
        " Goyal in London on Monday."
    )
    assert "Douglas Alexander" in people
