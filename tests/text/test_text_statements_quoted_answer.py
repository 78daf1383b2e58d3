"""
A quotation then "was X's answer/reply/response": '"Not yet," was Lammy's answer when asked
...' is Lammy's statement, the quotation its content, as after '"Not yet," said Lammy'.

Near misses: "The answer was Lammy's." and "It was Lammy's answer that mattered." quote no
one.

The sentences are written for these tests; the names are real office holders, the events made
up.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Rows = Callable[[str, str], list[tuple[str | None, str | None, str]]]

_HEAD = (
    "LONDON (Reuters) - British Foreign Secretary David Lammy met Ukrainian Foreign Minister Andrii Sybiha. "
)


@pytest.mark.parametrize(
    ("sentence", "row"),
    [
        (
            '"Not yet," was Lammy\'s answer when asked about a ceasefire deal.',
            ("Lammy", "'s answer", '"Not yet,"'),
        ),
        (
            "\u201cNot yet,\u201d was Lammy\u2019s response.",
            ("Lammy", "\u2019s response", "\u201cNot yet,\u201d"),
        ),
        ('"We are not there yet", was his reply.', ("his", "reply", '"We are not there yet"')),
    ],
)
def test_a_quotation_was_the_owner_answer(
    statements_after: Rows, sentence: str, row: tuple[str, str, str]
) -> None:
    assert statements_after(_HEAD, sentence) == [row]


@pytest.mark.parametrize(
    "sentence",
    [
        "The answer was Lammy's.",
        "It was Lammy's answer that mattered.",
        "Sybiha was Lammy's reply to critics.",
    ],
)
def test_no_quotation_no_answer(statements_after: Rows, sentence: str) -> None:
    assert statements_after(_HEAD, sentence) == []
