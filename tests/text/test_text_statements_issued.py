"""
"The ministry issued a statement saying ..." is a statement of the issuer; "A joint statement
issued after the talks said ..." has the whole document phrase as its source.

The participle follows the document without a comma, so it was no chained cue and no
statement came out. The issuer is the source; the verb group, the document and the
participle are the cue ("issued a joint statement saying"), as PolNeAR keeps a light verb
with its noun ("reaffirmed their commitment to").

The paragraphs are written for these tests (invented events).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from collections.abc import Callable

    Rows = Callable[[str], list[tuple[str | None, str | None, str]]]

_HEAD = "Talks in Dakar\n\n"


@pytest.mark.parametrize(
    ("sentence", "row"),
    [
        (
            "The Senegalese foreign ministry issued a statement saying the talks had been productive.",
            ("The Senegalese foreign ministry", "issued a statement saying", "the talks had been productive"),
        ),
        (
            "The two governments released a joint statement saying they would build a bridge.",
            ("The two governments", "released a joint statement saying", "they would build a bridge"),
        ),
        (
            "The presidency put out a readout saying that Faye had accepted the invitation.",
            ("The presidency", "put out a readout saying", "that Faye had accepted the invitation"),
        ),
        # A time between the document and the participle.
        (
            "The two governments issued a joint statement on Tuesday pledging to reopen the border.",
            ("The two governments", "issued a joint statement on Tuesday pledging", "to reopen the border"),
        ),
        (
            "The presidency released a statement late Monday saying the visit was postponed.",
            ("The presidency", "released a statement late Monday saying", "the visit was postponed"),
        ),
    ],
)
def test_issued_document_saying(sentence: str, row: tuple[str, str, str], statement_rows: Rows) -> None:
    assert statement_rows(_HEAD + sentence) == [row]


@pytest.mark.parametrize(
    "sentence",
    [
        # No issuing verb: the participle modifies a noun subject.
        "A statement saying the talks had failed was quickly withdrawn.",
        # Not a document.
        "The ministry published a map showing the new border.",
    ],
)
def test_other_participles_after_a_noun(sentence: str, statement_rows: Rows) -> None:
    assert statement_rows(_HEAD + sentence) == []


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        (
            "A joint statement issued after the talks said the two countries would build a bridge.",
            "A joint statement issued after the talks",
        ),
        (
            "The communique issued at the end of the summit said the leaders backed a ceasefire.",
            "The communique issued at the end of the summit",
        ),
        (
            "A statement posted on the ministry's website said the visit was postponed.",
            "A statement posted on the ministry's website",
        ),
    ],
)
def test_document_issued_at_a_time_or_place_is_the_source(
    sentence: str, source: str, statement_rows: Rows
) -> None:
    assert [row[0] for row in statement_rows(_HEAD + sentence)] == [source]
