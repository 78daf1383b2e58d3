"""
A long coordinated source keeps its first possessor.

"Egypt's Foreign Minister ... and Qatar's Prime Minister and Foreign Minister Sheikh ...
said" is longer than the source walk's reach; the walk used to stop between the possessor
and its "'s", so the source lost "Egypt's" and with it the first speaker. A capitalised word
or possessive cut off at the reach now takes the name before it. Short sources, and what
precedes a source across a comma or a lower-case word, are unchanged.

The paragraphs are written for these tests (invented events; real-sounding names).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from collections.abc import Callable

    Rows = Callable[[str], list[tuple[str | None, str | None, str]]]


_LONG = (
    "Kenya's Cabinet Secretary for Foreign Affairs Musalia Mudavadi and Tanzania's Deputy Prime Minister "
    "and Minister for Energy Doto Mashaka Biteko said on Friday that the pipeline would be finished by 2027."
)


def test_a_long_coordinated_source_keeps_its_first_possessor(statement_rows: Rows) -> None:
    rows = statement_rows(_LONG)
    assert len(rows) == 1
    source, cue, content = rows[0]
    assert source is not None
    assert source.startswith("Kenya's Cabinet Secretary")
    assert source.endswith("Doto Mashaka Biteko")
    assert cue == "said"
    assert content == "that the pipeline would be finished by 2027"


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "Ghana's Foreign Minister Samuel Okudzeto Ablakwa said the border would reopen in March.",
            [
                (
                    "Ghana's Foreign Minister Samuel Okudzeto Ablakwa",
                    "said",
                    "the border would reopen in March",
                )
            ],
        ),
        (
            (
                "Talks resumed in Arusha on Friday, and Kenyan Foreign Minister Musalia Mudavadi said the "
                "pipeline would be finished by 2027."
            ),
            [("Kenyan Foreign Minister Musalia Mudavadi", "said", "the pipeline would be finished by 2027")],
        ),
        (
            (
                "Hundreds of farmers from the Rift Valley and the coastal counties of Kilifi and Kwale "
                "marched "
                "in Nairobi and Kenyan officials said the pipeline would be finished by 2027."
            ),
            [("Kenyan officials", "said", "the pipeline would be finished by 2027")],
        ),
    ],
)
def test_short_sources_are_unchanged(
    text: str, rows: list[tuple[str, str, str]], statement_rows: Rows
) -> None:
    assert statement_rows(text) == rows


def test_both_ministers_are_speakers(source_speakers: Callable[[str], dict[str, list[str]]]) -> None:
    speakers = source_speakers(_LONG)
    assert len(speakers) == 1
    [names] = speakers.values()
    assert len(names) == 2
