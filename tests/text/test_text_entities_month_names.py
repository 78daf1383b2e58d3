"""
"Jan" as a given name: "Foreign Minister Jan Lipavský", not the month.

Czech, Polish, Dutch and Scandinavian officials are often called Jan; before a capitalised
word that is no date the abbreviation opens a name, while "Jan. 5" and "Jan 5" stay dates.
Paragraphs written for this test; the events are made up.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bilateral.model import Person, Record
from bilateral.text import extract

Speakers = Callable[[str | Record], dict[str, list[str]]]

_OPENING = "Dutch Prime Minister Dick Schoof met Czech President Petr Pavel in Prague on Monday.\n\n"


@pytest.mark.parametrize(
    ("sentence", "source", "name"),
    [
        (
            "Czech Foreign Minister Jan Lipavský said the talks went well.",
            "Czech Foreign Minister Jan Lipavský",
            "Jan Lipavský",
        ),
        (
            "Jan Kowalczyk, the Polish ambassador, said the talks went well.",
            "Jan Kowalczyk, the Polish ambassador,",
            "Jan Kowalczyk",
        ),
    ],
)
def test_jan_opens_a_name(sentence: str, source: str, name: str, source_speakers: Speakers) -> None:
    assert source_speakers(_OPENING + sentence)[source] == [name]


@pytest.mark.parametrize("date", ["Jan. 5", "Jan 5"])
def test_jan_before_a_number_is_the_month(date: str) -> None:
    # Negative: the month's abbreviation before a day is no name.
    record = extract(_OPENING + f"The two men will meet again on {date}, Pavel said.")
    assert not any(a.name.startswith("Jan") for a in record.actors if isinstance(a, Person))
