"""
Reporting-verb forms that are nouns in context.

- "raised fears of a new war", "as war fears grow", "sparked hopes that ...": a plural
  belief noun, not the verb (a verb "fears" takes no "of" and follows no past verb);
- "a U.N. report said ...", "an Al Jazeera report": after "a"/"an" and a capitalised
  modifier the base form is a noun (a verb would take "-s"), and it heads the source;
- "Zambia's ruling party said ...": "ruling" modifies the party.

The paragraphs are written for these tests (invented events).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from collections.abc import Callable

    Rows = Callable[[str], list[tuple[str | None, str | None, str]]]

_HEAD = "Talks in Asmara\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "The visit aims to ease tensions that have raised fears of a new war.",
        "The talks sparked hopes that the border would reopen.",
        "Leaders meet in Asmara as war fears grow.",
        "Fears over the port deal persist in Mogadishu.",
    ],
)
def test_belief_nouns_are_no_cue(sentence: str, statement_rows: Rows) -> None:
    assert statement_rows(_HEAD + sentence) == []


@pytest.mark.parametrize(
    ("sentence", "row"),
    [
        ("Eritrea fears a new war.", ("Eritrea", "fears", "a new war")),
        ("Abiy hopes the talks will resume.", ("Abiy", "hopes", "the talks will resume")),
        (
            "The talks came a week after a U.N. report said the border was calm.",
            ("a U.N. report", "said", "the border was calm"),
        ),
        (
            "An Al Jazeera report said the talks had stalled.",
            ("An Al Jazeera report", "said", "the talks had stalled"),
        ),
        (
            "Eritrea's ruling party said the deal would create jobs.",
            ("Eritrea's ruling party", "said", "the deal would create jobs"),
        ),
    ],
)
def test_the_verbs_and_their_sources(sentence: str, row: tuple[str, str, str], statement_rows: Rows) -> None:
    assert statement_rows(_HEAD + sentence) == [row]


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # "in a bid to" gives the purpose of an act, not anyone's proposal.
        ("Kampala raised the levy in a bid to cut the cost of moving goods across the lake.", []),
        # A bid someone makes is still one.
        (
            "Museveni made a bid to host the next summit.",
            [("Museveni", "made a bid", "to host the next summit")],
        ),
    ],
)
def test_in_a_bid_to_is_a_purpose(text: str, rows: list[tuple[str, str, str]], statement_rows: Rows) -> None:
    assert statement_rows(text) == rows
