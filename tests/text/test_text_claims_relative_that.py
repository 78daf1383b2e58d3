"""
A statement whose content opens with the bare relative "that" ("in a meeting that officials
said was aimed at ...") must not break the claim stage.

The paragraph is written for this test. Before the fix the claim stage stepped over "that "
past the end of the one-word content part and built an inverted span, so the whole article
failed to extract.
"""

from __future__ import annotations

import pytest

from bilateral.text import extract


@pytest.mark.parametrize(
    "sentence",
    [
        "in a meeting that Colombian officials said was aimed at reopening consular services.",
        "in talks that officials said had gone well.",
        "at a summit that diplomats described as tense.",
    ],
)
def test_a_content_that_is_only_the_relative_pronoun_extracts(sentence: str) -> None:
    text = (
        "Petro, Maduro Meet at Border\n\nColombian President Gustavo Petro met his Venezuelan"
        f" counterpart Nicolas Maduro on Friday in the border city of Cucuta, {sentence}"
    )
    record = extract(text)
    assert len(record.meetings) == 1
    for claim in record.claims:
        assert claim.text.strip() not in {"", "that"}
