"""
A tag between a subject and its reporting verb is the outermost attribution.

"Faye, the readout said, told Ghazouani that ..." is annotated like "Faye, according to the
readout, told Ghazouani that ...": the readout is the source, and the interrupted clause,
its own reporting verb included, is the content (PolNeAR annotates only the outermost
attribution).

The paragraphs are written for these tests (invented events).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from collections.abc import Callable

    Rows = Callable[[str], list[tuple[str | None, str | None, str]]]

_HEAD = "Talks in Nouakchott\n\n"


@pytest.mark.parametrize(
    ("sentence", "row"),
    [
        (
            "Faye, the readout said, told Ghazouani that Senegal would double its gas purchases.",
            ("the readout", "said", "Faye told Ghazouani that Senegal would double its gas purchases"),
        ),
        (
            "Ghazouani, the presidency added, invited Faye to open the new bridge at Rosso.",
            ("the presidency", "added", "Ghazouani invited Faye to open the new bridge at Rosso"),
        ),
        (
            "The Senegalese leader, the statement said, urged his host to reopen the border crossing.",
            (
                "the statement",
                "said",
                "The Senegalese leader urged his host to reopen the border crossing",
            ),
        ),
        # The same shape with "according to", as before.
        (
            "Faye, according to the readout, told Ghazouani that the pipeline was on schedule.",
            ("the readout", "according to", "Faye told Ghazouani that the pipeline was on schedule"),
        ),
    ],
)
def test_tag_between_subject_and_reporting_verb(
    sentence: str, row: tuple[str, str, str], statement_rows: Rows
) -> None:
    assert statement_rows(_HEAD + sentence) == [row]


@pytest.mark.parametrize(
    ("sentence", "rows"),
    [
        # A non-reporting verb after the tag resumes the content as before.
        (
            "The talks, the minister said, were productive.",
            [("the minister", "said", "The talks were productive")],
        ),
        # A full clause before the tag: the tag ends the sentence's first statement.
        (
            "The border will reopen next month, Faye said, adding that trade would follow.",
            [
                ("Faye", "said", "The border will reopen next month"),
                ("Faye", "adding", "that trade would follow"),
            ],
        ),
        # No tag: the reporting verb keeps its appositive source.
        (
            "Faye, the Senegalese president, told Ghazouani that the pipeline was on schedule.",
            [("Faye, the Senegalese president,", "told", "that the pipeline was on schedule")],
        ),
    ],
)
def test_other_tags_are_unchanged(
    sentence: str, rows: list[tuple[str, str, str]], statement_rows: Rows
) -> None:
    assert statement_rows(_HEAD + sentence) == rows


@pytest.mark.parametrize(
    ("sentence", "rows"),
    [
        # The clause resumed after the tag opens with a capital.
        (
            "A decade ago, he said, Senegalese trawlers fishing off Nouadhibou would have been unthinkable.",
            [
                (
                    "he",
                    "said",
                    "A decade ago Senegalese trawlers fishing off Nouadhibou would have been unthinkable",
                )
            ],
        ),
        (
            "Senegal, Faye said, Mali and Guinea would join the gas pact.",
            [("Faye", "said", "Senegal Mali and Guinea would join the gas pact")],
        ),
        # A date or a second attribution after the tag is not the content resumed.
        ("The deal is off, Faye said, Monday.", [("Faye", "said", "The deal is off")]),
    ],
)
def test_content_resumed_with_a_capital_after_a_mid_tag(
    sentence: str, rows: list[tuple[str, str, str]], statement_rows: Rows
) -> None:
    assert statement_rows(_HEAD + sentence) == rows
